import { describe, expect, test } from 'vitest';
import {
  absentStancesSentence,
  evidenceCounts,
  groupClaimsByStatus,
  keyClaims,
  STATUS_ORDER,
} from '../../../src/lib/lists/claims.ts';
import { claimStatuses } from '../../../src/schemas/records.ts';
import { claim } from './build.ts';

describe('groupClaimsByStatus', () => {
  test('lists every status in the fixed order with its definition, even when empty', () => {
    const groups = groupClaimsByStatus([claim('f', 'false'), claim('e', 'established')]);
    expect(groups.map((g) => g.status)).toEqual([
      'established',
      'supported',
      'disputed',
      'unverified',
      'false',
    ]);
    expect(groups.map((g) => g.definition)).toEqual(STATUS_ORDER.map((s) => claimStatuses[s]));
    expect(groups[0]?.claims.map((c) => c.id)).toEqual(['e']);
    expect(groups[1]?.claims).toEqual([]);
    expect(groups[4]?.claims.map((c) => c.id)).toEqual(['f']);
  });

  test('orders the claims within a status by statement', () => {
    const groups = groupClaimsByStatus([
      claim('z', 'disputed', {}, 'Zebra'),
      claim('a', 'disputed', {}, 'Aardvark'),
    ]);
    expect(groups[2]?.claims.map((c) => c.id)).toEqual(['a', 'z']);
  });
});

describe('evidenceCounts', () => {
  test('counts the passages for each stance in schema order', () => {
    expect(evidenceCounts(claim('c', 'disputed', { supports: 2, relays: 1, disputes: 3 }))).toEqual(
      [
        { stance: 'supports', count: 2 },
        { stance: 'relays', count: 1 },
        { stance: 'disputes', count: 3 },
      ],
    );
  });

  test('leaves out the stances no passage takes, so a Supported claim never shows "0 supporting"', () => {
    expect(evidenceCounts(claim('c', 'supported', { relays: 5 }))).toEqual([
      { stance: 'relays', count: 5 },
    ]);
  });
});

describe('keyClaims', () => {
  test('takes the best-evidenced claim of each status in turn, so disputed claims show too', () => {
    const picked = keyClaims(
      [
        claim('weak', 'unverified'),
        claim('est-thin', 'established', { supports: 1 }),
        claim('est-rich', 'established', { supports: 3 }),
        claim('est-mid', 'established', { supports: 2 }),
        claim('disp', 'disputed', { disputes: 5 }),
      ],
      4,
    );
    expect(picked.map((c) => c.id)).toEqual(['est-rich', 'est-mid', 'disp', 'weak']);
  });

  test('returns every claim when there are fewer than the limit, and none from none', () => {
    expect(keyClaims([claim('a', 'false'), claim('b', 'supported')], 5).map((c) => c.id)).toEqual([
      'b',
      'a',
    ]);
    expect(keyClaims([], 5)).toEqual([]);
  });
});

describe('absentStancesSentence', () => {
  test('names the stances no passage takes, in one sentence', () => {
    expect(absentStancesSentence(['supports'])).toBe('No passage in the archive supports it.');
    expect(absentStancesSentence(['supports', 'disputes'])).toBe(
      'No passage in the archive supports or disputes it.',
    );
    expect(absentStancesSentence(['supports', 'relays', 'disputes'])).toBe(
      'No passage in the archive supports, relays or disputes it.',
    );
    expect(absentStancesSentence([])).toBe('');
  });
});
