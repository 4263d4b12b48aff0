/**
 * The archive's annotations as W3C Web Annotations (JSON-LD): one
 * AnnotationCollection per source, which describes each of its annotations in
 * full; one for the whole archive in pages of {@link ANNOTATIONS_PER_PAGE}; and
 * one per story.
 *
 * Each annotation is described once, in its source's collection
 * (`/sources/<slug>/annotations.jsonld`). The archive's and the stories'
 * collections list the same annotations by IRI, the representation the Web
 * Annotation Protocol calls PreferContainedIRIs (section 4.2, "Container
 * Representations"). A page has one `next`, so one page cannot belong to two
 * chains: a source's page shared with the archive's chain would lead a client
 * walking the source's collection on into every other source.
 *
 * What each field holds, and why:
 * - `id` is the passage's anchor on its source page, `<site>/sources/<slug>/#a-<id>`.
 * - `motivation` follows the annotation's kind ({@link MOTIVATION_BY_KIND}).
 * - `body` holds the editor's note (a Markdown TextualBody), tags with purpose
 *   `tagging` (the kind, and the stance towards a claim), and links to the
 *   speaker, the canonical quote and the claim on this site.
 * - `target.source` is the original address, or, when the archive records it
 *   as `unknown`, the archived text's own address on this site.
 * - `target.selector` is a TextQuoteSelector (the passage verbatim, with up
 *   to {@link CONTEXT_CODE_POINTS} characters before and after) and a
 *   TextPositionSelector, both computed from the archived text as published
 *   at `/sources/<slug>/text.txt` (the `text` of `/api/sources.json`), with
 *   positions in Unicode code points as the model requires.
 * - `target.state` is a TimeState: `sourceDate` is the capture day and
 *   `cached` the archived text on this site, in which the selectors apply.
 * - `created` and `modified` are the capture day at midnight UTC: the archive
 *   records no other date for an annotation, and a build time would make the
 *   export change with every build.
 * - `creator` and `generator` name the editors and the software by IRI, in
 *   the annotations and in the per-source and story collections; the archive's
 *   collection (`/annotations.jsonld`, and its pages' `partOf`) describes them.
 * - Inside a collection's pages the items take `@context` from the document
 *   they are in, as the model allows, so it is written once per file.
 *
 * @see https://www.w3.org/TR/annotation-model/
 * @see https://www.w3.org/TR/annotation-protocol/#container-representations
 * @see https://www.w3.org/TR/annotation-vocab/#named-individuals
 */
import { storyMembers } from '../lists/stories.ts';
import type { Annotation, Archive, Source, Story } from '../archive/model.ts';
import type { AnnotationKind } from '../../schemas/index.ts';
import { codePointIndex, type CodePointIndex } from './code-points.ts';
import { absolute, dayToDateTime, known, type SiteInfo } from './site.ts';
import { urls } from '../urls.ts';

/** The JSON-LD context every Web Annotation document names. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many annotations one AnnotationPage of the archive's collection holds. */
export const ANNOTATIONS_PER_PAGE = 200;

/** How many characters (code points) of context a TextQuoteSelector records on each side. */
export const CONTEXT_CODE_POINTS = 32;

/** The motivations the Web Annotation Vocabulary defines. */
export const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
] as const;

/** One of the vocabulary's motivations. */
export type Motivation = (typeof MOTIVATIONS)[number];

/**
 * Each kind of annotation's motivation: a quote identifies whose words the
 * passage holds; a claim classifies the passage against a claim in the
 * ledger (supports, disputes or reports it); a context note comments on the
 * passage; a correction assesses it as wrong.
 */
export const MOTIVATION_BY_KIND: Readonly<Record<AnnotationKind, Motivation>> = {
  quote: 'identifying',
  claim: 'classifying',
  context: 'commenting',
  correction: 'assessing',
};

/** Who made an annotation or generated the export (a W3C Agent). */
export interface Agent {
  id: string;
  type: 'Organization' | 'Person' | 'Software';
  name: string;
  homepage?: string;
}

/** A body given as text (the note, or a tag). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: Motivation;
  format?: 'text/markdown' | 'text/plain';
  language?: string;
}

/** A body that points at a page of this site (a speaker, a quote, a claim). */
export interface LinkBody {
  type: 'SpecificResource';
  source: string;
  purpose: Motivation;
}

