import { describe, expect, test } from 'vitest';
import { openGraphType, pageStructuredData, trailFor } from '../../../src/lib/export/page-data.ts';
import { schemaOrgProblems } from '../../support/requirements.ts';
import { fixtureArchive, SITE } from './fixture.ts';

const archive = fixtureArchive();
const page = { title: 'A page', description: 'What it is.' };
const types = (path: string) =>
  pageStructuredData(SITE, archive, path, page).map(
    (node) => (node as Record<string, unknown>)['@type'],
  );

describe('structured data by page', () => {
  test('the home page describes the website and nothing else', () => {
    expect(types('/')).toEqual(['WebSite']);
  });

  test('each entity page describes its entity, then its breadcrumb trail', () => {
    expect(types('/sources/wire-2022-06-18-tide-tables/')).toEqual([
      'CreativeWork',
      'BreadcrumbList',
    ]);
    expect(types('/quotes/tide-tables/')).toEqual(['Quotation', 'BreadcrumbList']);
    expect(types('/claims/tables-read/')).toEqual(['ClaimReview', 'BreadcrumbList']);
    expect(types('/people/dock-engineer/')).toEqual(['Person', 'BreadcrumbList']);
    expect(types('/outlets/harbour-wire/')).toEqual(['Organization', 'BreadcrumbList']);
    expect(types('/analysis/reading-the-tides/')).toEqual([
      'AnalysisNewsArticle',
      'BreadcrumbList',
    ]);
  });

  test('list pages are collection pages; search and other pages are web pages', () => {
    expect(types('/sources/')).toEqual(['CollectionPage', 'BreadcrumbList']);
    expect(types('/timeline/')).toEqual(['CollectionPage', 'BreadcrumbList']);
    expect(types('/search/')).toEqual(['WebPage', 'BreadcrumbList']);
    expect(types('/sources/no-such-source/')).toEqual(['WebPage', 'BreadcrumbList']);
  });

  test('the 404 page has no breadcrumb trail', () => {
    expect(types('/404/')).toEqual([]);
    expect(types('/404.html')).toEqual([]);
  });

  test('everything a page gets passes its type’s checks', () => {
    for (const path of [
      '/',
      '/sources/',
      '/sources/notice-undated/',
      '/claims/tables-read/',
      '/search/',
    ]) {
      for (const node of pageStructuredData(SITE, archive, path, page)) {
        expect(schemaOrgProblems(node)).toEqual([]);
      }
    }
  });

  test('a page can give its own main entity and trail', () => {
    const own = pageStructuredData(SITE, archive, '/data/', page, {
      main: [{ '@context': 'https://schema.org', '@type': 'Dataset', name: 'x' }],
      trail: [{ label: 'Data' }],
    });
    expect(own.map((n) => (n as Record<string, unknown>)['@type'])).toEqual([
      'Dataset',
      'BreadcrumbList',
    ]);
    expect(JSON.stringify(own[1])).toContain('"name":"Data"');
  });

  test('the trail is Home, the section, then the page', () => {
    expect(trailFor('/quotes/x/', 'The quote')).toEqual([
      { label: 'Quotes', href: '/quotes/' },
      { label: 'The quote' },
    ]);
    expect(trailFor('/quotes/', 'Quotes')).toEqual([{ label: 'Quotes' }]);
  });

  test('sources and articles are Open Graph articles; the rest are websites', () => {
    expect(openGraphType('/sources/x/')).toBe('article');
    expect(openGraphType('/analysis/x/')).toBe('article');
    expect(openGraphType('/sources/')).toBe('website');
    expect(openGraphType('/')).toBe('website');
  });
});
