/**
 * The open-data exports of the real site, as the Playwright webServer built
 * it into dist/: the same checks as the fixture site, on whatever the
 * content holds today.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DIST, htmlFiles } from '../../support/site-pages.ts';
import {
  annotationExportProblems,
  apiProblems,
  breadcrumbProblems,
  citationProblems,
  fileOf,
  metadataProblems,
  readJson,
  robustLinkProblems,
  structuredDataProblems,
} from '../../support/open-data-support.ts';

const SITE = process.env['SOURCEBOOK_SITE'] ?? 'https://sourcebook.example';

test('every JSON-LD block on every page of the real site parses and has what its type requires', () => {
  test.setTimeout(300_000);
  expect(htmlFiles(DIST).length).toBeGreaterThan(10);
  expect(structuredDataProblems(DIST)).toEqual([]);
});

test('every page of the real site shows the breadcrumb trail its BreadcrumbList gives', () => {
  test.setTimeout(300_000);
  expect(htmlFiles(DIST).length).toBeGreaterThan(10);
  expect(breadcrumbProblems(DIST, SITE)).toEqual([]);
});

test('every page of the real site has canonical, Open Graph and Twitter card metadata', () => {
  test.setTimeout(300_000);
  expect(metadataProblems(DIST, SITE)).toEqual([]);
});

test('every annotation id in /annotations.jsonld resolves to a page and anchor, and every selector round-trips', () => {
  test.setTimeout(300_000);
  const { problems, annotations } = annotationExportProblems(DIST);
  expect(problems).toEqual([]);
  const sources = readJson<{ items: { annotations: string[] }[] }>(DIST, '/api/sources.json');
  expect(annotations).toHaveLength(sources.items.reduce((n, s) => n + s.annotations.length, 0));
});

test('the real JSON API matches its documented shapes', () => {
  expect(apiProblems(DIST)).toEqual([]);
  expect(readJson<{ count: number }>(DIST, '/api/sources.json').count).toBeGreaterThan(0);
});

test('the real feeds are well-formed RSS and the sources feed has items', async ({ page }) => {
  for (const feed of ['/rss/analysis.xml', '/rss/sources.xml']) {
    const xml = readFileSync(fileOf(DIST, feed), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        items: doc.querySelectorAll('channel > item').length,
      };
    }, xml);
    expect(parsed.errors, feed).toBe(0);
    expect(parsed.root, feed).toBe('rss');
    if (feed === '/rss/sources.xml') expect(parsed.items).toBeGreaterThan(0);
  }
});

test('every link to an original on the real site is a robust link', () => {
  test.setTimeout(300_000);
  const { problems, links } = robustLinkProblems(DIST);
  expect(problems).toEqual([]);
  expect(links).toBeGreaterThan(0);
});

test('every real source and quote page has a "Cite this" block', () => {
  test.setTimeout(300_000);
  expect(citationProblems(DIST)).toEqual([]);
});
