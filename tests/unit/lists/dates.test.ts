import { describe, expect, test } from 'vitest';
import { formatDate, monthAnchor, monthKey, monthLabel } from '../../../src/lib/lists/dates.ts';

describe('dates', () => {
  test('a day and a month share the same month key; unknown has none', () => {
    expect(monthKey('2022-06-17')).toBe('2022-06');
    expect(monthKey('2022-06')).toBe('2022-06');
    expect(monthKey('unknown')).toBeUndefined();
    expect(monthKey('17 June')).toBeUndefined();
  });

  test('dates are written at the precision they were recorded', () => {
    expect(formatDate('2022-06-07')).toBe('7 June 2022');
    expect(formatDate('2022-12')).toBe('December 2022');
    expect(formatDate('unknown')).toBe('date unknown');
  });

  test('month labels and anchors are readable and stable', () => {
    expect(monthLabel('2023-01')).toBe('January 2023');
    expect(monthAnchor('2023-01')).toBe('m-2023-01');
  });
});
