import { describe, expect, it } from 'vitest';
import { failureCause } from '../../../src/lib/search/failure.ts';

describe('failureCause', () => {
  it('names the error and gives its message on one line', () => {
    expect(failureCause(new TypeError('Failed to fetch\n dynamically imported module'))).toBe(
      'TypeError: Failed to fetch dynamically imported module',
    );
    expect(failureCause(new Error('the search index could not be loaded'))).toBe(
      'the search index could not be loaded',
    );
  });

  it('says something for anything else thrown', () => {
    expect(failureCause('offline')).toBe('offline');
    expect(failureCause(undefined)).toBe('unknown error');
    expect(failureCause(new Error(''))).toBe('Error');
  });
});
