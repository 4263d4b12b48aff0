/**
 * The list pages on a small fixture archive (tests/fixtures/lists): the right
 * items, in the right groups and order, with working links and no script.
 */
import { expect, test } from '@playwright/test';
import { fixtureSite, type FixtureSite } from '../../support/fixture-site.ts';
import {
  LIST_PAGES,
  expectLinksResolve,
  expectNoHorizontalScroll,
  expectNoScriptButJsonLd,
  internalLinks,
  texts,
} from '../../support/lists-support.ts';

// One worker builds the fixture once and runs the tests in order (a failure does not skip the rest).
test.describe.configure({ mode: 'default' });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await fixtureSite('lists');
});
test.afterAll(async () => {
  await site?.close();
});

test('the source archive groups sources by month, oldest first, with undated sources last and explained', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/`);
  expect(await texts(page, 'main section h2')).toEqual(['June 2022', 'July 2022', 'Date unknown']);
  const june = page.locator('section', { has: page.locator('h2#m-2022-06') });
  expect(await texts(june, '.source-item__title')).toEqual([
    'Staff abroad accessed user data, recordings show',
    'All traffic moved to the new cloud, company says',
  ]);
  await expect(june.locator('.source-item').first()).toContainText('Wire Daily');
  await expect(june.locator('.source-item').first()).toContainText('News report');
  await expect(june.locator('.source-item').first()).toContainText('18 June 2022');
  await expect(june.locator('.source-item').first()).toContainText('2 annotations');
  const unknown = page.locator('section', { has: page.locator('h2#date-unknown') });
  expect(await texts(unknown, '.source-item__title')).toEqual([
    'Questions and answers about our data',
    'Untitled page from Company Newsroom',
  ]);
  await expect(unknown).toContainText('show no publication date');
  await expect(unknown.locator('.source-item').first()).toContainText('date unknown');
  await expect(unknown.locator('.source-item').first()).toContainText('0 annotations');
});

test('the month navigation links to each month heading on the page', async ({ page }) => {
  await page.goto(`${site.url}/sources/`);
  const nav = page.getByRole('navigation', { name: 'Jump to a month' });
  expect(await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    ['#m-2022-06', '#m-2022-07', '#date-unknown'],
  );
  await nav.getByRole('link', { name: /July 2022/ }).click();
  await expect(page).toHaveURL(/#m-2022-07$/);
  await expect(page.locator('#m-2022-07')).toBeInViewport();
});

test('the claim ledger lists every status in order with its definition and each claim’s evidence', async ({
  page,
}) => {
  await page.goto(`${site.url}/claims/`);
  const headings = await page
    .locator('main section h2 [data-status]')
    .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-status')));
  expect(headings).toEqual(['established', 'supported', 'disputed', 'unverified', 'false']);
  await expect(page.locator('#status-established')).toContainText('Established');
  const established = page.locator('section', { has: page.locator('#status-established') });
  await expect(established).toContainText(
    'Confirmed by primary evidence: a passage that supports it is a document or the word of the party concerned.',
  );
  expect(await texts(established, '.claim-item__statement')).toEqual([
    'Staff abroad accessed user data.',
  ]);
  // Only the stances some passage takes are counted: no "0 disputing".
  await expect(established.locator('.claim-item__evidence')).toHaveText(
    /^(Evidence:)?\s*1 supporting\s*1 relaying\s*$/,
  );
  const disputed = page.locator('section', { has: page.locator('#status-disputed') });
  expect(await texts(disputed, '.claim-item__statement')).toEqual([
    'The first report was misleading.',
  ]);
  const none = page.locator('section', { has: page.locator('#status-false') });
  await expect(none).toContainText('No claim has this status.');
});

test('the quotes page lists each quote with its speaker, appearances and verdict counts', async ({
  page,
}) => {
  await page.goto(`${site.url}/quotes/`);
  const items = page.locator('.quote-item');
  await expect(items).toHaveCount(2);
  const first = items.first();
  await expect(first.locator('.quote-item__words')).toHaveText('Everything is seen over there');
  await expect(first.locator('.quote-item__words')).toHaveAttribute(
    'href',
    '/quotes/everything-seen/',
  );
  await expect(first.getByRole('link', { name: 'Ada Insider' })).toHaveAttribute(
    'href',
    '/people/ada-insider/',
  );
  expect(await texts(first, '.quote-item__counts > span')).toEqual([
    '3 appearances',
    'Exact: 1',
    'Typographic only: 1',
    'Altered: 1',
  ]);
  await expect(items.nth(1)).toContainText('1 appearance');
});

test('a person’s page lists their quotes and every passage quoting them, oldest first, linked to the passage', async ({
  page,
}) => {
  await page.goto(`${site.url}/people/ada-insider/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Insider');
  await expect(page.locator('.quote-item__words')).toHaveAttribute(
    'href',
    '/quotes/everything-seen/',
  );
  const links = await page
    .locator('.passage__where a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual([
    '/sources/wire-2022-06-18-first-report/#a-seen',
    '/sources/wire-2022-06-20-follow-up/#a-seen-again',
    '/sources/blog-2022-07-06-retelling/#a-seen-altered',
  ]);
  expect(await texts(page, '.passage blockquote')).toEqual([
    'Everything is seen over there',
    'Everything is seen over there.',
    'everything is visible over there',
  ]);
  await expect(page.locator('.passage').nth(2)).toContainText('wording: Altered');
});

