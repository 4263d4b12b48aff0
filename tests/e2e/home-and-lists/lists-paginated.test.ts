/**
 * Lists too long for one page (tests/fixtures/lists: 5 sources, 2 quotes,
 * 2 articles, built with SOURCEBOOK_LIST_PAGE_SIZE=1): pages that together list every
 * item once, in order, linked by a pager, a month navigation that reaches each
 * month's first page, and each page titled and described as itself.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  PROJECT_ROOT,
  buildSite,
  fixtureSite,
  type FixtureSite,
} from '../../support/fixture-site.ts';
import {
  expectLinksResolve,
  expectNoHorizontalScroll,
  expectNoScriptButJsonLd,
  internalLinks,
  texts,
} from '../../support/lists-support.ts';
import { axeViolations } from '../../support/axe.ts';

test.describe.configure({ mode: 'default' });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await fixtureSite('lists', { SOURCEBOOK_LIST_PAGE_SIZE: '1' });
});
test.afterAll(async () => {
  await site?.close();
});

const SOURCE_PAGES = [
  '/sources/',
  '/sources/page/2/',
  '/sources/page/3/',
  '/sources/page/4/',
  '/sources/page/5/',
];
const QUOTE_PAGES = ['/quotes/', '/quotes/page/2/'];
const ANALYSIS_PAGES = ['/analysis/', '/analysis/page/2/'];

/** The links of the items a list page shows, in order. */
async function listed(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('the source pages list every source once, in date order, under their months', async ({
  page,
}) => {
  const seen: string[] = [];
  const headings: string[][] = [];
  for (const path of SOURCE_PAGES) {
    await page.goto(`${site.url}${path}`);
    const here = await listed(page, 'main .source-item__title a, main a.source-item__title');
    expect(here, path).toHaveLength(1);
    seen.push(...here);
    headings.push(await texts(page, 'main section h2'));
  }
  expect(seen.slice(0, 3)).toEqual([
    '/sources/wire-2022-06-18-first-report/',
    '/sources/wire-2022-06-20-follow-up/',
    '/sources/blog-2022-07-06-retelling/',
  ]);
  expect(new Set(seen).size).toBe(5);
  // A month cut across pages goes on under its heading, marked as continued.
  expect(headings).toEqual([
    ['June 2022'],
    ['June 2022 (continued)'],
    ['July 2022'],
    ['Date unknown'],
    ['Date unknown (continued)'],
  ]);
  await page.goto(`${site.url}/sources/page/3/`);
  await expect(page.getByText('This is page 3 of 5: source 3, July 2022.')).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/sources\/page\/3\/$/,
  );
});

test('the pager walks forward and back, and marks where the reader is', async ({ page }) => {
  await page.goto(`${site.url}/sources/`);
  const pager = page.getByRole('navigation', { name: 'Pages of the source archive' });
  await expect(pager.getByText('Page 1 of 5')).toBeVisible();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 1');
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/sources\/page\/2\/$/);
  await pager.getByRole('link', { name: 'Page 5' }).click();
  await expect(page).toHaveURL(/\/sources\/page\/5\/$/);
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/sources\/page\/4\/$/);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 4');
});

test('the month navigation reaches each month where it begins, from any page', async ({
  page,
  request,
}) => {
  await page.goto(`${site.url}/sources/page/5/`);
  const jump = page.getByRole('navigation', { name: 'Jump to a month' });
  const hrefs = await listed(page, 'nav[aria-label="Jump to a month"] a');
  expect(hrefs).toEqual([
    '/sources/#m-2022-06',
    '/sources/page/3/#m-2022-07',
    '/sources/page/4/#date-unknown',
  ]);
  // Counts are the whole month's, not this page's share.
  await expect(jump).toContainText('June 2022 (2)');
  await expect(jump).toContainText('Date unknown (2)');
  await expectLinksResolve(request, site.url, hrefs);
  // On the page where a month begins, its link stays on the page.
  await page.goto(`${site.url}/sources/page/3/`);
  await expect(
    page
      .getByRole('navigation', { name: 'Jump to a month' })
      .getByRole('link', { name: /July 2022/ }),
  ).toHaveAttribute('href', '#m-2022-07');
});

test('the quotes list goes on over pages, the most widely carried quote first', async ({
  page,
}) => {
  const seen: string[] = [];
  for (const path of QUOTE_PAGES) {
    await page.goto(`${site.url}${path}`);
    seen.push(...(await listed(page, 'main a.quote-item__words')));
  }
  expect(seen).toEqual(['/quotes/everything-seen/', '/quotes/we-take-privacy-seriously/']);
  await expect(page.getByText('This is page 2 of 2: quote 2.')).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Pages of the quotes list' });
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/quotes\/$/);
  // The lede counts the whole list, not the page.
  await expect(page.locator('.lede')).toContainText('2 statements');
});

test('the analysis list goes on over pages, newest first', async ({ page }) => {
  const seen: string[] = [];
  for (const path of ANALYSIS_PAGES) {
    await page.goto(`${site.url}${path}`);
    seen.push(...(await listed(page, 'main .article-item__title a, main a.article-item__title')));
  }
  expect(seen).toEqual(['/analysis/how-the-quote-drifted/', '/analysis/what-the-wire-found/']);
  await expect(page.getByText('This is page 2 of 2: article 2.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Pages of the analysis list' }).locator('a[rel="prev"]'),
  ).toHaveAttribute('href', '/analysis/');
});

test('each page has its own title and description, no script, working links, and passes axe', async ({
  page,
  request,
}) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  const pages = [...SOURCE_PAGES, ...QUOTE_PAGES, ...ANALYSIS_PAGES];
  for (const path of pages) {
    await page.goto(`${site.url}${path}`);
    titles.add(await page.title());
    descriptions.add(
      (await page.locator('meta[name="description"]').getAttribute('content')) ?? '',
    );
    await expectNoScriptButJsonLd(page);
    await expectNoHorizontalScroll(page);
    await expectLinksResolve(request, site.url, await internalLinks(page));
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(jsonLd, path).toContain('"CollectionPage"');
    expect(await axeViolations(page, path)).toEqual([]);
  }
  expect(titles.size).toBe(pages.length);
  expect(descriptions.size).toBe(pages.length);
});

test('a page size that is not a whole number stops the build at the start, saying how to fix it', () => {
  const build = buildSite(`${PROJECT_ROOT}/tests/fixtures/lists/content`, {
    SOURCEBOOK_LIST_PAGE_SIZE: 'twenty',
  });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('SOURCEBOOK_LIST_PAGE_SIZE is "twenty", not a whole number');
  expect(build.output).toContain('fix: set it to the number of items per page');
  // Stopped before the archive was even checked, let alone a page rendered.
  expect(build.output).not.toContain('generating static routes');
  rmSync(dirname(build.outDir), { recursive: true, force: true });
});
