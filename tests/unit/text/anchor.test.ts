import { describe, expect, it } from 'vitest';
import {
  anchor,
  createAnchorer,
  findAll,
  type AnchorResult,
} from '../../../src/lib/text/anchor.ts';
import { formatWordDiff } from '../../../src/lib/text/diff.ts';

/** The original text a found result points at; fails the test otherwise. */
function slice(text: string, result: AnchorResult): string {
  expect(result.status).toBe('found');
  if (result.status !== 'found') return '';
  return text.slice(result.start, result.end);
}

const ARTICLE =
  'Recordings of 80 internal meetings showed that engineers in China had access.\n\n' +
  '“Everything is seen in China,” a member of TikTok’s Trust and Safety department said ' +
  'in a September 2021 meeting.\r\n\r\nIn another meeting, a director called an engineer ' +
  'a “Master Admin” who “has access to everything.”';

describe('anchor', () => {
  it('finds a passage typed with straight quotes in text with curly ones', () => {
    const result = anchor(ARTICLE, {
      exact: `"Everything is seen in China," a member of TikTok's`,
    });
    expect(slice(ARTICLE, result)).toBe('“Everything is seen in China,” a member of TikTok’s');
  });

  it('finds a passage typed with hyphens in text with em and en dashes', () => {
    const text = 'The audit — run 2021–2022 — found nothing.';
    expect(slice(text, anchor(text, { exact: 'audit - run 2021-2022 - found' }))).toBe(
      'audit — run 2021–2022 — found',
    );
  });

  it('finds a passage across non-breaking spaces', () => {
    const text = 'TikTok’s\u00A0US\u00A0user data';
    expect(slice(text, anchor(text, { exact: 'TikTok’s US user' }))).toBe(
      'TikTok’s\u00A0US\u00A0user',
    );
  });

  it('finds a quote that crosses a paragraph break, CRLF included', () => {
    const result = anchor(ARTICLE, { exact: 'September 2021 meeting. In another meeting' });
    expect(slice(ARTICLE, result)).toBe('September 2021 meeting.\r\n\r\nIn another meeting');
    const lf = 'had access.\n\n“Everything';
    expect(slice(ARTICLE, anchor(ARTICLE, { exact: 'had access. "Everything' }))).toBe(lf);
  });

  it('finds a passage after a byte-order mark at the right offset', () => {
    const text = '\uFEFFEverything is seen in China';
    expect(anchor(text, { exact: 'Everything' })).toEqual({ status: 'found', start: 1, end: 11 });
  });

  it('finds a passage with zero-width and bidi control characters inside it', () => {
    const text = 'He wrote Every\u200Bthing is \u200Eseen\u2069 in China today.';
    expect(slice(text, anchor(text, { exact: 'Everything is seen in China' }))).toBe(
      'Every\u200Bthing is \u200Eseen\u2069 in China',
    );
  });

  it('matches the ellipsis character against three dots, both ways', () => {
    const text = 'He said it was… fine.';
    expect(slice(text, anchor(text, { exact: 'was... fine' }))).toBe('was… fine');
    const dots = 'He said it was... fine.';
    expect(slice(dots, anchor(dots, { exact: 'was… fine' }))).toBe('was... fine');
  });

  it('finds CJK text with no spaces', () => {
    const text = '报道称：“在中国，一切都能被看到。”字节跳动否认。';
    expect(slice(text, anchor(text, { exact: '“在中国，一切都能被看到。”' }))).toBe(
      '“在中国，一切都能被看到。”',
    );
  });

  it('finds right-to-left Hebrew and Arabic text', () => {
    const text = 'אמר: "הכול נראה בסין" ובערבית: «كل شيء يُرى في الصين».';
    expect(slice(text, anchor(text, { exact: '“הכול נראה בסין”' }))).toBe('"הכול נראה בסין"');
    expect(slice(text, anchor(text, { exact: '"كل شيء يُرى في الصين"' }))).toBe(
      '«كل شيء يُرى في الصين»',
    );
  });

  it('slices emoji (surrogate pairs) exactly', () => {
    const text = 'Users 👍🏽 reacted 🇺🇸 loudly 😀';
    expect(slice(text, anchor(text, { exact: '👍🏽 reacted 🇺🇸' }))).toBe('👍🏽 reacted 🇺🇸');
    expect(slice(text, anchor(text, { exact: 'loudly 😀' }))).toBe('loudly 😀');
  });

  it('is empty when exact is empty or only whitespace and invisible characters', () => {
    expect(anchor(ARTICLE, { exact: '' })).toEqual({ status: 'empty' });
    expect(anchor(ARTICLE, { exact: ' \n\u200B ' })).toEqual({ status: 'empty' });
  });

  it('is not found, with no nearest passage, in an empty text', () => {
    expect(anchor('', { exact: 'anything' })).toEqual({ status: 'not-found' });
  });

  it('never folds case: a passage differing only in case is not found', () => {
    expect(anchor(ARTICLE, { exact: 'everything is seen in china' }).status).toBe('not-found');
  });
});

