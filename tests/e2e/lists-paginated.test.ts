/**
 * A source archive too long for one page (tests/fixtures/lists, 5 sources,
 * built with SOURCEBOOK_SOURCES_PER_PAGE=2): three pages that together list
 * every source once, in order, linked by a pager, with a month navigation that
 * reaches each month's first page, and each page titled and described as itself.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import {
  expectLinksResolve,
  expectNoHorizontalScroll,
  expectNoScriptButJsonLd,
  internalLinks,
  texts,
} from './lists-support.ts';

test.describe.configure({ mode: 'default' });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await fixtureSite('lists', { SOURCEBOOK_SOURCES_PER_PAGE: '2' });
});
test.afterAll(async () => {
  await site?.close();
});

const PAGES = ['/sources/', '/sources/page/2/', '/sources/page/3/'];

/** The source links listed on a page, in order. */
async function listed(page: Page): Promise<string[]> {
  return page
    .locator('main .source-item__title a, main a.source-item__title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test('three pages list every source once, in order, two to a page', async ({ page }) => {
  const seen: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${site.url}${path}`);
    const here = await listed(page);
    expect(here.length, path).toBe(path === '/sources/page/3/' ? 1 : 2);
    seen.push(...here);
  }
  expect(new Set(seen).size).toBe(5);
  expect(seen[0]).toBe('/sources/wire-2022-06-18-first-report/');
  // Page 3 holds the rest of the undated group, under its heading marked as continued.
  expect(await texts(page, 'main section h2')).toEqual(['Date unknown (continued)']);
  await page.goto(`${site.url}/sources/page/2/`);
  expect(await texts(page, 'main section h2')).toEqual(['July 2022', 'Date unknown']);
  await expect(
    page.getByText('This is page 2 of 3: sources 3–4, July 2022 and undated.'),
  ).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/sources\/page\/2\/$/,
  );
});

test('the pager walks forward and back, and marks where the reader is', async ({ page }) => {
  await page.goto(`${site.url}/sources/`);
  const pager = page.getByRole('navigation', { name: 'Pages of the source archive' });
  await expect(pager.getByText('Page 1 of 3')).toBeVisible();
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 1');
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/sources\/page\/2\/$/);
  await pager.getByRole('link', { name: 'Page 3' }).click();
  await expect(page).toHaveURL(/\/sources\/page\/3\/$/);
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(/\/sources\/page\/2\/$/);
  await expect(pager.locator('[aria-current="page"]')).toHaveText('Page 2');
});

test('the month navigation reaches each month where it begins, from any page', async ({
  page,
  request,
}) => {
  await page.goto(`${site.url}/sources/page/3/`);
  const jump = page.getByRole('navigation', { name: 'Jump to a month' });
  const hrefs = await jump
    .locator('a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toEqual([
    '/sources/#m-2022-06',
    '/sources/page/2/#m-2022-07',
    '/sources/page/2/#date-unknown',
  ]);
  // Counts are the whole month's, not this page's share.
  await expect(jump).toContainText('Date unknown (2)');
  await expectLinksResolve(request, site.url, hrefs);
  // On the page where a month begins, its link stays on the page.
  await page.goto(`${site.url}/sources/page/2/`);
  await expect(
    page
      .getByRole('navigation', { name: 'Jump to a month' })
      .getByRole('link', { name: /July 2022/ }),
  ).toHaveAttribute('href', '#m-2022-07');
});

test('each page has its own title and description, no script, working links, and passes axe', async ({
  page,
  request,
}) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const path of PAGES) {
    await page.goto(`${site.url}${path}`);
    titles.add(await page.title());
    descriptions.add(
      (await page.locator('meta[name="description"]').getAttribute('content')) ?? '',
    );
    await expectNoScriptButJsonLd(page);
    await expectNoHorizontalScroll(page);
    await expectLinksResolve(request, site.url, await internalLinks(page));
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      axe.violations.map((v) => `${path}: ${v.id} at ${v.nodes[0]?.target.join(' ')}`),
    ).toEqual([]);
  }
  expect(titles.size).toBe(3);
  expect(descriptions.size).toBe(3);
  const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
  expect(jsonLd).toContain('"CollectionPage"');
});
