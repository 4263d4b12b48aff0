/**
 * Stories in search and on the people and outlet pages, on the search
 * fixture (tests/fixtures/search): three stories share the Evening Ledger's
 * follow-up and the people quoted in it. The story facet narrows results and
 * lives in the URL; a story hub's search box (a plain form, no script)
 * searches within the story, and the search page says so and can widen to
 * the whole archive; a person's and an outlet's lists are grouped under
 * story headings when they span several stories, and only then.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from '../../support/axe.ts';
import type { FixtureSite } from '../../support/fixture-site.ts';
import { texts } from '../../support/lists-support.ts';
import {
  facetCount,
  openSearch,
  resultHrefs,
  searchFixtureSite,
  settled,
} from '../../support/search-support.ts';

test.describe.configure({ mode: 'default' });
let site: FixtureSite;
test.beforeAll(async () => {
  site = await searchFixtureSite();
});
test.afterAll(async () => {
  await site?.close();
});

const VAULT = 'The move to the granite vault';
const NIGHT = 'The night-shift recordings';
const RESPONSE = "The company's response";
const SHARED = '/sources/ledger-2022-06-20-follow-up/';
const WIRE = '/sources/wire-2022-06-18-first-report/';

/** The story facet's visible values, as their labels read (title and count). */
async function storyValues(page: Page): Promise<string[]> {
  const facet = page.locator('.search-facet', {
    has: page.locator('legend', { hasText: 'Story' }),
  });
  return facet.locator('li:not([hidden]) label').allInnerTexts();
}

test('the story facet names stories by title, hides those with no result, and narrows the results', async ({
  page,
}) => {
  await openSearch(page, site.url, 'q=lighthouse');
  const before = await resultHrefs(page);
  expect(before).toEqual(expect.arrayContaining([SHARED, WIRE, '/quotes/every-ledger-visible/']));
  const values = await storyValues(page);
  expect(values.map((v) => v.replace(/\s*\(\d+\)$/, '')).sort()).toEqual(
    [NIGHT, RESPONSE, VAULT].sort(),
  );
  const expected = await facetCount(page, VAULT);
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(before.length);

  await page.getByRole('checkbox', { name: new RegExp(VAULT) }).check();
  await settled(page);
  await expect(page).toHaveURL(/[?&]story=vault-move(&|$)/);
  const after = await resultHrefs(page);
  expect(after).toHaveLength(expected);
  // The shared source and the quote it carries are in the story; the wire's first report is not.
  expect(after.sort()).toEqual(['/quotes/every-ledger-visible/', SHARED].sort());

  // Words only the vault story holds (its quote, claim and source; people and outlets belong
  // to no story): the other stories have no result, and their values hide.
  await openSearch(page, site.url, 'q=granite');
  expect(await storyValues(page)).toEqual([`${VAULT} (3)`]);
});

