/**
 * The site's addresses, in one place so every link agrees: the path of each
 * kind of page and export, and the ids of the anchors inside pages (an
 * annotated passage is `#a-<id>` on its source page, its note `#n-<id>`, a
 * timeline event `#e-<id>`, an article's corrections `#corrections` and
 * `#correction-<n>`). Pages, components, exports, feeds and the search page
 * build and read addresses here; absolute URLs are made from these paths by
 * `absolute()` in src/lib/export/site.ts.
 */

/** What starts the anchor id of an annotated passage on its source page. */
const ANNOTATION_PREFIX = 'a-';

/** The anchor id of an annotation on its source page (without `#`): `a-<id>`. */
export function annotationAnchor(annotationId: string): string {
  return `${ANNOTATION_PREFIX}${annotationId}`;
}

/**
 * The annotation id an anchor id names (`a-<id>` → `<id>`), or undefined when
 * the anchor is not an annotation's. A text fragment after it (`:~:text=…`)
 * is not part of the id.
 */
export function annotationOfAnchor(anchor: string): string | undefined {
  const id = anchor.split(':~:')[0] ?? '';
  return id.startsWith(ANNOTATION_PREFIX) ? id.slice(ANNOTATION_PREFIX.length) : undefined;
}

/** The id of an annotation's note on its source page (without `#`): `n-<id>`. */
export function noteAnchor(annotationId: string): string {
  return `n-${annotationId}`;
}

/** The anchor id of an event's entry on the timeline (without `#`): `e-<id>`. */
export function eventAnchor(eventId: string): string {
  return `e-${eventId}`;
}

/** The anchor id of an article's corrections, at its foot (without `#`). */
export const CORRECTIONS_ANCHOR = 'corrections';

/** The anchor id of one correction at an article's foot: `correction-1` for the first written. */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}

/** The lists a story has pages of, under its hub. */
export type StoryList = 'sources' | 'quotes' | 'claims' | 'analysis' | 'timeline';

/** Site-relative paths of every page and export. */
export const urls = {
  home: (): string => '/',
  sources: (): string => '/sources/',
  source: (id: string): string => `/sources/${id}/`,
  /** A passage: the source page, scrolled to the annotation when one is given. */
  passage: (source: string, annotation?: string): string =>
    annotation === undefined
      ? `/sources/${source}/`
      : `/sources/${source}/#${annotationAnchor(annotation)}`,
  sourceAnnotations: (id: string): string => `/sources/${id}/annotations.jsonld`,
  sourceCsl: (id: string): string => `/sources/${id}/source.csl.json`,
  /** The archived text exactly as captured. */
  sourceText: (id: string): string => `/sources/${id}/text.txt`,
  quotes: (): string => '/quotes/',
  quote: (id: string): string => `/quotes/${id}/`,
  claims: (): string => '/claims/',
  claim: (id: string): string => `/claims/${id}/`,
  people: (): string => '/people/',
  person: (id: string): string => `/people/${id}/`,
  outlets: (): string => '/outlets/',
  outlet: (id: string): string => `/outlets/${id}/`,
  analysis: (): string => '/analysis/',
  article: (id: string): string => `/analysis/${id}/`,
  /** An article's corrections, at its foot; with `index` (from 0, as written), that one correction. */
  articleCorrections: (id: string, index?: number): string =>
    `/analysis/${id}/#${index === undefined ? CORRECTIONS_ANCHOR : correctionAnchor(index)}`,
  corrections: (): string => '/corrections/',
  timeline: (): string => '/timeline/',
  /** An event's entry on the timeline. */
  event: (id: string): string => `/timeline/#${eventAnchor(id)}`,
  search: (): string => '/search/',
  data: (): string => '/data/',
  annotations: (): string => '/annotations.jsonld',
  annotationPage: (page: number): string => `/annotations/${page}.jsonld`,
  api: (name: string): string => `/api/${name}.json`,
  apiSchema: (name: string): string => `/api/schemas/${name}.json`,
  feed: (name: 'analysis' | 'sources'): string => `/rss/${name}.xml`,
  sitemap: (): string => '/sitemap-index.xml',
  robots: (): string => '/robots.txt',
  stories: (): string => '/stories/',
  /** The hub of a story. */
  story: (id: string): string => `/stories/${id}/`,
  /** One of a story's lists, a page under its hub: `/stories/<id>/sources/` and so on. */
  storyList: (id: string, list: StoryList): string => `/stories/${id}/${list}/`,
  /** A story's feed ("follow this story"): its new analysis, sources and claim rulings. */
  storyFeed: (id: string): string => `/rss/stories/${id}.xml`,
  storyAnnotations: (id: string): string => `/stories/${id}/annotations.jsonld`,
  /** Page `number` of the list at `list` (one of the list paths above): the list itself, then `<list>page/<n>/`. */
  listPage: (list: string, number: number): string =>
    number === 1 ? list : `${list}page/${number}/`,
} as const;
