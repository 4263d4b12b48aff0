import { describe, expect, test } from 'vitest';
import {
  collectFirstReportHints,
  firstReportDating,
} from '../../../src/lib/archive/first-report.ts';
import type {
  Annotation,
  Archive,
  Diagnostic,
  Quote,
  Source,
} from '../../../src/lib/archive/model.ts';

const at = { file: 'content/quotes/q.yaml', line: 1, column: 1 };

function world(firstDate: string, dating?: string) {
  const appearance = (sourceId: string) => ({ id: 'a', sourceId }) as Annotation;
  const sources = [
    ['post', firstDate],
    ['register', '2022-06-20'],
    ['undated', 'unknown'],
    ['later', '2023-02-01'],
  ].map(([id, published]) => ({ id, published }) as Source);
  const quote = {
    id: 'q',
    source: 'post',
    annotation: 'a',
    location: at,
    appearances: ['post', 'register', 'undated', 'later'].map(appearance),
    ...(dating ? { dating } : {}),
  } as Quote;
  const archive = {
    source: new Map(sources.map((s) => [s.id, s])),
    quotes: [quote],
  } as unknown as Archive;
  return { archive, quote };
}

describe('firstReportDating', () => {
  test('lists the appearances dated earlier than the first report, ignoring unknown dates', () => {
    const { archive, quote } = world('2023-01-24');
    const dating = firstReportDating(archive, quote);
    expect(dating?.firstDate).toBe('2023-01-24');
    expect(dating?.earlier.map((e) => [e.annotation.sourceId, e.date])).toEqual([
      ['register', '2022-06-20'],
    ]);
  });

  test('is undefined when the first report is the earliest, or has no date', () => {
    expect(
      firstReportDating(world('2022-06-18').archive, world('2022-06-18').quote),
    ).toBeUndefined();
    expect(firstReportDating(world('unknown').archive, world('unknown').quote)).toBeUndefined();
  });
});

describe('collectFirstReportHints', () => {
  const hints = (archive: Archive) => {
    const diagnostics: Diagnostic[] = [];
    collectFirstReportHints(archive, diagnostics, () => ({ ...at, line: 3, column: 9 }));
    return diagnostics;
  };

  test('hints at the quote’s `source` when its first report post-dates an appearance', () => {
    const [hint, ...rest] = hints(world('2023-01-24').archive);
    expect(rest).toEqual([]);
    expect(hint).toMatchObject({
      severity: 'hint',
      code: 'first-report-later',
      line: 3,
      column: 9,
      message:
        'quote "q": its first report, "post", is dated 2023-01-24, later than its appearance in "register" (2022-06-20)',
    });
    expect(hint?.fix).toContain('`dating`');
  });

  test('is silent when the quote’s `dating` explains it, or the dates are in order', () => {
    expect(hints(world('2023-01-24', 'The copy is re-dated.').archive)).toEqual([]);
    expect(hints(world('2022-06-01').archive)).toEqual([]);
  });
});
