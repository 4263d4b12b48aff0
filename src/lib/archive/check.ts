/**
 * The archive checker: loads every content file, validates it, anchors every
 * annotation, resolves every reference, verifies hashes and article quotes,
 * and computes quote drift. It collects every problem in one pass and never
 * throws for bad content; the build and `npm run check` both run it.
 *
 * 1. Read the files (./read.ts) and validate each against its schema (./validate.ts).
 * 2. Sources: recompute the SHA-256; split paragraphs; anchor each annotation.
 * 3. Resolve references: outlets, speakers, quotes, claims, passages.
 * 4. Quotes: gather appearances and compute drift; claims: gather evidence.
 * 5. Articles: verify every <Quote>, <Cite> and <ClaimRef> (./articles.ts).
 * 6. Optionally, hints (./hints.ts): long passages, unannotated appearances.
 */
import {
  articleSchema,
  claimSchema,
  eventSchema,
  outletSchema,
  personSchema,
  quoteSchema,
  annotationSchema,
  sourceSchema,
  type AnnotationData,
} from '../../schemas/index.ts';
import { createAnchorer, type AnchorResult, type QuoteSelector } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { compareWording } from '../text/drift.ts';
import { textSha256 } from '../text/hash.ts';
import { checkArticles } from './articles.ts';
import { collectHints, type FieldLocator } from './hints.ts';
import { checkParties } from './parties.ts';
import type {
  Annotation,
  Archive,
  Article,
  CheckResult,
  Claim,
  Diagnostic,
  Location,
  Outlet,
  Person,
  Quote,
  Source,
  TextRange,
  TimelineEvent,
} from './model.ts';
import { COLLECTION_DIRS, type CollectionName } from './paths.ts';
import type { RawRecord } from './read.ts';
import { EXTENSIONS, readContent, type ParsedFiles } from './read.ts';
import { suggestId, validateRecord } from './validate.ts';

/** Options for a check. */
export interface CheckOptions {
  /** Also compute hints (slower: fuzzy search for unannotated appearances). */
  hints?: boolean;
  /** Files parsed by an earlier check of the same root, reused when unchanged (see ./read.ts). */
  parsed?: ParsedFiles;
}

/** An annotation as written, before validation: enough to anchor it and report on it. */
interface WrittenAnnotation {
  /** Its position in the source's `annotations` list. */
  index: number;
  /** The validated annotation, when it passed its schema. */
  valid?: AnnotationData;
  /** The raw fields, for reference checks even when the annotation is invalid. */
  raw: Record<string, unknown>;
}

/** A source file as far as it could be checked: its text and anchors, valid or not. */
interface CheckedSource {
  record: RawRecord;
  /** The source with its anchored (valid) annotations; its fields may be incomplete. */
  source: Source;
  /** Whether the frontmatter fields passed validation (then the source joins the archive). */
  valid: boolean;
  /** The ids written in its `annotations` list, or undefined when it is not a list. */
  writtenIds: string[] | undefined;
  /** Whether it has archived text to quote from. */
  hasText: boolean;
}

