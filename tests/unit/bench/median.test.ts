import { describe, expect, test } from 'vitest';
import { median, medianResult, spread } from '../../../scripts/bench/median.ts';

describe('median', () => {
  test('takes the middle value, or the mean of the middle two, rounded to 2 decimals', () => {
    expect(median([63.58, 61.18, 63.18])).toBe(63.18);
    expect(median([1, 4, 2, 3])).toBe(2.5);
    expect(median([1 / 3])).toBe(0.33);
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('medianResult', () => {
  const runs = [
    { sources: 10, build_s: 9, term: 'oracle', phases: { render_s: 3 }, transfers: [{ b: 1 }] },
    { sources: 10, build_s: 12, term: 'oracle', phases: { render_s: 5 }, transfers: [{ b: 2 }] },
    { sources: 10, build_s: 10, term: 'oracle', phases: { render_s: 4 }, transfers: [{ b: 3 }] },
  ];

  test('numbers at any depth become medians; everything else is the first run’s', () => {
    expect(medianResult(runs)).toEqual({
      sources: 10,
      build_s: 10,
      term: 'oracle',
      phases: { render_s: 4 },
      transfers: [{ b: 1 }],
    });
  });

  test('one run is returned as it is, and missing figures are skipped', () => {
    expect(medianResult([runs[0]!])).toBe(runs[0]);
    const withNull = [
      { a: 1, b: null },
      { a: 3, b: null },
    ];
    expect(medianResult(withNull)).toEqual({ a: 2, b: null });
  });

  test('spread lists, per figure that moved, its value in each run', () => {
    expect(spread(runs)).toEqual({ build_s: [9, 12, 10], 'phases.render_s': [3, 5, 4] });
  });
});
