import { describe, expect, it } from 'vitest';
import { findSimilarPassages, sharesWords, wordsOf } from '../../../src/lib/text/similar.ts';

const TEXT =
  'A member of the Trust and Safety team said “Everything is seen in China,” in a meeting. ' +
  'Weeks later, a second outlet wrote that everything is visible in China.\n\n' +
  'A third repeated: “everything is seen in china”.';

describe('findSimilarPassages', () => {
  it('finds the passage that matches exactly despite curly quotes and case', () => {
    const [best] = findSimilarPassages(TEXT, '"Everything is seen in China"');
    expect(best).toBeDefined();
    expect(best?.similarity).toBe(1);
    expect(TEXT.slice(best?.start, best?.end)).toBe('“everything is seen in china”');
  });

  it('returns non-overlapping passages, best first, with offsets into the original text', () => {
    const found = findSimilarPassages(TEXT, 'Everything is seen in China');
    const slices = found.map((p) => TEXT.slice(p.start, p.end).toLowerCase());
    expect(slices.slice(0, 2)).toEqual([
      'everything is seen in china',
      'everything is seen in china',
    ]);
    expect(found.length).toBe(3);
    expect(slices[2]).toContain('visible in china');
    for (let i = 1; i < found.length; i++) {
      expect(found[i]?.similarity).toBeLessThanOrEqual(found[i - 1]?.similarity ?? 1);
    }
    const sorted = [...found].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      expect(sorted[i]?.start).toBeGreaterThanOrEqual(sorted[i - 1]?.end ?? 0);
    }
  });

  it('leaves out passages below the threshold', () => {
    const found = findSimilarPassages(TEXT, 'Everything is seen in China', { threshold: 0.9 });
    expect(found).toHaveLength(2);
    expect(found.every((p) => p.similarity >= 0.9)).toBe(true);
    expect(found.map((p) => TEXT.slice(p.start, p.end))).not.toContainEqual(
      expect.stringContaining('visible'),
    );
  });

  it('finds nothing for an empty needle or an empty text', () => {
    expect(findSimilarPassages(TEXT, '')).toEqual([]);
    expect(findSimilarPassages('', 'anything')).toEqual([]);
    expect(findSimilarPassages(TEXT, 'Oracle audits the algorithms')).toEqual([]);
  });

  it('finds CJK and emoji passages with exact offsets', () => {
    const text = '报道称：在中国，一切都能被看到 👍🏽。';
    const [best] = findSimilarPassages(text, '在中国一切都能被看到 👍🏽');
    expect(text.slice(best?.start, best?.end)).toBe('在中国，一切都能被看到 👍🏽');
  });
});

describe('wordsOf', () => {
  it('keeps normalised, lower-cased words of four or more letters, minus common words', () => {
    expect([...wordsOf('“Everything” is SEEN in China, they said — with TikTok’s data')]).toEqual([
      'everything',
      'seen',
      'china',
      'tiktok',
      'data',
    ]);
  });

  it('counts letters, not code units, and finds no words in CJK text', () => {
    expect(wordsOf('שלום עולם')).toEqual(new Set(['שלום', 'עולם']));
    expect(wordsOf('在中国一切都能被看到').size).toBe(0);
  });
});

describe('sharesWords', () => {
  const words = wordsOf(TEXT);

  it('is true when the text has at least half the needle’s distinctive words', () => {
    expect(sharesWords(words, 'Everything is seen in Beijing')).toBe(true);
  });

  it('is false when the text has fewer than half of them', () => {
    expect(sharesWords(words, 'Oracle servers in Texas audit algorithms')).toBe(false);
  });

  it('is true for a needle with no distinctive words, which cannot be prefiltered', () => {
    expect(sharesWords(words, 'it is so')).toBe(true);
    expect(sharesWords(words, '一切都能被看到')).toBe(true);
  });
});
