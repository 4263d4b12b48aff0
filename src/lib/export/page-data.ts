/**
 * Which structured data each page carries, decided from its path: the home
 * page describes the WebSite; a list page is a CollectionPage; an entity page
 * (a source, quote, claim, person, outlet or article) describes its entity;
 * every inner page also has a BreadcrumbList. The layout calls this once per
 * page, so no page has to remember it; a page can still pass its own.
 */
import type { Archive } from '../archive/model.ts';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  claimJsonLd,
  collectionPageJsonLd,
  outletJsonLd,
  personJsonLd,
  quoteJsonLd,
  sourceJsonLd,
  webPageJsonLd,
  websiteJsonLd,
  type JsonLd,
  type TrailStep,
} from './schema-org.ts';
import type { SiteInfo } from './site.ts';

/** The top-level sections and their labels in breadcrumb trails. */
export const SECTION_LABELS: Readonly<Record<string, string>> = {
  sources: 'Sources',
  quotes: 'Quotes',
  claims: 'Claims',
  people: 'People',
  outlets: 'Outlets',
  analysis: 'Analysis',
  timeline: 'Timeline',
  search: 'Search',
  data: 'Open data',
  corrections: 'Corrections',
  stories: 'Stories',
};

/** What a page says about itself. */
export interface PageInfo {
  /** The page's own title (without the site name). */
  title: string;
  description: string;
}

/** The Open Graph type of a page: `article` for sources and analysis, else `website`. */
export function openGraphType(pathname: string): 'article' | 'website' {
  return /^\/(analysis|sources)\/[^/]+\/$/.test(pathname) ? 'article' : 'website';
}

/** The breadcrumb trail of a path, after Home: the section, then the page itself. */
export function trailFor(pathname: string, title: string): TrailStep[] {
  const segments = pathname.split('/').filter(Boolean);
  const [section] = segments;
  if (section === undefined) return [];
  const label = SECTION_LABELS[section] ?? title;
  if (segments.length === 1) return [{ label }];
  return [{ label, href: `/${section}/` }, { label: title }];
}

/** The main entity of a page, when its path names one in the archive. */
function entityFor(
  site: SiteInfo,
  archive: Archive,
  section: string,
  id: string,
): JsonLd | undefined {
  switch (section) {
    case 'sources': {
      const source = archive.source.get(id);
      return source && sourceJsonLd(site, archive, source);
    }
    case 'quotes': {
      const quote = archive.quote.get(id);
      return quote && quoteJsonLd(site, archive, quote);
    }
    case 'claims': {
      const claim = archive.claim.get(id);
      return claim && claimJsonLd(site, archive, claim);
    }
    case 'people': {
      const person = archive.person.get(id);
      return person && personJsonLd(site, person);
    }
    case 'outlets': {
      const outlet = archive.outlet.get(id);
      return outlet && outletJsonLd(site, outlet);
    }
    case 'analysis': {
      const article = archive.article.get(id);
      return article && articleJsonLd(site, archive, article);
    }
    default:
      return undefined;
  }
}

/**
 * The structured data of the page at `pathname`: its main entity (or
 * `main`, when the page supplies its own) and, on inner pages, its breadcrumb
 * trail (or the page's own `trail`).
 */
export function pageStructuredData(
  site: SiteInfo,
  archive: Archive,
  pathname: string,
  page: PageInfo,
  own: { main?: readonly JsonLd[]; trail?: readonly TrailStep[] } = {},
): JsonLd[] {
  if (pathname === '/') return own.main ? [...own.main] : [websiteJsonLd(site)];
  if (/^\/404(\.html|\/)?$/.test(pathname)) return own.main ? [...own.main] : [];
  const segments = pathname.split('/').filter(Boolean);
  const [section, id] = segments;
  let main: readonly JsonLd[];
  if (own.main) main = own.main;
  else {
    const entity =
      section !== undefined && id !== undefined && segments.length === 2
        ? entityFor(site, archive, section, id)
        : undefined;
    // A list's first page is its section (`/sources/`); its next pages are `/sources/page/<n>/`.
    const isList =
      section !== undefined &&
      section in SECTION_LABELS &&
      (segments.length === 1 || (segments.length === 3 && segments[1] === 'page'));
    main = [
      entity ??
        (isList && section !== 'search' && section !== 'data'
          ? collectionPageJsonLd(site, pathname, page.title, page.description)
          : webPageJsonLd(site, pathname, page.title, page.description)),
    ];
  }
  const trail = own.trail ?? trailFor(pathname, page.title);
  return [...main, breadcrumbJsonLd(site, trail, pathname)];
}
