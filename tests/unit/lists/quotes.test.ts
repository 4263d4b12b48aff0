import { describe, expect, test } from 'vitest';
import {
  hasDrifted,
  quotePages,
  sortQuotes,
  verdictCounts,
} from '../../../src/lib/lists/quotes.ts';
import { annotation, quote } from './build.ts';

describe('verdictCounts', () => {
  test('counts each verdict in order from exact to paraphrase, zeros included', () => {
    const counts = verdictCounts([
      annotation('s', 'a', { verdict: 'exact' }),
      annotation('s', 'b', { verdict: 'altered' }),
      annotation('s', 'c', { verdict: 'altered' }),
      annotation('s', 'd'),
    ]);
    expect(counts).toEqual([
      { verdict: 'exact', count: 1 },
      { verdict: 'typographic', count: 0 },
      { verdict: 'style', count: 0 },
      { verdict: 'altered', count: 2 },
      { verdict: 'paraphrase', count: 0 },
    ]);
  });
});

describe('hasDrifted', () => {
  test('counts altered and paraphrased wording as drift, not typography', () => {
    expect(hasDrifted(annotation('s', 'a', { verdict: 'altered' }))).toBe(true);
    expect(hasDrifted(annotation('s', 'a', { verdict: 'paraphrase' }))).toBe(true);
    expect(hasDrifted(annotation('s', 'a', { verdict: 'typographic' }))).toBe(false);
    expect(hasDrifted(annotation('s', 'a', { verdict: 'exact' }))).toBe(false);
    expect(hasDrifted(annotation('s', 'a'))).toBe(false);
  });
});

describe('sortQuotes', () => {
  test('puts the most widely carried quote first, then orders by wording', () => {
    const sorted = sortQuotes([
      quote('b', 'Beta'),
      quote('wide', 'Zeta', [annotation('s', '1'), annotation('t', '2')]),
      quote('a', 'Alpha'),
    ]);
    expect(sorted.map((q) => q.id)).toEqual(['wide', 'a', 'b']);
  });
});

describe('quotePages', () => {
  test('cuts the sorted quotes into pages at /quotes/ and /quotes/page/<n>/', () => {
    const quotes = [
      quote('b', 'Beta'),
      quote('wide', 'Zeta', [annotation('s', '1'), annotation('t', '2')]),
      quote('a', 'Alpha'),
    ];
    const pages = quotePages(quotes, 2);
    expect(pages.map((p) => p.href)).toEqual(['/quotes/', '/quotes/page/2/']);
    expect(pages.map((p) => p.groups.flatMap((g) => g.items).map((q) => q.id))).toEqual([
      ['wide', 'a'],
      ['b'],
    ]);
    // Worked out once per list and page size.
    expect(quotePages(quotes, 2)).toBe(pages);
    expect(quotePages(quotes, 5)).toHaveLength(1);
  });
});