/** A W3C TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A W3C TextPositionSelector: [start, end) in code points. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A W3C TimeState: when the source was seen, and where a copy of it is. */
export interface TimeState {
  type: 'TimeState';
  sourceDate: string;
  cached: string;
}

/** The passage an annotation is about. */
export interface AnnotationTarget {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  state: TimeState;
}

/** One annotation in the W3C Web Annotation Data Model. */
export interface WebAnnotation {
  /** Present on a standalone annotation; items of a page take the page's context. */
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created: string;
  modified: string;
  /** The editors, by IRI ({@link editorsAgent}), or described in full. */
  creator: Agent | string;
  /** The software, by IRI ({@link generatorAgent}), or described in full. */
  generator: Agent | string;
  body: (TextualBody | LinkBody)[];
  target: AnnotationTarget;
}

/**
 * A page of a collection: its annotations described in full, or given by IRI
 * (the Protocol's PreferContainedIRIs representation).
 */
export interface AnnotationPage {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationPage';
  partOf: string | { id: string; label: string; total: number; creator: Agent; generator: Agent };
  startIndex: number;
  next?: string;
  prev?: string;
  items: WebAnnotation[] | string[];
}

/** A collection of annotations, with links to (or an embedded) first page. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** The editors: described in the archive's collection, by IRI in the others. */
  creator: Agent | string;
  /** The software: described in the archive's collection, by IRI in the others. */
  generator: Agent | string;
  first?: string | AnnotationPage;
  last?: string;
}

/** The editors of the site, who write every annotation. */
export function editorsAgent(site: SiteInfo): Agent {
  return {
    id: `${site.url}#editors`,
    type: 'Organization',
    name: `${site.name} editors`,
    homepage: site.url,
  };
}

/** The software that generates the export. */
export function generatorAgent(site: SiteInfo): Agent {
  return { id: `${site.url}#software`, type: 'Software', name: site.name, homepage: site.url };
}

/** The absolute address of a source's archived text, in which the selectors apply. */
export function archivedTextUrl(site: SiteInfo, sourceId: string): string {
  return absolute(site, urls.sourceText(sourceId));
}

/** The absolute id of an annotation: its passage's anchor on the source page. */
export function annotationId(site: SiteInfo, sourceId: string, annotationId: string): string {
  return absolute(site, urls.passage(sourceId, annotationId));
}

/** Where a passage is, in the terms the selectors use. */
export interface PassageSelectors {
  /** The passage, verbatim. */
  exact: string;
  /** Up to {@link CONTEXT_CODE_POINTS} code points before the passage (empty at the start of the text). */
  prefix: string;
  /** Up to {@link CONTEXT_CODE_POINTS} code points after the passage (empty at the end of the text). */
  suffix: string;
  /** Start in code points. */
  start: number;
  /** End (exclusive) in code points. */
  end: number;
}

/**
 * The quote and position selectors of an anchored passage, from UTF-16
 * offsets `range` into `text` indexed by `index`.
 */
export function passageSelectors(
  text: string,
  index: CodePointIndex,
  range: { start: number; end: number },
): PassageSelectors {
  const start = index.toCodePoint(range.start);
  const end = index.toCodePoint(range.end);
  return {
    exact: text.slice(range.start, range.end),
    prefix: text.slice(index.toUtf16(Math.max(0, start - CONTEXT_CODE_POINTS)), range.start),
    suffix: text.slice(range.end, index.toUtf16(end + CONTEXT_CODE_POINTS)),
    start,
    end,
  };
}

/**
 * Memoises `compute` per object (a source, an archive) and site address: the
 * archive's pages, the sources' collections and the feeds ask for the same
 * lists many times in one build.
 */
function perObjectAndSite<K extends object, V>(
  compute: (site: SiteInfo, key: K) => V,
): (site: SiteInfo, key: K) => V {
  const memo = new WeakMap<K, Map<string, V>>();
  return (site, key) => {
    let bySite = memo.get(key);
    if (bySite === undefined) memo.set(key, (bySite = new Map()));
    if (!bySite.has(site.url)) bySite.set(site.url, compute(site, key));
    return bySite.get(site.url) as V;
  };
}

