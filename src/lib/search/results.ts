/**
 * Pagefind's result data shaped for the search page: what a result is (type),
 * who said or published it, when, and the passage with the matched words, plus
 * the annotated passages (sub-results) that link to `#a-<id>` with the
 * passage's own text fragment (never one made from the query: a browser
 * follows a directive to the word's first occurrence, not to the passage).
 */
import { formatDate } from '../lists/dates.ts';
import { excerptSegments, type ExcerptSegment } from './excerpt.ts';
import { annotationOfAnchor } from '../urls.ts';

/** The part of Pagefind's per-result data the page reads. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text?: string };
}

/** The part of Pagefind's per-result data the page reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

/** The kinds of page the index holds, with the label each result shows. */
export const RESULT_TYPES = {
  quote: 'Quote',
  claim: 'Claim',
  source: 'Source',
  article: 'Analysis',
  person: 'Person',
  outlet: 'Outlet',
  event: 'Timeline event',
} as const;

export type ResultType = keyof typeof RESULT_TYPES;

/** An annotated passage within a result's page. */
export interface PassageView {
  /** What the passage is (the annotation's label, e.g. "Quote by …"). */
  title: string;
  /** `/sources/<slug>/#a-<id>`, plus the passage's text fragment when its page has one. */
  href: string;
  segments: ExcerptSegment[];
}

/** One result as the page shows it. */
export interface ResultView {
  href: string;
  title: string;
  /** Label of the page's type, e.g. "Quote"; '' when the page declares none. */
  typeLabel: string;
  /** The speaker of a quote, else the outlet, when known. */
  byline: string;
  /** The date as words, '' when unknown. */
  date: string;
  /** The machine date (YYYY-MM-DD or YYYY-MM) for <time datetime>, '' when unknown. */
  datetime: string;
  /** A claim's status, '' otherwise. */
  status: string;
  segments: ExcerptSegment[];
  passages: PassageView[];
}

/** At most this many annotated passages are listed under one result. */
export const MAX_PASSAGES = 5;

/**
 * Annotation anchors are `<mark id="a-<id>">` (the reader pages' convention);
 * a heading whose slug happens to start with `a-` is not one.
 */
function isAnnotationAnchor(sub: PagefindSubResult): boolean {
  const id = sub.anchor?.id ?? /#([^#:]*)/.exec(sub.url)?.[1] ?? '';
  return annotationOfAnchor(id) !== undefined && (sub.anchor?.element ?? 'mark') === 'mark';
}

/**
 * The text fragment of each annotation on a result's page, from the page's
 * `fragments` meta (`a-<id>:~:text=…` separated by spaces, built from each
 * annotation's anchor by src/lib/render/passage-fragment.ts): anchor id →
 * the whole fragment after `#`.
 */
export function fragmentsByAnchor(meta: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const fragment of (meta ?? '').split(/\s+/)) {
    const id = fragment.split(':~:')[0];
    if (id && fragment.includes(':~:text=')) map.set(id, fragment);
  }
  return map;
}

/** Shapes one Pagefind result for display. */
export function shapeResult(data: PagefindResultData): ResultView {
  const meta = data.meta;
  const type = meta['type'] ?? '';
  const rawDate = meta['date'] ?? '';
  const datetime = /^\d{4}-\d{2}(-\d{2})?$/.test(rawDate) ? rawDate : '';
  const fragments = fragmentsByAnchor(meta['fragments']);
  const passages = (data.sub_results ?? [])
    .filter(isAnnotationAnchor)
    .slice(0, MAX_PASSAGES)
    .map((sub) => {
      const [page = sub.url, anchor = ''] = sub.url.split('#');
      const fragment = fragments.get(sub.anchor?.id ?? anchor.split(':~:')[0] ?? '');
      const href = fragment ? `${page}#${fragment}` : sub.url;
      return { title: sub.title, href, segments: excerptSegments(sub.excerpt) };
    });
  return {
    href: data.url,
    title: meta['title'] ?? data.url,
    typeLabel: type in RESULT_TYPES ? RESULT_TYPES[type as ResultType] : '',
    byline:
      (type === 'quote' ? meta['speaker'] : undefined) ?? meta['outlet'] ?? meta['speaker'] ?? '',
    date: datetime ? formatDate(datetime) : '',
    datetime,
    status: type === 'claim' ? (meta['status'] ?? '') : '',
    segments: excerptSegments(data.excerpt),
    passages,
  };
}

/** The sentence the live region announces after a search. */
export function resultCountMessage(count: number, q: string, filtered: boolean): string {
  const noun = count === 1 ? 'result' : 'results';
  const what = q ? ` for “${q}”` : '';
  const how = filtered ? ' with the chosen filters' : '';
  return `${count === 0 ? 'No' : count} ${noun}${what}${how}.`;
}
