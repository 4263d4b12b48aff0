/**
 * Word-level diffs between two wordings, for misquote messages and the quote
 * drift pages.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from './types.ts';

/**
 * One token: a run of whitespace, one CJK character (those scripts write no
 * spaces, so each character is a word), a word (letters, digits and marks,
 * with inner apostrophes or hyphens, so "don’t" and "well-known" are one
 * word), an abbreviation of dotted capitals ("U.S."), or any other single code point
 * (punctuation, an emoji).
 */
const TOKEN =
  /\s+|(?:\p{Lu}\.){2,}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+(?:['’‐-](?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+)*|./gsu;

/** Splits text into the tokens a word diff compares; joining them gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * A word diff from `from` to `to`. Words, punctuation marks and whitespace
 * runs are compared exactly (no normalisation: a curly quote differs from a
 * straight one). Consecutive parts of the same type are merged, and within a
 * changed stretch the deletion comes before the insertion. Whitespace between
 * two changes is folded into them, so "a b c" to "x y z" reads as one change
 * rather than three.
 *
 * The 'same' and 'del' parts joined give `from` exactly; the 'same' and 'ins'
 * parts joined give `to` exactly.
 */
export function wordDiff(from: string, to: string): DiffPart[] {
  const changes = diffArrays(tokenize(from), tokenize(to));
  const raw: DiffPart[] = changes.map((change) => ({
    type: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value.join(''),
  }));

  // Whitespace kept between two changes is noise: fold it into both sides.
  const spread: DiffPart[] = [];
  raw.forEach((part, i) => {
    const before = raw[i - 1];
    const after = raw[i + 1];
    if (
      part.type === 'same' &&
      /^\s+$/.test(part.text) &&
      before !== undefined &&
      before.type !== 'same' &&
      after !== undefined &&
      after.type !== 'same'
    ) {
      spread.push({ type: 'del', text: part.text }, { type: 'ins', text: part.text });
    } else {
      spread.push(part);
    }
  });

  // Regroup each changed stretch as one deletion then one insertion.
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = (): void => {
    if (del !== '') out.push({ type: 'del', text: del });
    if (ins !== '') out.push({ type: 'ins', text: ins });
    del = '';
    ins = '';
  };
  for (const part of spread) {
    if (part.text === '') continue;
    if (part.type === 'del') del += part.text;
    else if (part.type === 'ins') ins += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.type === 'same') last.text += part.text;
      else out.push({ type: 'same', text: part.text });
    }
  }
  flush();
  return out;
}

/**
 * Formats a word diff as plain text for a terminal or an error message, in
 * the style of `git diff --word-diff=plain`: `[-removed-]{+added+}`, with
 * unchanged text as is and no colour codes.
 */
export function formatWordDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part) =>
      part.type === 'del'
        ? `[-${part.text}-]`
        : part.type === 'ins'
          ? `{+${part.text}+}`
          : part.text,
    )
    .join('');
}
