import { describe, expect, it } from 'vitest';
import { sharingHalf } from '../../../src/lib/archive/hints.ts';

describe('sharingHalf', () => {
  const postings = new Map<string, number[]>([
    ['china', [0, 1, 2, 3, 4]],
    ['everything', [1, 3]],
    ['seen', [3, 4]],
    ['staff', [2]],
  ]);

  it('finds exactly the sources that hold at least half of the words, in order', () => {
    expect(sharingHalf(['china', 'everything', 'seen', 'staff'], postings)).toEqual([1, 2, 3, 4]);
    expect(sharingHalf(['everything', 'seen', 'staff'], postings)).toEqual([3]);
  });

  it('agrees with counting every source one by one', () => {
    const words = ['china', 'everything', 'seen', 'staff', 'missing'];
    for (let k = 1; k <= words.length; k++) {
      const needle = words.slice(0, k);
      const brute = [0, 1, 2, 3, 4].filter(
        (i) => needle.filter((w) => postings.get(w)?.includes(i)).length * 2 >= needle.length,
      );
      expect(sharingHalf(needle, postings), needle.join(' ')).toEqual(brute);
    }
  });
});
