/**
 * How pages and exports name what the archive holds: an outlet or a person by
 * its name (or its id when the record is missing), a source by its page title
 * (unique even when headlines are not) or by its headline (for citations and
 * structured data, which describe the page itself).
 */
import type { Archive, Source } from '../archive/model.ts';

/** An outlet's name, or its id when the archive has no such outlet. */
export function outletName(archive: Pick<Archive, 'outlet'>, outletId: string): string {
  return archive.outlet.get(outletId)?.name ?? outletId;
}

/** A person's name, or their id when the archive has no such person. */
export function personName(archive: Pick<Archive, 'person'>, personId: string): string {
  return archive.person.get(personId)?.name ?? personId;
}

/** What a title needs of a source. */
export interface TitledSource {
  id: string;
  title: string;
  outlet: string;
  published: string;
}

const memo = new WeakMap<readonly TitledSource[], Map<string, string>>();

/**
 * A title for every source: its headline, or "Untitled page from <outlet>"
 * when the headline is `unknown`; a title shared by several sources gets the
 * outlet's name, then the publication date, then the id added until it is
 * unique. Computed once per list of sources.
 *
 * @param outletName the display name of an outlet id.
 */
export function sourceTitles(
  sources: readonly TitledSource[],
  outletName: (outletId: string) => string,
): Map<string, string> {
  const cached = memo.get(sources);
  if (cached) return cached;
  const base = (s: TitledSource): string =>
    s.title === 'unknown' ? `Untitled page from ${outletName(s.outlet)}` : s.title;
  const steps: ((s: TitledSource, t: string) => string)[] = [
    (s) => base(s),
    (s, t) => (s.title === 'unknown' ? t : `${t} (${outletName(s.outlet)})`),
    (s, t) =>
      s.published === 'unknown'
        ? t
        : t.endsWith(')')
          ? `${t.slice(0, -1)}, ${s.published})`
          : `${t} (${s.published})`,
    (s, t) => `${t} [${s.id}]`,
  ];
  let titles = new Map(sources.map((s) => [s.id, base(s)]));
  for (const step of steps.slice(1)) {
    const counts = new Map<string, number>();
    for (const t of titles.values()) counts.set(t, (counts.get(t) ?? 0) + 1);
    if ([...counts.values()].every((n) => n === 1)) break;
    titles = new Map(
      sources.map((s) => {
        const t = titles.get(s.id) as string;
        return [s.id, (counts.get(t) ?? 0) > 1 ? step(s, t) : t];
      }),
    );
  }
  memo.set(sources, titles);
  return titles;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an
 * ellipsis when cut: for breadcrumbs and other places with little room.
 */
export function shorten(text: string, max: number = 48): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Every source's page title in the archive ({@link sourceTitles}), by source id. */
export function sourcePageTitles(
  archive: Pick<Archive, 'sources' | 'outlet'>,
): Map<string, string> {
  return sourceTitles(archive.sources, (id) => outletName(archive, id));
}

/**
 * A source's title as every page shows it: its headline, "Untitled page from
 * <outlet>" when the headline is unknown, made unique when two sources share
 * one. Computed once per archive.
 */
export function sourcePageTitle(
  archive: Pick<Archive, 'sources' | 'outlet'>,
  sourceId: string,
): string {
  return sourcePageTitles(archive).get(sourceId) ?? sourceId;
}

/**
 * A source's headline, or "Untitled page from <outlet>" when it is `unknown`;
 * never invented. Unlike {@link sourcePageTitle} it does not tell apart two
 * sources that share a headline: citations, feeds and structured data name
 * the page by its own headline.
 */
export function sourceHeadline(source: Pick<Source, 'title'>, outletName: string): string {
  return source.title === 'unknown' ? `Untitled page from ${outletName}` : source.title;
}

/** {@link sourceHeadline} with the outlet's name looked up in the archive. */
export function sourceHeadlineOf(archive: Pick<Archive, 'outlet'>, source: Source): string {
  return sourceHeadline(source, outletName(archive, source.outlet));
}
