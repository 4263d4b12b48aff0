/**
 * Lines, paragraphs and words of a text: offsets to line numbers for
 * messages, the paragraphs pages print, and word counts.
 */
import type { TextRange } from './types.ts';

/** Maps an offset in a text that starts at line `firstLine` of its file to its 1-based line. */
export function lineIndex(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return firstLine + lo;
  };
}

/** The paragraphs of archived text: runs of lines separated by blank lines. */
export function paragraphsOf(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) paragraphs.push({ start, end: text.length });
  return paragraphs;
}

/** The index of the paragraph an offset falls in (the last one when it is past the end). */
export function paragraphAt(paragraphs: TextRange[], offset: number): number {
  const i = paragraphs.findIndex((p) => offset < p.end);
  return i < 0 ? paragraphs.length - 1 : i;
}

/** Characters above ASCII that `\s` matches, by code. */
const WIDE_SPACE = /\s/;

/**
 * The number of whitespace-separated words in a text, or in its range
 * [start, end): what `text.split(/\s+/).filter(Boolean).length` counts,
 * without building the list (this runs on every source and passage).
 */
export function countWords(text: string, start = 0, end = text.length): number {
  let words = 0;
  let inWord = false;
  const stop = Math.min(end, text.length);
  for (let i = Math.max(0, start); i < stop; i++) {
    const code = text.charCodeAt(i);
    const space =
      code < 128
        ? code === 32 || (code >= 9 && code <= 13)
        : WIDE_SPACE.test(String.fromCharCode(code));
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}
