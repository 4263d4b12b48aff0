/**
 * The one place that knows the site's public address and where each kind of
 * page and export lives. Every absolute URL in the exports, feeds and
 * structured data is built here from the configured site URL
 * (`SOURCEBOOK_SITE`, see astro.config.mjs), so none is ever hard-coded.
 */
import { contentRoot } from '../archive/paths.ts';
import { siteIdentity } from '../archive/site-file.ts';
import type { SiteData } from '../../schemas/index.ts';
import { CORRECTIONS_ANCHOR, correctionAnchor } from '../lists/corrections.ts';

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

/** Site-relative paths of every page and export that the exports link to. */
export const paths = {
  home: (): string => '/',
  sources: (): string => '/sources/',
  source: (id: string): string => `/sources/${id}/`,
  /** The anchor of an annotated passage on its source page. */
  passage: (source: string, annotation: string): string => `/sources/${source}/#a-${annotation}`,
  sourceAnnotations: (id: string): string => `/sources/${id}/annotations.jsonld`,
  sourceCsl: (id: string): string => `/sources/${id}/source.csl.json`,
  quotes: (): string => '/quotes/',
  quote: (id: string): string => `/quotes/${id}/`,
  claims: (): string => '/claims/',
  claim: (id: string): string => `/claims/${id}/`,
  people: (): string => '/people/',
  person: (id: string): string => `/people/${id}/`,
  outlets: (): string => '/outlets/',
  outlet: (id: string): string => `/outlets/${id}/`,
  analysis: (): string => '/analysis/',
  article: (id: string): string => `/analysis/${id}/`,
  /** An article's corrections, at its foot; with `index` (from 0, as written), that one correction. */
  articleCorrections: (id: string, index?: number): string =>
    `/analysis/${id}/#${index === undefined ? CORRECTIONS_ANCHOR : correctionAnchor(index)}`,
  corrections: (): string => '/corrections/',
  timeline: (): string => '/timeline/',
  /** An event's entry on the timeline. */
  event: (id: string): string => `/timeline/#e-${id}`,
  search: (): string => '/search/',
  data: (): string => '/data/',
  annotations: (): string => '/annotations.jsonld',
  annotationPage: (page: number): string => `/annotations/${page}.jsonld`,
  api: (name: string): string => `/api/${name}.json`,
  apiSchema: (name: string): string => `/api/schemas/${name}.json`,
  feed: (name: 'analysis' | 'sources'): string => `/rss/${name}.xml`,
  sitemap: (): string => '/sitemap-index.xml',
} as const;

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
