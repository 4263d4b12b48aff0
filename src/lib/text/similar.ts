/**
 * Finding passages that look like a quote, for the "unannotated appearance"
 * hint: a source that seems to contain a quote nobody has annotated.
 *
 * Fuzzy matching every quote against every source is too slow for a large
 * archive (10,000 sources × 2,000 quotes), so a caller first builds
 * `wordsOf(source.text)` once per source and only runs
 * `findSimilarPassages` on the sources for which
 * `sharesWords(sourceWords, quote)` is true.
 */
import search from 'approx-string-match';
import { normalize, normalizeForMatch, toOriginalRange, type NormalizedText } from './normalize.ts';

/** Default similarity a passage must reach to be reported. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.75;

/** Most passages reported for one needle. */
const MAX_PASSAGES = 100;
/** Stands in for text already matched, so that it matches nothing again. */
const BLANK = '\u0000';

/** A passage of the original text and how closely it matches the needle (0–1). */
export interface SimilarPassage {
  start: number;
  end: number;
  similarity: number;
}

/** A text prepared once for many similarity searches; see {@link prepareForSimilarity}. */
export interface PreparedText {
  /** The original text. */
  text: string;
  /** The text normalised for matching and lower-cased (same length as the normalised text). */
  haystack: string;
  /** The text normalised for matching, with its offsets: made when a search first finds a passage. */
  normalized?: NormalizedText;
}

/**
 * Normalises and lower-cases `text` once, for searching it for many needles
 * with {@link findSimilarPassages}.
 */
export function prepareForSimilarity(text: string): PreparedText {
  return { text, haystack: lowerSameLength(normalize(text)) };
}

/**
 * Passages of `text` that look like `needle`: similarity at least
 * `threshold` (default 0.75), where similarity is `1 - errors / length` with
 * `errors` the character edits between the needle and the passage and
 * `length` the needle's length, both normalised and lower-cased. Passages do
 * not overlap; the best come first (ties in text order). Offsets are into the
 * original text. An empty needle finds nothing. To search one text for many
 * needles, pass it through {@link prepareForSimilarity} first.
 */
export function findSimilarPassages(
  text: string | PreparedText,
  needle: string,
  options: { threshold?: number } = {},
): SimilarPassage[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const prepared = typeof text === 'string' ? prepareForSimilarity(text) : text;
  const pattern = lowerSameLength(normalize(needle));
  if (pattern === '' || prepared.haystack === '') return [];
  let haystack = prepared.haystack;
  const maxErrors = Math.floor(pattern.length * (1 - threshold));
  const lengthGap = (m: { start: number; end: number }): number =>
    Math.abs(m.end - m.start - pattern.length);
  const taken: Array<{ start: number; end: number; errors: number }> = [];
  // The search reports only the lowest-cost matches, so search again with
  // the passages already taken blanked out, until nothing is left within the
  // error budget.
  for (let round = 0; round < MAX_PASSAGES; round++) {
    const matches = search(haystack, pattern, maxErrors).sort(
      (a, b) => a.errors - b.errors || lengthGap(a) - lengthGap(b) || a.start - b.start,
    );
    const before = taken.length;
    for (const match of matches) {
      if (taken.some((t) => match.start < t.end && t.start < match.end)) continue;
      taken.push(match);
      haystack =
        haystack.slice(0, match.start) +
        BLANK.repeat(match.end - match.start) +
        haystack.slice(match.end);
    }
    if (taken.length === before) break;
  }
  if (taken.length === 0) return [];
  const norm = (prepared.normalized ??= normalizeForMatch(prepared.text));
  return taken
    .map((match) => ({
      ...toOriginalRange(norm, match.start, match.end),
      similarity: 1 - match.errors / pattern.length,
    }))
    .filter((passage) => passage.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || a.start - b.start);
}

/**
 * Lower-cases text without changing its length, so offsets still line up: a
 * character whose lower case is longer (such as "İ") is left as it is.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Common words of four or more letters, too frequent to tell sources apart. */
const COMMON = new Set(
  (
    'about after also been before being between both could does during each from have having ' +
    'here into just like more most only other over said says some such than that their them ' +
    'then there these they this those through very were what when where which while will with ' +
    'would your'
  ).split(' '),
);

/** Runs of letters, digits and marks. */
const LETTERS = /[\p{L}\p{N}\p{M}]+/gu;
/** Characters of scripts that do not separate words with spaces (CJK). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u;

/**
 * The distinctive words of a text: normalised, lower-cased words of four or
 * more letters, without a short list of common English words. CJK text has
 * no spaces to find words by, so it contributes none. Build it once per
 * source and pass it to {@link sharesWords}.
 */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  const add = (word: string): void => {
    // Four or more characters (code points: a surrogate pair is one).
    if (word.length < 4 || (word.length < 8 && [...word].length < 4) || COMMON.has(word)) return;
    words.add(word);
  };
  for (const [run] of normalize(text).toLowerCase().matchAll(LETTERS)) {
    // Letters of a CJK script are left out, splitting the run around them.
    if (!CJK.test(run)) add(run);
    else for (const part of run.split(CJK)) add(part);
  }
  return words;
}

/**
 * A cheap prefilter before {@link findSimilarPassages}: whether a text (given
 * by its {@link wordsOf} set) contains at least half of the needle's
 * distinctive words. A needle with no distinctive words (very short, or CJK)
 * cannot be prefiltered, so this returns true for it. A caller should only
 * fuzzy-search the texts for which this is true.
 */
export function sharesWords(textWords: ReadonlySet<string>, needle: string): boolean {
  const needleWords = wordsOf(needle);
  if (needleWords.size === 0) return true;
  let shared = 0;
  for (const word of needleWords) if (textWords.has(word)) shared++;
  return shared * 2 >= needleWords.size;
}
