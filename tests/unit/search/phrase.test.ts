import { describe, expect, it } from 'vitest';
import {
  orderByScore,
  parsePhrase,
  searchPhraseAware,
  type ScoredResult,
} from '../../../src/lib/search/phrase.ts';

describe('parsePhrase', () => {
  it('reads a query wholly in straight or curly double quotes', () => {
    expect(parsePhrase('"Everything is seen in China"')).toEqual({
      parts: ['Everything is seen in China'],
      words: 'Everything is seen in China',
    });
    expect(parsePhrase(' “seen in China” ')?.parts).toEqual(['seen in China']);
  });

  it('is null for a query not wholly quoted', () => {
    expect(parsePhrase('seen in China')).toBeNull();
    expect(parsePhrase('"seen" in China')).toBeNull();
    expect(parsePhrase('""')).toBeNull();
    expect(parsePhrase('" — "')).toBeNull();
  });

  it('splits the phrase at words that are only punctuation', () => {
    expect(parsePhrase('"US TikTok users — exactly the type"')).toEqual({
      parts: ['US TikTok users', 'exactly the type'],
      words: 'US TikTok users exactly the type',
    });
    expect(parsePhrase('"remove @Apple & @Google from"')?.parts).toEqual([
      'remove @Apple',
      '@Google from',
    ]);
  });
});

describe('orderByScore', () => {
  it('orders by the other search’s scores, unscored pages last in their order', () => {
    const results = ['a', 'b', 'c', 'd'].map((id) => ({ id, score: 1 }));
    const ranked = [
      { id: 'c', score: 9 },
      { id: 'a', score: 3 },
    ];
    expect(orderByScore(results, ranked).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});

describe('searchPhraseAware', () => {
  /** A fake Pagefind: each term maps to its results; records the terms asked for. */
  function fake(answers: Record<string, ScoredResult[]>) {
    const asked: string[] = [];
    const search = async (term: string) => {
      asked.push(term);
      return { results: answers[term] ?? [], filters: { term } };
    };
    return { asked, search };
  }
  const r = (id: string, score = 1) => ({ id, score });

  it('passes a plain query through', async () => {
    const { asked, search } = fake({ oracle: [r('x', 2)] });
    expect((await searchPhraseAware('oracle', search)).results).toEqual([r('x', 2)]);
    expect(asked).toEqual(['oracle']);
  });

  it('ranks the exact matches by the plain search of the same words', async () => {
    const { asked, search } = fake({
      '"seen in China"': [r('headline'), r('quote')],
      'seen in China': [r('quote', 40), r('other', 20), r('headline', 10)],
    });
    const answer = await searchPhraseAware('"seen in China"', search);
    expect(answer.results.map((x) => x.id)).toEqual(['quote', 'headline']);
    expect(answer.filters).toEqual({ term: '"seen in China"' });
    expect(asked).toEqual(['"seen in China"', 'seen in China']);
  });

  it('keeps only pages holding every part of a phrase split at punctuation', async () => {
    const { search } = fake({
      '"users"': [r('a'), r('b'), r('c')],
      '"exactly the type"': [r('c'), r('a')],
      'users exactly the type': [r('c', 5), r('a', 7)],
    });
    const answer = await searchPhraseAware('"users — exactly the type"', search);
    expect(answer.results.map((x) => x.id)).toEqual(['a', 'c']);
  });

  it('keeps the date order when the reader chose one', async () => {
    const { asked, search } = fake({ '"seen"': [r('old'), r('new')] });
    const answer = await searchPhraseAware('"seen"', search, true);
    expect(answer.results.map((x) => x.id)).toEqual(['old', 'new']);
    expect(asked).toEqual(['"seen"']);
  });
});
