import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../../../src/lib/archive/model.ts';
import { formatWordDiff, tokenize, wordDiff } from '../../../src/lib/text/diff.ts';

const side = (parts: DiffPart[], keep: 'del' | 'ins'): string =>
  parts
    .filter((p) => p.type === 'same' || p.type === keep)
    .map((p) => p.text)
    .join('');

const pairs: Array<[string, string]> = [
  ['Everything is seen in China', 'everything is visible in China,'],
  ['the quick brown fox', 'the slow brown fox jumps'],
  ['one two three', 'four five six'],
  ['“It’s over,” he said.', '"It\'s over," he said'],
  ['a  b\n\nc', 'a b c'],
  ['中国的一切都被看到', '中国的一切都能看到'],
  ['שלום עולם יפה', 'שלום עולם'],
  ['Fans 👍🏽 loved it', 'Fans 👎 hated it'],
  ['', 'all new'],
  ['all gone', ''],
  ['', ''],
  ['same text', 'same text'],
];

describe('wordDiff', () => {
  it.each(pairs)(
    'rebuilds both sides exactly: same+del gives from, same+ins gives to (%j → %j)',
    (from, to) => {
      const parts = wordDiff(from, to);
      expect(side(parts, 'del')).toBe(from);
      expect(side(parts, 'ins')).toBe(to);
    },
  );

  it('marks one changed word and keeps the rest as same', () => {
    expect(wordDiff('Everything is seen in China', 'Everything is visible in China')).toEqual([
      { type: 'same', text: 'Everything is ' },
      { type: 'del', text: 'seen' },
      { type: 'ins', text: 'visible' },
      { type: 'same', text: ' in China' },
    ]);
  });

  it('merges consecutive parts of the same type and never emits empty parts', () => {
    for (const [from, to] of pairs) {
      const parts = wordDiff(from, to);
      parts.forEach((part, i) => {
        expect(part.text).not.toBe('');
        expect(parts[i + 1]?.type).not.toBe(part.type);
      });
    }
  });

  it('reads a sentence replaced word for word as one change, not one per word', () => {
    expect(wordDiff('one two three', 'four five six')).toEqual([
      { type: 'del', text: 'one two three' },
      { type: 'ins', text: 'four five six' },
    ]);
  });

  it('shows a curly apostrophe replaced by a straight one as a changed word', () => {
    expect(wordDiff('don’t go', "don't go")).toEqual([
      { type: 'del', text: 'don’t' },
      { type: 'ins', text: "don't" },
      { type: 'same', text: ' go' },
    ]);
  });

  it('diffs CJK text character by character', () => {
    expect(formatWordDiff(wordDiff('中国的一切都被看到', '中国的一切都能看到'))).toBe(
      '中国的一切都[-被-]{+能+}看到',
    );
  });

  it('returns no parts for two empty strings', () => {
    expect(wordDiff('', '')).toEqual([]);
  });
});

describe('tokenize', () => {
  it('keeps words with inner apostrophes and hyphens whole and splits punctuation off', () => {
    expect(tokenize('TikTok’s well-known “data”, 👍🏽')).toEqual([
      'TikTok’s',
      ' ',
      'well-known',
      ' ',
      '“',
      'data',
      '”',
      ',',
      ' ',
      '👍',
      '🏽',
    ]);
  });

  it('joins back to the original text', () => {
    const text = 'a\r\n\r\nb  שלום, 中国 ✓';
    expect(tokenize(text).join('')).toBe(text);
  });
});

describe('formatWordDiff', () => {
  it('writes removals as [-…-] and additions as {+…+} with no colour codes', () => {
    const out = formatWordDiff(wordDiff('the data is safe', 'the data is not safe'));
    expect(out).toBe('the data is {+not +}safe');
    expect(out).not.toMatch(/\u001b/);
  });

  it('shows a replaced word as removal then addition', () => {
    expect(formatWordDiff(wordDiff('seen in China', 'visible in China'))).toBe(
      '[-seen-]{+visible+} in China',
    );
  });
});

describe('wordDiff with abbreviations', () => {
  it('keeps dotted capitals together as one word', () => {
    expect(tokenize('in the U.S. today')).toContain('U.S.');
    const parts = wordDiff('located in the US', 'located in the U.S.');
    expect(parts.filter((p) => p.type !== 'same')).toEqual([
      { type: 'del', text: 'US' },
      { type: 'ins', text: 'U.S.' },
    ]);
  });
});
