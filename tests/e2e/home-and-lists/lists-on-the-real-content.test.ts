/**
 * The list pages on the real content (the site the Playwright webServer
 * builds): every record in content/ is listed, in the right group and order,
 * and every link leads somewhere real.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';
import {
  LIST_PAGES,
  expectLinksResolve,
  expectNoHorizontalScroll,
  expectNoScriptButJsonLd,
  internalLinks,
  texts,
} from '../../support/lists-support.ts';

const CONTENT = resolve(PROJECT_ROOT, process.env['SOURCEBOOK_CONTENT'] ?? 'content');

/** The ids of a collection's files. */
function ids(collection: string, ext = '.yaml'): string[] {
  try {
    return readdirSync(join(CONTENT, collection))
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length));
  } catch {
    return [];
  }
}

function record(collection: string, id: string): Record<string, unknown> {
  return parse(readFileSync(join(CONTENT, collection, `${id}.yaml`), 'utf8')) as Record<
    string,
    unknown
  >;
}

test('the source archive lists every source once, months in order and undated sources last', async ({
  page,
}) => {
  await page.goto('/sources/');
  const hrefs = await page
    .locator('.source-item__title')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect([...hrefs].sort()).toEqual(
    ids('sources', '.txt')
      .map((id) => `/sources/${id}/`)
      .sort(),
  );
  const headings = await page.locator('main section h2').evaluateAll((hs) => hs.map((h) => h.id));
  const months = headings.filter((id) => id !== 'date-unknown');
  expect(months).toEqual([...months].sort());
  if (headings.includes('date-unknown')) expect(headings.at(-1)).toBe('date-unknown');
  const dates = await page
    .locator('.source-item time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
});

test('the claim ledger shows every claim under its own status', async ({ page }) => {
  await page.goto('/claims/');
  const claims = ids('claims');
  await expect(page.locator('.claim-item')).toHaveCount(claims.length);
  for (const id of claims) {
    const status = String(record('claims', id)['status']);
    const section = page.locator('section', { has: page.locator(`#status-${status}`) });
    await expect(section.locator(`a[href="/claims/${id}/"]`)).toHaveCount(1);
  }
});

test('the quotes, people and outlets lists hold every record', async ({ page }) => {
  await page.goto('/quotes/');
  await expect(page.locator('.quote-item')).toHaveCount(ids('quotes').length);
  await page.goto('/people/');
  await expect(page.locator('.people__name')).toHaveCount(ids('people').length);
  await page.goto('/outlets/');
  await expect(page.locator('tbody tr')).toHaveCount(ids('outlets').length);
});

test('the timeline lists every event in date order under its month', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(page.locator('.event')).toHaveCount(ids('events').length);
  const dates = await page
    .locator('.event__date time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
  for (const section of await page.locator('main section.month').all()) {
    const month = ((await section.locator('h2').getAttribute('id')) ?? '').replace(/^m-/, '');
    for (const date of await section
      .locator('.event__date time')
      .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''))) {
      expect(date.startsWith(month)).toBe(true);
    }
  }
});

test('a person’s page links every passage quoting them to its place in the source', async ({
  page,
}) => {
  const quoted = ids('quotes').map((id) => String(record('quotes', id)['speaker']));
  test.skip(quoted.length === 0, 'the real content has no quotes yet');
  const speaker = quoted[0] as string;
  await page.goto(`/people/${speaker}/`);
  const links = await page
    .locator('.passage__where a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/#a-[a-z0-9-]+$/);
});

test('every list, person and outlet page has its own title', async ({ page }) => {
  const paths = [
    ...LIST_PAGES,
    ...ids('people').map((id) => `/people/${id}/`),
    ...ids('outlets').map((id) => `/outlets/${id}/`),
  ];
  const titles = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(paths.length);
});

test('no list page ships a script other than JSON-LD', async ({ page }) => {
  for (const path of LIST_PAGES) {
    await page.goto(path);
    await expectNoScriptButJsonLd(page);
  }
});

test('every link on the list, person and outlet pages leads to an existing page and passage', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const paths = [
    ...LIST_PAGES,
    ...ids('people').map((id) => `/people/${id}/`),
    ...ids('outlets').map((id) => `/outlets/${id}/`),
  ];
  for (const path of paths) {
    await page.goto(path);
    await expectLinksResolve(request, baseURL ?? '', await internalLinks(page));
  }
});

test('no list page scrolls sideways on a 320-pixel phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of LIST_PAGES) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
  expect(await texts(page, 'h1')).toEqual(['Analysis']);
});
