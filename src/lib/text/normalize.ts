/**
 * Text normalisation for matching and hashing archived text.
 *
 * Matching forgives what typography and copying change but never words:
 * curly and straight quotes and apostrophes, dashes, non-breaking and other
 * spaces, the ellipsis character, zero-width and bidirectional control
 * characters, and runs of whitespace (including line and paragraph breaks).
 * Letters, case and punctuation other than quotes, dashes and the ellipsis
 * are kept as they are.
 *
 * Hashing forgives only what file handling changes: a byte-order mark, CRLF
 * line endings, trailing spaces on a line and blank lines at either end.
 */
import type { TextRange } from './types.ts';

/** Characters folded to one canonical character when matching. */
const FOLD: ReadonlyMap<number, string> = new Map(
  Object.entries({
    '\u2018': "'", // left single quotation mark
    '\u2019': "'", // right single quotation mark, apostrophe
    '\u201A': "'", // single low-9 quotation mark
    '\u201B': "'", // single high-reversed-9 quotation mark
    '\u2039': "'", // single left-pointing angle quotation mark
    '\u203A': "'", // single right-pointing angle quotation mark
    '\u02BC': "'", // modifier letter apostrophe
    '\u2032': "'", // prime
    '\u00B4': "'", // acute accent used as apostrophe
    '\u0060': "'", // grave accent used as apostrophe
    '\u201C': '"', // left double quotation mark
    '\u201D': '"', // right double quotation mark
    '\u201E': '"', // double low-9 quotation mark
    '\u201F': '"', // double high-reversed-9 quotation mark
    '\u2033': '"', // double prime
    '\u00AB': '"', // left-pointing double angle quotation mark
    '\u00BB': '"', // right-pointing double angle quotation mark
    '\u2010': '-', // hyphen
    '\u2011': '-', // non-breaking hyphen
    '\u2012': '-', // figure dash
    '\u2013': '-', // en dash
    '\u2014': '-', // em dash
    '\u2015': '-', // horizontal bar
    '\u2212': '-', // minus sign
    '\uFE58': '-', // small em dash
    '\uFE63': '-', // small hyphen-minus
    '\uFF0D': '-', // fullwidth hyphen-minus
    '\u2026': '...', // horizontal ellipsis
  }).map(([ch, to]) => [ch.charCodeAt(0), to]),
);

/**
 * Characters dropped entirely when matching: zero-width characters, the soft
 * hyphen, the byte-order mark and bidirectional controls (LRM, RLM, ALM,
 * embeddings, overrides and isolates).
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Any whitespace, including non-breaking, typographic and line/paragraph separators. */
const SPACE = /\s/;

/** Text normalised for matching, with a map back to the original offsets. */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /**
   * For each offset i in `text`, the offset in the original text of the
   * character it came from (the three dots of an expanded ellipsis all point
   * at the ellipsis; a collapsed space points at the first whitespace
   * character of its run). The extra last entry, at `text.length`, is the
   * end of the last kept character.
   */
  offsets: number[];
  /** The original text, so that ranges can be mapped back and sliced. */
  original: string;
}

/** One code unit's class, cached for the Latin-1 range so that long texts normalise quickly. */
const KEEP = 0;
const WHITESPACE = 1;
const DROP = 2;
const ASCII_CLASS = new Uint8Array(256).map((_, code) => classify(String.fromCharCode(code)));
/** 1 for the Latin-1 code units that FOLD changes, so that most characters skip the map. */
const ASCII_FOLDS = new Uint8Array(256).map((_, code) => (FOLD.has(code) ? 1 : 0));
/** Classes of code units above Latin-1, filled in as they are met. */
const WIDE_CLASS = new Map<number, number>();

function classOf(code: number, original: string, i: number): number {
  let cls = WIDE_CLASS.get(code);
  if (cls === undefined) WIDE_CLASS.set(code, (cls = classify(original[i] as string)));
  return cls;
}

function classify(ch: string): number {
  if (INVISIBLE.test(ch)) return DROP;
  if (SPACE.test(ch)) return WHITESPACE;
  return KEEP;
}

/**
 * Normalises text for matching: folds quotes and dashes, expands the ellipsis
 * character to three dots, drops invisible characters, collapses whitespace to
 * one space and trims both ends. Letters and words are untouched (no case
 * folding, no Unicode composition), so a changed word never matches.
 */
export function normalizeForMatch(original: string): NormalizedText {
  const offsets: number[] = [];
  const text = normalizeText(original, offsets);
  return { text, offsets, original };
}

/**
 * The normalised text, pushing each of its characters' offset in `original`
 * (and, last, the end of the last kept character) onto `offsets` if given.
 */
function normalizeText(original: string, offsets?: number[]): string {
  // Kept characters are copied in runs (one slice per run rather than one string per
  // character): archived texts are mostly plain characters, and this runs on every source.
  let text = '';
  let runStart = -1;
  let pendingSpace = -1;
  let kept = false;
  let lastEnd = 0;
  const flush = (end: number): void => {
    if (runStart >= 0) {
      text += original.slice(runStart, end);
      runStart = -1;
    }
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const cls = code < 256 ? (ASCII_CLASS[code] as number) : classOf(code, original, i);
    if (cls === DROP) {
      flush(i);
      continue;
    }
    if (cls === WHITESPACE) {
      flush(i);
      if (kept && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      text += ' ';
      offsets?.push(pendingSpace);
      pendingSpace = -1;
    }
    const folded = code < 256 && ASCII_FOLDS[code] === 0 ? undefined : FOLD.get(code);
    if (folded === undefined) {
      if (runStart < 0) runStart = i;
      offsets?.push(i);
    } else {
      flush(i);
      text += folded;
      for (let k = 0; k < folded.length; k++) offsets?.push(i);
    }
    kept = true;
    lastEnd = i + 1;
  }
  flush(original.length);
  offsets?.push(lastEnd);
  return text;
}

/**
 * Maps the half-open range [start, end) of `norm.text` back to the original
 * text, so that `original.slice(range.start, range.end)` is exactly the
 * passage that was matched: it begins at the first matched character and ends
 * after the last one, without the whitespace or invisible characters around
 * it but with any inside it. A range that starts or ends inside an expanded
 * ellipsis covers the whole ellipsis, and one that would split a surrogate
 * pair (an emoji) is widened to keep the pair whole. An empty range maps to
 * an empty range at the corresponding original offset.
 */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): TextRange {
  const length = norm.text.length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  let from = norm.offsets[s] as number;
  if (e === s) return { start: from, end: from };
  // The last matched character ends one code unit after where it came from:
  // every kept character, the ellipsis included, is one code unit long.
  let to = (norm.offsets[e - 1] as number) + 1;
  const original = norm.original;
  if (isLowSurrogate(original, from) && isHighSurrogate(original, from - 1)) from -= 1;
  if (isHighSurrogate(original, to - 1) && isLowSurrogate(original, to)) to += 1;
  return { start: from, end: to };
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The normalised form alone, for comparing two short strings. */
export function normalize(text: string): string {
  return normalizeText(text);
}

/**
 * Normalises archived text for its SHA-256: removes a byte-order mark, turns
 * CRLF and CR into LF, strips trailing spaces and tabs from each line, and
 * trims blank lines at both ends. Every other character counts.
 */
export function normalizeForHash(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}
