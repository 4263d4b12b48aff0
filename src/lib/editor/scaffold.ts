/**
 * Scaffolds for `npm run new -- quote|claim|person|event`: what each record
 * asks for, the id proposed from its words, and the YAML written, validated
 * with the checker's own schemas before anything reaches the disk. The
 * command (scripts/new.ts) reads flags or prompts, refuses an id that is
 * taken and writes the file.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { claimSchema, eventSchema, personSchema, quoteSchema } from '../../schemas/index.ts';
import { slugify } from '../archive/slug.ts';
import { EditorError } from './files.ts';

/** The records `npm run new` scaffolds besides articles. */
export const RECORD_KINDS = ['quote', 'claim', 'person', 'event'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** One value a scaffold asks for: a `--flag`, or the words given after the kind. */
export interface ScaffoldField {
  /** The flag's name (`--speaker`), or `words` for the words after the kind. */
  name: string;
  /** What to write, for --help and the prompt. */
  ask: string;
  /** Whether the record needs it (the others have a default or may be left out). */
  required: boolean;
  /** What is offered when the editor gives nothing (the prompt's and the workbench's default). */
  suggested?: string;
}

/** What a scaffold of each kind asks for, and where it goes. */
interface Scaffold {
  collection: 'quotes' | 'claims' | 'people' | 'events';
  /** What the words after the kind are. */
  words: string;
  fields: readonly ScaffoldField[];
  schema: z.ZodType;
  /** The record, from the values given (defaults filled in). */
  build(values: Readonly<Record<string, string>>, today: string): Record<string, unknown>;
}

const SOURCE: ScaffoldField = {
  name: 'source',
  ask: 'the source the passage is in: a file name in content/sources/, without .txt',
  required: true,
};
const ANNOTATION: ScaffoldField = {
  name: 'annotation',
  ask: 'the annotation in that source that marks the passage',
  required: true,
};

/** The scaffold of each kind. */
export const SCAFFOLDS: Record<RecordKind, Scaffold> = {
  person: {
    collection: 'people',
    words: 'the name as reported (or a description, such as "TikTok spokesperson")',
    fields: [
      {
        name: 'description',
        ask: 'who they are in this story, in a sentence or two',
        required: true,
      },
      { name: 'url', ask: 'an official page about them (optional)', required: false },
    ],
    schema: personSchema,
    build: (v) => ({
      name: v['words'],
      description: v['description'],
      ...(v['url'] ? { url: v['url'] } : {}),
    }),
  },
  quote: {
    collection: 'quotes',
    words: 'the canonical wording, from the primary or earliest source',
    fields: [
      { name: 'speaker', ask: 'who said it: a file name in content/people/', required: true },
      { ...SOURCE, ask: 'where it was first reported: a file name in content/sources/' },
      { ...ANNOTATION, ask: 'the annotation in that source marking the first report' },
      {
        name: 'context',
        ask: 'when, where and to whom it was said, in your words',
        required: true,
      },
    ],
    schema: quoteSchema,
    build: (v) => ({
      speaker: v['speaker'],
      text: v['words'],
      source: v['source'],
      annotation: v['annotation'],
      context: v['context'],
    }),
  },
  claim: {
    collection: 'claims',
    words: 'the claim, stated plainly in one sentence',
    fields: [
      {
        name: 'claimant',
        ask: 'who made it: a file name in content/people/ or content/outlets/',
        required: true,
      },
      {
        name: 'status',
        ask: 'established, supported, disputed, unverified or false',
        required: true,
        // A claim entering the ledger has, until the editors weigh its evidence, none either way.
        suggested: 'unverified',
      },
      {
        name: 'summary',
        ask: 'why it has this status, citing only evidence in the archive',
        required: true,
      },
      { ...SOURCE, ask: 'where it first appeared: a file name in content/sources/' },
      { ...ANNOTATION, ask: 'the annotation in that source where it first appeared' },
      { name: 'author', ask: 'who rules (default: git config user.name)', required: false },
      {
        name: 'reason',
        ask: 'why this first ruling (default: the summary gives the evidence)',
        required: false,
      },
    ],
    schema: claimSchema,
    build: (v, today) => ({
      statement: v['words'],
      claimant: v['claimant'],
      status: v['status'],
      summary: v['summary'],
      firstAppearance: { source: v['source'], annotation: v['annotation'] },
      history: [
        {
          date: today,
          status: v['status'],
          author: v['author'],
          reason:
            v['reason'] ??
            'First ruling, when the claim entered the ledger; the summary gives the evidence.',
        },
      ],
    }),
  },
  event: {
    collection: 'events',
    words: 'what happened, in a few words',
    fields: [
      {
        name: 'date',
        ask: 'when: YYYY-MM-DD, or YYYY-MM when only the month is known',
        required: true,
      },
      { name: 'description', ask: 'what happened, in a sentence or two', required: true },
      { ...SOURCE, ask: 'a source showing it happened: a file name in content/sources/' },
      { ...ANNOTATION, ask: 'the annotation in that source that shows it' },
    ],
    schema: eventSchema,
    build: (v) => ({
      title: v['words'],
      date: v['date'],
      description: v['description'],
      evidence: [{ source: v['source'], annotation: v['annotation'] }],
    }),
  },
};

/** The value offered for `field` of a `kind` record when the editor gives none, if any. */
export function suggestedValue(kind: RecordKind, field: string): string | undefined {
  return SCAFFOLDS[kind].fields.find((f) => f.name === field)?.suggested;
}

/** Every flag any scaffold takes, for the command line parser. */
export const SCAFFOLD_FLAGS: readonly string[] = [
  ...new Set(RECORD_KINDS.flatMap((kind) => SCAFFOLDS[kind].fields.map((f) => f.name))),
];

/**
 * Whether records of `kind` carry the stories they belong to (a `stories`
 * field in their schema): the command then files them under the stories
 * given with --story, or the only one.
 */
export function takesStories(kind: RecordKind): boolean {
  const schema = SCAFFOLDS[kind].schema as { shape?: Record<string, unknown> };
  return schema.shape !== undefined && 'stories' in schema.shape;
}

/** True for the kinds `npm run new` scaffolds as records. */
export function isRecordKind(what: string | undefined): what is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(what ?? '');
}

