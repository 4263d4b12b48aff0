/**
 * Schema validation of raw records, with Zod's issues rephrased for editors
 * and located at the offending line of the file.
 */
import type { z } from 'zod';
import {
  annotationSchema,
  articleSchema,
  claimSchema,
  eventSchema,
  isCalendarDate,
  outletSchema,
  passageRef,
  personSchema,
  quoteSchema,
  sourceSchema,
} from '../../schemas/index.ts';
import { slugify } from './slug.ts';
import type { Diagnostic } from './model.ts';
import type { RawRecord } from './read.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** Validates a record against its schema; returns the data, or undefined and diagnostics. */
export function validateRecord<T>(
  record: RawRecord,
  schema: z.ZodType<T>,
  diagnostics: Diagnostic[],
  part: { value: unknown; path: readonly PropertyKey[] } = { value: record.data, path: [] },
): T | undefined {
  const result = schema.safeParse(part.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...part.path, ...issue.path];
    diagnostics.push(issueDiagnostic(record, { ...issue, path } as z.core.$ZodIssue));
  }
  return undefined;
}

/** `annotations[2].exact` for messages. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * Who a message is about: `annotation "master-admin"` for a field of an
 * annotation (editors know annotations by id, not by position), else nothing.
 */
function subjectOf(record: RawRecord, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'annotations' || typeof path[1] !== 'number') return undefined;
  const id = valueAt(record.data, ['annotations', path[1], 'id']);
  return typeof id === 'string' && id.trim() !== ''
    ? `annotation "${id}"`
    : `annotation ${path[1] + 1} (annotations[${path[1]}])`;
}

/** `kind` for annotations[1].kind when the subject names the annotation. */
function fieldLabel(record: RawRecord, path: readonly PropertyKey[]): string {
  return subjectOf(record, path) ? fieldName(path.slice(2)) : fieldName(path);
}

function issueDiagnostic(record: RawRecord, issue: z.core.$ZodIssue): Diagnostic {
  const where = { file: record.file, severity: 'error' as const, code: 'schema' as DiagnosticCode };
  const subject = subjectOf(record, issue.path);
  const lead = subject ? `${subject}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const pos = record.keyAt(issue.path, keys[0] ?? '');
    const suggestion = keys.length === 1 ? closest(keys[0] as string, KNOWN_FIELDS) : undefined;
    const inside = subject ? '' : issue.path.length > 0 ? ` in ${fieldName(issue.path)}` : '';
    return {
      ...where,
      ...pos,
      code: 'unknown-field',
      message: `${lead}has an unknown field ${keys.map((k) => `\`${k}\``).join(', ')}${inside}`,
      fix: suggestion
        ? `did you mean \`${suggestion}\`? Rename it, or remove it`
        : 'remove it, or check its spelling against the fields listed in EDITING.md',
    };
  }
  const label = fieldLabel(record, issue.path);
  const pos = record.at(issue.path);
  const value = valueAt(record.data, issue.path);
  const missing = issue.path.length > 0 && value === undefined;
  if (missing && issue.code === 'invalid_type') {
    return {
      ...where,
      ...pos,
      code: 'missing-field',
      message: `${lead}\`${label}\` is missing`,
      fix: `add \`${String(issue.path[issue.path.length - 1])}:\` here; it ${issue.message}`,
    };
  }
  if (
    subject &&
    issue.path.length === 2 &&
    issue.code === 'invalid_type' &&
    issue.expected === 'object'
  ) {
    return {
      ...where,
      ...pos,
      message: `${subject} is not a set of fields`,
      fix: 'write each annotation as `- id: …` followed by indented `exact: …` and `kind: …` lines',
    };
  }
  if (issue.path.length === 0) {
    return {
      ...where,
      ...pos,
      message: `is not a set of fields: ${issue.message}`,
      fix: 'write the fields as `name: value` lines',
    };
  }
  const key = String(issue.path[issue.path.length - 1]);
  // A rule's own fix (given with the rule in src/schemas/), else one for the slip, else where to read.
  const fix =
    ruleFix(issue) ?? fixFor(issue, value, key, record.file) ?? fallbackFix(issue, value, key);
  if (issue.code === 'custom' && subject && value === undefined) {
    // A rule across fields (a missing speaker, stance or claim) speaks about the annotation.
    const joiner = /^(a|an) /.test(issue.message) ? ': ' : ' ';
    return { ...where, ...pos, message: `${subject}${joiner}${issue.message}`, fix };
  }
  return { ...where, ...pos, message: `${lead}\`${label}\` ${issue.message}`, fix };
}

/** The fix a schema rule gives with its issue (`params: { fix }` in src/schemas/). */
function ruleFix(issue: z.core.$ZodIssue): string | undefined {
  const fix =
    issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
  return typeof fix === 'string' ? fix : undefined;
}

