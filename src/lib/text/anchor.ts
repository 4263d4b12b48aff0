/**
 * Anchoring W3C TextQuoteSelectors (exact, prefix, suffix) in archived text.
 *
 * Everything is compared after `normalizeForMatch`, so typographic quotes,
 * dashes, spaces, line breaks and invisible characters never stop a match,
 * and every offset returned points into the original text.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import search from 'approx-string-match';
import type { DiffPart } from './types.ts';
import { wordDiff } from './diff.ts';
import { normalizeForMatch, toOriginalRange, type NormalizedText } from './normalize.ts';

/** A W3C TextQuoteSelector: the passage, and optionally the text just before and after it. */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Where a selector anchors, or why it does not. Offsets are into the original text. */
export type AnchorResult =
  | { status: 'found'; start: number; end: number }
  | {
      status: 'ambiguous';
      /** How many occurrences satisfy the selector. */
      count: number;
      /** Where each occurrence starts in the original text. */
      starts: number[];
      /**
       * A prefix or suffix (whole words from around the first occurrence,
       * verbatim from the original text) that, set on the selector in place of
       * the current one, makes it anchor to the first occurrence only.
       */
      suggestion?: { prefix?: string; suffix?: string };
    }
  | {
      status: 'not-found';
      /** The closest passage in the text, when there is one within the error budget. */
      nearest?: {
        start: number;
        end: number;
        /** The passage, verbatim from the original text. */
        text: string;
        /** Word diff from the selector's `exact` to the passage. */
        diff: DiffPart[];
        /** Character edits between the two after normalisation, as found by the approximate search (before the passage is widened to whole words). */
        errors: number;
      };
    }
  | { status: 'empty' };

/** Anchors selectors in one text, normalising it once. */
export interface Anchorer {
  /** The text normalised for matching, with its offset map. */
  readonly normalized: NormalizedText;
  /** Anchors one selector; see {@link anchor}. */
  anchor(selector: QuoteSelector): AnchorResult;
}

/** Most character errors the nearest-passage search allows, however long the pattern. */
const MAX_FUZZY_ERRORS = 256;
/** Most words a suggested prefix or suffix may have. */
const MAX_SUGGESTION_WORDS = 32;

/**
 * Every offset at which `needle` occurs in `haystack` (both already
 * normalised), in order; occurrences may overlap. An empty needle occurs
 * nowhere.
 */
export function findAll(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle === '') return starts;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    starts.push(at);
  }
  return starts;
}

/**
 * Prepares `text` for anchoring many selectors: the text is normalised once
 * and every `anchor()` call reuses it.
 */
export function createAnchorer(text: string): Anchorer {
  const normalized = normalizeForMatch(text);
  return { normalized, anchor: (selector) => anchorNormalized(normalized, selector) };
}

/**
 * Anchors a TextQuoteSelector in `text`.
 *
 * The normalised `exact` is searched for in the normalised text; when a
 * `prefix` or `suffix` is given, only occurrences preceded by the normalised
 * prefix and followed by the normalised suffix are kept (one space between
 * them and the passage is allowed either way). One occurrence left is
 * `found`; several are `ambiguous`, with a suggested prefix or suffix; none is
 * `not-found`, with the nearest passage found by approximate search and a
 * word diff. An `exact` that normalises to nothing is `empty`.
 *
 * To anchor many selectors in one text, use {@link createAnchorer}.
 */
export function anchor(text: string, selector: QuoteSelector): AnchorResult {
  return createAnchorer(text).anchor(selector);
}

function anchorNormalized(norm: NormalizedText, selector: QuoteSelector): AnchorResult {
  const exact = normalizeForMatch(selector.exact).text;
  if (exact === '') return { status: 'empty' };
  const prefix = normalizeForMatch(selector.prefix ?? '').text;
  const suffix = normalizeForMatch(selector.suffix ?? '').text;
  const all = findAll(norm.text, exact);
  const matches = all.filter(
    (at) => hasPrefix(norm.text, at, prefix) && hasSuffix(norm.text, at + exact.length, suffix),
  );
  const [first] = matches;
  if (first === undefined) return notFound(norm, selector.exact, exact);
  if (matches.length === 1) {
    return { status: 'found', ...toOriginalRange(norm, first, first + exact.length) };
  }
  const result: AnchorResult = {
    status: 'ambiguous',
    count: matches.length,
    starts: matches.map((at) => toOriginalRange(norm, at, at + exact.length).start),
  };
  const suggestion = suggest(norm, all, exact.length, first, prefix, suffix);
  if (suggestion !== undefined) result.suggestion = suggestion;
  return result;
}

/** Whether the normalised text before `at` ends with `prefix` (allowing one space between). */
function hasPrefix(text: string, at: number, prefix: string): boolean {
  if (prefix === '') return true;
  return text.endsWith(prefix, at) || (text[at - 1] === ' ' && text.endsWith(prefix, at - 1));
}

/** Whether the normalised text from `at` starts with `suffix` (allowing one space between). */
function hasSuffix(text: string, at: number, suffix: string): boolean {
  if (suffix === '') return true;
  return text.startsWith(suffix, at) || (text[at] === ' ' && text.startsWith(suffix, at + 1));
}

