import { describe, expect, test } from 'vitest';
import {
  articlePageData,
  claimPageData,
  collectionPageData,
  homePageData,
  notFoundPageData,
  outletPageData,
  pageData,
  personPageData,
  quotePageData,
  recordTrail,
  sourcePageData,
  webPageData,
  type PageData,
} from '../../../src/lib/export/page-data.ts';
import { schemaOrgProblems } from '../../support/requirements.ts';
import { fixtureArchive, fixtureSource, SITE } from './fixture.ts';

const archive = fixtureArchive();
const types = (page: PageData) =>
  page.jsonLd.map((node) => (node as Record<string, unknown>)['@type']);
const breadcrumbNames = (page: PageData) => {
  const list = page.jsonLd.find(
    (node) => (node as Record<string, unknown>)['@type'] === 'BreadcrumbList',
  ) as { itemListElement: { name: string; item: string }[] } | undefined;
  return list?.itemListElement.map((item) => [item.name, item.item]);
};
const get = <T>(map: Map<string, T>, id: string): T => {
  const value = map.get(id);
  if (value === undefined) throw new Error(`no fixture record ${id}`);
  return value;
};
const facts = { path: '/sources/', title: 'Source archive', description: 'All of it.' };

const source = fixtureSource('wire-2022-06-18-tide-tables');
const quote = get(archive.quote, 'tide-tables');
const claim = get(archive.claim, 'tables-read');
const person = get(archive.person, 'dock-engineer');
const outlet = get(archive.outlet, 'harbour-wire');
const article = get(archive.article, 'reading-the-tides');

describe('what each page passes to the layout', () => {
  test('the home page describes the website, with no trail', () => {
    const home = homePageData(SITE);
    expect(home.path).toBe('/');
    expect(types(home)).toEqual(['WebSite']);
    expect(home.trail).toEqual([]);
  });

  test('each entity page describes its entity, then its breadcrumb trail', () => {
    expect(types(sourcePageData(SITE, archive, source, 'A title'))).toEqual([
      'CreativeWork',
      'BreadcrumbList',
    ]);
    expect(types(quotePageData(SITE, archive, quote))).toEqual(['Quotation', 'BreadcrumbList']);
    expect(types(claimPageData(SITE, archive, claim))).toEqual(['ClaimReview', 'BreadcrumbList']);
    expect(types(personPageData(SITE, person))).toEqual(['Person', 'BreadcrumbList']);
    expect(types(outletPageData(SITE, outlet))).toEqual(['Organization', 'BreadcrumbList']);
    expect(types(articlePageData(SITE, archive, article))).toEqual([
      'AnalysisNewsArticle',
      'BreadcrumbList',
    ]);
  });

  test('list pages are collection pages; other pages web pages', () => {
    const trail = [{ label: 'Sources' }];
    expect(types(collectionPageData(SITE, { ...facts, trail }))).toEqual([
      'CollectionPage',
      'BreadcrumbList',
    ]);
    expect(types(webPageData(SITE, { ...facts, path: '/search/', trail }))).toEqual([
      'WebPage',
      'BreadcrumbList',
    ]);
  });

  test('the 404 page has no structured data and no trail', () => {
    expect(notFoundPageData()).toEqual({
      path: undefined,
      trail: [],
      jsonLd: [],
      ogType: 'website',
    });
  });

  test('everything a page gets passes its type’s checks', () => {
    for (const page of [
      homePageData(SITE),
      collectionPageData(SITE, { ...facts, trail: [{ label: 'Sources' }] }),
      sourcePageData(SITE, archive, fixtureSource('notice-undated'), 'A notice'),
      claimPageData(SITE, archive, claim),
      quotePageData(SITE, archive, quote),
      articlePageData(SITE, archive, article),
    ]) {
      for (const node of page.jsonLd) expect(schemaOrgProblems(node)).toEqual([]);
    }
  });

  test('a page can give its own main entity; the BreadcrumbList is its trail', () => {
    const own = pageData(
      SITE,
      '/data/',
      [{ '@context': 'https://schema.org', '@type': 'Dataset', name: 'x' }],
      [{ label: 'Open data' }],
    );
    expect(types(own)).toEqual(['Dataset', 'BreadcrumbList']);
    expect(breadcrumbNames(own)).toEqual([
      ['Home', 'https://open-data.example/'],
      ['Open data', 'https://open-data.example/data/'],
    ]);
  });

  test('the BreadcrumbList gives the trail the page shows, step for step', () => {
    for (const page of [
      sourcePageData(SITE, archive, source, 'A rather long page title that the trail shortens'),
      quotePageData(SITE, archive, quote),
      claimPageData(SITE, archive, claim),
      articlePageData(SITE, archive, article),
      personPageData(SITE, person),
    ]) {
      expect(breadcrumbNames(page)?.map(([name]) => name)).toEqual([
        'Home',
        ...page.trail.map((step) => step.label),
      ]);
    }
  });

  test('sources and articles are Open Graph articles; the rest are websites', () => {
    expect(sourcePageData(SITE, archive, source, 'A title').ogType).toBe('article');
    expect(articlePageData(SITE, archive, article).ogType).toBe('article');
    expect(quotePageData(SITE, archive, quote).ogType).toBe('website');
    expect(homePageData(SITE).ogType).toBe('website');
  });
});

describe('the trail to a record', () => {
  const story = archive.stories[0];
  if (!story) throw new Error('the open-data fixture has a story');

  test('a record of one story is reached through that story and its list', () => {
    expect(recordTrail(archive, [story.id], 'claims', 'The claim')).toEqual([
      { label: 'Stories', href: '/stories/' },
      { label: story.title, href: `/stories/${story.id}/` },
      { label: 'Claims', href: `/stories/${story.id}/claims/` },
      { label: 'The claim' },
    ]);
  });

  test('a record of several stories, or of none, is reached through its section', () => {
    const section = [{ label: 'Quotes', href: '/quotes/' }, { label: 'The quote' }];
    expect(recordTrail(archive, [story.id, story.id], 'quotes', 'The quote')).toEqual(section);
    expect(recordTrail(archive, [], 'quotes', 'The quote')).toEqual(section);
  });

  test('a long title is shortened in the trail, the same in both', () => {
    const page = sourcePageData(SITE, archive, source, `${'word '.repeat(30)}end`);
    const last = page.trail.at(-1)?.label ?? '';
    expect(last.endsWith('…')).toBe(true);
    expect(breadcrumbNames(page)?.at(-1)).toEqual([
      last,
      `https://open-data.example/sources/${source.id}/`,
    ]);
  });
});
