/**
 * Schema validation of raw records, with Zod's issues rephrased for editors
 * and located at the offending line of the file.
 */
import type { z } from 'zod';
import type { Diagnostic } from './model.ts';
import type { RawRecord } from './read.ts';

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

function issueDiagnostic(record: RawRecord, issue: z.core.$ZodIssue): Diagnostic {
  const where = { file: record.file, severity: 'error' as const, code: 'schema' };
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    const pos = record.keyAt(issue.path, keys[0] ?? '');
    const suggestion = keys.length === 1 ? closest(keys[0] as string, KNOWN_FIELDS) : undefined;
    return {
      ...where,
      ...pos,
      message: `has an unknown field ${keys.map((k) => `\`${k}\``).join(', ')}${
        issue.path.length > 0 ? ` in ${fieldName(issue.path)}` : ''
      }`,
      fix: suggestion
        ? `did you mean \`${suggestion}\`? Rename it, or remove it`
        : 'remove it, or check its spelling against EDITING.md',
    };
  }
  const name = fieldName(issue.path);
  const pos = record.at(issue.path);
  const missing = issue.path.length > 0 && valueAt(record.data, issue.path) === undefined;
  if (missing && issue.code === 'invalid_type') {
    return {
      ...where,
      ...pos,
      code: 'missing-field',
      message: `\`${name}\` is missing`,
      fix: `add \`${String(issue.path[issue.path.length - 1])}:\` (it ${issue.message})`,
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
  return { ...where, ...pos, message: `\`${name}\` ${issue.message}` };
}

/** Every field name any schema has, for "did you mean" suggestions. */
const KNOWN_FIELDS = [
  'title',
  'summary',
  'outlet',
  'authors',
  'url',
  'published',
  'captured',
  'archive',
  'kind',
  'language',
  'whole',
  'sha256',
  'annotations',
  'id',
  'exact',
  'prefix',
  'suffix',
  'note',
  'speaker',
  'quote',
  'claim',
  'stance',
  'text',
  'source',
  'annotation',
  'context',
  'statement',
  'status',
  'firstAppearance',
  'name',
  'description',
  'date',
  'evidence',
  'updated',
  'tags',
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
