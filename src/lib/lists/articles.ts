/** Analysis articles as a list: newest first, with reading time. */
import type { Article } from '../archive/model.ts';

/** Reading speed used for reading times, in words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` words, rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

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
