/**
 * Offsets in Unicode code points. The archive anchors passages with
 * JavaScript string offsets (UTF-16 code units); the W3C Web Annotation Data
 * Model counts characters as code points, so every published position is
 * converted here.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-position-selector
 */

/** Converts UTF-16 offsets into one text to code point offsets. */
export interface CodePointIndex {
  /** The code point offset of a UTF-16 offset (an offset inside a surrogate pair maps to the pair's start). */
  toCodePoint(utf16: number): number;
  /** The UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  readonly length: number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Indexes `text` once so that many offsets convert in constant time. A text
 * with no character outside the Basic Multilingual Plane needs no table.
 */
export function codePointIndex(text: string): CodePointIndex {
  if (!SURROGATE.test(text)) {
    const clamp = (n: number): number => Math.max(0, Math.min(n, text.length));
    return { toCodePoint: clamp, toUtf16: clamp, length: text.length };
  }
  // cp[i] is the code point offset of UTF-16 offset i; units[k] the UTF-16 offset of code point k.
  const cp = new Uint32Array(text.length + 1);
  const units: number[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const lowOfPair = i > 0 && code >= 0xdc00 && code <= 0xdfff && isHigh(text.charCodeAt(i - 1));
    if (lowOfPair) {
      // The middle of a surrogate pair maps to the start of its code point.
      cp[i] = k - 1;
    } else {
      units.push(i);
      cp[i] = k;
      k++;
    }
  }
  cp[text.length] = k;
  units.push(text.length);
  return {
    toCodePoint: (utf16) => cp[Math.max(0, Math.min(utf16, text.length))] ?? k,
    toUtf16: (codePoint) => units[Math.max(0, Math.min(codePoint, k))] ?? text.length,
    length: k,
  };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The code points [start, end) of `text`, by code point offsets. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  const index = codePointIndex(text);
  return text.slice(index.toUtf16(start), index.toUtf16(end));
}
