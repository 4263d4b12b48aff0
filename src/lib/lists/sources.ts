/**
 * The source archive as a list: sources by publication date, grouped by month,
 * with the sources whose date is unknown gathered in their own group at the end.
 */
import type { Archive, Source } from '../archive/model.ts';
import { monthAnchor, monthKey, monthLabel } from './dates.ts';
import { itemRange, listPages, paginateGroups, type ListPage } from './paginate.ts';
import { urls } from '../urls.ts';

/** A group of sources under one heading. */
export interface SourceGroup {
  /** `YYYY-MM`, or `unknown` for the sources with no known date. */
  key: string;
  /** The heading: `June 2022`, or `Date unknown`. */
  label: string;
  /** The heading's id, for the month navigation. */
  anchor: string;
  sources: Source[];
}

/** Orders by publication date, then title, then id; unknown dates last. */
export function compareByDate(a: Source, b: Source): number {
  const da = a.published === 'unknown' ? '\uffff' : a.published;
  const db = b.published === 'unknown' ? '\uffff' : b.published;
  return da.localeCompare(db) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/**
 * Groups sources by the month they were published, oldest month first, each
 * group in date order; sources with an unknown date form a last group keyed
 * `unknown`, in title order (they have no date to sort by).
 */
export function groupSourcesByMonth(sources: readonly Source[]): SourceGroup[] {
  const groups = new Map<string, Source[]>();
  const unknown: Source[] = [];
  for (const source of [...sources].sort(compareByDate)) {
    const key = monthKey(source.published);
    if (!key) {
      unknown.push(source);
      continue;
    }
    const list = groups.get(key);
    if (list) list.push(source);
    else groups.set(key, [source]);
  }
  const result: SourceGroup[] = [...groups].map(([key, list]) => ({
    key,
    label: monthLabel(key),
    anchor: monthAnchor(key),
    sources: list,
  }));
  if (unknown.length > 0) {
    result.push({
      key: 'unknown',
      label: 'Date unknown',
      anchor: 'date-unknown',
      sources: unknown,
    });
  }
  return result;
}

/**
 * The source archive cut into pages of `perPage` sources
 * (src/lib/lists/paginate.ts): by month, oldest first, undated last. Worked
 * out once per archive and page size, since every page of the list needs it.
 */
export function sourceArchivePages(archive: Archive, perPage: number): ListPage<Source>[] {
  return listPages(archive.sources, perPage, urls.sources(), () =>
    paginateGroups(
      groupSourcesByMonth(archive.sources).map((g) => ({ ...g, items: g.sources })),
      perPage,
      urls.sources(),
    ),
  );
}

/**
 * What one page of the source archive covers, in words: "sources 201–400,
 * June 2022 to August 2022", "source 5, undated", "sources 3–4, July 2022
 * and undated". `first` is the number of the page's first source in the archive.
 */
export function sourcePageSpan(page: ListPage<Source>, first: number): string {
  const which = itemRange(first, page.count, 'source');
  const months = page.groups.filter((g) => g.key !== 'unknown').map((g) => g.label);
  const dated = [...new Set([months[0], months[months.length - 1]])].filter(Boolean).join(' to ');
  const undated = page.groups.some((g) => g.key === 'unknown');
  const when = [dated, undated ? 'undated' : ''].filter(Boolean).join(' and ');
  return when ? `${which}, ${when}` : which;
}
