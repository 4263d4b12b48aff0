import { describe, expect, it } from 'vitest';
import { comparableWord, reportMatches, wordsAt } from '../../../src/lib/search/matched.ts';

describe('wordsAt', () => {
  it('reads the words at Pagefind’s locations, punctuation trimmed', () => {
    expect(wordsAt('as The BL quotes it. The BL, date', [1, 2, 6])).toEqual(['The', 'BL', 'BL']);
    expect(wordsAt('one two', [5])).toEqual([]);
  });
});

describe('comparableWord', () => {
  it('ignores case, accents, punctuation and a possessive', () => {
    expect(comparableWord('Portman’s')).toBe('portman');
    expect(comparableWord('“Café,')).toBe('cafe');
  });
});

describe('reportMatches', () => {
  it('says when no result holds the word typed, with the words matched instead', () => {
    expect(reportMatches('blockchain', [['BL', 'BL'], ['BL']])).toEqual({
      missing: ['blockchain'],
      similar: ['BL'],
    });
    expect(reportMatches('Portmanteau', [['Portman', 'Portman’s'], ['Portman’s']])).toEqual({
      missing: ['Portmanteau'],
      similar: ['Portman'],
    });
  });

  it('names only the words that were not found as typed', () => {
    expect(reportMatches('Portman blockchain', [['Portman'], ['BL']])).toEqual({
      missing: ['blockchain'],
      similar: ['BL'],
    });
  });

  it('is null when every word was found, or nothing matched', () => {
    expect(
      reportMatches('Everything is seen in China', [['Everything', 'is', 'seen', 'in', 'China.']]),
    ).toBeNull();
    expect(reportMatches('"seen in China"', [['seen', 'in', 'China’,']])).toBeNull();
    expect(reportMatches('blockchain', [])).toBeNull();
  });
});
