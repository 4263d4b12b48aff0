/**
 * npm run new -- quote|claim|person|event "<words>" --flags: scaffolds a
 * record that passes the schemas (src/lib/editor/scaffold.ts), asking for
 * what is missing when run in a terminal, refusing an id that is taken, and
 * printing what it wrote. Called from ./new.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { contentRoot } from '../src/lib/archive/paths.ts';
import { displayPath } from '../src/lib/archive/read.ts';
import { EditorError, today, writeNewFile } from '../src/lib/editor/files.ts';
import {
  isRecordKind,
  missingFields,
  planRecord,
  SCAFFOLD_FLAGS,
  SCAFFOLDS,
  takesStories,
  type RecordKind,
} from '../src/lib/editor/scaffold.ts';
import { printWritten } from './cli.ts';

/** The usage lines of the record scaffolds, for ./new.ts's --help. */
export const RECORD_HELP = `       npm run new -- person "<name>" --description TEXT [--url URL]
       npm run new -- quote "<text>" --speaker ID --source ID --annotation ID --context TEXT
       npm run new -- claim "<statement>" --claimant ID --status STATUS --summary TEXT
                            --source ID --annotation ID --story ID [--author NAME] [--reason TEXT]
       npm run new -- event "<title>" --date YYYY-MM-DD --description TEXT --source ID --annotation ID
                            --story ID

Creates content/<people|quotes|claims|events>/<id>.yaml, checked against the
same schemas as npm run check. The id is proposed from the words (pass --id to
choose it) and must not be taken. In a terminal, asks for what is missing
(offering unverified for a claim's status).
A claim or event names its stories with --story (repeat it for several; it may
be left out when the content has one story). A claim's first ruling is dated
today, by --author (default: git config user.name).`;

/** The options the record scaffolds add to ./new.ts's (--author and --description it has). */
export const RECORD_OPTIONS = {
  ...Object.fromEntries(
    ['id', ...SCAFFOLD_FLAGS.filter((flag) => flag !== 'author' && flag !== 'description')].map(
      (flag) => [flag, { type: 'string' as const }],
    ),
  ),
  story: { type: 'string' as const, multiple: true as const },
};

/**
 * Scaffolds the record the command line asks for, when its first word is
 * quote, claim, person or event; returns false for anything else (an
 * article), which ./new.ts handles.
 */
export async function newRecord(
  positionals: readonly string[],
  flags: Readonly<Record<string, unknown>>,
  gitUser: () => string | undefined,
): Promise<boolean> {
  const [kind, ...words] = positionals;
  if (!isRecordKind(kind)) return false;
  if (words.length > 1)
    throw new EditorError(`put the words in quotes; unexpected ${words.slice(1).join(' ')}`);
  const given: Record<string, string | undefined> = { words: words[0] };
  for (const [name, value] of Object.entries(flags)) {
    if (typeof value === 'string') given[name] = value;
  }
  if (kind === 'claim') given['author'] ??= gitUser();
  await ask(kind, given);
  if (kind === 'claim' && !given['author'])
    throw new EditorError('no byline: pass --author "Your Name"');
  const root = contentRoot();
  const stories = takesStories(kind) ? chooseStories(root, flags['story']) : [];
  const planned = planRecord(kind, given, today(), stories);
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
  return true;
}

/** Asks, in a terminal, for each required value not given; elsewhere leaves them missing. */
async function ask(kind: RecordKind, values: Record<string, string | undefined>): Promise<void> {
  const missing = missingFields(kind, values);
  if (missing.length === 0 || !process.stdin.isTTY) return;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const field of missing) {
      const label = field.name === 'words' ? SCAFFOLDS[kind].words : `${field.name} (${field.ask})`;
      const offer = field.suggested ? ` [${field.suggested}]` : '';
      values[field.name] =
        (await prompt.question(`${label}${offer}: `)).trim() || field.suggested || undefined;
    }
  } finally {
    prompt.close();
  }
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

/**
 * The stories a claim or event is filed under, once records carry them: the
 * --story ids given, each naming a file in content/stories/, or the only
 * story there is.
 */
function chooseStories(root: string, given: unknown): string[] {
  const dir = join(root, 'stories');
  const known = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /^[^.].*\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort()
    : [];
  const ids = Array.isArray(given)
    ? given.filter((id): id is string => typeof id === 'string')
    : [];
  const unknown = ids.find((id) => !known.includes(id));
  if (unknown) {
    throw new EditorError(
      `there is no story "${unknown}"${known.length > 0 ? `: use one of ${known.join(', ')}` : ''}`,
    );
  }
  if (ids.length > 0) return [...new Set(ids)];
  if (known.length === 1) return known;
  throw new EditorError(
    known.length === 0
      ? 'there is no story yet to file it under: create one first'
      : `say which story it belongs to: --story <id> (repeat it for several), one of ${known.join(', ')}`,
  );
}
