/**
 * npm run archive:rehash -- <file>: records a deliberate change to a source's
 * archived text by recomputing its `sha256`. Only that one line of the file
 * changes; everything else stays byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { splitSourceFile } from '../src/lib/archive/source-file.ts';
import { EditorError } from '../src/lib/editor/files.ts';
import { textSha256 } from '../src/lib/text/hash.ts';
import { displayPath } from '../src/lib/archive/read.ts';
import { fail, parseCommandLine, userPath } from './cli.ts';

const HELP = `Usage: npm run archive:rehash -- <content/sources/file.txt> [...]

Recomputes the SHA-256 of each source's archived text after a deliberate
change and writes it into the file's sha256 field, printing the old and new
values. Nothing else in the file changes.`;

const { values, positionals } = parseCommandLine(
  { allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
  HELP,
);
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

try {
  if (positionals.length === 0) throw new EditorError('give the source file to rehash; see --help');
  for (const file of positionals) {
    const path = userPath(file);
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      throw new EditorError(`cannot read ${file}: check the path`);
    }
    const split = splitSourceFile(raw);
    if ('message' in split) throw new EditorError(`${file}:${split.line}: ${split.message}`);
    const next = textSha256(split.body);
    // Only the top-level sha256 line of the frontmatter changes; every other byte stays.
    const lines = raw.split('\n');
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    const at = lines.findIndex((l, i) => i > 0 && i < close && /^sha256:/.test(l));
    if (at < 0) {
      throw new EditorError(
        `${file} has no sha256 field: add a line \`sha256: ${next}\` to its frontmatter`,
      );
    }
    const current = lines[at] as string;
    const previous = /^sha256:[ \t]*['"]?([^'"\s]*)/.exec(current)?.[1] ?? '';
    if (previous === next) {
      console.log(`${displayPath(path)}: sha256 unchanged (${next})`);
      continue;
    }
    lines[at] = `sha256: ${next}${current.endsWith('\r') ? '\r' : ''}`;
    writeFileSync(path, lines.join('\n'), 'utf8');
    console.log(`${displayPath(path)}: sha256 was ${previous || '(empty)'}`);
    console.log(`${displayPath(path)}: sha256 now ${next}`);
    console.log(`wrote ${displayPath(path)}`);
  }
} catch (error) {
  fail(error);
}