/**
 * A fix for every other refused value, from what the schema expected: every
 * error has a `fix:` line (tests/unit/bad-input/every-code-has-a-fix.test.ts).
 */
function fallbackFix(issue: z.core.$ZodIssue, value: unknown, key: string): string {
  if (issue.code === 'invalid_value') {
    const first = issue.values.find((v) => typeof v === 'string');
    return `write one of the values listed, such as \`${key}: ${String(first)}\``;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    // Lists of names take the value as their one item; lists of records need their fields.
    return (key === 'authors' || key === 'tags') && typeof value === 'string'
      ? `write it as a list: \`${key}: [${value}]\``
      : `write each item on its own \`- \` line below \`${key}:\`, indented, with its fields as EDITING.md shows`;
  }
  if (issue.code === 'too_small') {
    return Array.isArray(value)
      ? `add at least one item under \`${key}:\`, as EDITING.md shows`
      : `write the ${key}, or remove the line if the field is optional`;
  }
  if (key === 'date' || key === 'captured' || /YYYY-MM-DD/.test(issue.message)) {
    const month = key === 'date' ? ', or YYYY-MM for a month' : '';
    return `write the day as YYYY-MM-DD, such as 2022-06-17${month}`;
  }
  if (key === 'language') return 'write a language tag such as `language: en`';
  if (ID_FIELDS.includes(key) || key === 'id' || key === 'tags') {
    return 'ids are lowercase letters, digits and single hyphens, such as `master-admin`';
  }
  return `write \`${key}\` as EDITING.md describes it (section 4, every field of every collection)`;
}

/**
 * A concrete fix for common slips: a near-miss enum value, a number where
 * text belongs, a date that is not in the calendar, an address without its
 * scheme, a hand-edited hash.
 */
function fixFor(
  issue: z.core.$ZodIssue,
  value: unknown,
  key: string,
  file: string,
): string | undefined {
  if (issue.code === 'invalid_value' && typeof value === 'string') {
    const options = issue.values.filter((v): v is string => typeof v === 'string');
    const near = closest(value, options);
    return near ? `did you mean \`${key}: ${near}\`?` : undefined;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string' && typeof value === 'number') {
    return `YAML read ${value} as a number: put it in quotes, \`${key}: "${value}"\``;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'boolean' && typeof value === 'string') {
    return `write \`${key}: true\` or \`${key}: false\``;
  }
  if (typeof value !== 'string') return undefined;
  const orUnknown =
    key === 'published' ? '; write `published: unknown` if the page shows no date' : '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
    return `${value} is not a day in the calendar: check the month and the day${orUnknown}`;
  }
  if (orUnknown) return `write the date shown on the page as YYYY-MM-DD${orUnknown}`;
  if (issue.code === 'invalid_format' && ID_FIELDS.includes(key) && slugify(value) !== '') {
    return `ids are file names: write it as \`${key}: ${slugify(value)}\` if that file exists`;
  }
  if (key === 'sha256') {
    return `run \`npm run archive:rehash -- ${file}\` to record the hash of the archived text`;
  }
  if (key === 'url' || key === 'archive') {
    const repaired = repairUrl(value);
    const unknown = key === 'url' ? ', or write `url: unknown`' : '';
    return repaired
      ? `did you mean \`${key}: ${repaired}\`?`
      : `copy the full address from the browser, starting with https://${unknown}`;
  }
  return undefined;
}

/** The address an editor probably meant: `www.x.com/a` or `https//x.com` made whole. */
function repairUrl(value: string): string | undefined {
  const candidate = /^https?/i.test(value)
    ? value.replace(/^(https?)[:/]*/i, (_, scheme: string) => `${scheme.toLowerCase()}://`)
    : `https://${value.replace(/^[:/]+/, '')}`;
  if (candidate === value || /\s/.test(candidate)) return undefined;
  try {
    return new URL(candidate).hostname.includes('.') ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/** Fields whose value is an id: a file name in some collection. */
const ID_FIELDS = ['outlet', 'speaker', 'quote', 'claim', 'source', 'annotation'];

/** Every field name any schema has, for "did you mean" suggestions. */
const KNOWN_FIELDS = [
  ...new Set(
    [
      sourceSchema,
      annotationSchema,
      quoteSchema,
      claimSchema,
      personSchema,
      outletSchema,
      eventSchema,
      articleSchema,
      passageRef,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
];

/** The known word nearest to `word` by edit distance, if close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The existing id an editor most likely meant by `id`: a near spelling
 * (closest), or else the one id that contains it whole ("mediaite" for
 * "mediaite-com").
 */
export function suggestId(id: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const near = closest(id, list);
  if (near) return near;
  if (id.length < 4) return undefined;
  const containing = list.filter((c) => c.includes(id) || id.includes(c));
  return containing.length === 1 ? containing[0] : undefined;
}
