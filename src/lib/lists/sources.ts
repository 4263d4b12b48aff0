/**
 * The source archive as a list: sources by publication date, grouped by month,
 * with the sources whose date is unknown gathered in their own group at the end.
 */
import type { Archive, Source } from '../archive/model.ts';
import { sourceTitles } from '../render/titles.ts';
import { monthAnchor, monthKey, monthLabel } from './dates.ts';

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
 * A source's title as every page shows it (src/lib/render/titles.ts): its
 * headline, "Untitled page from <outlet>" when the headline is unknown, made
 * unique when two sources share one. Computed once per archive.
 */
export function titleOf(archive: Archive, sourceId: string): string {
  const outletName = (id: string) => archive.outlet.get(id)?.name ?? id;
  return sourceTitles(archive.sources, outletName).get(sourceId) ?? sourceId;
}

/**
 * A source's headline, or "Untitled page from <outlet>" when it is `unknown`;
 * never invented. Unlike {@link titleOf} it does not tell apart two sources
 * that share a headline.
 */
export function sourceTitle(source: Pick<Source, 'title'>, outletName: string): string {
  return source.title === 'unknown' ? `Untitled page from ${outletName}` : source.title;
}
