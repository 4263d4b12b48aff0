/**
 * The open-data exports of a small fixture archive (tests/fixtures/open-data):
 * characters outside the Basic Multilingual Plane before passages, a passage
 * that needs a prefix, archived text that looks like markup, a source whose
 * address, date and title are unknown, and one with no annotations.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  buildSite,
  fixtureSite,
  PROJECT_ROOT,
  type FixtureSite,
} from '../../support/fixture-site.ts';
import {
  annotationExportProblems,
  apiProblems,
  breadcrumbProblems,
  citationProblems,
  collectionAndPages,
  exportFiles,
  fileOf,
  jsonLdByPage,
  metadataProblems,
  pageDocument,
  readJson,
  robustLinkProblems,
  structuredDataProblems,
} from '../../support/open-data-support.ts';

const CONTENT = join(PROJECT_ROOT, 'tests/fixtures/open-data/content');
const SITE = process.env['SOURCEBOOK_SITE'] ?? 'https://sourcebook.example';
const WIRE = 'wire-2022-06-18-tide-tables';
let site: FixtureSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await fixtureSite('open-data');
});

test.afterAll(async () => {
  await site?.close();
});

test('every page shows the breadcrumb trail its BreadcrumbList gives, through a record’s one story', () => {
  expect(breadcrumbProblems(site.outDir, SITE)).toEqual([]);
  // The fixture's claim belongs to one story: its trail goes through it.
  const crumbs = [
    ...pageDocument(fileOf(site.outDir, '/claims/tables-read/')).querySelectorAll(
      'nav[aria-label="Breadcrumb"] li',
    ),
  ].map((li) => li.textContent?.trim());
  expect(crumbs.slice(0, 2)).toEqual(['Home', 'Stories']);
  expect(crumbs[3]).toBe('Claims');
});

test('every JSON-LD block on every page parses and has what its type requires', () => {
  expect(structuredDataProblems(site.outDir)).toEqual([]);
  const types = Object.fromEntries(
    jsonLdByPage(site.outDir).map(({ path, blocks }) => [
      path,
      blocks.map((b) => (b as Record<string, unknown>)['@type']),
    ]),
  );
  expect(types['/']).toEqual(['WebSite']);
  expect(types[`/sources/${WIRE}/`]).toEqual(['CreativeWork', 'BreadcrumbList']);
  expect(types['/quotes/tide-tables/']).toEqual(['Quotation', 'BreadcrumbList']);
  expect(types['/claims/tables-read/']).toEqual(['ClaimReview', 'BreadcrumbList']);
  expect(types['/analysis/reading-the-tides/']).toEqual(['AnalysisNewsArticle', 'BreadcrumbList']);
  expect(types['/data/']).toEqual(['Dataset', 'BreadcrumbList']);
  expect(types['/timeline/']).toEqual(['CollectionPage', 'BreadcrumbList']);
});

test('archived text that looks like markup stays inside its JSON-LD block', () => {
  const html = readFileSync(fileOf(site.outDir, `/sources/${WIRE}/`), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks.length).toBe(2);
  for (const [, json] of blocks) {
    expect(json).not.toMatch(/[<>]/);
    expect(() => JSON.parse(json ?? '')).not.toThrow();
  }
});

test('every page has a canonical URL on the configured site, Open Graph and Twitter card metadata and the feeds', () => {
  expect(metadataProblems(site.outDir, SITE)).toEqual([]);
  const doc = pageDocument(fileOf(site.outDir, `/sources/${WIRE}/`));
  expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
});

test('the annotation collection pages through every annotation, and every id resolves to its passage', () => {
  const { problems, annotations } = annotationExportProblems(site.outDir);
  expect(problems).toEqual([]);
  expect(annotations.map((a) => a.id.replace(/^.*\/sources\//, ''))).toEqual([
    'notice-undated/#a-every-reason',
    `${WIRE}/#a-tide-quote`,
    `${WIRE}/#a-tables-read`,
    `${WIRE}/#a-second-harbour`,
    `${WIRE}/#a-script-text`,
  ]);
  const { collection, pages } = collectionAndPages(site.outDir);
  expect(collection.total).toBe(5);
  expect(pages).toHaveLength(1);
});

test('an annotation on a source with an unknown address targets the archived text on this site', () => {
  const one = readJson<{ first: { items: { target: { source: string } }[] } }>(
    site.outDir,
    '/sources/notice-undated/annotations.jsonld',
  );
  expect(one.first.items[0]?.target.source).toBe(
    new URL('/sources/notice-undated/text.txt', SITE).href,
  );
  const empty = readJson<Record<string, unknown>>(
    site.outDir,
    '/sources/plain-no-annotations/annotations.jsonld',
  );
  expect(empty['total']).toBe(0);
  expect(empty).not.toHaveProperty('first');
});

test('the JSON API matches its documented shapes', () => {
  expect(apiProblems(site.outDir)).toEqual([]);
  const annotations = readJson<{ count: number }>(site.outDir, '/api/annotations.json');
  expect(annotations.count).toBe(5);
});

test('the feeds are well-formed RSS with items, and robots.txt points at the sitemap', async ({
  page,
}) => {
  for (const [feed, items] of [
    ['/rss/analysis.xml', 1],
    ['/rss/sources.xml', 3],
  ] as const) {
    const xml = readFileSync(fileOf(site.outDir, feed), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        links: [...doc.querySelectorAll('item > link')].map((l) => l.textContent),
      };
    }, xml);
    expect(parsed.errors, feed).toBe(0);
    expect(parsed.root).toBe('rss');
    expect(parsed.links).toHaveLength(items);
    for (const link of parsed.links) expect(link?.startsWith(new URL('/', SITE).href)).toBe(true);
  }
  const robots = readFileSync(fileOf(site.outDir, '/robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  const sitemap = readFileSync(fileOf(site.outDir, '/sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`<loc>${new URL('/data/', SITE).href}</loc>`);
  expect(sitemap).not.toContain('404');
});

test('every link to an original carries data-originalurl, data-versionurl and data-versiondate', () => {
  const { problems, links } = robustLinkProblems(site.outDir);
  expect(problems).toEqual([]);
  // The source record's link and each annotation note's text-fragment link on the wire's page.
  expect(links).toBeGreaterThanOrEqual(5);
});

test('sources, quotes and each annotation can be cited: permalink, plain text, BibTeX, CSL-JSON', () => {
  expect(citationProblems(site.outDir)).toEqual([]);
  const doc = pageDocument(fileOf(site.outDir, `/sources/${WIRE}/`));
  const passages = [...doc.querySelectorAll('details.cite-this summary')].filter(
    (s) => s.textContent?.trim() === 'Cite this passage',
  );
  expect(passages).toHaveLength(4);
  const csl = readJson<{ URL: string; 'container-title': string }[]>(
    site.outDir,
    `/sources/${WIRE}/source.csl.json`,
  );
  expect(csl[0]).toMatchObject({
    URL: 'https://wire.example.com/tide-tables',
    'container-title': 'Harbour Wire',
  });
});

test('the citation blocks ship no JavaScript and open without it', async ({ page }) => {
  await page.goto(`${site.url}/sources/${WIRE}/`);
  const block = page.locator('details.cite-this', { hasText: 'Cite this source' });
  await block.locator('summary').click();
  await expect(block.locator('pre').first()).toBeVisible();
  await expect(block.locator('pre').nth(1)).toContainText(`@online{sourcebook-${WIRE},`);
  expect(await page.locator('script:not([type="application/ld+json"]):not([src])').count()).toBe(0);
});

test('the open-data page documents every export with an example', async ({ page }) => {
  await page.goto(`${site.url}/data/`);
  for (const name of ['sources', 'annotations', 'quotes', 'claims', 'events', 'stories']) {
    await expect(page.getByRole('heading', { name: `/api/${name}.json` })).toBeVisible();
    await expect(
      page.getByRole('table', { name: `Fields of each item in /api/${name}.json` }),
    ).toBeVisible();
  }
  await expect(page.getByText('The first annotation in the archive')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'identifying', exact: true })).toBeVisible();
});

test('the exports are byte-identical across builds, and follow SOURCEBOOK_SITE', () => {
  test.setTimeout(300_000);
  const again = buildSite(CONTENT);
  const elsewhere = buildSite(CONTENT, { SOURCEBOOK_SITE: 'https://elsewhere.example' });
  try {
    expect(again.status, again.output).toBe(0);
    expect(elsewhere.status, elsewhere.output).toBe(0);
    const files = exportFiles(site.outDir);
    expect(files).toEqual(exportFiles(again.outDir));
    expect(files).toContain('annotations.jsonld');
    for (const file of files) {
      expect(readFileSync(join(again.outDir, file), 'utf8'), file).toBe(
        readFileSync(join(site.outDir, file), 'utf8'),
      );
    }
    const moved = readJson<{ id: string }>(elsewhere.outDir, '/annotations.jsonld');
    expect(moved.id).toBe('https://elsewhere.example/annotations.jsonld');
    expect(readFileSync(join(elsewhere.outDir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://elsewhere.example/sitemap-index.xml',
    );
    expect(metadataProblems(elsewhere.outDir, 'https://elsewhere.example')).toEqual([]);
  } finally {
    for (const out of [again.outDir, elsewhere.outDir])
      rmSync(resolve(out, '..'), { recursive: true, force: true });
  }
});
