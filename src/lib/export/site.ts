/**
 * The one place that knows the site's public address. Every absolute URL in
 * the exports, feeds and structured data is built by `absolute()` from the
 * configured site URL (`SOURCEBOOK_SITE`, see astro.config.mjs) and a path
 * from src/lib/urls.ts, so none is ever hard-coded.
 */

/** The site as the exports describe it. */
export interface SiteInfo {
  /** The configured site URL, e.g. `https://sourcebook.example/`. */
  url: string;
  /** The site's name. */
  name: string;
  /** One sentence saying what the site is. */
  description: string;
}

/** The site's name, used in titles, feeds, citations and structured data. */
export const SITE_NAME = 'Sourcebook';

/** What the site is, in one sentence. */
export const SITE_DESCRIPTION =
  'An annotated, verifiable archive of the 2022 reporting that ByteDance staff in China accessed US TikTok user data, with analysis, a quote index and a claim ledger.';

/** The site's description for exports, from the configured site URL (Astro's `site`). */
export function siteInfo(site: URL | string | undefined): SiteInfo {
  if (site === undefined) {
    throw new Error('The site URL is not configured: set `site` in astro.config.mjs.');
  }
  return { url: new URL('/', site).href, name: SITE_NAME, description: SITE_DESCRIPTION };
}

/** The absolute URL of a site-relative path. */
export function absolute(site: SiteInfo, path: string): string {
  return new URL(path, site.url).href;
}

/** A calendar day (YYYY-MM-DD) as an xsd:dateTime at midnight UTC, e.g. `2022-06-17T00:00:00Z`. */
export function dayToDateTime(day: string): string {
  return `${day}T00:00:00Z`;
}

/** `unknown` (the content's word for a fact nobody could confirm) as undefined. */
export function known<T extends string>(value: T | 'unknown'): Exclude<T, 'unknown'> | undefined {
  return value === 'unknown' ? undefined : (value as Exclude<T, 'unknown'>);
}