/**
 * Every annotation of one source as Web Annotations, in text order; computed
 * once per source and site (the archive's pages and the source's own
 * collection share them).
 */
export const sourceAnnotations: (site: SiteInfo, source: Source) => WebAnnotation[] =
  perObjectAndSite(buildSourceAnnotations);

/** A source's annotations in text order: by start, then end, then id. */
function inTextOrder(source: Source): Annotation[] {
  return [...source.annotations].sort(
    (a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id),
  );
}

/** The IRIs of a source's annotations, in the order of {@link sourceAnnotations}. */
export function sourceAnnotationIds(site: SiteInfo, source: Source): string[] {
  return inTextOrder(source).map((annotation) => annotationId(site, source.id, annotation.id));
}

/** Builds {@link sourceAnnotations}; the source's text is indexed once for the code point conversion. */
function buildSourceAnnotations(site: SiteInfo, source: Source): WebAnnotation[] {
  const index = codePointIndex(source.text);
  const creator = editorsAgent(site).id;
  const generator = generatorAgent(site).id;
  const cached = archivedTextUrl(site, source.id);
  const targetSource = known(source.url) ?? cached;
  const date = dayToDateTime(source.captured);
  return inTextOrder(source).map((annotation) => {
    const { exact, prefix, suffix, start, end } = passageSelectors(source.text, index, annotation);
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
    if (prefix !== '') quote.prefix = prefix;
    if (suffix !== '') quote.suffix = suffix;
    return {
      '@context': ANNO_CONTEXT,
      id: annotationId(site, source.id, annotation.id),
      type: 'Annotation',
      motivation: MOTIVATION_BY_KIND[annotation.kind],
      created: date,
      modified: date,
      creator,
      generator,
      body: bodies(site, annotation),
      target: {
        type: 'SpecificResource',
        source: targetSource,
        selector: [quote, { type: 'TextPositionSelector', start, end }],
        state: { type: 'TimeState', sourceDate: date, cached },
      },
    };
  });
}

function bodies(site: SiteInfo, annotation: Annotation): (TextualBody | LinkBody)[] {
  const out: (TextualBody | LinkBody)[] = [];
  if (annotation.note !== undefined) {
    out.push({
      type: 'TextualBody',
      value: annotation.note,
      format: 'text/markdown',
      language: 'en',
      purpose: annotation.kind === 'correction' ? 'assessing' : 'commenting',
    });
  }
  out.push({
    type: 'TextualBody',
    value: annotation.kind,
    format: 'text/plain',
    purpose: 'tagging',
  });
  if (annotation.stance !== undefined) {
    out.push({
      type: 'TextualBody',
      value: annotation.stance,
      format: 'text/plain',
      purpose: 'tagging',
    });
  }
  if (annotation.speaker !== undefined) {
    out.push({
      type: 'SpecificResource',
      source: absolute(site, urls.person(annotation.speaker)),
      purpose: 'identifying',
    });
  }
  if (annotation.quote !== undefined) {
    out.push({
      type: 'SpecificResource',
      source: absolute(site, urls.quote(annotation.quote)),
      purpose: 'linking',
    });
  }
  if (annotation.claim !== undefined) {
    out.push({
      type: 'SpecificResource',
      source: absolute(site, urls.claim(annotation.claim)),
      purpose: 'classifying',
    });
  }
  return out;
}

/**
 * One source's annotations as a collection whose only page embeds them: the
 * one place each annotation is described in full.
 */
export function sourceAnnotationCollection(site: SiteInfo, source: Source): AnnotationCollection {
  return singlePageCollection(
    site,
    absolute(site, urls.sourceAnnotations(source.id)),
    `Annotations on “${source.title}” (${site.name})`,
    sourceAnnotations(site, source).map(embedded),
  );
}

/**
 * A collection whose only page holds `items`: the model requires a first
 * page only when there is something in it, and a page needs items. The
 * editors and the software are named by IRI: the archive's collection
 * describes them.
 */
