/**
 * Step 2 of the check: validates every record read against its collection's
 * schema (./validate.ts rephrases Zod's issues). Sources are validated in
 * parts, the fields and then each annotation on its own, so that one bad field
 * or annotation hides neither the problems nor the anchors of the others.
 * Articles are validated with their MDX, in ./articles.ts.
 */
import {
  annotationSchema,
  claimSchema,
  eventSchema,
  outletSchema,
  personSchema,
  quoteSchema,
  sourceSchema,
} from '../../schemas/index.ts';
import type { CheckContext, WrittenAnnotation, WrittenSource } from './check-context.ts';
import { locate, reportError } from './diagnostics.ts';
import type { Claim, Diagnostic, Outlet, Person, Quote, TimelineEvent } from './model.ts';
import type { RawRecord } from './read.ts';
import { validateRecord } from './validate.ts';

/** The records that passed validation, and every source as written. */
export interface ValidRecords {
  people: Person[];
  outlets: Outlet[];
  /** Every source file, valid or not: anchoring (./anchor-sources.ts) reports on all of them. */
  sources: WrittenSource[];
  quotes: Quote[];
  claims: Claim[];
  events: TimelineEvent[];
}

const sourceFields = sourceSchema.omit({ annotations: true });

/** Validates every record but the articles, pushing a located diagnostic per problem. */
export function validateRecords({ records, diagnostics }: CheckContext): ValidRecords {
  const of = (collection: RawRecord['collection']) =>
    records.filter((r) => r.collection === collection);
  const valid: ValidRecords = {
    people: [],
    outlets: [],
    sources: [],
    quotes: [],
    claims: [],
    events: [],
  };
  for (const r of of('people')) {
    const data = validateRecord(r, personSchema, diagnostics);
    if (data) valid.people.push({ ...data, id: r.id, location: locate(r) });
  }
  for (const r of of('outlets')) {
    const data = validateRecord(r, outletSchema, diagnostics);
    if (data) valid.outlets.push({ ...data, id: r.id, location: locate(r) });
  }
  for (const r of of('sources')) valid.sources.push(validateSource(r, diagnostics));
  for (const r of of('quotes')) {
    const data = validateRecord(r, quoteSchema, diagnostics);
    if (data) valid.quotes.push({ ...data, id: r.id, appearances: [], location: locate(r) });
  }
  for (const r of of('claims')) {
    const data = validateRecord(r, claimSchema, diagnostics);
    if (data) {
      const evidence = { supports: [], relays: [], disputes: [] } as Claim['evidence'];
      valid.claims.push({ ...data, id: r.id, evidence, location: locate(r) });
    }
  }
  for (const r of of('events')) {
    const data = validateRecord(r, eventSchema, diagnostics);
    if (data) valid.events.push({ ...data, id: r.id, location: locate(r) });
  }
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
