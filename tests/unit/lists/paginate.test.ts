import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LIST_PAGE_SIZE,
  flatListPages,
  groupLink,
  groupStarts,
  itemRange,
  laterPagePaths,
  pageFraming,
  pageNumbered,
  pageStart,
  pagerNumbers,
  paginateGroups,
  listPageSize,
} from '../../../src/lib/lists/paginate.ts';
import { sourcePageSpan } from '../../../src/lib/lists/sources.ts';
import { source } from './build.ts';

const group = (key: string, items: string[]) => ({
  key,
  label: `Label ${key}`,
  anchor: `m-${key}`,
  items,
});

describe('paginateGroups', () => {
  test('a list that fits keeps one page at the list’s own address', () => {
    const pages = paginateGroups([group('a', ['1', '2']), group('b', ['3'])], 3, '/sources/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, of: 1, href: '/sources/', count: 3 });
    expect(pages[0]?.groups.map((g) => [g.key, g.items, g.continued])).toEqual([
      ['a', ['1', '2'], false],
      ['b', ['3'], false],
    ]);
  });

  test('cuts in order, and a group cut in two goes on, marked continued, on the next page', () => {
    const pages = paginateGroups(
      [group('a', ['1', '2', '3']), group('b', ['4', '5', '6', '7', '8'])],
      3,
      '/sources/',
    );
    expect(pages.map((p) => p.href)).toEqual(['/sources/', '/sources/page/2/', '/sources/page/3/']);
    expect(pages.map((p) => p.of)).toEqual([3, 3, 3]);
    expect(pages.map((p) => p.count)).toEqual([3, 3, 2]);
    expect(pages[1]?.groups.map((g) => [g.key, g.items, g.continued])).toEqual([
      ['b', ['4', '5', '6'], false],
    ]);
    expect(pages[2]?.groups.map((g) => [g.key, g.items, g.continued])).toEqual([
      ['b', ['7', '8'], true],
    ]);
    // Every item exactly once, in order.
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
  });

  test('a group longer than several pages spans them all', () => {
    const items = Array.from({ length: 7 }, (_, i) => String(i));
    const pages = paginateGroups([group('a', items)], 2, '/x/');
    expect(pages.map((p) => p.groups[0]?.items.length)).toEqual([2, 2, 2, 1]);
    expect(pages.map((p) => p.groups[0]?.continued)).toEqual([false, true, true, true]);
  });

  test('an empty list still has its first page, and a bad page size is refused', () => {
    expect(paginateGroups([], 5, '/sources/')).toEqual([
      { number: 1, of: 1, href: '/sources/', groups: [], count: 0 },
    ]);
    expect(() => paginateGroups([group('a', ['1'])], 0, '/sources/')).toThrow(/at least 1/);
    expect(() => paginateGroups([group('a', ['1'])], 1.5, '/sources/')).toThrow(/at least 1/);
  });
});

test('groupStarts and groupLink point each group at the page and heading where it begins', () => {
  const pages = paginateGroups(
    [group('a', ['1', '2', '3']), group('b', ['4', '5']), group('c', ['6'])],
    2,
    '/sources/',
  );
  const starts = groupStarts(pages);
  expect(Object.fromEntries(starts)).toEqual({
    a: { page: 1, anchor: 'm-a' },
    b: { page: 2, anchor: 'm-b' },
    c: { page: 3, anchor: 'm-c' },
  });
  // From its own page a heading is an in-page link; from another, the page's address with it.
  expect(groupLink('/sources/', 2, starts.get('b')!)).toBe('#m-b');
  expect(groupLink('/sources/', 2, starts.get('a')!)).toBe('/sources/#m-a');
  expect(groupLink('/sources/', 1, starts.get('c')!)).toBe('/sources/page/3/#m-c');
});

test('pagerNumbers shows the ends and the neighbourhood of the current page, with gaps', () => {
  expect(pagerNumbers(1, 1)).toEqual([1]);
  expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  expect(pagerNumbers(1, 50)).toEqual([1, 2, 3, null, 50]);
  expect(pagerNumbers(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
  expect(pagerNumbers(50, 50)).toEqual([1, null, 48, 49, 50]);
});

describe('listPageSize', () => {
  test('defaults when unset or empty, and reads a whole number', () => {
    expect(listPageSize({})).toBe(DEFAULT_LIST_PAGE_SIZE);
    expect(listPageSize({ SOURCEBOOK_LIST_PAGE_SIZE: ' ' })).toBe(DEFAULT_LIST_PAGE_SIZE);
    expect(listPageSize({ SOURCEBOOK_LIST_PAGE_SIZE: '50' })).toBe(50);
  });

  test('refuses anything else with a message that names the setting and the fix', () => {
    for (const raw of ['0', '-3', '2.5', 'many']) {
      expect(() => listPageSize({ SOURCEBOOK_LIST_PAGE_SIZE: raw })).toThrow(
        /SOURCEBOOK_LIST_PAGE_SIZE is "[^"]+", not a whole number[\s\S]*fix:/,
      );
    }
  });
});

test('sourcePageSpan says which sources and months a page covers', () => {
  const g = (key: string, n: number) => ({
    key,
    label: key === 'unknown' ? 'Date unknown' : `Month ${key}`,
    anchor: key,
    items: Array.from({ length: n }, (_, i) => source(`${key}-${i}`)),
  });
  const pages = paginateGroups([g('2022-06', 3), g('2022-07', 2), g('unknown', 2)], 3, '/sources/');
  expect(sourcePageSpan(pages[0]!, 1)).toBe('sources 1–3, Month 2022-06');
  expect(sourcePageSpan(pages[1]!, 4)).toBe('sources 4–6, Month 2022-07 and undated');
  expect(sourcePageSpan(pages[2]!, 7)).toBe('source 7, undated');
  const wide = paginateGroups([g('2022-06', 1), g('2022-07', 1), g('2022-09', 1)], 3, '/s/');
  expect(sourcePageSpan(wide[0]!, 1)).toBe('sources 1–3, Month 2022-06 to Month 2022-09');
});

test('itemRange names one item or a range, with thousands separators', () => {
  expect(itemRange(5, 1, 'source')).toBe('source 5');
  expect(itemRange(4801, 200, 'source')).toBe('sources 4,801–5,000');
  expect(itemRange(3, 2, 'quote')).toBe('quotes 3–4');
});

test('laterPagePaths gives the routes of pages 2 onwards with their numbers', () => {
  const pages = paginateGroups([group('a', ['1', '2', '3'])], 1, '/quotes/');
  expect(laterPagePaths(pages)).toEqual([
    { params: { page: '2' }, props: { number: 2 } },
    { params: { page: '3' }, props: { number: 3 } },
  ]);
  expect(laterPagePaths(paginateGroups([], 5, '/quotes/'))).toEqual([]);
});

test('flatListPages orders, cuts and remembers a flat list per address and page size', () => {
  const list = ['c', 'a', 'b'];
  const order = (items: readonly string[]) => [...items].sort();
  const pages = flatListPages(list, 2, '/analysis/', order);
  expect(pages.map((p) => [p.href, p.groups.flatMap((g) => g.items)])).toEqual([
    ['/analysis/', ['a', 'b']],
    ['/analysis/page/2/', ['c']],
  ]);
  expect(flatListPages(list, 2, '/analysis/', order)).toBe(pages);
  expect(flatListPages(list, 3, '/analysis/', order)).toHaveLength(1);
  expect(flatListPages(list, 2, '/other/', order)[0]?.href).toBe('/other/');
});

test('pageNumbered finds a page by its number, and names the list for one it lacks', () => {
  const pages = paginateGroups([group('a', ['1', '2', '3'])], 2, '/s/');
  expect(pageNumbered(pages, 2, 'the test list')).toBe(pages[1]);
  expect(() => pageNumbered(pages, 3, 'the test list')).toThrow('the test list has no page 3');
});

test('pageStart counts a page’s first item across the whole list', () => {
  const pages = paginateGroups([group('a', ['1', '2', '3']), group('b', ['4', '5'])], 2, '/s/');
  expect(pages.map((p) => pageStart(pages, p.number))).toEqual([1, 3, 5]);
});

test('pageFraming titles a later page by its number, and says where a page is only when there are several', () => {
  const list = { title: 'Source archive', section: 'Sources', base: '/sources/' };
  const pages = paginateGroups([group('a', ['1', '2', '3'])], 2, '/sources/');
  expect(pageFraming(pages[0]!, list, 'sources 1–2')).toEqual({
    title: 'Source archive',
    crumbs: [{ label: 'Sources' }],
    where: 'page 1 of 2: sources 1–2',
  });
  expect(pageFraming(pages[1]!, list, 'source 3')).toEqual({
    title: 'Source archive, page 2 of 2',
    crumbs: [{ label: 'Sources', href: '/sources/' }, { label: 'Page 2 of 2' }],
    where: 'page 2 of 2: source 3',
  });
  const single = paginateGroups([group('a', ['1'])], 2, '/sources/');
  expect(pageFraming(single[0]!, list, 'source 1').where).toBeUndefined();
});
