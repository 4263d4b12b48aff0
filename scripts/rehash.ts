/**
 * npm run archive:rehash -- <file>: records a deliberate change to a source's
 * archived text by recomputing its `sha256`. Only that one line of the file
 * changes; everything else stays byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { splitSourceFile } from '../src/lib/archive/source-file.ts';
import { EditorError } from '../src/lib/editor/files.ts';
import { textSha256 } from '../src/lib/text/hash.ts';
import { fail } from './cli.ts';

const HELP = `Usage: npm run archive:rehash -- <content/sources/file.txt> [...]

Recomputes the SHA-256 of each source's archived text after a deliberate
change and writes it into the file's sha256 field, printing the old and new
values. Nothing else in the file changes.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  if (positionals.length === 0) throw new EditorError('give the source file to rehash; see --help');
  for (const file of positionals) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch {
      throw new EditorError(`cannot read ${file}: check the path`);
    }
    const split = splitSourceFile(raw);
    if ('message' in split) throw new EditorError(`${file}:${split.line}: ${split.message}`);
    const next = textSha256(split.body);
    const line = /^sha256:[ \t]*(\S*)[ \t]*$/m;
    const frontmatterEnd = raw.indexOf('\n---', 3);
    const head = raw.slice(0, frontmatterEnd);
    const match = line.exec(head);
    if (!match) {
      throw new EditorError(
        `${file} has no sha256 field: add a line \`sha256: ${next}\` to its frontmatter`,
      );
    }
    const previous = match[1] ?? '';
    if (previous === next) {
      console.log(`${file}: sha256 unchanged (${next})`);
      continue;
    }
    const updated = head.replace(line, `sha256: ${next}`) + raw.slice(frontmatterEnd);
    writeFileSync(file, updated, 'utf8');
    console.log(`${file}: sha256 ${previous || '(empty)'} -> ${next}`);
    console.log(`wrote ${file}`);
  }
} catch (error) {
  fail(error);
}
