/**
 * Whether a search found the reader's words or only similar ones. Pagefind
 * matches more than the words typed: stems ("admins" finds "admin") and, when
 * a word is in no page, words that share its beginning ("blockchain" finds
 * "BL", "Portmanteau" finds "Portman"). The page says so when a word of the
 * query matched no word as typed, and shows the words that did match, so a
 * reader does not take "The BL" for an answer about blockchains.
 *
 * Pagefind gives each result its indexed text (`content`) and the places of
 * the matched words in it (`locations`, counted in words split at spaces).
 */

/** A word as search compares it: lower case, no accents, no punctuation, no possessive "'s". */
export function comparableWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The words of `content` at `locations`, as they read in the page (punctuation trimmed). */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  return locations
    .map((at) => (words[at] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/** What the page tells the reader about the words a search matched. */
export interface MatchReport {
  /** The query's words that no result holds as typed (as the reader typed them). */
  missing: string[];
  /** The words the results matched instead, as they read, most frequent first (at most 8). */
  similar: string[];
}

/**
 * Compares the query's words with the words the shown results matched.
 * `matched` holds, per result, its matched words. Null when every word of the
 * query was found as typed, or nothing was matched at all.
 */
export function reportMatches(query: string, matched: readonly string[][]): MatchReport | null {
  const terms = query
    .split(/\s+/)
    .map((typed) => ({
      typed: typed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
      word: comparableWord(typed),
    }))
    .filter((term) => term.word !== '');
  const found = new Set(matched.flat().map(comparableWord));
  if (found.size === 0) return null;
  const missing = terms.filter((term) => !found.has(term.word));
  if (missing.length === 0) return null;
  const wanted = new Set(terms.map((term) => term.word));
  const counts = new Map<string, { word: string; n: number }>();
  for (const word of matched.flat()) {
    const key = comparableWord(word);
    if (wanted.has(key) || key === '') continue;
    const entry = counts.get(key) ?? { word, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const similar = [...counts.values()]
    .sort((a, b) => b.n - a.n || a.word.localeCompare(b.word, 'en'))
    .slice(0, 8)
    .map((entry) => entry.word);
  return { missing: [...new Set(missing.map((term) => term.typed))], similar };
}