describe('anchor with a repeated passage', () => {
  const text =
    'He said “the data is safe.” Later, she said “the data is safe.” ' +
    'And the spokesman said it again: the data is safe.';

  it('is ambiguous, with the count and where each occurrence starts', () => {
    const result = anchor(text, { exact: 'the data is safe' });
    expect(result).toMatchObject({ status: 'ambiguous', count: 3 });
    if (result.status !== 'ambiguous') return;
    for (const start of result.starts)
      expect(text.slice(start, start + 16)).toBe('the data is safe');
  });

  it('suggests a prefix or suffix that, applied, anchors to the first occurrence', () => {
    const result = anchor(text, { exact: 'the data is safe' });
    if (result.status !== 'ambiguous') throw new Error('expected ambiguous');
    expect(result.suggestion).toBeDefined();
    const fixed = anchor(text, { exact: 'the data is safe', ...result.suggestion });
    expect(fixed).toEqual({ status: 'found', start: result.starts[0], end: 25 });
  });

  it('suggests whole words verbatim from the text, curly quotes included', () => {
    const result = anchor(text, { exact: 'the data is safe' });
    if (result.status !== 'ambiguous') throw new Error('expected ambiguous');
    const words = [result.suggestion?.prefix, result.suggestion?.suffix].filter(Boolean).join(' ');
    expect(text).toContain(words.trim());
  });

  it('is disambiguated by a prefix that crosses whitespace and quote styles', () => {
    const result = anchor(text, { exact: 'the data is safe', prefix: 'Later,  she said "' });
    const start = text.indexOf('the data is safe', text.indexOf('Later'));
    expect(result).toEqual({ status: 'found', start, end: start + 16 });
  });

  it('is disambiguated by a suffix', () => {
    expect(anchor(text, { exact: 'the data is safe', suffix: '.” Later' })).toMatchObject({
      status: 'found',
      start: 9,
    });
  });

  it('accepts a prefix written without the space before the passage', () => {
    expect(anchor(text, { exact: 'the data is safe', prefix: 'again:' })).toMatchObject({
      status: 'found',
      start: text.lastIndexOf('the data is safe'),
    });
  });

  it('is not found when the prefix matches no occurrence', () => {
    expect(anchor(text, { exact: 'the data is safe', prefix: 'nobody said' }).status).toBe(
      'not-found',
    );
  });

  it('suggests a suffix that works with the prefix already given', () => {
    const twice = 'I said: go now. Then I said: go now. Then I said: go later.';
    const result = anchor(twice, { exact: 'go', prefix: 'I said:' });
    if (result.status !== 'ambiguous') throw new Error('expected ambiguous');
    expect(result.count).toBe(3);
    const fixed = anchor(twice, { exact: 'go', prefix: 'I said:', ...result.suggestion });
    expect(fixed).toMatchObject({ status: 'found', start: 8 });
  });

  it('suggests a prefix when only the text before tells identical passages apart', () => {
    const tail = 'Al said yes. Beta said yes. Beta said yes.';
    const result = anchor(tail, { exact: 'said yes.' });
    if (result.status !== 'ambiguous') throw new Error('expected ambiguous');
    expect(result.suggestion).toEqual({ prefix: 'Al' });
  });
});