/**
 * The shortest whole-word prefix or suffix from around the first occurrence
 * that, replacing the selector's own, leaves only that occurrence; the shorter
 * of the two, or a prefix and a suffix together when neither alone will do.
 */
function suggest(
  norm: NormalizedText,
  all: readonly number[],
  length: number,
  first: number,
  prefix: string,
  suffix: string,
): { prefix?: string; suffix?: string } | undefined {
  const text = norm.text;
  const before = wordStartsBefore(text, first);
  const after = wordEndsAfter(text, first + length);
  const unique = (p: string, s: string): boolean => {
    let count = 0;
    for (const at of all) {
      if (hasPrefix(text, at, p) && hasSuffix(text, at + length, s) && ++count > 1) return false;
    }
    return count === 1;
  };
  const prefixAt = (from: number): string =>
    verbatim(norm, from, first > 0 && text[first - 1] === ' ' ? first - 1 : first);
  const suffixAt = (to: number): string =>
    verbatim(norm, text[first + length] === ' ' ? first + length + 1 : first + length, to);

  const p = before.find((from) => unique(text.slice(from, first).trimEnd(), suffix));
  const s = after.find((to) => unique(prefix, text.slice(first + length, to).trimStart()));
  if (p !== undefined && s !== undefined) {
    return first - p <= s - first - length ? { prefix: prefixAt(p) } : { suffix: suffixAt(s) };
  }
  if (p !== undefined) return { prefix: prefixAt(p) };
  if (s !== undefined) return { suffix: suffixAt(s) };
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const from = before[Math.min(i, before.length - 1)];
    const to = after[Math.min(i, after.length - 1)];
    const pText = from === undefined ? '' : text.slice(from, first).trimEnd();
    const sText = to === undefined ? '' : text.slice(first + length, to).trimStart();
    if (unique(pText, sText)) {
      const both: { prefix?: string; suffix?: string } = {};
      if (from !== undefined) both.prefix = prefixAt(from);
      if (to !== undefined) both.suffix = suffixAt(to);
      return both;
    }
  }
  return undefined;
}

/** Start offsets of the last 1, 2, 3… words before `at` in normalised text. */
function wordStartsBefore(text: string, at: number): number[] {
  const starts: number[] = [];
  let i = at > 0 && text[at - 1] === ' ' ? at - 1 : at;
  while (i > 0 && starts.length < MAX_SUGGESTION_WORDS) {
    const space = text.lastIndexOf(' ', i - 1);
    starts.push(space + 1);
    i = space;
  }
  return starts;
}

/** End offsets of the next 1, 2, 3… words after `at` in normalised text. */
function wordEndsAfter(text: string, at: number): number[] {
  const ends: number[] = [];
  let i = text[at] === ' ' ? at + 1 : at;
  while (i < text.length && ends.length < MAX_SUGGESTION_WORDS) {
    const space = text.indexOf(' ', i);
    const end = space < 0 ? text.length : space;
    ends.push(end);
    i = end + 1;
  }
  return ends;
}

/** Letters and digits of scripts that separate words with spaces (not CJK). */
const WORD_CHAR = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}]$/u;
/** Most characters a nearest passage is widened by at each end to reach a word boundary. */
const MAX_WIDEN = 40;

/** Widens [start, end) so that it does not cut a word in two, for a readable nearest passage. */
function toWholeWords(text: string, start: number, end: number): [number, number] {
  const isWord = (i: number): boolean => WORD_CHAR.test(text[i] ?? '');
  let s = start;
  while (s > 0 && start - s < MAX_WIDEN && isWord(s - 1) && isWord(s)) s--;
  let e = end;
  while (e < text.length && e - end < MAX_WIDEN && isWord(e - 1) && isWord(e)) e++;
  return [s, e];
}

/** The original text behind a normalised range. */
function verbatim(norm: NormalizedText, start: number, end: number): string {
  const range = toOriginalRange(norm, start, end);
  return norm.original.slice(range.start, range.end);
}

function notFound(norm: NormalizedText, original: string, exact: string): AnchorResult {
  if (norm.text === '') return { status: 'not-found' };
  const maxErrors = Math.min(Math.ceil(exact.length / 3), MAX_FUZZY_ERRORS);
  let best: { start: number; end: number; errors: number } | undefined;
  // Among equally close passages, prefer the one closest in length to the
  // pattern: the search also reports truncated passages at the same cost.
  const lengthGap = (m: { start: number; end: number }): number =>
    Math.abs(m.end - m.start - exact.length);
  for (const match of search(norm.text, exact, maxErrors)) {
    if (
      best === undefined ||
      match.errors < best.errors ||
      (match.errors === best.errors && lengthGap(match) < lengthGap(best))
    ) {
      best = match;
    }
  }
  if (best === undefined) return { status: 'not-found' };
  const [start, end] = toWholeWords(norm.text, best.start, best.end);
  const range = toOriginalRange(norm, start, end);
  const passage = norm.original.slice(range.start, range.end);
  return {
    status: 'not-found',
    nearest: {
      ...range,
      text: passage,
      diff: wordDiff(original.trim(), passage),
      errors: best.errors,
    },
  };
}
