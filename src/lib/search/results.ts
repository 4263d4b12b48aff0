/**
 * Pagefind's result data shaped for the search page: what a result is (type),
 * who said or published it, when, and the passage with the matched words, plus
 * the annotated passages (sub-results) that link to `#a-<id>` with a text
 * directive that highlights the matched words on arrival.
 */
import { formatDate } from '../lists/dates.ts';
import { excerptSegments, matchedSpan, type ExcerptSegment } from './excerpt.ts';
import { withTextFragment } from './text-fragment.ts';

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
  /** `/sources/<slug>/#a-<id>` plus a text directive for the matched words. */
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

/** Annotation anchors are `a-<id>` (the reader pages' convention). */
function isAnnotationAnchor(sub: PagefindSubResult): boolean {
  const id = sub.anchor?.id ?? /#([^#:]*)/.exec(sub.url)?.[1] ?? '';
  return id.startsWith('a-');
}

/**
 * The words to highlight on arrival: the matched words when they lie within
 * the annotated passage itself, else the whole passage (a sub-result's
 * excerpt can run past its passage into the text that follows it).
 */
export function passageWords(matched: string, passage: string | undefined): string {
  if (!passage) return matched;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return matched && squash(passage).includes(squash(matched)) ? matched : passage;
}

/** Shapes one Pagefind result for display. */
export function shapeResult(data: PagefindResultData): ResultView {
  const meta = data.meta;
  const type = meta['type'] ?? '';
  const rawDate = meta['date'] ?? '';
  const datetime = /^\d{4}-\d{2}(-\d{2})?$/.test(rawDate) ? rawDate : '';
  const passages = (data.sub_results ?? [])
    .filter(isAnnotationAnchor)
    .slice(0, MAX_PASSAGES)
    .map((sub) => {
      const segments = excerptSegments(sub.excerpt);
      const words = passageWords(matchedSpan(segments), sub.anchor?.text);
      return { title: sub.title, href: withTextFragment(sub.url, words), segments };
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
