/**
 * Suggestions for a search that found nothing: the indexed words nearest to
 * each word of the query. The build writes the words of every indexed page
 * with how often they occur (`/search/words.json`, from the index's own
 * fragments, so only words that search can find); the search page loads it
 * only when a search finds nothing.
 */

/** Where the build writes the word list, inside the built site. */
export const WORDS_FILE = 'search/words.json';

/** The word list's shape: each word, lower case, with its number of occurrences. */
export interface WordList {
  words: [string, number][];
}

/** The words of a text as search compares them: lower case, letters and digits only. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3 && !/^\d+$/.test(word));
}

/** Counts the words of the indexed texts, most frequent first, then alphabetically. */
export function countWords(texts: Iterable<string>): WordList {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return sortedWords(counts);
}

/** The words most frequent first, then in alphabetical order. */
function sortedWords(counts: ReadonlyMap<string, number>): WordList {
  const words = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  return { words };
}

/**
 * One word list from several (each shard's, in a sharded build:
 * src/lib/shards.ts), each word's counts added up, in the order
 * {@link countWords} gives.
 */
export function mergeWordLists(lists: readonly WordList[]): WordList {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const [word, n] of list.words) counts.set(word, (counts.get(word) ?? 0) + n);
  return sortedWords(counts);
}

/** The Levenshtein distance between two words, or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Up to `max` indexed words nearest to the words of `query`: within a third
 * of the word's length in edits (at least one, at most three), nearest first,
 * then most frequent. The query's own words are never suggested.
 */
export function nearestWords(query: string, list: WordList, max = 5): string[] {
  const typed = wordsOf(query);
  const found: { word: string; distance: number; count: number }[] = [];
  for (const term of typed) {
    const limit = Math.min(3, Math.max(1, Math.floor(term.length / 3)));
    for (const [word, count] of list.words) {
      if (typed.includes(word)) continue;
      const distance = editDistance(term, word, limit);
      if (distance <= limit) found.push({ word, distance, count });
    }
  }
  found.sort((a, b) => a.distance - b.distance || b.count - a.count);
  return [...new Set(found.map((f) => f.word))].slice(0, max);
}
