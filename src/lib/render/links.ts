/** Site addresses of the archive's pages, in one place so every link agrees. */
import { CORRECTIONS_ANCHOR, correctionAnchor } from '../lists/corrections.ts';

/** The page of a source. */
export function sourceHref(sourceId: string): string {
  return `/sources/${sourceId}/`;
}

/** The anchor id of an annotation on its source page (without `#`). */
export function annotationAnchor(annotationId: string): string {
  return `a-${annotationId}`;
}

/** The id of an annotation's note on its source page (without `#`). */
export function noteAnchor(annotationId: string): string {
  return `n-${annotationId}`;
}

/** A passage: the source page, scrolled to the annotation when one is given. */
export function passageHref(sourceId: string, annotationId?: string): string {
  return annotationId
    ? `${sourceHref(sourceId)}#${annotationAnchor(annotationId)}`
    : sourceHref(sourceId);
}

/** The page of a canonical quote. */
export function quoteHref(quoteId: string): string {
  return `/quotes/${quoteId}/`;
}

/** The page of a claim. */
export function claimHref(claimId: string): string {
  return `/claims/${claimId}/`;
}

/** The page of a person. */
export function personHref(personId: string): string {
  return `/people/${personId}/`;
}

/** The page of an outlet. */
export function outletHref(outletId: string): string {
  return `/outlets/${outletId}/`;
}

/** The page of an analysis article. */
export function articleHref(articleId: string): string {
  return `/analysis/${articleId}/`;
}

/** An article's corrections, at its foot; with `index` (from 0, as written), that one correction. */
export function articleCorrectionsHref(articleId: string, index?: number): string {
  return `${articleHref(articleId)}#${index === undefined ? CORRECTIONS_ANCHOR : correctionAnchor(index)}`;
}

/** The page listing every correction. */
export function correctionsHref(): string {
  return '/corrections/';
}

/** The hub of a story. */
export function storyHref(storyId: string): string {
  return `/stories/${storyId}/`;
}

/** The lists of one story, each a page under its hub. */
export type StoryList = 'sources' | 'quotes' | 'claims' | 'analysis' | 'timeline';

/** One of a story's lists: `/stories/<id>/sources/` and so on. */
export function storyListHref(storyId: string, list: StoryList): string {
  return `${storyHref(storyId)}${list}/`;
}

/** A story's feed: its new analysis, sources and claim rulings. */
export function storyFeedHref(storyId: string): string {
  return `/rss/stories/${storyId}.xml`;
}
