/**
 * The one place that knows the site's public address. Every absolute URL in
 * the exports, feeds and structured data is built by `absolute()` from the
 * configured site URL (`SOURCEBOOK_SITE`, see astro.config.mjs) and a path
 * from src/lib/urls.ts, so none is ever hard-coded.
 */
import { contentRoot } from '../archive/paths.ts';
import { siteIdentity } from '../archive/site-file.ts';
import type { SiteData } from '../../schemas/index.ts';

/** The site as the exports describe it. */
export interface SiteInfo {
  /** The configured site URL, e.g. `https://sourcebook.example/`. */
  url: string;
  /** The site's name. */
  name: string;
  /** One sentence saying what the site is. */
  description: string;
  /** A few words under the name. */
  tagline: string;
  /** Who publishes the site. */
  publisher: SiteData['publisher'];
  /** The pages' default language, a BCP 47 tag. */
  language: string;
}

/**
 * The site's description for exports: the configured site URL (Astro's
 * `site`) and the identity in content/site.yaml (../archive/site-file.ts).
 */
export function siteInfo(
  site: URL | string | undefined,
  identity: SiteData = siteIdentity(contentRoot()),
): SiteInfo {
  if (site === undefined) {
    throw new Error('The site URL is not configured: set `site` in astro.config.mjs.');
  }
  const { name, description, tagline, publisher, language } = identity;
  return { url: new URL('/', site).href, name, description, tagline, publisher, language };
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
