/**
 * A page whose title is the query itself comes first. Pagefind ranks by the
 * words a page shares with the query, so where a quote and a claim share
 * wording (the claim "TikTok does not operate in China." and the quote that
 * goes on ", nor do we have any intention…") the longer heading can win; a
 * reader who types a claim's statement, or a quote's words, expects that
 * claim or that quote first. Titles are compared as words: case, punctuation
 * and the quotation marks of an exact-phrase query do not count.
 */

/** The words of a text, lower-cased, with punctuation and spacing dropped. */
export function titleWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * `results` with those whose title (from `titleOf`) reads as the query moved
 * to the front, in their order; the rest keep theirs.
 */
export function ownPagesFirst<R>(
  results: readonly R[],
  titleOf: (result: R) => string | undefined,
  query: string,
): R[] {
  const wanted = titleWords(query);
  if (wanted === '') return [...results];
  const own = results.filter((r) => titleWords(titleOf(r) ?? '') === wanted);
  return [...own, ...results.filter((r) => !own.includes(r))];
}
