import { describe, expect, it } from 'vitest';
import { ownPagesFirst, titleWords } from '../../../src/lib/search/own-page.ts';

describe('titleWords', () => {
  it('drops case, punctuation, accents and quotation marks', () => {
    expect(titleWords('“TikTok does not operate in China.”')).toBe(
      'tiktok does not operate in china',
    );
    expect(titleWords('"Café — Zürich"')).toBe('cafe zurich');
  });
});

describe('ownPagesFirst', () => {
  const pages = [
    { title: 'TikTok does not operate in China, nor do we have any intention' },
    { title: 'TikTok does not operate in China.' },
    { title: 'Other' },
  ];
  const titleOf = (p: { title: string }) => p.title;

  it('moves the page whose title is the query to the front, the rest in order', () => {
    expect(
      ownPagesFirst(pages, titleOf, 'TikTok does not operate in China.').map((p) => p.title),
    ).toEqual([pages[1]?.title, pages[0]?.title, 'Other']);
    expect(ownPagesFirst(pages, titleOf, '"tiktok does not operate in china"')[0]).toBe(pages[1]);
  });

  it('leaves the order when no title is the query, or the query has no words', () => {
    expect(ownPagesFirst(pages, titleOf, 'TikTok China')).toEqual(pages);
    expect(ownPagesFirst(pages, titleOf, '""')).toEqual(pages);
  });
});