/** Most words of an id proposed from a quotation, a statement or a title. */
const ID_WORDS = 6;

/**
 * The id proposed for a record: its words as an id, cut to six words for a
 * quote, claim or event (a person's whole name).
 */
export function proposeId(kind: RecordKind, words: string): string {
  const id = slugify(words);
  return kind === 'person' ? id : id.split('-').slice(0, ID_WORDS).join('-');
}

/** The required values not given, in the order the scaffold asks for them. */
export function missingFields(
  kind: RecordKind,
  values: Readonly<Record<string, string | undefined>>,
): ScaffoldField[] {
  const words: ScaffoldField = { name: 'words', ask: SCAFFOLDS[kind].words, required: true };
  return [words, ...SCAFFOLDS[kind].fields].filter(
    (field) => field.required && !values[field.name]?.trim(),
  );
}

/** A record ready to write. */
export interface PlannedRecord {
  collection: Scaffold['collection'];
  id: string;
  /** Path relative to the content root: `<collection>/<id>.yaml`. */
  path: string;
  /** The file's text. */
  text: string;
}

/**
 * The record of `kind` from `values` (`words` and the flags), validated with
 * the checker's schema (filed under `stories` when its kind takes them): an
 * EditorError names the first value to correct, as its flag.
 */
export function planRecord(
  kind: RecordKind,
  values: Readonly<Record<string, string | undefined>>,
  today: string,
  stories: readonly string[] = [],
): PlannedRecord {
  const missing = missingFields(kind, values);
  if (missing.length > 0) {
    const names = missing.map((f) => (f.name === 'words' ? `the ${kind}'s words` : `--${f.name}`));
    throw new EditorError(
      `missing ${names.join(', ')}: npm run new -- ${kind} "<${SCAFFOLDS[kind].words.split(/[,(:]/)[0]?.trim()}>" ${missing
        .filter((f) => f.name !== 'words')
        .map((f) => `--${f.name} …`)
        .join(' ')}`.trim(),
    );
  }
  const given = Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, value]) => [name, value.trim()]),
  );
  const id = given['id'] ?? proposeId(kind, given['words'] ?? '');
  if (!id) throw new EditorError(`cannot make an id from "${given['words']}": pass --id`);
  if (slugify(id) !== id) {
    throw new EditorError(
      `"${id}" is not a usable id: lowercase letters, digits and single hyphens`,
    );
  }
  const scaffold = SCAFFOLDS[kind];
  const record = scaffold.build(given, today);
  if (takesStories(kind)) record['stories'] = [...stories];
  const result = scaffold.schema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = String(issue?.path[issue.path.length - 1] ?? '');
    const flag = flagFor(kind, field);
    throw new EditorError(`${flag} ${issue?.message ?? 'is not valid'}`);
  }
  return {
    collection: scaffold.collection,
    id,
    path: `${scaffold.collection}/${id}.yaml`,
    text: stringify(record, { lineWidth: 0 }),
  };
}

/** The flag, or the words, that gives a record's field. */
function flagFor(kind: RecordKind, field: string): string {
  const words: Record<RecordKind, string> = {
    person: 'name',
    quote: 'text',
    claim: 'statement',
    event: 'title',
  };
  if (field === words[kind]) return `the ${kind}'s words (${field})`;
  return `--${field}`;
}
