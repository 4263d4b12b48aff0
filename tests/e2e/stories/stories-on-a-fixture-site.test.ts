/**
 * Stories on the search fixture (tests/fixtures/search): three stories share
 * the Evening Ledger's follow-up, the company spokesperson quoted in it and
 * the outlet itself. Each hub and each story list shows only its own
 * records; the shared source names every story it belongs to; each story's
 * feed is RSS 2.0 with its own items.
 */
import { expect, test } from '@playwright/test';
import type { FixtureSite } from '../../support/fixture-site.ts';
import { texts } from '../../support/lists-support.ts';
import { searchFixtureSite } from '../../support/search-support.ts';

test.describe.configure({ mode: 'default' });
let site: FixtureSite;
test.beforeAll(async () => {
  site = await searchFixtureSite();
});
test.afterAll(async () => {
  await site?.close();
});

const SHARED = '/sources/ledger-2022-06-20-follow-up/';
const OPENED = 'Night-shift engineers opened customer files without a recorded reason.';
const MOVED = 'All customer records were moved to the granite vault.';

test('the front page lists the three stories, each linking to its hub', async ({ page }) => {
  await page.goto(`${site.url}/`);
  expect((await texts(page, '.story-item__title')).sort()).toEqual([
    "The company's response",
    'The move to the granite vault',
    'The night-shift recordings',
  ]);
  await expect(page.getByRole('link', { name: 'The move to the granite vault' })).toHaveAttribute(
    'href',
    '/stories/vault-move/',
  );
});

test('each hub shows only its own claims and its own timeline', async ({ page }) => {
  await page.goto(`${site.url}/stories/night-shift/`);
  expect(await texts(page, '.claim-item__statement')).toEqual([OPENED]);
  expect(await texts(page, '.event__title')).toEqual(['The wire reports the recordings']);
  await page.goto(`${site.url}/stories/vault-move/`);
  expect(await texts(page, '.claim-item__statement')).toEqual([MOVED]);
  await expect(page.locator('main')).toContainText('No events in the timeline yet.');
  await page.goto(`${site.url}/stories/the-response/`);
  await expect(page.locator('main')).toContainText('No claims in the ledger yet.');
  await expect(page.locator('main')).toContainText('Concluded story');
  // The people and outlets of the shared source are in every story it belongs to.
  for (const hub of ['night-shift', 'vault-move', 'the-response']) {
    await page.goto(`${site.url}/stories/${hub}/`);
    const involved = page.locator('section', { has: page.locator('#people-title') });
    await expect(involved.getByRole('link', { name: 'Company spokesperson' })).toBeVisible();
    await expect(involved.getByRole('link', { name: 'Evening Ledger' })).toBeVisible();
  }
});

test('a story’s timeline and lists hold only its records, the site-wide timeline labels each event', async ({
  page,
}) => {
  await page.goto(`${site.url}/stories/vault-move/sources/`);
  expect((await texts(page, '.source-item__title')).sort()).toEqual([
    'Follow-up on the night-shift recordings',
    'Our customer records now live in the granite vault',
  ]);
  await page.goto(`${site.url}/stories/vault-move/timeline/`);
  await expect(page.locator('main .empty')).toHaveText('No events in the timeline yet.');
  await page.goto(`${site.url}/stories/night-shift/claims/`);
  expect(await texts(page, '.claim-item__statement')).toEqual([OPENED]);
  await page.goto(`${site.url}/timeline/`);
  const event = page.locator('#e-first-report');
  await expect(event.locator('.story-links a')).toHaveText(['The night-shift recordings']);
  await expect(event.locator('.story-links a')).toHaveAttribute('href', '/stories/night-shift/');
});

test('the shared source names all three stories, with links to their hubs', async ({ page }) => {
  await page.goto(`${site.url}${SHARED}`);
  const links = page.locator('.story-links a');
  expect(
    await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '').sort()),
  ).toEqual(['/stories/night-shift/', '/stories/the-response/', '/stories/vault-move/']);
  // A record in one story names only that one.
  await page.goto(`${site.url}/claims/records-moved/`);
  await expect(page.locator('.story-links a')).toHaveText(['The move to the granite vault']);
});

test('each story’s feed is RSS 2.0 with only its items, advertised on its hub', async ({
  page,
  request,
}) => {
  const want: Record<string, string[]> = {
    'night-shift': ['/sources/wire-2022-06-18-first-report/', SHARED, '/claims/files-opened/'],
    'vault-move': [
      '/sources/company-2023-01-10-vault-statement/',
      SHARED,
      '/claims/records-moved/',
    ],
    'the-response': [SHARED],
  };
  for (const [id, paths] of Object.entries(want)) {
    await page.goto(`${site.url}/stories/${id}/`);
    const href = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .last()
      .getAttribute('href');
    expect(href).toBe(`/rss/stories/${id}.xml`);
    const xml = await (await request.get(`${site.url}${href}`)).text();
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.nodeName,
        version: doc.documentElement.getAttribute('version'),
        channel: ['title', 'link', 'description'].map(
          (name) => doc.querySelector(`channel > ${name}`)?.textContent ?? '',
        ),
        links: [...doc.querySelectorAll('item > link')].map(
          (l) => new URL(l.textContent ?? '').pathname,
        ),
      };
    }, xml);
    expect(parsed.errors, id).toBe(0);
    expect(parsed.root).toBe('rss');
    expect(parsed.version).toBe('2.0');
    for (const field of parsed.channel) expect(field, id).not.toBe('');
    for (const path of paths) expect(parsed.links, id).toContain(path);
    // Nothing from a story it is not in: the wire's report is only in the night-shift story.
    if (id !== 'night-shift') {
      expect(parsed.links).not.toContain('/sources/wire-2022-06-18-first-report/');
    }
  }
});