function singlePageCollection(
  site: SiteInfo,
  id: string,
  label: string,
  items: WebAnnotation[] | string[],
): AnnotationCollection {
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    creator: editorsAgent(site).id,
    generator: generatorAgent(site).id,
  };
  if (items.length > 0) {
    collection.first = {
      id: `${id}#page-1`,
      type: 'AnnotationPage',
      partOf: id,
      startIndex: 0,
      items,
    };
  }
  return collection;
}

const byId = (a: Source, b: Source): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One story's annotations as a single-page W3C AnnotationCollection
 * (/stories/<id>/annotations.jsonld) listing them by IRI: those of its
 * sources, sources in id order, each source's in text order. Each is
 * described in its source's collection.
 */
export function storyAnnotationCollection(
  site: SiteInfo,
  archive: Archive,
  story: Pick<Story, 'id' | 'title'>,
): AnnotationCollection {
  const items = [...storyMembers(archive, story.id).sources]
    .sort(byId)
    .flatMap((source) => sourceAnnotationIds(site, source));
  return singlePageCollection(
    site,
    absolute(site, urls.storyAnnotations(story.id)),
    `Annotations on the story “${story.title}” (${site.name})`,
    items,
  );
}

/** An annotation as an item of a page: the same, less the `@context` the page already gives. */
export function embedded(annotation: WebAnnotation): WebAnnotation {
  const item = { ...annotation };
  delete item['@context'];
  return item;
}

/**
 * Every annotation in the archive, sources in id order and each source's
 * annotations in text order; computed once per archive and site.
 */
export const allAnnotations: (site: SiteInfo, archive: Archive) => WebAnnotation[] =
  perObjectAndSite((site, archive) =>
    [...archive.sources].sort(byId).flatMap((source) => sourceAnnotations(site, source)),
  );

/**
 * The IRI of every annotation in the archive, in the order of
 * {@link allAnnotations}; computed once per archive and site, without
 * building the annotations.
 */
export const allAnnotationIds: (site: SiteInfo, archive: Archive) => string[] = perObjectAndSite(
  (site, archive) =>
    [...archive.sources].sort(byId).flatMap((source) => sourceAnnotationIds(site, source)),
);

/** How many pages a collection of `total` annotations has. */
export function pageCount(total: number, perPage: number = ANNOTATIONS_PER_PAGE): number {
  return Math.ceil(total / perPage);
}

/**
 * The archive's AnnotationCollection of the annotations `ids`: the total,
 * the editors and the software described in full, and links to its first and
 * last pages.
 */
export function annotationCollection(
  site: SiteInfo,
  ids: readonly string[],
  perPage: number = ANNOTATIONS_PER_PAGE,
): AnnotationCollection {
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: absolute(site, urls.annotations()),
    type: 'AnnotationCollection',
    label: `Annotations on the ${site.name} archive`,
    total: ids.length,
    creator: editorsAgent(site),
    generator: generatorAgent(site),
  };
  const pages = pageCount(ids.length, perPage);
  if (pages > 0) {
    collection.first = absolute(site, urls.annotationPage(1));
    collection.last = absolute(site, urls.annotationPage(pages));
  }
  return collection;
}

/**
 * Page `page` (1-based) of the archive's collection, listing its annotations
 * by IRI (each is described in its source's collection), or undefined when
 * there is no such page.
 */
export function annotationPage(
  site: SiteInfo,
  ids: readonly string[],
  page: number,
  perPage: number = ANNOTATIONS_PER_PAGE,
): AnnotationPage | undefined {
  const pages = pageCount(ids.length, perPage);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const startIndex = (page - 1) * perPage;
  const result: AnnotationPage = {
    '@context': ANNO_CONTEXT,
    id: absolute(site, urls.annotationPage(page)),
    type: 'AnnotationPage',
    partOf: {
      id: absolute(site, urls.annotations()),
      label: `Annotations on the ${site.name} archive`,
      total: ids.length,
      creator: editorsAgent(site),
      generator: generatorAgent(site),
    },
    startIndex,
    items: ids.slice(startIndex, startIndex + perPage),
  };
  if (page > 1) result.prev = absolute(site, urls.annotationPage(page - 1));
  if (page < pages) result.next = absolute(site, urls.annotationPage(page + 1));
  return result;
}
