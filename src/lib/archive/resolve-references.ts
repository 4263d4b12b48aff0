/**
 * Step 4 of the check: resolves every reference between records (outlets,
 * speakers, quotes, claims, passages), compares each appearance's wording
 * with its canonical quote (../text/drift.ts), and gathers each quote's
 * appearances and each claim's evidence. References are checked on what is
 * written, so a source whose fields (or an annotation whose other fields) fail
 * validation still has its references checked in the same pass.
 */
import { compareWording } from '../text/drift.ts';
import type { CheckContext, CheckedSource, PassageLookup } from './check-context.ts';
import { locate, reportError } from './diagnostics.ts';
import { compareSources } from './graph.ts';
import type { Annotation, Archive, Location } from './model.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import type { RawRecord } from './read.ts';
import { sharedSlot } from './reuse.ts';
import { suggestId } from './validate.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';

/** What resolving found that later steps need. */
export interface Resolved {
  /** Resolves passages for the articles step (./articles.ts). */
  lookup: PassageLookup;
  /** Every claim id an annotation names, valid or not, for the hints (./hints.ts). */
  namedClaims: Set<string>;
}

/** Resolves the references of every record but the articles, and links the graph. */
export function resolveReferences(
  context: CheckContext,
  archive: Archive,
  checked: ReadonlyMap<string, CheckedSource>,
): Resolved {
  const resolver = createResolver(context, checked);
  const namedClaims = new Set<string>();
  for (const { record } of checked.values()) {
    checkAnnotationReferences(record, archive, context, resolver, namedClaims);
  }
  linkAppearances(archive, context.reuse);
  checkPassageReferences(archive, context, resolver);
  return { lookup: resolver.lookup, namedClaims };
}

interface Resolver {
  lookup: PassageLookup;
  /**
   * Checks a reference to an id of `collection`; true when a file with that id exists.
   * `at` may be a function, called only to report a problem (most references resolve).
   */
  reference(at: Location | (() => Location), collection: CollectionName, id: unknown): boolean;
  /** Checks a { source, annotation } reference; returns the annotation when it resolves. */
  passage(at: Location, sourceId: string, annotationId: string): Annotation | undefined;
}

function createResolver(
  { diagnostics, present }: CheckContext,
  checked: ReadonlyMap<string, CheckedSource>,
): Resolver {
  const unknownFix = (collection: CollectionName, id: string): string => {
    const near = suggestId(id, present[collection]);
    const { dir, extensions } = COLLECTIONS[collection];
    const ext = extensions[0];
    const where =
      collection === 'sources'
        ? `use the file name of a source in content/${dir}/, without ${ext}`
        : `create content/${dir}/${id}${ext}, or use the file name of one in content/${dir}/`;
    return near ? `did you mean "${near}"? Otherwise ${where}` : where;
  };
  const reference: Resolver['reference'] = (at, collection, id) => {
    // A value that is not an id at all has its own schema error.
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return false;
    if (present[collection].has(id)) return true;
    reportError(
      diagnostics,
      typeof at === 'function' ? at() : at,
      'unknown-reference',
      `refers to ${COLLECTIONS[collection].singular} "${id}", which does not exist`,
      unknownFix(collection, id),
    );
    return false;
  };
  const lookup: PassageLookup = {
    source: (id) => {
      const c = checked.get(id);
      if (c) return c.hasText ? c.source : 'reported';
      return present.sources.has(id) ? 'reported' : 'unknown';
    },
    annotation: (sourceId, id) => {
      const c = checked.get(sourceId);
      if (!c || c.writtenIds === undefined) return 'reported';
      const anchored = c.source.annotations.find((a) => a.id === id);
      if (anchored) return anchored;
      return c.writtenIds.includes(id) ? 'reported' : 'unknown';
    },
    annotationIds: (sourceId) => checked.get(sourceId)?.writtenIds ?? [],
    claimExists: (id) => present.claims.has(id),
    quoteExists: (id) => present.quotes.has(id),
    unknownFix,
  };
  const passage = (
    at: Location,
    sourceId: string,
    annotationId: string,
  ): Annotation | undefined => {
    if (!reference(at, 'sources', sourceId)) return undefined;
    const found = lookup.annotation(sourceId, annotationId);
    if (found === 'unknown') {
      const ids = lookup.annotationIds(sourceId);
      const near = suggestId(annotationId, ids);
      reportError(
        diagnostics,
        at,
        'unknown-reference',
        `refers to annotation "${annotationId}" in source "${sourceId}", which has no such annotation`,
        near
          ? `did you mean "${near}"?`
          : ids.length > 0
            ? `use one of: ${ids.join(', ')}`
            : 'annotate the passage in that source first',
      );
    }
    return typeof found === 'string' ? undefined : found;
  };
  return { lookup, reference, passage };
}

