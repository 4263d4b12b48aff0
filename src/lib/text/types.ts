/**
 * The text engine's own types: ranges of text, word diffs and drift verdicts.
 * They live here, at the bottom layer, so that `src/lib/text/` depends on
 * nothing else of `src/`; the archive model re-exports them.
 */

/** A half-open range [start, end) of UTF-16 offsets into a text. */
export interface TextRange {
  start: number;
  end: number;
}

/** One span of a word diff between two wordings. */
export interface DiffPart {
  type: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * The drift verdicts, from faithful to furthest from the canonical wording:
 * the one list every part of the site (the counter, lists, badges) reads.
 */
export const DRIFT_VERDICT_ORDER = [
  'exact',
  'typographic',
  'style',
  'altered',
  'paraphrase',
] as const;

/** How an appearance's wording compares with the canonical wording. */
export type DriftVerdict = (typeof DRIFT_VERDICT_ORDER)[number];
