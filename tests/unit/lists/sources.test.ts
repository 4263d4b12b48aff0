import { describe, expect, test } from 'vitest';
import { groupSourcesByMonth } from '../../../src/lib/lists/sources.ts';
import { sourceHeadline, sourcePageTitle } from '../../../src/lib/render/titles.ts';
import { archiveOf, source } from './build.ts';

describe('groupSourcesByMonth', () => {
  test('groups by month, oldest first, each month in date order, unknown dates last', () => {
    const groups = groupSourcesByMonth([
      source('late', { published: '2022-07-06' }),
      source('undated-b', { title: 'B' }),
      source('mid', { published: '2022-06-20' }),
      source('early', { published: '2022-06-18' }),
      source('undated-a', { title: 'A' }),
      source('next-year', { published: '2023-01-24' }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['2022-06', '2022-07', '2023-01', 'unknown']);
    expect(groups.map((g) => g.label)).toEqual([
      'June 2022',
      'July 2022',
      'January 2023',
      'Date unknown',
    ]);
    expect(groups[0]?.sources.map((s) => s.id)).toEqual(['early', 'mid']);
    expect(groups[3]?.sources.map((s) => s.id)).toEqual(['undated-a', 'undated-b']);
    expect(groups[3]?.anchor).toBe('date-unknown');
    expect(groups[0]?.anchor).toBe('m-2022-06');
  });

  test('an archive with no undated sources has no unknown group, and an empty one no groups', () => {
    expect(
      groupSourcesByMonth([source('a', { published: '2022-06-18' })]).map((g) => g.key),
    ).toEqual(['2022-06']);
    expect(groupSourcesByMonth([])).toEqual([]);
  });

  test('does not reorder the list it is given', () => {
    const list = [
      source('b', { published: '2022-07-01' }),
      source('a', { published: '2022-06-01' }),
    ];
    groupSourcesByMonth(list);
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('sourcePageTitle', () => {
  test('names a source with an unknown headline by its outlet, never inventing one', () => {
    const archive = archiveOf({
      sources: [
        source('a', { title: 'unknown', outlet: 'verge' }),
        source('b', { title: 'A headline' }),
      ],
      outlets: [
        {
          id: 'verge',
          name: 'The Verge',
          description: 'd',
          location: { file: 'x', line: 1, column: 1 },
        },
      ],
    });
    expect(sourcePageTitle(archive, 'a')).toBe('Untitled page from The Verge');
    expect(sourcePageTitle(archive, 'b')).toBe('A headline');
  });
});

describe('sourceHeadline', () => {
  test('names a source with an unknown headline by its outlet name', () => {
    expect(sourceHeadline({ title: 'unknown' }, 'The Verge')).toBe('Untitled page from The Verge');
    expect(sourceHeadline({ title: 'A headline' }, 'The Verge')).toBe('A headline');
  });
});
