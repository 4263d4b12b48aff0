import { describe, expect, test } from 'vitest';
import {
  checkCorrections,
  latestCorrection,
  todayUtc,
} from '../../../src/lib/archive/corrections.ts';
import type { Diagnostic } from '../../../src/lib/archive/model.ts';
import type { RawRecord } from '../../../src/lib/archive/read.ts';
import type { ArticleData } from '../../../src/schemas/index.ts';

/** A record that locates every path at its depth, enough to see where a message points. */
const record = {
  file: 'content/articles/x.mdx',
  at: (path: readonly PropertyKey[]) => ({ line: path.length, column: 1 }),
} as unknown as RawRecord;

function article(fields: Partial<ArticleData>): ArticleData {
  return {
    title: 't',
    description: 'd',
    stories: ['story-a'],
    published: '2026-12-01',
    authors: ['A'],
    tags: [],
    corrections: [],
    ...fields,
  };
}

function problems(fields: Partial<ArticleData>, today = '2026-12-07'): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  checkCorrections(record, article(fields), diagnostics, today);
  return diagnostics;
}

describe('an article’s corrections against its dates', () => {
  test('a correction on the day of publication, or today, with `updated` that day, is fine', () => {
    expect(
      problems({
        updated: '2026-12-07',
        corrections: [
          { date: '2026-12-01', text: 'a' },
          { date: '2026-12-07', text: 'b' },
        ],
      }),
    ).toEqual([]);
  });

  test('no corrections, no `updated`: nothing to say', () => {
    expect(problems({})).toEqual([]);
  });

  test('each correction dated outside publication day to today is reported at its date', () => {
    const found = problems({
      updated: '2026-12-09',
      corrections: [
        { date: '2026-11-30', text: 'a' },
        { date: '2026-12-08', text: 'b' },
      ],
    });
    expect(found.map((d) => [d.code, d.line])).toEqual([
      ['correction-before-published', 3],
      ['correction-in-the-future', 3],
    ]);
    expect(found[1]?.message).toContain('2026-12-08 is after today (2026-12-07)');
  });

  test('`updated` missing, or earlier than the latest correction', () => {
    const corrections = [
      { date: '2026-12-05', text: 'a' },
      { date: '2026-12-03', text: 'b' },
    ];
    expect(problems({ corrections }).map((d) => d.code)).toEqual(['corrected-not-updated']);
    const early = problems({ corrections, updated: '2026-12-04' });
    expect(early.map((d) => d.code)).toEqual(['updated-before-correction']);
    expect(early[0]?.fix).toBe(
      'write `updated: 2026-12-05`, or later if the article was revised since',
    );
  });

  test('the latest correction date, and today in UTC', () => {
    expect(
      latestCorrection({
        corrections: [
          { date: '2026-12-05', text: 'a' },
          { date: '2026-12-06', text: 'b' },
          { date: '2026-12-01', text: 'c' },
        ],
      }),
    ).toBe('2026-12-06');
    expect(latestCorrection({ corrections: [] })).toBeUndefined();
    expect(todayUtc(new Date('2026-12-07T23:30:00-05:00'))).toBe('2026-12-08');
  });
});
