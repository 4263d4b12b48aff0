/** Analysis articles as a list: newest first, with a byline (reading time: src/lib/render). */
import type { Article } from '../archive/model.ts';
import { flatListPages, type ListPage } from './paginate.ts';
import { urls } from '../urls.ts';

/** Articles newest first (by publication day, then title). */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort(
    (a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title),
  );
}

/** Authors as a byline: `A`, `A and B`, `A, B and C`. */
export function byline(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/**
 * Every article newest first, cut into pages of `perPage`: `/analysis/`, then
 * `/analysis/page/2/` on.
 */
export function articlePages(articles: readonly Article[], perPage: number): ListPage<Article>[] {
  return flatListPages(articles, perPage, urls.analysis(), newestFirst);
}
