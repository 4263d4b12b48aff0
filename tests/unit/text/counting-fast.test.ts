import { describe, expect, test } from 'vitest';
import { countWords } from '../../../src/lib/text/lines.ts';
import { normalize, normalizeForMatch } from '../../../src/lib/text/normalize.ts';
import { wordsOf } from '../../../src/lib/text/similar.ts';

const TEXTS = [
  '',
  '   ',
  'one',
  '  two words  ',
  'tabs\tand\nnew\r\nlines\u000bvertical\u000cfeed',
  'non\u00a0breaking\u2003em\u3000ideographic\u2028line\ufeffbom',
  'control\u0001chars\u001fstay\u0085inside',
  '“Everything” is SEEN in China — TikTok’s data…',
  'emoji 😀😀 and 𝒜𝒷𝒸𝒹 letters, café, naïve',
  'mixed 在中国TikTok数据 and ひらがなwordsカタカナ here',
];

describe('counting words without building lists', () => {
  test('countWords counts as split(/\\s+/) does, in a whole text or a range', () => {
    for (const text of TEXTS) {
      expect(countWords(text), text).toBe(text.split(/\s+/).filter(Boolean).length);
      for (const [start, end] of [
        [0, 3],
        [2, text.length],
        [1, Math.max(1, text.length - 2)],
      ] as const) {
        const slice = text.slice(start, end);
        expect(countWords(text, start, end), slice).toBe(slice.split(/\s+/).filter(Boolean).length);
      }
    }
  });

  test('normalize gives the text normalizeForMatch does', () => {
    for (const text of TEXTS) expect(normalize(text)).toBe(normalizeForMatch(text).text);
  });

  test('wordsOf finds the words the one-pass pattern found: non-CJK runs of four or more characters', () => {
    const pattern =
      /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
    // The common words wordsOf leaves out (src/lib/text/similar.ts).
    const common = new Set(
      (
        'about after also been before being between both could does during each from have having ' +
        'here into just like more most only other over said says some such than that their them ' +
        'then there these they this those through very were what when where which while will with ' +
        'would your'
      ).split(' '),
    );
    for (const text of TEXTS) {
      const expected = new Set<string>();
      for (const [word] of normalize(text).toLowerCase().matchAll(pattern)) {
        if ([...word].length >= 4 && !common.has(word)) expected.add(word);
      }
      expect(wordsOf(text), text).toEqual(expected);
    }
    expect(wordsOf('mixed 在中国TikTok数据 and ひらがなwordsカタカナ here')).toEqual(
      new Set(['mixed', 'tiktok', 'words']),
    );
    expect(wordsOf('𝒜𝒷𝒸 𝒜𝒷𝒸𝒹')).toEqual(new Set(['𝒜𝒷𝒸𝒹']));
  });
});
