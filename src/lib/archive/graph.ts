/** The archive graph's look-ups and orderings, shared by the checker and the tests. */
import type { Archive, Source } from './model.ts';
import { DEFAULT_SITE } from './site-file.ts';

/** Builds the look-up maps of an archive. */
export function indexArchive(
  parts: Pick<
    Archive,
    'sources' | 'quotes' | 'claims' | 'people' | 'outlets' | 'events' | 'articles'
  > &
    Partial<Pick<Archive, 'stories' | 'site'>>,
): Archive {
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const stories = parts.stories ?? [];
  return {
    ...parts,
    site: parts.site ?? DEFAULT_SITE,
    stories,
    story: byId(stories),
    source: byId(parts.sources),
    quote: byId(parts.quotes),
    claim: byId(parts.claims),
    person: byId(parts.people),
    outlet: byId(parts.outlets),
    article: byId(parts.articles),
    citedIn: new Map(),
  };
}

/** Orders sources by publication date, unknown dates last, then by id. */
export function compareSources(a: Source | undefined, b: Source | undefined): number {
  if (!a || !b) return 0;
  const da = a.published === 'unknown' ? '9999' : a.published;
  const db = b.published === 'unknown' ? '9999' : b.published;
  return da.localeCompare(db) || a.id.localeCompare(b.id);
}
