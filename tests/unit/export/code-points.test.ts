import { describe, expect, test } from 'vitest';
import { codePointIndex, sliceCodePoints } from '../../../src/lib/export/code-points.ts';

describe('code point offsets', () => {
  test('a text with no astral characters maps every offset to itself', () => {
    const index = codePointIndex('héllo “world”');
    expect(index.toCodePoint(7)).toBe(7);
    expect(index.toUtf16(7)).toBe(7);
    expect(index.length).toBe(13);
  });

  test('each astral character before an offset counts once, not twice', () => {
    const text = 'a🌊b𝒳c';
    const index = codePointIndex(text);
    expect(index.length).toBe(5);
    expect(index.toCodePoint(text.indexOf('b'))).toBe(2);
    expect(index.toCodePoint(text.indexOf('c'))).toBe(4);
    expect(index.toCodePoint(text.length)).toBe(5);
    expect(index.toUtf16(4)).toBe(text.indexOf('c'));
  });

  test('an offset inside a surrogate pair maps to the start of its character', () => {
    const index = codePointIndex('a🌊b');
    expect(index.toCodePoint(2)).toBe(1);
  });

  test('converting there and back gives the offset again, for every character boundary', () => {
    const text = '🌊x👷‍♀️ yz𝒳';
    const index = codePointIndex(text);
    const chars = Array.from(text);
    for (let k = 0; k <= chars.length; k++) {
      expect(index.toCodePoint(index.toUtf16(k))).toBe(k);
      expect(text.slice(0, index.toUtf16(k))).toBe(chars.slice(0, k).join(''));
    }
  });

  test('slicing by code points agrees with Array.from', () => {
    const text = 'x🌊y𝒳z';
    expect(sliceCodePoints(text, 1, 4)).toBe(Array.from(text).slice(1, 4).join(''));
  });

  test('offsets past either end are clamped', () => {
    const index = codePointIndex('a🌊');
    expect(index.toUtf16(10)).toBe(3);
    expect(index.toCodePoint(-1)).toBe(0);
  });
});