test('a person never quoted gets plain empty states, and the people list says who is quoted', async ({
  page,
}) => {
  await page.goto(`${site.url}/people/bystander/`);
  await expect(page.locator('main')).toContainText(
    'No canonical quote is attributed to Bob Bystander.',
  );
  await expect(page.locator('main')).toContainText(
    'The archive holds no passage quoting Bob Bystander.',
  );
  await page.goto(`${site.url}/people/`);
  expect(await texts(page, '.people__name')).toEqual([
    'Ada Insider',
    'Bob Bystander',
    'Company spokesperson',
  ]);
  expect(await texts(page, '.people__count')).toEqual([
    'Quoted 3 times',
    'Not quoted in the archive',
    'Quoted 1 time',
  ]);
});

test('the outlets table counts each outlet’s sources, quotes carried and quotes drifted', async ({
  page,
}) => {
  await page.goto(`${site.url}/outlets/`);
  const rows = await page
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim())),
    );
  expect(rows).toEqual([
    ['Blog Post & Co', '1', '1', '1'],
    ['Company Newsroom', '2', '1', '0'],
    ['Silent Times', '0', '0', '0'],
    ['Wire Daily', '2', '2', '0'],
  ]);
});

test('an outlet’s page lists what it published in date order with its quote figures', async ({
  page,
}) => {
  await page.goto(`${site.url}/outlets/wire-daily/`);
  expect(await texts(page, '.source-item__title')).toEqual([
    'Staff abroad accessed user data, recordings show',
    'All traffic moved to the new cloud, company says',
  ]);
  expect(await texts(page, '.figures dd')).toEqual(['2', '2', '0']);
  await page.goto(`${site.url}/outlets/silent-times/`);
  await expect(page.locator('main')).toContainText('No source from Silent Times is archived yet.');
});

test('the timeline orders events under month headings and renders descriptions safely', async ({
  page,
}) => {
  await page.goto(`${site.url}/timeline/`);
  expect(await texts(page, 'main section h2')).toEqual(['June 2022', 'July 2022']);
  expect(await texts(page, '.event__title')).toEqual([
    'Meetings are recorded',
    'The first report is published',
    'The company answers',
  ]);
  expect(await texts(page, '.event__date')).toEqual([
    'June 2022 (day not known)',
    '17 June 2022',
    '5 July 2022',
  ]);
  const first = page.locator('#e-first-report');
  await expect(first.locator('.event__description em')).toHaveText('user data');
  await expect(first.locator('.event__description')).toContainText('80 meetings & more.');
  expect(
    await first
      .locator('.event__evidence a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
  ).toEqual([
    '/sources/wire-2022-06-18-first-report/#a-accessed',
    '/sources/wire-2022-06-20-follow-up/#a-moved',
  ]);
  await expect(page.locator('#e-statement .event__description strong')).toHaveText('misleading');
});

test('the analysis list puts the newest article first with dek, byline, date and reading time', async ({
  page,
}) => {
  await page.goto(`${site.url}/analysis/`);
  expect(await texts(page, '.article-item__title')).toEqual([
    'How the quote drifted',
    'What the wire found',
  ]);
  const first = page.locator('.article-item').first();
  await expect(first).toContainText('A fixture analysis of how a quote changed');
  await expect(first.locator('.article-item__meta')).toHaveText(
    /By Fixture Desk and Second Writer\s*1 August 2022\s*1 min read/,
  );
});

test('every list page has its own title and description, and breadcrumbs on inner pages', async ({
  page,
}) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  const pages = [...LIST_PAGES, '/people/ada-insider/', '/outlets/wire-daily/'];
  for (const path of pages) {
    await page.goto(`${site.url}${path}`);
    titles.add(await page.title());
    descriptions.add(
      (await page.locator('meta[name="description"]').getAttribute('content')) ?? '',
    );
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    if (path === '/') await expect(crumbs).toHaveCount(0);
    else await expect(crumbs.locator('[aria-current="page"]')).toHaveCount(1);
  }
  expect(titles.size).toBe(pages.length);
  expect(descriptions.size).toBe(pages.length);
});

test('no list page ships a script other than JSON-LD', async ({ page }) => {
  for (const path of [...LIST_PAGES, '/people/ada-insider/', '/outlets/wire-daily/']) {
    await page.goto(`${site.url}${path}`);
    await expectNoScriptButJsonLd(page);
  }
});

test('every link on the list pages leads to an existing page and, with a fragment, to an existing passage', async ({
  page,
  request,
}) => {
  const pages = [...LIST_PAGES, '/people/ada-insider/', '/outlets/wire-daily/'];
  for (const path of pages) {
    await page.goto(`${site.url}${path}`);
    await expectLinksResolve(request, site.url, await internalLinks(page));
  }
});

test('no list page scrolls sideways on a 320-pixel phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [...LIST_PAGES, '/people/ada-insider/', '/outlets/wire-daily/']) {
    await page.goto(`${site.url}${path}`);
    await expectNoHorizontalScroll(page);
  }
});
