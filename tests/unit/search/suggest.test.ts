import { describe, expect, it } from 'vitest';
import {
  countWords,
  editDistance,
  mergeWordLists,
  nearestWords,
} from '../../../src/lib/search/suggest.ts';

describe('countWords', () => {
  it('counts words of three letters or more, most frequent first', () => {
    expect(countWords(['Oracle, oracle! The BL 2022', 'Café oracle data']).words).toEqual([
      ['oracle', 3],
      ['cafe', 1],
      ['data', 1],
      ['the', 1],
    ]);
  });
});

describe('mergeWordLists', () => {
  it('adds up each word’s counts across the lists (every shard’s), in countWords’ order', () => {
    const one = countWords(['oracle oracle data']);
    const other = countWords(['data data cafe oracle']);
    expect(mergeWordLists([one, other])).toEqual(
      countWords(['oracle oracle data', 'data data cafe oracle']),
    );
    expect(mergeWordLists([one, other]).words).toEqual([
      ['data', 3],
      ['oracle', 3],
      ['cafe', 1],
    ]);
  });
});

describe('editDistance', () => {
  it('counts edits, and stops past the limit', () => {
    expect(editDistance('oracel', 'oracle', 2)).toBe(2);
    expect(editDistance('backdor', 'backdoor', 2)).toBe(1);
    expect(editDistance('blockchain', 'bl', 2)).toBe(3);
  });
});

describe('nearestWords', () => {
  const list = countWords(['oracle oracle backdoor master admin admins portman']);

  it('suggests the nearest indexed words, nearest first', () => {
    expect(nearestWords('backdor', list)).toEqual(['backdoor']);
    expect(nearestWords('oracel admn', list)).toEqual(['admin', 'oracle']);
  });

  it('suggests nothing when no word is near', () => {
    expect(nearestWords('xylophone', list)).toEqual([]);
  });
});
