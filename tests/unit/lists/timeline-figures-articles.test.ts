import { describe, expect, test } from 'vitest';
import { byline, newestFirst } from '../../../src/lib/lists/articles.ts';
import { archiveFigures, plural } from '../../../src/lib/lists/figures.ts';
import { groupEventsByMonth, isMonthOnly, latestEvents } from '../../../src/lib/lists/timeline.ts';
import { annotation, archiveOf, article, event, source } from './build.ts';

describe('groupEventsByMonth', () => {
  test('orders events by date under month headings, a month-only event first in its month', () => {
    const months = groupEventsByMonth([
      event('carr', '2022-06-28'),
      event('letter', '2022-07-05'),
      event('report', '2022-06-17'),
      event('sometime', '2022-06'),
      event('hearing', '2022-09-14'),
    ]);
    expect(months.map((m) => m.label)).toEqual(['June 2022', 'July 2022', 'September 2022']);
    expect(months[0]?.events.map((e) => e.id)).toEqual(['sometime', 'report', 'carr']);
    expect(months[0]?.anchor).toBe('m-2022-06');
  });

  test('tells month-only events from dated ones, and previews the latest events', () => {
    expect(isMonthOnly(event('a', '2022-06'))).toBe(true);
    expect(isMonthOnly(event('a', '2022-06-01'))).toBe(false);
    const events = [event('b', '2022-07-01'), event('a', '2022-06-01'), event('c', '2022-08-01')];
    // The latest two, still in date order; asking for none gives none.
    expect(latestEvents(events, 2).map((e) => e.id)).toEqual(['b', 'c']);
    expect(latestEvents(events, 5).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(latestEvents(events, 0)).toEqual([]);
  });
});

describe('archiveFigures', () => {
  test('counts sources, outlets with sources, quotes, claims and annotations', () => {
    const a = source('a', { outlet: 'x', words: 5 });
    a.annotations = [annotation('a', '1'), annotation('a', '2')];
    const b = source('b', { outlet: 'x', words: 7 });
    const c = source('c', { outlet: 'y', words: 1 });
    c.annotations = [annotation('c', '1')];
    const figures = archiveFigures(archiveOf({ sources: [a, b, c] }));
    expect(figures).toMatchObject({
      sources: 3,
      outlets: 2,
      annotations: 3,
      quotes: 0,
      claims: 0,
      words: 13,
    });
  });

  test('writes counts with the right noun', () => {
    expect(plural(1, 'source')).toBe('1 source');
    expect(plural(0, 'source')).toBe('0 sources');
    expect(plural(12000, 'passage')).toBe('12,000 passages');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});

describe('articles', () => {
  test('lists the newest article first', () => {
    const list = newestFirst([
      article('old', '2022-07-01'),
      article('new', '2023-01-02'),
      article('mid', '2022-09-09'),
    ]);
    expect(list.map((a) => a.id)).toEqual(['new', 'mid', 'old']);
  });

  test('joins authors into a byline', () => {
    expect(byline([])).toBe('');
    expect(byline(['A'])).toBe('A');
    expect(byline(['A', 'B'])).toBe('A and B');
    expect(byline(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
