/**
 * What each page tells the layout about itself, built by the page and passed
 * to `Base.astro` as its `page` prop: its address, its breadcrumb trail, its
 * schema.org JSON-LD and its Open Graph type. The trail is the one the page shows in its
 * breadcrumbs and the one its BreadcrumbList gives, so the two cannot differ.
 *
 * A page of a record that belongs to exactly one story is reached through that
 * story (Home › Stories › <story> › Claims › <claim>); a record in several
 * stories, or in none, is reached through its section (Home › Claims ›
 * <claim>): picking one of several stories would say the record belongs to it
 * more than to the others, and the page names all of them beside the record.
 */
import type { Archive, Article, Claim, Outlet, Person, Quote, Source } from '../archive/model.ts';
import { shorten } from '../render/titles.ts';
import { urls, type StoryList } from '../urls.ts';
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

/** What a page passes to the layout. */
export interface PageData {
  /**
   * The page's own address, for its canonical link; none on the 404 page,
   * which answers at any missing address.
   */
  path: string | undefined;
  /**
   * The breadcrumb trail after Home, the last step the page itself: what the
   * page shows in its breadcrumbs and what its BreadcrumbList gives. Empty on
   * the home page and the 404 page, which have neither.
   */
  trail: readonly TrailStep[];
  /** Every JSON-LD block of the page: its main entity, then its BreadcrumbList when it has a trail. */
  jsonLd: readonly JsonLd[];
  /** The Open Graph type: `article` for sources and analysis articles, else `website`. */
  ogType: 'article' | 'website';
}

/** A page at `path` with its main structured data and its trail. */
export function pageData(
  site: SiteInfo,
  path: string,
  main: readonly JsonLd[],
  trail: readonly TrailStep[],
  ogType: PageData['ogType'] = 'website',
): PageData {
  return {
    path,
    trail,
    jsonLd: trail.length === 0 ? [...main] : [...main, breadcrumbJsonLd(site, trail, path)],
    ogType,
  };
}

/** The front page: the WebSite, no trail. */
export function homePageData(site: SiteInfo): PageData {
  return pageData(site, urls.home(), [websiteJsonLd(site)], []);
}

/** The 404 page: it answers at any missing address, so it describes nothing and has no trail. */
export function notFoundPageData(): PageData {
  return { path: undefined, trail: [], jsonLd: [], ogType: 'website' };
}

/** What a list page says about itself: its address, title, description and trail. */
export interface PageFacts {
  path: string;
  title: string;
  description: string;
  trail: readonly TrailStep[];
}

/** A list page (a section's list or one of its later pages, the timeline, the stories): a CollectionPage. */
export function collectionPageData(site: SiteInfo, page: PageFacts): PageData {
  return pageData(
    site,
    page.path,
    [collectionPageJsonLd(site, page.path, page.title, page.description)],
    page.trail,
  );
}

/** Any other page (search, a story's list): a WebPage. */
export function webPageData(site: SiteInfo, page: PageFacts): PageData {
  return pageData(
    site,
    page.path,
    [webPageJsonLd(site, page.path, page.title, page.description)],
    page.trail,
  );
}

/**
 * A list page (src/lib/lists/list-pages.ts): a CollectionPage, or a WebPage
 * when the list is narrowed to a story.
 */
export function listPageData(
  site: SiteInfo,
  frame: PageFacts & { story: object | undefined },
): PageData {
  return frame.story ? webPageData(site, frame) : collectionPageData(site, frame);
}

/** The label of each section a record page sits in, and its list's address. */
const SECTIONS = {
  sources: { label: 'Sources', list: urls.sources },
  quotes: { label: 'Quotes', list: urls.quotes },
  claims: { label: 'Claims', list: urls.claims },
  analysis: { label: 'Analysis', list: urls.analysis },
} as const satisfies Record<string, { label: string; list: () => string }>;

/**
 * The trail to a record's page, ending in `label`: through its story when it
 * belongs to exactly one (Stories, the story, the story's list of the
 * section), else through the section's list.
 */
export function recordTrail(
  archive: Pick<Archive, 'story'>,
  stories: readonly string[],
  section: keyof typeof SECTIONS & StoryList,
  label: string,
): TrailStep[] {
  const { label: sectionLabel, list } = SECTIONS[section];
  const story = stories.length === 1 ? archive.story.get(stories[0] ?? '') : undefined;
  if (!story) return [{ label: sectionLabel, href: list() }, { label }];
  return [
    { label: 'Stories', href: urls.stories() },
    { label: story.title, href: urls.story(story.id) },
    { label: sectionLabel, href: urls.storyList(story.id, section) },
    { label },
  ];
}

/** A source's page; `title` is its page title (`sourcePageTitle`). */
export function sourcePageData(
  site: SiteInfo,
  archive: Archive,
  source: Source,
  title: string,
): PageData {
  return pageData(
    site,
    urls.source(source.id),
    [sourceJsonLd(site, archive, source)],
    recordTrail(archive, source.stories, 'sources', shorten(title)),
    'article',
  );
}

/** A quote's page. */
export function quotePageData(site: SiteInfo, archive: Archive, quote: Quote): PageData {
  return pageData(
    site,
    urls.quote(quote.id),
    [quoteJsonLd(site, archive, quote)],
    recordTrail(archive, quote.stories, 'quotes', `“${shorten(quote.text, 40)}”`),
  );
}

/** A claim's page. */
export function claimPageData(site: SiteInfo, archive: Archive, claim: Claim): PageData {
  return pageData(
    site,
    urls.claim(claim.id),
    [claimJsonLd(site, archive, claim)],
    recordTrail(archive, claim.stories, 'claims', shorten(claim.statement)),
  );
}

/** An analysis article's page. */
export function articlePageData(site: SiteInfo, archive: Archive, article: Article): PageData {
  return pageData(
    site,
    urls.article(article.id),
    [articleJsonLd(site, archive, article)],
    recordTrail(archive, article.stories, 'analysis', shorten(article.title)),
    'article',
  );
}

/** A person's page. */
export function personPageData(site: SiteInfo, person: Person): PageData {
  return pageData(
    site,
    urls.person(person.id),
    [personJsonLd(site, person)],
    [{ label: 'People', href: urls.people() }, { label: person.name }],
  );
}

/** An outlet's page. */
export function outletPageData(site: SiteInfo, outlet: Outlet): PageData {
  return pageData(
    site,
    urls.outlet(outlet.id),
    [outletJsonLd(site, outlet)],
    [{ label: 'Outlets', href: urls.outlets() }, { label: outlet.name }],
  );
}