describe('anchor with a misquote', () => {
  it('is not found, and the nearest passage is the right one with the changed word in the diff', () => {
    const result = anchor(ARTICLE, { exact: 'Everything is visible in China' });
    expect(result.status).toBe('not-found');
    if (result.status !== 'not-found') return;
    expect(result.nearest?.text).toBe('Everything is seen in China');
    expect(ARTICLE.slice(result.nearest?.start, result.nearest?.end)).toBe(
      'Everything is seen in China',
    );
    expect(result.nearest?.diff).toContainEqual({ type: 'del', text: 'visible' });
    expect(result.nearest?.diff).toContainEqual({ type: 'ins', text: 'seen' });
    expect(formatWordDiff(result.nearest?.diff ?? [])).toBe(
      'Everything is [-visible-]{+seen+} in China',
    );
  });

  it('finds the nearest passage of a long misquote (over 64 characters)', () => {
    const exact = 'a member of TikTok’s Trust and Safety team said in a September 2021 meeting';
    const result = anchor(ARTICLE, { exact });
    if (result.status !== 'not-found') throw new Error('expected not-found');
    expect(result.nearest?.text).toBe(
      'a member of TikTok’s Trust and Safety department said in a September 2021 meeting',
    );
  });

  it('gives no nearest passage when nothing is close', () => {
    expect(anchor(ARTICLE, { exact: 'Oracle will audit the algorithms' })).toEqual({
      status: 'not-found',
    });
  });
});

describe('findAll', () => {
  it('returns every start, overlapping ones included', () => {
    expect(findAll('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findAll('abc', 'x')).toEqual([]);
    expect(findAll('abc', '')).toEqual([]);
  });
});

describe('createAnchorer', () => {
  it('anchors 2,000 annotations with prefixes in one 100 KB paragraph, each exactly', () => {
    const sentences: string[] = [];
    for (let i = 0; sentences.join(' ').length < 100_000; i++) {
      sentences.push(`Engineer ${i} said “TikTok’s data — item ${i} — is seen in China.”`);
    }
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    expect(text).not.toContain('\n');
    const selectors = Array.from({ length: 2000 }, (_, k) => {
      const i = (k * 7) % sentences.length;
      return { exact: `"TikTok's data - item ${i} - is seen`, prefix: `Engineer ${i} said` };
    });
    const anchorer = createAnchorer(text);
    const results = selectors.map((selector) => anchorer.anchor(selector));
    expect(results.every((r) => r.status === 'found')).toBe(true);
    const last = results[results.length - 1];
    if (last?.status === 'found') expect(text.slice(last.start, last.end)).toMatch(/^“TikTok’s/);
  });

  it('finds the nearest passage of a misquote in a 100 KB paragraph', () => {
    const text =
      'filler words here '.repeat(6000) + 'Everything is seen in China. ' + 'more '.repeat(10);
    const result = anchor(text, { exact: 'Everything is visible in China' });
    expect(result.status === 'not-found' && result.nearest?.text).toBe(
      'Everything is seen in China',
    );
  });

  it('gives the same results as anchor()', () => {
    const anchorer = createAnchorer(ARTICLE);
    for (const exact of ['Master Admin', 'visible in China', 'meeting']) {
      expect(anchorer.anchor({ exact })).toEqual(anchor(ARTICLE, { exact }));
    }
  });
});
