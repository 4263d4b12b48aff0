import { describe, expect, it } from 'vitest';
import {
  ALTERED_THRESHOLD,
  compareWording,
  styleForm,
  wordSimilarity,
} from '../../../src/lib/text/drift.ts';

// The canonical wording, from BuzzFeed News's report of the leaked recordings.
const CANONICAL = '“Everything is seen in China”';

describe('compareWording', () => {
  it('calls the same words in the same marks exact', () => {
    const result = compareWording(CANONICAL, '“Everything is seen in China”');
    expect(result.verdict).toBe('exact');
    expect(result.similarity).toBe(1);
    expect(result.diff).toEqual([{ type: 'same', text: 'Everything is seen in China' }]);
  });

  it('calls the same words without quotation marks exact', () => {
    expect(compareWording(CANONICAL, 'Everything is seen in China').verdict).toBe('exact');
  });

  it('calls single curly quotes and a trailing comma typographic, and shows the comma', () => {
    const result = compareWording(CANONICAL, '‘Everything is seen in China,’');
    expect(result.verdict).toBe('typographic');
    expect(result.diff).toEqual([
      { type: 'same', text: 'Everything is seen in China' },
      { type: 'ins', text: ',' },
    ]);
  });

  it('calls a lower-case first letter inside a sentence typographic', () => {
    const result = compareWording(CANONICAL, '"everything is seen in China."');
    expect(result.verdict).toBe('typographic');
  });

  it('calls curly versus straight apostrophes and em dash versus hyphen typographic', () => {
    expect(compareWording('We’re not — ever', "We're not - ever").verdict).toBe('typographic');
  });

  it('calls one word changed altered, with the diff showing the word', () => {
    const result = compareWording(CANONICAL, '"everything is visible in China"');
    expect(result.verdict).toBe('altered');
    expect(result.similarity).toBeCloseTo(0.8);
    expect(result.diff).toContainEqual({ type: 'del', text: 'seen' });
    expect(result.diff).toContainEqual({ type: 'ins', text: 'visible' });
  });

  it('calls a paraphrase a paraphrase', () => {
    const result = compareWording(
      CANONICAL,
      'engineers in China had access to all of the US user data',
    );
    expect(result.verdict).toBe('paraphrase');
    expect(result.similarity).toBeLessThan(ALTERED_THRESHOLD);
  });

  it('does not strip a question or exclamation mark, which belongs to the words', () => {
    expect(compareWording('Is it seen in China?', 'Is it seen in China').verdict).toBe('altered');
  });

  it('calls a change of case inside the quote altered, not typographic', () => {
    expect(compareWording('seen in China', 'seen in CHINA').verdict).toBe('altered');
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same words whatever the case, quotes and punctuation', () => {
    expect(wordSimilarity('“It’s seen,” in China', "it's seen in china")).toBe(1);
  });

  it('is 1 minus the word edit distance over the longer word count', () => {
    expect(wordSimilarity('a b c d', 'a x c')).toBe(0.5);
  });

  it('is 0 for no words in common and 1 for two empty wordings', () => {
    expect(wordSimilarity('one two', 'three four')).toBe(0);
    expect(wordSimilarity('', '')).toBe(1);
  });
});

describe('compareWording with partial quotations and abbreviations', () => {
  it('compares a fragment with the part of the canonical wording it quotes', () => {
    const result = compareWording(
      'All data will be stored in the US and overseen by our US-based security team, and access will be controlled.',
      'overseen by our US-based security team',
    );
    expect(result.partial).toBe(true);
    expect(result.verdict).toBe('exact');
    expect(result.compared).toBe('overseen by our US-based security team');
  });

  it('treats dotted capitals as house style, even at the end of the quotation', () => {
    const result = compareWording(
      'fully pivot to Oracle cloud servers located in the US',
      'fully pivot to Oracle cloud servers located in the U.S.',
    );
    expect(result.verdict).toBe('style');
  });

  it('does not call a changed word a partial quotation', () => {
    const result = compareWording('Everything is seen in China', 'everything is visible in China');
    expect(result.partial).toBe(false);
    expect(result.verdict).toBe('altered');
  });
});

describe('house style', () => {
  it.each([
    ['100% of US user traffic', '100 percent of US user traffic'],
    ['100 per cent of traffic', '100% of traffic'],
    ['located in the US', 'located in the U.S.'],
    ['14 statements from nine staff members', 'fourteen statements from 9 staff members'],
    ['a so-called "Master Admin" in Beijing', "a so-called 'Master Admin' in Beijing"],
    ['our data centres and the organisation', 'our data centers and the organization'],
    ['We still use our data centers for backup', 'We still use our datacenters for backup'],
  ])('calls %j and %j style only, not altered', (canonical, appearance) => {
    expect(compareWording(canonical, appearance).verdict).toBe('style');
  });

  it('keeps apostrophes inside words: a changed contraction is altered', () => {
    expect(
      compareWording("We know we're among the most", 'We know we are among the most').verdict,
    ).toBe('altered');
  });

  it('does not hide a changed word behind a style change', () => {
    expect(compareWording('100% of US traffic', '90 percent of U.S. traffic').verdict).toBe(
      'altered',
    );
  });

  it('styleForm folds each house-style difference to one form', () => {
    expect(styleForm('Nine U.S. centres, 100% ‘sure’ it’s organised')).toBe(
      '9 US centers, 100 percent "sure" it\'s organized',
    );
  });
});
