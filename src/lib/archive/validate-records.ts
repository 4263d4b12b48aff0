/**
 * Step 2 of the check: validates every record read against its collection's
 * schema (./validate.ts rephrases Zod's issues). Sources are validated in
 * parts, the fields and then each annotation on its own, so that one bad field
 * or annotation hides neither the problems nor the anchors of the others.
 * Articles are validated with their MDX, in ./articles.ts.
 */
import type { z } from 'zod';
import { annotationSchema } from '../../schemas/index.ts';
import type { CheckContext, WrittenAnnotation, WrittenSource } from './check-context.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { locate, reportError } from './diagnostics.ts';
import type { Claim, Diagnostic, Outlet, Person, Quote, Story, TimelineEvent } from './model.ts';
import type { RawRecord } from './read.ts';
import { reported, sharedWeakMap, type Reported } from './reuse.ts';
import { validateRecord } from './validate.ts';

/** Each source file's validation, by its record (./reuse.ts). */
const validatedSources = sharedWeakMap<RawRecord, Reported<WrittenSource>>('validatedSources');

/** The records that passed validation, and every source as written. */
export interface ValidRecords {
  people: Person[];
  outlets: Outlet[];
  /** Every source file, valid or not: anchoring (./anchor-sources.ts) reports on all of them. */
  sources: WrittenSource[];
  quotes: Quote[];
  claims: Claim[];
  events: TimelineEvent[];
  /** Their `updated` is filled in by ./stories.ts when the editor did not write it. */
  stories: Story[];
}

type Schema<C extends CollectionName> = (typeof COLLECTIONS)[C]['schema'];

const sourceFields = COLLECTIONS.sources.schema.omit({ annotations: true });

/** Validates every record but the articles, pushing a located diagnostic per problem. */
export function validateRecords({ records, diagnostics, reuse }: CheckContext): ValidRecords {
  const of = (collection: RawRecord['collection']) =>
    records.filter((r) => r.collection === collection);
  // Each collection's records that pass its schema (from the registry), with id and location.
  const checked = <C extends Exclude<CollectionName, 'sources' | 'articles'>>(collection: C) =>
    of(collection).flatMap((r) => {
      const schema = COLLECTIONS[collection].schema as unknown as z.ZodType<z.infer<Schema<C>>>;
      const data = validateRecord(r, schema, diagnostics);
      return data ? [{ ...data, id: r.id, location: locate(r) }] : [];
    });
  const valid: ValidRecords = {
    people: [],
    outlets: [],
    sources: [],
    quotes: [],
    claims: [],
    events: [],
    stories: [],
  };
  valid.people = checked('people');
  valid.outlets = checked('outlets');
  // A source's validation depends on its file alone, so an unchanged one keeps it (astro dev).
  const memo = reuse ? validatedSources : undefined;
  for (const r of of('sources')) {
    valid.sources.push(reported(memo, r, diagnostics, (own) => validateSource(r, own)));
  }
  valid.quotes = checked('quotes').map((q) => ({ ...q, appearances: [], stories: [] }));
  valid.claims = checked('claims').map((c) => ({
    ...c,
    evidence: { supports: [], relays: [], disputes: [] } as Claim['evidence'],
  }));
  valid.events = checked('events');
  valid.stories = checked('stories').map((s) => ({ ...s, updated: s.updated ?? '' }));
  return valid;
}

/** Validates a source's fields, then each of its annotations on its own. */
function validateSource(r: RawRecord, diagnostics: Diagnostic[]): WrittenSource {
  const { annotations: rawList, ...rawFields } = r.data as Record<string, unknown>;
  const fields = validateRecord(r, sourceFields, diagnostics, { value: rawFields, path: [] });
  const written: WrittenAnnotation[] = [];
  if (rawList !== undefined && rawList !== null && !Array.isArray(rawList)) {
    reportError(
      diagnostics,
      locate(r, ['annotations']),
      'schema',
      '`annotations` must be a list of annotations',
      'write each annotation as a `- id: …` item under `annotations:`, or `annotations: []` for none',
    );
    return { record: r, fields, written, writtenIds: undefined };
  }
  const writtenIds: string[] = [];
  ((rawList ?? []) as unknown[]).forEach((value, index) => {
    const valid = validateRecord(r, annotationSchema, diagnostics, {
      value,
      path: ['annotations', index],
    });
    const fieldsOf =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as Record<string, unknown>)
        : {};
    if (typeof fieldsOf['id'] === 'string') writtenIds.push(fieldsOf['id']);
    written.push({ index, raw: fieldsOf, ...(valid ? { valid } : {}) });
  });
  return { record: r, fields, written, writtenIds };
}
