/**
 * Word diffs as the quote page shows them: each changed stretch as `<del>`
 * (in the canonical wording, not in this appearance) or `<ins>` (in this
 * appearance, not in the canonical wording), with changes that are only
 * whitespace made visible.
 */
import type { DiffPart, DriftVerdict } from '../archive/model.ts';
import { DRIFT_VERDICT_ORDER } from '../text/types.ts';

/** One part of a diff, ready to render. */
export interface DisplayPart {
  type: DiffPart['type'];
  /** What to show: the text, or a visible sign for a change that is only whitespace. */
  shown: string;
  /** For a whitespace-only change, what it is in words (for a title and screen readers). */
  description?: string;
}

/**
 * Prepares a word diff for display. A deleted or inserted run that is only
 * whitespace would be invisible, so it is shown as `␣` (a space) or `↵` (a
 * line break) with a description.
 */
export function displayDiff(parts: readonly DiffPart[]): DisplayPart[] {
  return parts.map((part) => {
    if (part.type === 'same' || part.text.trim() !== '')
      return { type: part.type, shown: part.text };
    const lineBreak = part.text.includes('\n');
    return {
      type: part.type,
      shown: lineBreak ? '↵' : '␣',
      description: lineBreak ? 'a line break' : 'a space',
    };
  });
}

/** True when a diff has any change at all. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.type !== 'same');
}

/** The verdicts in the order readers meet them, from faithful to reworded. */
export const DRIFT_VERDICTS: readonly DriftVerdict[] = DRIFT_VERDICT_ORDER;

/** How each verdict reads in a badge. */
export const DRIFT_LABELS: Record<DriftVerdict, string> = {
  exact: 'Exact',
  typographic: 'Typographic only',
  style: 'Style only',
  altered: 'Altered',
  paraphrase: 'Translated or paraphrased',
};

/** What each verdict means, for the legend on quote pages. */
export const DRIFT_DEFINITIONS: Record<DriftVerdict, string> = {
  exact: 'Word for word the canonical wording, punctuation included.',
  typographic:
    'The same words; only quotation marks, dashes, spacing, a capital at the start or surrounding punctuation differ.',
  style:
    'The same words in the outlet’s house style: 100% or 100 percent, US or U.S., numbers in digits or words, single or double quotation marks, British or American spelling, data center or datacenter.',
  altered: 'The same sentence with some words changed, added or left out.',
  paraphrase: 'Reworded, summarised or translated: more than half the words differ.',
};

/** Counts of appearances per verdict, every verdict present (zero when none). */
export function countVerdicts(
  verdicts: readonly (DriftVerdict | undefined)[],
): Record<DriftVerdict, number> {
  const counts: Record<DriftVerdict, number> = {
    exact: 0,
    typographic: 0,
    style: 0,
    altered: 0,
    paraphrase: 0,
  };
  for (const verdict of verdicts) if (verdict) counts[verdict]++;
  return counts;
}

/**
 * How an appearance's wording is compared with the canonical one on the
 * quote page: not at all when exact or unchanged; side by side, the two
 * wordings whole, for a paraphrase (more than half the words differ, so a
 * word diff would be mostly deletions and insertions); otherwise a word diff.
 */
export function driftDisplay(
  verdict: DriftVerdict,
  parts: readonly DiffPart[],
): 'none' | 'diff' | 'side-by-side' {
  if (verdict === 'exact' || !hasChanges(parts)) return 'none';
  return verdict === 'paraphrase' ? 'side-by-side' : 'diff';
}
