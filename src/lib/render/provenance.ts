/**
 * Links a reader can follow beyond this site to check a source's provenance:
 * look-ups of third-party web archives for the source's original address.
 * A look-up is a search, not a capture: it may find many copies or none. A
 * capture the editors have confirmed is the source's `archive:` address.
 *
 * Memento TimeTravel (timetravel.mementoweb.org), which searched many
 * archives at once, was taken down with mementoweb.org at the end of 2025, so
 * the look-ups are the Internet Archive's Wayback Machine's.
 */

/** One look-up link: where it goes and what it finds, in words. */
export interface ArchiveLookup {
  /** The look-up's address. */
  href: string;
  /** Link text, e.g. "every capture". */
  label: string;
}

/** The address as a look-up needs it: without its #fragment, which no archive keeps, and with `*` escaped. */
function lookupTarget(url: string): string {
  const hash = url.indexOf('#');
  return (hash < 0 ? url : url.slice(0, hash)).replaceAll('*', '%2A');
}

/** The Wayback Machine's list of every capture of `url` (its calendar view). */
export function waybackLookupUrl(url: string): string {
  return `https://web.archive.org/web/*/${lookupTarget(url)}`;
}

/**
 * The Wayback Machine's capture of `url` nearest to `day` (YYYY-MM-DD): the
 * archive redirects to the closest one it has, whatever its date, or says it
 * has none.
 */
export function waybackNearestUrl(url: string, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  return `https://web.archive.org/web/${day.replaceAll('-', '')}/${lookupTarget(url)}`;
}

/**
 * The look-ups for a source's original address: every capture, then the
 * capture nearest to its publication day (or, when that is unknown, to the day
 * it was captured here). None when the address is unknown.
 */
export function archiveLookups(source: {
  url: string;
  published: string;
  captured: string;
}): ArchiveLookup[] {
  if (source.url === 'unknown') return [];
  const near = source.published === 'unknown' ? source.captured : source.published;
  const what = source.published === 'unknown' ? 'our capture' : 'its publication';
  return [
    { href: waybackLookupUrl(source.url), label: 'every capture' },
    { href: waybackNearestUrl(source.url, near), label: `the capture nearest ${what}` },
  ];
}
