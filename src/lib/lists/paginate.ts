/**
 * Long lists split into pages. A list of groups (sources by month) is cut
 * into pages of at most `perPage` items, in order; a group cut in two goes on
 * under its own heading, marked as continued, on the next page. The first page
 * lives at the list's own address, the others at `<list>page/<n>/`, so a small
 * archive keeps one page at the address it always had.
 */
import { urls } from '../urls.ts';

/** A group of items under one heading, as the list pages group them. */
export interface ItemGroup<T> {
  key: string;
  label: string;
  /** The heading's id on the page. */
  anchor: string;
  items: readonly T[];
}

/** A group's part that falls on one page. */
export interface PageGroup<T> extends ItemGroup<T> {
  /** True when the group began on an earlier page. */
  continued: boolean;
}

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has. */
  of: number;
  /** The page's address: the list's own for page 1, `<list>page/<n>/` for the others. */
  href: string;
  groups: PageGroup<T>[];
  /** Items on this page. */
  count: number;
}

/** Items on one page of a long list (sources, quotes, analysis), unless SOURCEBOOK_LIST_PAGE_SIZE says otherwise. */
export const DEFAULT_LIST_PAGE_SIZE = 200;

/**
 * The number of items per page of the long lists (`/sources/`, `/quotes/`, `/analysis/`): SOURCEBOOK_LIST_PAGE_SIZE
 * when it is a whole number of at least 1, otherwise
 * {@link DEFAULT_LIST_PAGE_SIZE}. Throws on a value that is set but not
 * such a number, rather than quietly using another.
 */
export function listPageSize(env: Record<string, string | undefined> = process.env): number {
  const raw = env['SOURCEBOOK_LIST_PAGE_SIZE'];
  if (raw === undefined || raw.trim() === '') return DEFAULT_LIST_PAGE_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `SOURCEBOOK_LIST_PAGE_SIZE is "${raw}", not a whole number of at least 1\n` +
        `  fix: set it to the number of items per page of /sources/, /quotes/ and /analysis/ (for example 200), or unset it`,
    );
  }
  return n;
}

/**
 * Cuts `groups` into pages of at most `perPage` items, keeping their order.
 * An empty list gives one empty page, so the list's address always exists.
 */
export function paginateGroups<T>(
  groups: readonly ItemGroup<T>[],
  perPage: number,
  base: string,
): ListPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`perPage must be a whole number of at least 1, not ${perPage}`);
  }
  const pages: { groups: PageGroup<T>[]; count: number }[] = [{ groups: [], count: 0 }];
  for (const group of groups) {
    let from = 0;
    while (from < group.items.length) {
      let page = pages[pages.length - 1]!;
      if (page.count === perPage) {
        page = { groups: [], count: 0 };
        pages.push(page);
      }
      const take = Math.min(perPage - page.count, group.items.length - from);
      page.groups.push({
        key: group.key,
        label: group.label,
        anchor: group.anchor,
        items: group.items.slice(from, from + take),
        continued: from > 0,
      });
      page.count += take;
      from += take;
    }
  }
  return pages.map((page, i) => ({
    number: i + 1,
    of: pages.length,
    href: urls.listPage(base, i + 1),
    groups: page.groups,
    count: page.count,
  }));
}

/** Where a group begins: the page that holds its first items, and its heading's id there. */
export interface GroupStart {
  page: number;
  anchor: string;
}

/**
 * Where each group begins, by group key, for a navigation that spans every
 * page (see {@link groupLink}).
 */
export function groupStarts<T>(pages: readonly ListPage<T>[]): Map<string, GroupStart> {
  const starts = new Map<string, GroupStart>();
  for (const page of pages) {
    for (const group of page.groups) {
      if (!group.continued) starts.set(group.key, { page: page.number, anchor: group.anchor });
    }
  }
  return starts;
}

/**
 * A link from page `from` of the list at `base` to where a group begins:
 * `#<anchor>` on the same page, `<page address>#<anchor>` on another.
 */
