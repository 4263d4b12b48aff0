import { describe, expect, it } from 'vitest';
import {
  normalize,
  normalizeForHash,
  normalizeForMatch,
  toOriginalRange,
} from '../../../src/lib/text/normalize.ts';

/** Finds `needle` (normalised) in `text` (normalised) and slices the original back out. */
function roundTrip(text: string, needle: string): string {
  const norm = normalizeForMatch(text);
  const at = norm.text.indexOf(normalize(needle));
  expect(at).toBeGreaterThanOrEqual(0);
  const range = toOriginalRange(norm, at, at + normalize(needle).length);
  return text.slice(range.start, range.end);
}

describe('normalize', () => {
  it('folds curly quotes and apostrophes to straight ones', () => {
    expect(normalize('“It’s ‘fine’,” she said')).toBe(`"It's 'fine'," she said`);
  });

  it('folds em dashes, en dashes and the minus sign to a hyphen', () => {
    expect(normalize('2021–2022 — a year − or so')).toBe('2021-2022 - a year - or so');
  });

  it('turns non-breaking, thin and ideographic spaces into one plain space', () => {
    expect(normalize('US\u00A0data\u2009in\u3000China')).toBe('US data in China');
  });

  it('collapses line breaks, blank lines and CRLF into one space and trims the ends', () => {
    expect(normalize('  one\r\n\r\n two\n\n\nthree \t')).toBe('one two three');
  });

  it('expands the ellipsis character to three dots', () => {
    expect(normalize('wait… what')).toBe(normalize('wait... what'));
  });

  it('drops zero-width, soft hyphen, byte-order mark and bidi control characters', () => {
    expect(normalize('\uFEFFpass\u200Bage\u00AD \u200Fשלום\u202C \u2066x\u2069')).toBe(
      'passage שלום x',
    );
  });

  it('never folds letters or case', () => {
    expect(normalize('Éire China')).not.toBe(normalize('eire china'));
    expect(normalize('visible')).toBe('visible');
  });

  it('leaves CJK, Hebrew, Arabic and emoji text as it is', () => {
    const text = '中国的一切 שלום عالم 👍🏽';
    expect(normalize(text)).toBe(text);
  });

  it('gives an empty text for empty or whitespace-only input', () => {
    expect(normalizeForMatch('').text).toBe('');
    expect(normalizeForMatch('').offsets).toEqual([0]);
    expect(normalize(' \n\u200B\u00A0 ')).toBe('');
  });
});

describe('toOriginalRange', () => {
  it('slices exactly the passage whose quotes and dashes differ from the needle', () => {
    expect(roundTrip('He said “it’s over — really” today.', `"it's over - really"`)).toBe(
      '“it’s over — really”',
    );
  });

  it('keeps the paragraph break inside a passage that crosses it', () => {
    const text = 'First paragraph ends here.\n\nSecond begins there. More.';
    expect(roundTrip(text, 'ends here. Second begins')).toBe('ends here.\n\nSecond begins');
  });

  it('keeps CRLF line endings inside the passage and none outside it', () => {
    expect(roundTrip('a\r\nb c\r\nd\r\n', 'b c d')).toBe('b c\r\nd');
  });

  it('excludes leading and trailing whitespace and invisible characters around the passage', () => {
    expect(roundTrip('x \u200B\u00A0 target words\u200B  \n y', 'target words')).toBe(
      'target words',
    );
  });

  it('covers the whole ellipsis character when the needle uses three dots', () => {
    expect(roundTrip('and then… nothing.', 'then... nothing')).toBe('then… nothing');
    expect(roundTrip('and then…', 'then...')).toBe('then…');
  });

  it('widens a range that ends or starts inside an expanded ellipsis to the whole character', () => {
    const text = 'so… yes';
    const norm = normalizeForMatch(text);
    const range = toOriginalRange(norm, 0, 3); // "so." — one of the three dots
    expect(text.slice(range.start, range.end)).toBe('so…');
    const inner = toOriginalRange(norm, 3, 9); // ".. yes", from the second dot
    expect(text.slice(inner.start, inner.end)).toBe('… yes');
  });

  it('slices emoji (surrogate pairs) whole', () => {
    const text = 'Fans 👍🏽 loved 🇺🇸 it';
    expect(roundTrip(text, '👍🏽 loved 🇺🇸')).toBe('👍🏽 loved 🇺🇸');
    const norm = normalizeForMatch(text);
    const at = norm.text.indexOf('👍');
    // A range cutting the thumbs-up in half is widened to the whole code point.
    const half = toOriginalRange(norm, at + 1, at + 2);
    expect(text.slice(half.start, half.end)).toBe('👍');
  });

  it('maps a passage after a byte-order mark to the right offsets', () => {
    const text = '\uFEFFHello world';
    const norm = normalizeForMatch(text);
    expect(toOriginalRange(norm, 0, 5)).toEqual({ start: 1, end: 6 });
  });

  it('keeps zero-width and bidi characters that sit inside the passage', () => {
    const text = 'say \u202Bשלום\u202C now';
    expect(roundTrip(text, 'שלום now')).toBe('שלום\u202C now');
  });

  it('maps an empty range to an empty range and clamps out-of-range offsets', () => {
    const norm = normalizeForMatch('  abc  ');
    expect(toOriginalRange(norm, 1, 1)).toEqual({ start: 3, end: 3 });
    expect(toOriginalRange(norm, -5, 99)).toEqual({ start: 2, end: 5 });
  });
});

describe('normalizeForHash', () => {
  it('removes a byte-order mark, CRLF, trailing spaces and blank lines at the ends only', () => {
    expect(normalizeForHash('\uFEFF\r\n\r\nline one  \r\nline\u00A0two\t\r\n\r\n')).toBe(
      'line one\nline\u00A0two',
    );
  });

  it('keeps curly quotes, inner blank lines and inner spaces', () => {
    expect(normalizeForHash('“a”  b\n\n\nc')).toBe('“a”  b\n\n\nc');
  });
});
