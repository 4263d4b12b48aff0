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
import { createAnchorer } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { compareWording } from '../text/drift.ts';
import { textSha256 } from '../text/hash.ts';
import { checkArticles } from './articles.ts';
import { collectHints } from './hints.ts';
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
import type { RawRecord } from './read.ts';
import { readContent } from './read.ts';
import { validateRecord } from './validate.ts';

/** Options for a check. */
export interface CheckOptions {
  /** Also compute hints (slower: fuzzy search for unannotated appearances). */
  hints?: boolean;
}

/** Runs every check on the content under `root`. */
export function checkArchive(root: string, options: CheckOptions = {}): CheckResult {
  const { records, diagnostics } = readContent(root);
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

  const sources: Source[] = [];
  const sourceRecords = new Map<string, RawRecord>();
  // Sources are validated in parts: the fields, then each annotation on its own, so that one
  // bad field or annotation does not hide the problems (or the anchors) of the others.
  const knownSources = new Set(of('sources').map((r) => r.id));
  const sourceFields = sourceSchema.omit({ annotations: true });
  for (const r of of('sources')) {
    sourceRecords.set(r.id, r);
    const raw = (r.data ?? {}) as Record<string, unknown>;
    const { annotations: rawList, ...rawFields } = raw;
    const fields = validateRecord(r, sourceFields, diagnostics, { value: rawFields, path: [] });
    const list: AnnotationData[] = [];
    if (rawList !== undefined && !Array.isArray(rawList)) {
      error(
        loc(r, ['annotations']),
        'schema',
        '`annotations` must be a list of annotations',
        'write each annotation as a `- id: …` item under `annotations:`',
      );
    } else {
      (rawList ?? []).forEach((value: unknown, i: number) => {
        const a = validateRecord(r, annotationSchema, diagnostics, {
          value,
          path: ['annotations', i],
        });
        if (a) list.push(a);
      });
    }
    const text = (r.body ?? '').replace(/\n+$/, '');
    if (text.trim() === '') {
      error(
        { file: r.file, line: r.bodyLine ?? 1, column: 1 },
        'empty-text',
        'has no archived text after the frontmatter',
        'paste the verbatim excerpts below the closing `---` line',
      );
      continue;
    }
    const actual = textSha256(text);
    if (fields && actual !== fields.sha256) {
      error(
        loc(r, ['sha256']),
        'hash-mismatch',
        `archived text changed since capture: its SHA-256 is ${actual}, but the file records ${fields.sha256}`,
        `if the change is deliberate, record it with \`npm run archive:rehash -- ${r.file}\`; otherwise restore the text exactly as captured`,
      );
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
    // Anchoring runs even when the fields are invalid, so every problem is reported at once;
    // only a fully valid source joins the archive.
    source.annotations = anchorAnnotations(source, list, r, diagnostics);
    if (fields) sources.push(source);
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
      const evidence = { supports: [], disputes: [], reports: [] } as Claim['evidence'];
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

  /** Reports a reference to a missing id, suggesting the files that do exist. */
  const missing = (at: Location, what: string, id: string, dir: string): void =>
    error(
      at,
      'unknown-reference',
      `refers to ${what} "${id}", which does not exist`,
      `create content/${dir}/${id}.yaml, or use an existing id`,
    );

  /** Checks a { source, annotation } reference; returns the annotation when it resolves. */
  const passage = (
    at: Location,
    sourceId: string,
    annotationId: string,
  ): Annotation | undefined => {
    const source = archive.source.get(sourceId);
    if (!source) {
      if (!knownSources.has(sourceId)) {
        error(
          at,
          'unknown-reference',
          `refers to source "${sourceId}", which does not exist`,
          `use the file name of a source in content/sources/, without .txt`,
        );
      }
      return undefined;
    }
    const annotation = source.annotations.find((a) => a.id === annotationId);
    if (!annotation && !hasAnnotationRecord(sourceRecords.get(sourceId), annotationId)) {
      const ids = source.annotations.map((a) => a.id);
      error(
        at,
        'unknown-reference',
        `refers to annotation "${annotationId}" in source "${sourceId}", which has no such annotation`,
        ids.length > 0
          ? `use one of: ${ids.join(', ')}`
          : 'annotate the passage in that source first',
      );
    }
    return annotation;
  };

  for (const source of sources) {
    const r = sourceRecords.get(source.id) as RawRecord;
    if (!archive.outlet.has(source.outlet)) {
      missing(loc(r, ['outlet']), 'outlet', source.outlet, 'outlets');
    }
    for (const a of source.annotations) {
      const index = annotationIndex(r, a.id);
      if (a.speaker && !archive.person.has(a.speaker)) {
        missing(loc(r, ['annotations', index, 'speaker']), 'person', a.speaker, 'people');
      }
      if (a.quote) {
        const quote = archive.quote.get(a.quote);
        if (!quote) missing(loc(r, ['annotations', index, 'quote']), 'quote', a.quote, 'quotes');
        else {
          const { verdict, diff } = compareWording(quote.text, a.text);
          a.drift = { verdict, diff };
          quote.appearances.push(a);
        }
      }
      if (a.claim) {
        const claim = archive.claim.get(a.claim);
        if (!claim) missing(loc(r, ['annotations', index, 'claim']), 'claim', a.claim, 'claims');
        else if (a.stance) claim.evidence[a.stance].push(a);
      }
    }
  }

  for (const quote of quotes) {
    const r = recordOf('quotes', quote.id);
    if (!archive.person.has(quote.speaker))
      missing(loc(r, ['speaker']), 'person', quote.speaker, 'people');
    const first = passage(loc(r, ['annotation']), quote.source, quote.annotation);
    if (first && first.quote !== quote.id) {
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
  for (const r of of('articles')) {
    const data = validateRecord(r, articleSchema, diagnostics);
    if (!data) continue;
    articles.push({ ...data, id: r.id, references: [], words: 0, location: loc(r) });
  }
  checkArticles(articles, of('articles'), archive, knownSources, diagnostics);
  archive.articles = articles;
  for (const article of articles) archive.article.set(article.id, article);
  for (const article of articles) {
    for (const ref of article.references) {
      if (!ref.source) continue;
      const list = archive.citedIn.get(ref.source) ?? [];
      if (!list.includes(article)) list.push(article);
      archive.citedIn.set(ref.source, list);
    }
  }

  if (options.hints) collectHints(archive, diagnostics);
  diagnostics.sort(compareDiagnostics);
  return { archive, diagnostics };
}

function hasAnnotationRecord(record: RawRecord | undefined, id: string): boolean {
  return record ? annotationIndex(record, id) >= 0 : false;
}

function annotationIndex(record: RawRecord, id: string): number {
  const list = (record.data as { annotations?: unknown }).annotations;
  return Array.isArray(list) ? list.findIndex((a) => (a as { id?: unknown })?.id === id) : -1;
}

/** Anchors a source's annotations, reporting duplicates, misses and ambiguities. */
function anchorAnnotations(
  source: Source,
  list: AnnotationData[],
  record: RawRecord,
  diagnostics: Diagnostic[],
): Annotation[] {
  const anchorer = createAnchorer(source.text);
  const lineOf = lineIndex(source.text, record.bodyLine ?? 1);
  const seen = new Map<string, number>();
  const anchored: Annotation[] = [];
  list.forEach((data, index) => {
    const location = { file: record.file, ...record.at(['annotations', index]) };
    const at = (field: string): Location => ({
      file: record.file,
      ...record.at(['annotations', index, field]),
    });
    const report = (where: Location, code: string, message: string, fix?: string): void => {
      diagnostics.push({ severity: 'error', code, ...where, message, ...(fix ? { fix } : {}) });
    };
    const previous = seen.get(data.id);
    if (previous !== undefined) {
      report(
        at('id'),
        'duplicate-id',
        `annotation id "${data.id}" is used twice in this source (also annotation ${previous + 1})`,
        'give each annotation its own id; ids appear in links, so keep the older one',
      );
      return;
    }
    seen.set(data.id, index);
    const result = anchorer.anchor({
      exact: data.exact,
      ...(data.prefix !== undefined ? { prefix: data.prefix } : {}),
      ...(data.suffix !== undefined ? { suffix: data.suffix } : {}),
    });
    const label = `annotation "${data.id}"`;
    switch (result.status) {
      case 'found':
        anchored.push({
          ...data,
          start: result.start,
          end: result.end,
          sourceId: source.id,
          text: source.text.slice(result.start, result.end),
          paragraph: paragraphAt(source.paragraphs, result.start),
          location,
        });
        return;
      case 'empty':
        report(
          at('exact'),
          'anchor-empty',
          `${label} has an empty \`exact\``,
          'copy the passage from the archived text into `exact`',
        );
        return;
      case 'ambiguous': {
        const lines = result.starts.map((s) => lineOf(s)).join(', ');
        const s = result.suggestion;
        const fix =
          s?.prefix !== undefined
            ? `add \`prefix: ${JSON.stringify(s.prefix)}\` to pick the first one (or a prefix or suffix that fits the one you mean)`
            : s?.suffix !== undefined
              ? `add \`suffix: ${JSON.stringify(s.suffix)}\` to pick the first one (or a prefix or suffix that fits the one you mean)`
              : 'add a `prefix` or `suffix`: the words just before or after the passage you mean';
        report(
          at('exact'),
          'anchor-ambiguous',
          `${label}: \`exact\` occurs ${result.count} times in the archived text (lines ${lines})`,
          fix,
        );
        return;
      }
      case 'not-found': {
        const near = result.nearest;
        const context =
          data.prefix !== undefined || data.suffix !== undefined
            ? ' with the given prefix and suffix'
            : '';
        report(
          at('exact'),
          'anchor-not-found',
          `${label}: \`exact\` is not in the archived text${context}`,
          near
            ? `nearest passage, line ${lineOf(near.start)}: "${near.text}"\n    word diff (exact → archived): ${formatWordDiff(near.diff)}\n    copy the passage exactly as archived`
            : 'copy the passage exactly as it appears below the frontmatter',
        );
        return;
      }
    }
  });
  return anchored;
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