export function groupLink(base: string, from: number, start: GroupStart): string {
  return start.page === from
    ? `#${start.anchor}`
    : `${urls.listPage(base, start.page)}#${start.anchor}`;
}

/**
 * The page numbers a pager shows around the current page: the first and last,
 * and up to `around` on each side of the current one; `null` marks a gap.
 */
export function pagerNumbers(current: number, of: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= of; n++) {
    if (n === 1 || n === of || Math.abs(n - current) <= around) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}

/**
 * Which items a page holds, in words: `source 5`, `sources 4,801–5,000`.
 * `first` counts from 1 across the whole list.
 */
export function itemRange(
  first: number,
  count: number,
  singular: string,
  pluralForm = `${singular}s`,
): string {
  const n = (x: number) => x.toLocaleString('en-US');
  return count === 1
    ? `${singular} ${n(first)}`
    : `${pluralForm} ${n(first)}–${n(first + count - 1)}`;
}

/**
 * The static paths of a paged list's further pages (`<list>page/2/` on), for
 * the `getStaticPaths` of its `page/[page].astro` route; page 1 is the list's
 * own `index.astro`.
 */
export function laterPagePaths<T>(
  pages: readonly ListPage<T>[],
): { params: { page: string }; props: { number: number } }[] {
  return pages
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { number: page.number } }));
}

const pagesCache = new WeakMap<readonly unknown[], Map<string, ListPage<unknown>[]>>();

/**
 * The pages of the list `list` at `base`, `perPage` to a page, cut by `make`
 * once per list, address and page size: every page of a list needs them all.
 */
export function listPages<T>(
  list: readonly unknown[],
  perPage: number,
  base: string,
  make: () => ListPage<T>[],
): ListPage<T>[] {
  let byKey = pagesCache.get(list);
  if (!byKey) pagesCache.set(list, (byKey = new Map()));
  const key = `${base} ${perPage}`;
  let pages = byKey.get(key) as ListPage<T>[] | undefined;
  if (!pages) {
    pages = make();
    byKey.set(key, pages as ListPage<unknown>[]);
  }
  return pages;
}

/**
 * A flat list (no headings) in the order `order` gives, cut into pages of
 * `perPage` at `base` (`/quotes/`, then `/quotes/page/2/` on), once per list,
 * address and page size.
 */
export function flatListPages<T>(
  list: readonly T[],
  perPage: number,
  base: string,
  order: (list: readonly T[]) => T[],
): ListPage<T>[] {
  return listPages(list, perPage, base, () =>
    paginateGroups([{ key: 'all', label: '', anchor: '', items: order(list) }], perPage, base),
  );
}

/** Page `number` (from 1) of a paged list; throws, naming `list`, for a page it does not have. */
export function pageNumbered<T>(
  pages: readonly ListPage<T>[],
  number: number,
  list: string,
): ListPage<T> {
  const page = pages[number - 1];
  if (!page) throw new Error(`${list} has no page ${number}`);
  return page;
}

/** The number, counting from 1 across the whole list, of the first item on page `number`. */
export function pageStart<T>(pages: readonly ListPage<T>[], number: number): number {
  return pages.slice(0, number - 1).reduce((n, p) => n + p.count, 0) + 1;
}

/**
 * How a page of a paged list names itself: its title ("Quotes, page 2 of
 * 10" after the first), its breadcrumb trail after Home, and the "where" line
 * its header shows when the list has several pages (`range` says which items,
 * see {@link itemRange}).
 */
export function pageFraming<T>(
  page: ListPage<T>,
  list: { title: string; section: string; base: string },
  range: string,
): { title: string; crumbs: { label: string; href?: string }[]; where: string | undefined } {
  const later = page.number > 1;
  const counted = `page ${page.number} of ${page.of}`;
  return {
    title: later ? `${list.title}, ${counted}` : list.title,
    crumbs: later
      ? [{ label: list.section, href: list.base }, { label: `Page ${page.number} of ${page.of}` }]
      : [{ label: list.section }],
    where: page.of > 1 ? `${counted}: ${range}` : undefined,
  };
}