/** Checks a source's outlet and each annotation's speaker, claim, quote and distinctFrom. */
function checkAnnotationReferences(
  r: RawRecord,
  archive: Archive,
  { diagnostics, present }: CheckContext,
  { reference }: Resolver,
  namedClaims: Set<string>,
): void {
  const raw = r.data as Record<string, unknown>;
  reference(() => locate(r, ['outlet']), 'outlets', raw['outlet']);
  const list = Array.isArray(raw['annotations']) ? (raw['annotations'] as unknown[]) : [];
  list.forEach((item, index) => {
    if (item === null || typeof item !== 'object') return;
    const a = item as Record<string, unknown>;
    const at = (field: string) => locate(r, ['annotations', index, field]);
    // Located only when a reference does not resolve.
    reference(() => at('speaker'), 'people', a['speaker']);
    reference(() => at('claim'), 'claims', a['claim']);
    if (typeof a['claim'] === 'string') namedClaims.add(a['claim']);
    if (Array.isArray(a['distinctFrom'])) {
      a['distinctFrom'].forEach((id, i) =>
        reference(() => locate(r, ['annotations', index, 'distinctFrom', i]), 'quotes', id),
      );
    }
    if (!reference(() => at('quote'), 'quotes', a['quote'])) return;
    const quote = archive.quote.get(a['quote'] as string);
    const speaker = a['speaker'];
    // Compared only when both people exist; an unknown one is reported on its own.
    const comparable =
      quote !== undefined &&
      typeof speaker === 'string' &&
      present.people.has(speaker) &&
      present.people.has(quote.speaker);
    if (comparable && speaker !== quote.speaker) {
      const name = typeof a['id'] === 'string' ? `annotation "${a['id']}"` : 'this annotation';
      reportError(
        diagnostics,
        at('speaker'),
        'speaker-mismatch',
        `${name} names speaker "${speaker}", but its quote "${quote.id}" was said by "${quote.speaker}"`,
        `write \`speaker: ${quote.speaker}\`, or link the annotation to the right quote`,
      );
    }
  });
}

type Drift = NonNullable<Annotation['drift']>;

/** The drifts the last check computed, by the two wordings compared (./reuse.ts). */
const lastDrifts = sharedSlot<Map<string, Drift>>('drifts');

/**
 * Computes each appearance's drift and gathers quotes' appearances and claims'
 * evidence. With `reuse`, a drift the check before computed for the same two
 * wordings is taken from it: the comparison depends on the wordings alone.
 */
function linkAppearances(archive: Archive, reuse = false): void {
  const before = reuse ? lastDrifts.value : undefined;
  const drifts = new Map<string, Drift>();
  for (const source of archive.sources) {
    for (const a of source.annotations) {
      const quote = a.quote ? archive.quote.get(a.quote) : undefined;
      if (quote) {
        const key = `${quote.text}\u0000${a.text}`;
        let drift = drifts.get(key) ?? before?.get(key);
        if (!drift) {
          const { verdict, diff, partial, compared } = compareWording(quote.text, a.text);
          drift = { verdict, diff, partial, compared };
        }
        drifts.set(key, drift);
        a.drift = { ...drift };
        quote.appearances.push(a);
      }
      const claim = a.claim ? archive.claim.get(a.claim) : undefined;
      if (claim && a.stance) claim.evidence[a.stance].push(a);
    }
  }
  if (reuse) lastDrifts.value = drifts;
}

/** Checks the passages quotes, claims and events point at; sorts each quote's appearances. */
function checkPassageReferences(
  archive: Archive,
  { diagnostics, present, record }: CheckContext,
  { reference, passage }: Resolver,
): void {
  const recordOf = (collection: CollectionName, id: string) => record(collection, id) as RawRecord;
  for (const quote of archive.quotes) {
    const r = recordOf('quotes', quote.id);
    reference(locate(r, ['speaker']), 'people', quote.speaker);
    const first = passage(locate(r, ['annotation']), quote.source, quote.annotation);
    // An annotation naming a quote that does not exist is reported there, not again here.
    const namesMissingQuote = first?.quote !== undefined && !present.quotes.has(first.quote);
    if (first && first.quote !== quote.id && !namesMissingQuote) {
      reportError(
        diagnostics,
        locate(r, ['annotation']),
        'first-report-not-appearance',
        `names annotation "${quote.annotation}" in "${quote.source}" as the first report, but that annotation is not marked as an appearance of this quote`,
        `add \`quote: ${quote.id}\` to that annotation`,
      );
    }
    quote.appearances.sort(
      (a, b) =>
        compareSources(archive.source.get(a.sourceId), archive.source.get(b.sourceId)) ||
        a.start - b.start,
    );
  }
  for (const claim of archive.claims) {
    const r = recordOf('claims', claim.id);
    passage(
      locate(r, ['firstAppearance']),
      claim.firstAppearance.source,
      claim.firstAppearance.annotation,
    );
  }
  for (const event of archive.events) {
    const r = recordOf('events', event.id);
    event.evidence.forEach((ref, i) =>
      passage(locate(r, ['evidence', i]), ref.source, ref.annotation),
    );
  }
}
