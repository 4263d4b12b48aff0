import { describe, expect, test } from 'vitest';
import { partyOf, rulingSummary } from '../../../src/lib/lists/rulings.ts';
import type { Archive } from '../../../src/lib/archive/model.ts';

const at = { file: 'x', line: 1, column: 1 };

describe('partyOf', () => {
  const archive = {
    person: new Map([
      ['carr', { id: 'carr', name: 'Brendan Carr', description: 'd', location: at }],
    ]),
    outlet: new Map([['wire', { id: 'wire', name: 'The Wire', description: 'd', location: at }]]),
  } as Pick<Archive, 'person' | 'outlet'>;

  test('names a person or an outlet, and nothing else', () => {
    expect(partyOf(archive, 'carr')).toEqual({ kind: 'person', id: 'carr', name: 'Brendan Carr' });
    expect(partyOf(archive, 'wire')).toEqual({ kind: 'outlet', id: 'wire', name: 'The Wire' });
    expect(partyOf(archive, 'nobody')).toBeUndefined();
  });
});

describe('rulingSummary', () => {
  test('dates a claim from its first and last rulings, and lists changes newest first with the status they replaced', () => {
    const summary = rulingSummary({
      history: [
        { date: '2026-11-20', status: 'unverified', author: 'Editors', reason: 'First.' },
        { date: '2026-12-01', status: 'disputed', author: 'Desk', reason: 'New evidence.' },
      ],
    });
    expect(summary.created).toBe('2026-11-20');
    expect(summary.modified).toBe('2026-12-01');
    expect(summary.current.author).toBe('Desk');
    expect(summary.changes.map((c) => [c.date, c.previous, c.status])).toEqual([
      ['2026-12-01', 'unverified', 'disputed'],
      ['2026-11-20', undefined, 'unverified'],
    ]);
  });

  test('a single ruling is both the first and the last', () => {
    const summary = rulingSummary({
      history: [{ date: '2026-12-01', status: 'supported', author: 'Editors', reason: 'First.' }],
    });
    expect([summary.created, summary.modified]).toEqual(['2026-12-01', '2026-12-01']);
    expect(summary.changes).toHaveLength(1);
    expect(summary.changes[0]).not.toHaveProperty('previous');
  });
});
