import { describe, expect, it } from 'vitest';
import { findSimilarPassages, prepareForSimilarity } from '../../../src/lib/text/similar.ts';

const TEXT =
  'A member of the Trust and Safety team said “Everything is seen in China,” in a meeting. ' +
  'Weeks later, a second outlet wrote that everything is visible in China.';

describe('prepareForSimilarity', () => {
  it('finds the same passages as searching the raw text, for every needle', () => {
    const prepared = prepareForSimilarity(TEXT);
    for (const needle of ['Everything is seen in China', 'a second outlet', 'nothing like it']) {
      expect(findSimilarPassages(prepared, needle), needle).toEqual(
        findSimilarPassages(TEXT, needle),
      );
    }
  });

  it('keeps offsets into the original text', () => {
    const [best] = findSimilarPassages(prepareForSimilarity(TEXT), 'everything is seen in china');
    expect(TEXT.slice(best?.start, best?.end)).toBe('Everything is seen in China');
  });
});