test('a story hub’s search box is a plain form that searches within the story', async ({
  page,
}) => {
  await page.goto(`${site.url}/stories/vault-move/`);
  const form = page.getByRole('search', { name: 'Search this story' });
  await expect(form).toHaveAttribute('method', 'get');
  await expect(form).toHaveAttribute('action', '/search/');
  await expect(form.locator('input[type="hidden"][name="story"]')).toHaveValue('vault-move');
  // A reading page: the hub ships no script for its search box.
  const scripts = await page
    .locator('script')
    .evaluateAll((ss) => ss.map((s) => s.getAttribute('type') ?? 'module'));
  expect(scripts.filter((type) => type !== 'application/ld+json')).toEqual([]);

  await form.getByRole('searchbox').fill('lighthouse');
  await form.getByRole('button', { name: 'Search' }).click();
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?.*story=vault-move/);
  await expect(page).toHaveURL(/[?&]q=lighthouse/);
  expect((await resultHrefs(page)).sort()).toEqual(
    ['/quotes/every-ledger-visible/', SHARED].sort(),
  );
  const scope = page.locator('[data-search-scope]');
  await expect(scope).toBeVisible();
  await expect(scope).toContainText(`Results are limited to the story ${VAULT}.`);
  await expect(scope.getByRole('link', { name: VAULT })).toHaveAttribute(
    'href',
    '/stories/vault-move/',
  );
  await expect(page.getByRole('checkbox', { name: new RegExp(VAULT) })).toBeChecked();

  await scope.getByRole('link', { name: 'Search the whole archive' }).click();
  await settled(page);
  await expect(page).toHaveURL(/\/search\/\?q=lighthouse$/);
  await expect(scope).toBeHidden();
  await expect(page.getByRole('checkbox', { name: new RegExp(VAULT) })).not.toBeChecked();
  expect(await resultHrefs(page)).toContain(WIRE);

  // Back returns to the story's search, and its address alone restores it.
  await page.goBack();
  await settled(page);
  await expect(scope).toBeVisible();
  expect(await resultHrefs(page)).not.toContain(WIRE);
  await openSearch(page, site.url, 'story=vault-move&q=lighthouse');
  await expect(scope).toContainText(VAULT);
  expect(await resultHrefs(page)).not.toContain(WIRE);
});

test('a person’s and an outlet’s lists are grouped by story only when they span several', async ({
  page,
}) => {
  // The spokesperson is quoted in the vault statement (one story) and the shared follow-up (three).
  await page.goto(`${site.url}/people/company-spokesperson/`);
  const passages = page.locator('section', { has: page.locator('#passages') });
  // Stories in the archive's order: most recently updated first (the response started later).
  expect(await texts(passages, 'h3.story-group a')).toEqual([VAULT, RESPONSE, NIGHT]);
  // One list per story, the shared follow-up's passage under each of its three.
  const lists = passages.locator('ol');
  await expect(lists).toHaveCount(3);
  await expect(lists.nth(0).locator(':scope > li')).toHaveCount(2);
  await expect(lists.nth(1).locator(':scope > li')).toHaveCount(1);
  await expect(lists.nth(2).locator(':scope > li')).toHaveCount(1);
  await expect(lists.nth(2).locator(`a[href^="${SHARED}"]`).first()).toBeVisible();
  // Their one canonical quote is in one story: no heading.
  const quotes = page.locator('section', { has: page.locator('#canonical') });
  await expect(quotes.locator('h3.story-group')).toHaveCount(0);
  await expect(quotes.locator('.quote-item')).toHaveCount(1);

  // The wire published one source, in one story: no heading.
  await page.goto(`${site.url}/outlets/wire-daily/`);
  await expect(page.locator('main h3.story-group')).toHaveCount(0);
  await expect(page.locator('main .source-item')).toHaveCount(1);
  // The Evening Ledger's one source is in three stories: listed under each.
  await page.goto(`${site.url}/outlets/evening-ledger/`);
  const published = page.locator('section', { has: page.locator('#published') });
  expect(await texts(published, 'h3.story-group a')).toEqual([VAULT, RESPONSE, NIGHT]);
  await expect(published.locator('.source-item')).toHaveCount(3);
});

test('the hub’s search box, the grouped pages and a story-limited search pass axe in light and dark', async ({
  page,
}) => {
  // Eight axe runs: on a loaded machine they take longer than the default minute.
  test.setTimeout(240_000);
  const paths = [
    '/stories/vault-move/',
    '/people/company-spokesperson/',
    '/outlets/evening-ledger/',
    '/search/?story=vault-move&q=lighthouse',
  ];
  const violations: string[] = [];
  for (const path of paths) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) {
        await settled(page);
        await expect(page.locator('[data-search-scope]')).toBeVisible();
      }
      // Only colours differ in the dark scheme, so only the colour rules run again.
      violations.push(
        ...(await axeViolations(
          page,
          `${path} (${colorScheme})`,
          colorScheme === 'dark' ? COLOUR_RULES : undefined,
        )),
      );
    }
  }
  expect(violations).toEqual([]);
});
