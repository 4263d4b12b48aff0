/** Reading time of an article, from its word count. */

/** Words a reader gets through in a minute of careful reading. */
export const WORDS_PER_MINUTE = 230;

/**
 * Whole minutes to read `words` words at {@link WORDS_PER_MINUTE}, rounded to
 * the nearest minute and never less than one.
 */
export function readingMinutes(words: number, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** The reading time as a reader sees it: "1 min read", "7 min read". */
export function readingTimeLabel(words: number): string {
  return `${readingMinutes(words)} min read`;
}
