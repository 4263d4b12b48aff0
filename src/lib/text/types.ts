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

/** How an appearance's wording compares with the canonical wording. */
export type DriftVerdict = 'exact' | 'typographic' | 'style' | 'altered' | 'paraphrase';
