/**
 * npm run new -- article "<title>": scaffolds an analysis article with valid
 * frontmatter in content/articles/<slug>.mdx.
 * npm run new -- quote|claim|person|event "<words>" --flags: scaffolds a
 * record that passes the schemas (src/lib/editor/scaffold.ts), asking for
 * what is missing when run in a terminal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { stringify } from 'yaml';
import { contentRoot } from '../src/lib/archive/paths.ts';
import { displayPath } from '../src/lib/archive/read.ts';
import { slugify } from '../src/lib/archive/slug.ts';
import { EditorError, today, writeNewFile } from '../src/lib/editor/files.ts';
import {
  isRecordKind,
  missingFields,
  planRecord,
  SCAFFOLD_FLAGS,
  SCAFFOLDS,
  type RecordKind,
} from '../src/lib/editor/scaffold.ts';
import { fail, parseCommandLine, printWritten } from './cli.ts';

const HELP = `Usage: npm run new -- article "<title>" [--author NAME] [--description TEXT] [--slug ID]

Creates content/articles/<slug>.mdx with valid frontmatter (published today)
and a first paragraph showing the <Quote>, <Cite> and <ClaimRef> components.
Never overwrites a file.

Options:
  --author NAME        byline (default: git config user.name)
  --description TEXT   the dek: one or two sentences under the headline
  --slug ID            the file name and URL slug (default: from the title)

       npm run new -- person "<name>" --description TEXT [--url URL]
       npm run new -- quote "<text>" --speaker ID --source ID --annotation ID --context TEXT
       npm run new -- claim "<statement>" --claimant ID --status STATUS --summary TEXT
                            --source ID --annotation ID [--author NAME] [--reason TEXT]
       npm run new -- event "<title>" --date YYYY-MM-DD --description TEXT --source ID --annotation ID

Creates content/<people|quotes|claims|events>/<id>.yaml, checked against the
same schemas as npm run check. The id is proposed from the words (pass --id to
choose it) and must not be taken. In a terminal, asks for what is missing.
A claim's first ruling is dated today, by --author (default: git config user.name).`;

const { values, positionals } = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      author: { type: 'string' },
      description: { type: 'string' },
      slug: { type: 'string' },
      id: { type: 'string' },
      ...Object.fromEntries(
        SCAFFOLD_FLAGS.filter((flag) => flag !== 'author' && flag !== 'description').map((flag) => [
          flag,
          { type: 'string' as const },
        ]),
      ),
      help: { type: 'boolean', short: 'h' },
    },
  },
  HELP,
);
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function gitUser(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Asks, in a terminal, for each required value not given; elsewhere leaves them missing. */
async function ask(kind: RecordKind, values: Record<string, string | undefined>): Promise<void> {
  const missing = missingFields(kind, values);
  if (missing.length === 0 || !process.stdin.isTTY) return;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const field of missing) {
      const label = field.name === 'words' ? SCAFFOLDS[kind].words : `${field.name} (${field.ask})`;
      values[field.name] = (await prompt.question(`${label}: `)).trim() || undefined;
    }
  } finally {
    prompt.close();
  }
}

/** Scaffolds a quote, claim, person or event record. */
async function newRecord(kind: RecordKind, words: string[]): Promise<void> {
  if (words.length > 1)
    throw new EditorError(`put the words in quotes; unexpected ${words.slice(1).join(' ')}`);
  const given: Record<string, string | undefined> = { words: words[0] };
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') given[name] = value;
  }
  if (kind === 'claim') given['author'] ??= gitUser();
  await ask(kind, given);
  if (kind === 'claim' && !given['author'])
    throw new EditorError('no byline: pass --author "Your Name"');
  const planned = planRecord(kind, given, today());
  const root = contentRoot();
  const taken = ['.yaml', '.yml']
    .map((ext) => join(root, planned.collection, `${planned.id}${ext}`))
    .find((path) => existsSync(path));
  if (taken) {
    throw new EditorError(
      `the id "${planned.id}" is taken by ${displayPath(taken)}; choose another with --id, or edit that file`,
    );
  }
  printWritten([writeNewFile(join(root, planned.path), planned.text, 'choose another --id')]);
  console.log(NEXT[kind](planned.id, given));
}

/** What to do next, after each kind of record. */
const NEXT: Record<RecordKind, (id: string, v: Record<string, string | undefined>) => string> = {
  person: (id) => `name them with speaker: ${id} (or claimant:, via:); npm run check verifies it.`,
  quote: (id, v) =>
    `add quote: ${id} to annotation "${v['annotation']}" in content/sources/${v['source']}.txt (and to every other appearance); npm run check verifies it.`,
  claim: (id) =>
    `add claim: ${id} and a stance to the passages that bear on it; npm run check verifies it.`,
  event: () => 'npm run check verifies its evidence; the timeline shows it.',
};

try {
  const [what, title, ...extra] = positionals;
  if (isRecordKind(what)) {
    await newRecord(what, positionals.slice(1));
    process.exit(0);
  }
  if (what !== 'article')
    throw new EditorError(
      'say what to create: npm run new -- article "<title>" (or quote, claim, person, event)',
    );
  if (!title?.trim())
    throw new EditorError('give the article a title: npm run new -- article "<title>"');
  if (extra.length > 0)
    throw new EditorError(`put the title in quotes; unexpected ${extra.join(' ')}`);
  const author = values.author ?? gitUser();
  if (!author) throw new EditorError('no byline: pass --author "Your Name"');
  const slug = values.slug ?? slugify(title);
  if (!slug) throw new EditorError(`cannot make a file name from "${title}": pass --slug`);
  const frontmatter = stringify({
    title: title.trim(),
    description: values.description ?? `What the archive shows about ${title.trim()}.`,
    published: today(),
    authors: [author],
    tags: [],
  });
  const body = [
    '{/* Quote the archive with <Quote source="source-id" annotation="annotation-id">the exact words</Quote>,',
    '    cite a passage with <Cite source="source-id" annotation="annotation-id" />,',
    '    and point to the claim ledger with <ClaimRef id="claim-id" />. See EDITING.md. */}',
    '',
    'Write the analysis here.',
    '',
  ].join('\n');
  const path = join(contentRoot(), 'articles', `${slug}.mdx`);
  printWritten([
    writeNewFile(path, `---\n${frontmatter}---\n\n${body}`, 'choose another title or --slug'),
  ]);
  console.log('npm run check verifies every quote against the archive before you build.');
} catch (error) {
  fail(error);
}