/** What articles need to resolve a `source` + `annotation` reference. */
export interface PassageLookup {
  /**
   * The source with this id: its checked form (with text and anchored
   * annotations, even if its fields are invalid), `unknown` when no file has
   * this id, or `reported` when its file has a problem already reported.
   */
  source(id: string): Source | 'unknown' | 'reported';
  /**
   * An annotation of a source: anchored, `unknown` when no annotation has
   * this id, or `reported` when it is written but has a problem of its own.
   */
  annotation(sourceId: string, id: string): Annotation | 'unknown' | 'reported';
  /** The annotation ids written in a source, for "use one of" suggestions. */
  annotationIds(sourceId: string): string[];
  /** Whether a claim file with this id exists (valid or not). */
  claimExists(id: string): boolean;
  /** The fix line for an unknown id in a collection: a did-you-mean, or where ids come from. */
  unknownFix(collection: CollectionName, id: string): string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SHA256 = /^[0-9a-f]{64}$/;

/** Runs every check on the content under `root`. */
export function checkArchive(root: string, options: CheckOptions = {}): CheckResult {
  const { records, diagnostics, present } = readContent(root, options.parsed);
  const of = (collection: RawRecord['collection']) =>
    records.filter((r) => r.collection === collection);
  const loc = (r: RawRecord, path: readonly PropertyKey[] = []): Location => ({
    file: r.file,
    ...r.at(path),
  });
  const error = (at: Location, code: string, message: string, fix?: string): void => {
    diagnostics.push({ severity: 'error', code, ...at, message, ...(fix ? { fix } : {}) });
  };

  const people: Person[] = [];
  for (const r of of('people')) {
    const data = validateRecord(r, personSchema, diagnostics);
    if (data) people.push({ ...data, id: r.id, location: loc(r) });
  }
  const outlets: Outlet[] = [];
  for (const r of of('outlets')) {
    const data = validateRecord(r, outletSchema, diagnostics);
    if (data) outlets.push({ ...data, id: r.id, location: loc(r) });
  }

  // Sources are validated in parts: the fields, then each annotation on its own, so that one
  // bad field or annotation does not hide the problems (or the anchors) of the others.
  const sources: Source[] = [];
  const checked = new Map<string, CheckedSource>();
  const sourceFields = sourceSchema.omit({ annotations: true });
  for (const r of of('sources')) {
    const raw = r.data as Record<string, unknown>;
    const { annotations: rawList, ...rawFields } = raw;
    const fields = validateRecord(r, sourceFields, diagnostics, { value: rawFields, path: [] });
    const written: WrittenAnnotation[] = [];
    let writtenIds: string[] | undefined = [];
    if (rawList !== undefined && rawList !== null && !Array.isArray(rawList)) {
      writtenIds = undefined;
      error(
        loc(r, ['annotations']),
        'schema',
        '`annotations` must be a list of annotations',
        'write each annotation as a `- id: …` item under `annotations:`, or `annotations: []` for none',
      );
    } else {
      ((rawList ?? []) as unknown[]).forEach((value, index) => {
        const valid = validateRecord(r, annotationSchema, diagnostics, {
          value,
          path: ['annotations', index],
        });
        const fieldsOf =
          value !== null && typeof value === 'object' && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : {};
        if (typeof fieldsOf['id'] === 'string') writtenIds?.push(fieldsOf['id']);
        written.push({ index, raw: fieldsOf, ...(valid ? { valid } : {}) });
      });
    }
    const text = (r.body ?? '').replace(/\n+$/, '');
    const hasText = text.trim() !== '';
    if (!hasText) {
      error(
        { file: r.file, line: r.bodyLine ?? 1, column: 1 },
        'empty-text',
        'has no archived text after the frontmatter',
        'paste the verbatim excerpts below the closing `---` line',
      );
    } else {
      const recorded = rawFields['sha256'];
      const actual = textSha256(text);
      // Checked against the recorded value whenever it is well-formed, even if other fields are not.
      if (typeof recorded === 'string' && SHA256.test(recorded) && actual !== recorded) {
        error(
          loc(r, ['sha256']),
          'hash-mismatch',
          `archived text changed since capture: its SHA-256 is ${actual}, but the file records ${recorded}`,
          `if the change is deliberate, record it with \`npm run archive:rehash -- ${r.file}\`; otherwise restore the text exactly as captured`,
        );
      }
    }
    const source: Source = {
      ...(fields ?? ({} as NonNullable<typeof fields>)),
      id: r.id,
      text,
      paragraphs: paragraphsOf(text),
      annotations: [],
      words: countWords(text),
      textLine: r.bodyLine ?? 1,
      location: loc(r),
    };
    // Anchoring runs even when the fields (or other parts of the annotation) are invalid, so
    // every problem is reported at once; only a fully valid source joins the archive.
    if (hasText) source.annotations = anchorAnnotations(source, written, r, diagnostics);
    else reportDuplicateIds(written, r, diagnostics);
    if (fields && hasText) sources.push(source);
    checked.set(r.id, {
      record: r,
      source,
      valid: Boolean(fields) && hasText,
      writtenIds,
      hasText,
    });
  }

  const quotes: Quote[] = [];
  for (const r of of('quotes')) {
    const data = validateRecord(r, quoteSchema, diagnostics);
    if (data) quotes.push({ ...data, id: r.id, appearances: [], location: loc(r) });
  }
  const claims: Claim[] = [];
  for (const r of of('claims')) {
    const data = validateRecord(r, claimSchema, diagnostics);
    if (data) {
      const evidence = { supports: [], relays: [], disputes: [] } as Claim['evidence'];
      claims.push({ ...data, id: r.id, evidence, location: loc(r) });
    }
  }
  const events: TimelineEvent[] = [];
  for (const r of of('events')) {
    const data = validateRecord(r, eventSchema, diagnostics);
    if (data) events.push({ ...data, id: r.id, location: loc(r) });
  }

  const archive = indexArchive({ sources, quotes, claims, people, outlets, events, articles: [] });
  const records_ = new Map(records.map((r) => [`${r.collection}/${r.id}`, r]));
  const recordOf = (collection: RawRecord['collection'], id: string) =>
    records_.get(`${collection}/${id}`) as RawRecord;

  const WHAT: Record<CollectionName, string> = {
    sources: 'source',
    quotes: 'quote',
    claims: 'claim',
    people: 'person',
    outlets: 'outlet',
    events: 'event',
    articles: 'article',
  };
  const unknownFix = (collection: CollectionName, id: string): string => {
    const near = suggestId(id, present[collection]);
    const dir = COLLECTION_DIRS[collection];
    const ext = EXTENSIONS[collection][0] as string;
    const where =
      collection === 'sources'
        ? `use the file name of a source in content/${dir}/, without ${ext}`
        : `create content/${dir}/${id}${ext}, or use the file name of one in content/${dir}/`;
    return near ? `did you mean "${near}"? Otherwise ${where}` : where;
  };
  /** Checks a reference to an id of `collection`; true when a file with that id exists. */
  const reference = (at: Location, collection: CollectionName, id: unknown): boolean => {
    // A value that is not an id at all has its own schema error.
    if (typeof id !== 'string' || !ID.test(id)) return false;
    if (present[collection].has(id)) return true;
    error(
      at,
      'unknown-reference',
      `refers to ${WHAT[collection]} "${id}", which does not exist`,
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
    unknownFix,
  };

  /** Checks a { source, annotation } reference; returns the annotation when it resolves. */
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
      error(
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

  checkParties(records, present, diagnostics);
  const namedClaims = new Set<string>();
  // References are checked on what is written, so a source whose fields (or an annotation
  // whose other fields) fail validation still has its references checked in the same pass.
  for (const { record: r, source } of checked.values()) {
    const raw = r.data as Record<string, unknown>;
    reference(loc(r, ['outlet']), 'outlets', raw['outlet']);
    const list = Array.isArray(raw['annotations']) ? (raw['annotations'] as unknown[]) : [];
    list.forEach((item, index) => {
      if (item === null || typeof item !== 'object') return;
      const a = item as Record<string, unknown>;
      const at = (field: string) => loc(r, ['annotations', index, field]);
      reference(at('speaker'), 'people', a['speaker']);
      reference(at('claim'), 'claims', a['claim']);
      if (typeof a['claim'] === 'string') namedClaims.add(a['claim']);
      if (Array.isArray(a['distinctFrom'])) {
        a['distinctFrom'].forEach((id, i) =>
          reference(loc(r, ['annotations', index, 'distinctFrom', i]), 'quotes', id),
        );
      }
      if (!reference(at('quote'), 'quotes', a['quote'])) return;
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
        error(
          at('speaker'),
          'speaker-mismatch',
          `${name} names speaker "${speaker}", but its quote "${quote.id}" was said by "${quote.speaker}"`,
          `write \`speaker: ${quote.speaker}\`, or link the annotation to the right quote`,
        );
      }
    });
    if (!sources.includes(source)) continue;
    for (const a of source.annotations) {
      const quote = a.quote ? archive.quote.get(a.quote) : undefined;
      if (quote) {
        const { verdict, diff, partial, compared } = compareWording(quote.text, a.text);
        a.drift = { verdict, diff, partial, compared };
        quote.appearances.push(a);
      }
      const claim = a.claim ? archive.claim.get(a.claim) : undefined;
      if (claim && a.stance) claim.evidence[a.stance].push(a);
    }
  }

  for (const quote of quotes) {
    const r = recordOf('quotes', quote.id);
    reference(loc(r, ['speaker']), 'people', quote.speaker);
    const first = passage(loc(r, ['annotation']), quote.source, quote.annotation);
    // An annotation naming a quote that does not exist is reported there, not again here.
    const namesMissingQuote = first?.quote !== undefined && !present.quotes.has(first.quote);
    if (first && first.quote !== quote.id && !namesMissingQuote) {
      error(
        loc(r, ['annotation']),
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
  for (const claim of claims) {
    const r = recordOf('claims', claim.id);
    passage(
      loc(r, ['firstAppearance']),
      claim.firstAppearance.source,
      claim.firstAppearance.annotation,
    );
  }
  for (const event of events) {
    const r = recordOf('events', event.id);
    event.evidence.forEach((ref, i) =>
      passage(loc(r, ['evidence', i]), ref.source, ref.annotation),
    );
  }

  const articles: Article[] = [];
  const validArticles = new Set<Article>();
  const articleRecords = new Map<string, RawRecord>();
  for (const r of of('articles')) {
    articleRecords.set(r.id, r);
    const data = validateRecord(r, articleSchema, diagnostics);
    // An article whose frontmatter is invalid still has its MDX and quotes checked.
    const article: Article = {
      ...(data ?? ({} as NonNullable<typeof data>)),
      id: r.id,
      references: [],
      words: 0,
      location: loc(r),
    };
    articles.push(article);
    if (data) validArticles.add(article);
  }
  // Unchanged articles keep their parsed MDX when unchanged files keep their records.
  checkArticles(articles, articleRecords, lookup, diagnostics, options.parsed !== undefined);
  archive.articles = articles.filter((a) => validArticles.has(a));
  for (const article of archive.articles) archive.article.set(article.id, article);
  for (const article of archive.articles) {
    for (const ref of article.references) {
      if (!ref.source || !archive.source.has(ref.source)) continue;
      const list = archive.citedIn.get(ref.source) ?? [];
      if (!list.includes(article)) list.push(article);
      archive.citedIn.set(ref.source, list);
    }
  }

  if (options.hints) {
    const locate: FieldLocator = (collection, id, path) => {
      const r = records_.get(`${collection}/${id}`);
      return r ? loc(r, path) : undefined;
    };
    collectHints(archive, diagnostics, locate, namedClaims);
  }
  diagnostics.sort(compareDiagnostics);
  return { archive, diagnostics };
}

/** Reports annotation ids used twice in a source that has no text to anchor them in. */
function reportDuplicateIds(
  written: WrittenAnnotation[],
  record: RawRecord,
  diagnostics: Diagnostic[],
): void {
  const seen = new Map<string, number>();
  for (const { index, raw } of written) {
    const id = raw['id'];
    if (typeof id !== 'string') continue;
    const previous = seen.get(id);
    if (previous === undefined) {
      seen.set(id, index);
      continue;
    }
    diagnostics.push(duplicateId(record, index, id, previous));
  }
}

function duplicateId(record: RawRecord, index: number, id: string, previous: number): Diagnostic {
  return {
    severity: 'error',
    code: 'duplicate-id',
    file: record.file,
    ...record.at(['annotations', index, 'id']),
    message: `annotation id "${id}" is used twice in this source (first at line ${record.at(['annotations', previous, 'id']).line})`,
    fix: 'give each annotation its own id; ids appear in links, so keep the older one and rename the new one',
  };
}

/** Anchors a source's annotations, reporting duplicates, misses and ambiguities. */
function anchorAnnotations(
  source: Source,
  written: WrittenAnnotation[],
  record: RawRecord,
  diagnostics: Diagnostic[],
): Annotation[] {
  const anchorer = createAnchorer(source.text);
  const lineOf = lineIndex(source.text, record.bodyLine ?? 1);
  const seen = new Map<string, number>();
  const anchored: Annotation[] = [];
  for (const { index, valid, raw } of written) {
    const location = { file: record.file, ...record.at(['annotations', index]) };
    const at = (field: string): Location => ({
      file: record.file,
      ...record.at(['annotations', index, field]),
    });
    const report = (where: Location, code: string, message: string, fix?: string): void => {
      diagnostics.push({ severity: 'error', code, ...where, message, ...(fix ? { fix } : {}) });
    };
    const id = raw['id'];
    if (typeof id === 'string') {
      const previous = seen.get(id);
      if (previous !== undefined) {
        diagnostics.push(duplicateId(record, index, id, previous));
        continue;
      }
      seen.set(id, index);
    }
    // An invalid annotation is still anchored when its selector is usable, to report both at once.
    const { exact, prefix, suffix } = raw;
    const usable =
      typeof exact === 'string' &&
      exact.trim() !== '' &&
      (prefix === undefined || typeof prefix === 'string') &&
      (suffix === undefined || typeof suffix === 'string');
    if (!usable) continue;
    const selector: QuoteSelector = {
      exact,
      ...(typeof prefix === 'string' ? { prefix } : {}),
      ...(typeof suffix === 'string' ? { suffix } : {}),
    };
    const result = anchorer.anchor(selector);
    const label = typeof id === 'string' ? `annotation "${id}"` : `annotation ${index + 1}`;
    switch (result.status) {
      case 'found':
        if (valid) {
          anchored.push({
            ...valid,
            start: result.start,
            end: result.end,
            sourceId: source.id,
            text: source.text.slice(result.start, result.end),
            paragraph: paragraphAt(source.paragraphs, result.start),
            location,
          });
        }
        continue;
      case 'empty':
        report(
          at('exact'),
          'anchor-empty',
          `${label} has an \`exact\` with no visible characters`,
          'copy the passage from the archived text into `exact`',
        );
        continue;
      case 'ambiguous': {
        const lines = result.starts.map((s) => lineOf(s)).join(', ');
        const s = result.suggestion;
        const parts = [
          s?.prefix !== undefined ? `\`prefix: ${JSON.stringify(s.prefix)}\`` : '',
          s?.suffix !== undefined ? `\`suffix: ${JSON.stringify(s.suffix)}\`` : '',
        ].filter(Boolean);
        const fix =
          parts.length > 0
            ? `to mark the first one (line ${lineOf(result.starts[0] as number)}), add ${parts.join(' and ')} to the annotation; for another, copy the words just before or after it into \`prefix\` or \`suffix\``
            : 'add a `prefix` or `suffix`: the words just before or after the passage you mean';
        report(
          at('exact'),
          'anchor-ambiguous',
          `${label}: \`exact\` occurs ${result.count} times in the archived text (lines ${lines}), so it is not clear which one is meant`,
          fix,
        );
        continue;
      }
      case 'not-found': {
        if (selector.prefix !== undefined || selector.suffix !== undefined) {
          const bare = anchorer.anchor({ exact });
          if (bare.status === 'found' || bare.status === 'ambiguous') {
            report(
              at(selector.prefix !== undefined ? 'prefix' : 'suffix'),
              'anchor-context-not-found',
              `${label}: \`exact\` is in the archived text, but not with this ${contextNames(selector)}`,
              contextFix(source.text, selector, bare, lineOf),
            );
            continue;
          }
        }
        const near = result.nearest;
        report(
          at('exact'),
          'anchor-not-found',
          `${label}: \`exact\` is not in the archived text`,
          near
            ? `nearest passage, line ${lineOf(near.start)}: "${near.text}"\n    word diff (exact → archived): ${formatWordDiff(near.diff)}\n    copy the passage exactly as archived`
            : 'copy the passage exactly as it appears below the frontmatter',
        );
        continue;
      }
    }
  }
  return anchored;
}

function contextNames(selector: QuoteSelector): string {
  if (selector.prefix !== undefined && selector.suffix !== undefined)
    return '`prefix` and `suffix`';
  return selector.prefix !== undefined ? '`prefix`' : '`suffix`';
}

/** Shows what really surrounds the passage, so the editor can copy a working prefix or suffix. */
function contextFix(
  text: string,
  selector: QuoteSelector,
  bare: AnchorResult,
  lineOf: (offset: number) => number,
): string {
  const occurrences =
    bare.status === 'found'
      ? [{ start: bare.start, end: bare.end }]
      : bare.status === 'ambiguous'
        ? bare.starts.map((start) => ({ start, end: start }))
        : [];
  const first = occurrences[0];
  if (!first) return 'copy the words just before or after the passage exactly';
  const wordsBefore = text
    .slice(Math.max(0, first.start - 60), first.start)
    .replace(/\s+/g, ' ')
    .trimStart();
  const before = wordsBefore.split(' ').slice(-5).join(' ').trim();
  const end = first.end > first.start ? first.end : first.start + selector.exact.length;
  const after = text
    .slice(end, end + 60)
    .replace(/\s+/g, ' ')
    .split(' ')
    .slice(0, 6)
    .join(' ')
    .trim();
  const unique = bare.status === 'found';
  return [
    `at line ${lineOf(first.start)} the text before it is "…${before}" and after it "${after}…"`,
    unique
      ? `the passage occurs only once, so it needs no ${contextNames(selector)}: remove it, or copy it from there exactly`
      : 'copy the prefix or suffix from there exactly',
  ].join('\n    ');
}

/** Maps an offset in a source's text to its 1-based line in the file. */
export function lineIndex(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
}

/** The paragraphs of archived text: runs of lines separated by blank lines. */
export function paragraphsOf(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length });
  return paragraphs;
}

function paragraphAt(paragraphs: TextRange[], offset: number): number {
  const i = paragraphs.findIndex((p) => offset < p.end);
  return i < 0 ? paragraphs.length - 1 : i;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Orders sources by publication date, unknown dates last, then by id. */
export function compareSources(a: Source | undefined, b: Source | undefined): number {
  if (!a || !b) return 0;
  const da = a.published === 'unknown' ? '9999' : a.published;
  const db = b.published === 'unknown' ? '9999' : b.published;
  return da.localeCompare(db) || a.id.localeCompare(b.id);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Builds the look-up maps of an archive. */
export function indexArchive(
  parts: Pick<
    Archive,
    'sources' | 'quotes' | 'claims' | 'people' | 'outlets' | 'events' | 'articles'
  >,
): Archive {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  return {
    ...parts,
    source: byId(parts.sources),
    quote: byId(parts.quotes),
    claim: byId(parts.claims),
    person: byId(parts.people),
    outlet: byId(parts.outlets),
    article: byId(parts.articles),
    citedIn: new Map(),
  };
}

/** Formats a diagnostic for a terminal: `path:line:column error: message`, then the fix. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
  return d.fix ? `${head}\n  fix: ${d.fix}` : head;
}
