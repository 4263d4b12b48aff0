/**
 * Searches for a phrase in double quotes, ranked. Pagefind answers a quoted
 * query (`"seen in China"`) with the pages that hold its words in that order,
 * but gives them all the same score, so they come in no useful order: the
 * quote itself came 4th for its own words. And its phrase match fails across
 * a word that is only punctuation ("users — exactly", "@Apple & @Google"):
 * Pagefind drops such a word from the query but counts its place in the page,
 * so a quote holding a dash was never found by its own wording in quotes.
 *
 * So a quoted query is split at those words into phrases that Pagefind can
 * match; the pages holding every one of them are the results, in the order
 * the same words rank in without quotes (Pagefind's relevance: the quote whose
 * heading is the phrase comes first).
 *
 * @see https://pagefind.app/docs/js-api-using/ (exact phrase search)
 */

/** The part of a Pagefind result this needs: its page id and relevance score. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** The answer of one Pagefind search, as far as this reads it. */
export interface SearchAnswer<R extends ScoredResult, F> {
  results: R[];
  filters: F;
}

/** A quoted query taken apart: the phrases Pagefind can match, and all its words. */
export interface Phrase {
  /** Runs of words with no punctuation-only word among them, each to search in quotes. */
  parts: string[];
  /** Every word of the phrase, to rank the pages by. */
  words: string;
}

/** A word with no letter or digit: a dash, an ampersand, a lone quotation mark. */
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}]+$/u;

/**
 * The phrase of a query wholly in double quotes (as Pagefind reads it:
 * straight or curly quotes at both ends), or null for any other query.
 */
export function parsePhrase(query: string): Phrase | null {
  const match = /^\s*["“”](.+)["“”]\s*$/su.exec(query);
  if (!match?.[1]) return null;
  const parts: string[] = [];
  let run: string[] = [];
  const words: string[] = [];
  for (const token of match[1].split(/\s+/).filter(Boolean)) {
    if (PUNCTUATION_ONLY.test(token)) {
      if (run.length > 0) parts.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(token);
    words.push(token);
  }
  if (run.length > 0) parts.push(run.join(' '));
  return parts.length > 0 ? { parts, words: words.join(' ') } : null;
}

/**
 * Orders `results` by the score each page has in `ranked` (highest first);
 * pages missing from `ranked` keep their order after the others.
 */
export function orderByScore<R extends ScoredResult>(results: R[], ranked: ScoredResult[]): R[] {
  const scores = new Map(ranked.map((r) => [r.id, r.score]));
  return results
    .map((result, i) => ({ result, i, score: scores.get(result.id) ?? -Infinity }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ result }) => result);
}

/**
 * Runs `query` with `search` (one Pagefind search, with the page's filters and
 * order): a phrase in quotes as described above, anything else as it is.
 * With `ordered` (the reader chose newest or oldest first), the pages keep
 * Pagefind's date order instead of relevance. The facet counts of a phrase
 * split in parts are those of its first part (Pagefind counts one search).
 */
export async function searchPhraseAware<R extends ScoredResult, F>(
  query: string,
  search: (term: string) => Promise<SearchAnswer<R, F>>,
  ordered = false,
): Promise<SearchAnswer<R, F>> {
  const phrase = parsePhrase(query);
  if (!phrase) return search(query);
  const answers = await Promise.all(phrase.parts.map((part) => search(`"${part}"`)));
  const [first, ...rest] = answers;
  if (!first) return search(query);
  const inAll = rest.map((answer) => new Set(answer.results.map((r) => r.id)));
  const results = first.results.filter((r) => inAll.every((ids) => ids.has(r.id)));
  if (ordered || results.length < 2) return { results, filters: first.filters };
  const plain = await search(phrase.words);
  return { results: orderByScore(results, plain.results), filters: first.filters };
}
