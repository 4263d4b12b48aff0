/**
 * Search on a small fixture site (tests/fixtures/search/content), where every
 * expected result is known: quote pages first for their words, facet counts,
 * exact phrases, the URL as the state, landing on an annotated passage, no
 * script or Pagefind on reading pages, `/` and the index on the search page
 * only, and keyboard-only use.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { FixtureSite } from '../../support/fixture-site.ts';
import {
  facetCount,
  openSearch,
  resultHrefs,
  searchFixtureSite,
  settled,
} from '../../support/search-support.ts';

test.describe.configure({ mode: 'serial' });

let site: FixtureSite;
test.beforeAll(async () => {
  site = await searchFixtureSite();
});
test.afterAll(async () => {
  await site?.close();
});

const QUOTE = 'Every ledger is visible from the lighthouse office';

test('a quote’s own page is the first result for its words', async ({ page }) => {
  await openSearch(page, site.url, `q=${encodeURIComponent(QUOTE)}`);
  const hrefs = await resultHrefs(page);
  expect(hrefs[0]).toBe('/quotes/every-ledger-visible/');
  // The sources that carry it are found too, below their quote.
  expect(hrefs).toContain('/sources/wire-2022-06-18-first-report/');
  const first = page.locator('.search-result').first();
  await expect(first.locator('.search-result__type')).toHaveText('Quote');
  await expect(first.locator('.search-result__facts')).toContainText('Night-shift engineer');
  await expect(first.locator('.search-result__facts time')).toHaveAttribute(
    'datetime',
    '2022-06-18',
  );
  await expect(first.locator('.search-result__excerpt mark').first()).toBeVisible();
});

test('a claim’s own page is a result of its own, with its status', async ({ page }) => {
  await openSearch(page, site.url, 'q=granite+vault&type=claim');
  expect(await resultHrefs(page)).toEqual(['/claims/records-moved/']);
  await expect(page.locator('.search-result__status')).toHaveText('unverified');
});

test('an outlet filter narrows the results, and its count was right', async ({ page }) => {
  await openSearch(page, site.url, 'q=lighthouse');
  const before = (await resultHrefs(page)).length;
  const expected = await facetCount(page, 'Evening Ledger');
  expect(expected).toBeGreaterThan(0);
  expect(expected).toBeLessThan(before);
  await page.getByRole('checkbox', { name: /Evening Ledger/ }).check();
  await settled(page);
  await expect(page).toHaveURL(/[?&]outlet=Evening\+Ledger/);
  const after = await resultHrefs(page);
  expect(after).toHaveLength(expected);
  expect(after).toContain('/sources/ledger-2022-06-20-follow-up/');
  expect(after).not.toContain('/sources/wire-2022-06-18-first-report/');
  await expect(page.getByRole('status')).toHaveText(
    `${expected} result${expected === 1 ? '' : 's'} for “lighthouse” with the chosen filters.`,
  );
});

test('an exact phrase in double quotes matches only the pages that have the phrase', async ({
  page,
  request,
}) => {
  await openSearch(page, site.url, `q=${encodeURIComponent('opened customer files')}`);
  const loose = await resultHrefs(page);
  // This statement has all three words, but never together.
  expect(loose).toContain('/sources/company-2023-01-10-vault-statement/');

  await openSearch(page, site.url, `q=${encodeURIComponent('"opened customer files"')}`);
  const exact = await resultHrefs(page);
  expect(exact.length).toBeGreaterThan(0);
  expect(exact).not.toContain('/sources/company-2023-01-10-vault-statement/');
  for (const href of exact) {
    const html = await (await request.get(`${site.url}${href}`)).text();
    const text = html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    expect(text, `${href} should contain the phrase`).toContain('opened customer files');
  }
});

test('the URL restores the query and the filters after a reload, and Back undoes a filter', async ({
  page,
}) => {
  await openSearch(page, site.url, '');
  const box = page.getByRole('searchbox', { name: /Search quotes, claims, sources/ });
  await box.fill('lighthouse');
  await expect(page).toHaveURL(/\?q=lighthouse$/);
  await settled(page);
  await page.getByRole('checkbox', { name: /Wire Daily/ }).check();
  await expect(page).toHaveURL(/\?q=lighthouse&outlet=Wire\+Daily$/);
  await settled(page);
  const filtered = await resultHrefs(page);

  await page.reload();
  await settled(page);
  await expect(box).toHaveValue('lighthouse');
  await expect(page.getByRole('checkbox', { name: /Wire Daily/ })).toBeChecked();
  expect(await resultHrefs(page)).toEqual(filtered);

  await page.goBack();
  await expect(page).toHaveURL(/\?q=lighthouse$/);
  await settled(page);
  await expect(page.getByRole('checkbox', { name: /Wire Daily/ })).not.toBeChecked();
  expect((await resultHrefs(page)).length).toBeGreaterThan(filtered.length);
});

test('clicking an annotation result lands on the passage, highlighted', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 500 });
  await openSearch(page, site.url, 'q=lighthouse+office&outlet=Wire+Daily&type=source');
  const passage = page
    .locator('.search-result__passages a')
    .filter({ hasText: 'Night-shift engineer' })
    .first();
  const href = (await passage.getAttribute('href')) ?? '';
  expect(href).toMatch(
    // The passage's own anchored words, not the query's.
    /^\/sources\/wire-2022-06-18-first-report\/#a-visible:~:text=([^#,]*-,)?Every%20ledger%20is%20visible%20from%20the%20lighthouse%20office(,-[^#,]*)?$/,
  );
  await passage.click();
  await expect(page).toHaveURL(/\/sources\/wire-2022-06-18-first-report\/#a-visible/);
  const target = page.locator('mark:target');
  await expect(target).toHaveAttribute('id', 'a-visible');
  await expect(target).toBeInViewport();
});

test('a reading page loads no script and no Pagefind file, even when its search box gets focus', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${site.url}/sources/wire-2022-06-18-first-report/`);
  await page.waitForLoadState('networkidle');
  const box = page.locator('#site-search-q');
  // No `/` shortcut without a script, so the box does not claim one.
  await expect(box).not.toHaveAttribute('aria-keyshortcuts');

  await box.focus();
  await page.keyboard.type('ledger');
  await expect(box).toBeFocused();
  await page.waitForLoadState('networkidle');
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  expect(requested.filter((path) => path.endsWith('.js') || path.endsWith('.mjs'))).toEqual([]);
  const scripts = await page
    .locator('script')
    .evaluateAll((nodes) => nodes.map((s) => s.getAttribute('type') ?? ''));
  expect(scripts.filter((type) => type !== 'application/ld+json')).toEqual([]);
});

test('on the search page `/` focuses the search field, and the index loads', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openSearch(page, site.url, '');
  await expect
    .poll(() => requested.filter((path) => path.startsWith('/pagefind/')))
    .toEqual(expect.arrayContaining(['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js']));
  expect(requested.some((path) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(path))).toBe(true);

  const field = page.locator('#search-q');
  await expect(field).toHaveAttribute('aria-keyshortcuts', '/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');

  // Typing `/` in another field types it there.
  const header = page.locator('#site-search-q');
  await header.focus();
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  await expect(header).toHaveValue('/');
});

test('search works with the keyboard alone, from any page to a result', async ({ page }) => {
  await page.goto(`${site.url}/sources/`);
  // A reading page has no script, so no shortcut: Tab reaches the header's search box.
  await tabTo(page, (el) => el.type === 'search' && el.label.trim() === 'Search the archive');
  await page.keyboard.type('ledger');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=ledger$/);
  await settled(page);
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “ledger”\.$/);

  // `/` on the search page goes to its own box; typing there searches as you type.
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-q')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' lighthouse');
  await expect(page).toHaveURL(/\?q=ledger\+lighthouse$/);
  await settled(page);

  await tabTo(page, (el) => el.type === 'checkbox' && el.label.startsWith('Quotes'));
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/type=quote/);
  await settled(page);
  await tabTo(page, (el) => el.inResultTitle);
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test('results do not wait for the facets: they show while the filter index is still coming', async ({
  page,
  context,
}) => {
  // Hold back every filter file (Pagefind fetches them from its worker, which the
  // context's routes see) until the results are on screen.
  const held = await holdRequests(context, indexFiles('filter'));
  await page.goto(`${site.url}/search/?q=lighthouse`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  // The facets' instance starts once the results are drawn; wait until it asks for the filters.
  await expect.poll(() => held.asked).toBeGreaterThan(0);
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'results');
  await expect(page.locator('[data-search-facets]')).toBeHidden();
  held.release();
  await settled(page);
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
  await expect(page.getByRole('group', { name: 'Outlet' })).toBeVisible();
  expect(await facetCount(page, 'Evening Ledger')).toBeGreaterThan(0);
});

test('each result shows once its data is in, without waiting for the ones below it', async ({
  page,
  context,
}) => {
  // Let the first result's data through (results ask for theirs in rank order) and hold the rest.
  const fragments = await holdRequests(context, indexFiles('fragment'), 1);
  await page.goto(`${site.url}/search/?q=lighthouse`);
  await expect(page.locator('.search-result')).toHaveCount(1);
  await expect.poll(() => fragments.asked).toBeGreaterThan(1);
  await expect(page.locator('.search-result')).toHaveCount(1);
  fragments.release();
  await settled(page);
  const held = await resultHrefs(page);
  expect(held.length).toBeGreaterThan(1);

  // The same results in the same order as when nothing is held back.
  await context.unrouteAll();
  await page.goto(`${site.url}/search/?q=lighthouse`);
  await settled(page);
  expect(await resultHrefs(page)).toEqual(held);
});

test('quotes and claims show first, before the articles and sources bundle has loaded', async ({
  page,
  context,
}) => {
  // Hold every file of the texts bundle, and note what was asked for meanwhile.
  const requested: string[] = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const textsBundle = await holdRequests(context, '**/pagefind-texts/**');
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(QUOTE)}`);
  const first = page.locator('[data-search-section="first"]');
  const texts = page.locator('[data-search-section="texts"]');
  await expect(first.locator('.search-result').first()).toBeVisible();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(/^Quotes and claims \(\d+\)$/);
  expect(await resultHrefs(page)).toEqual(['/quotes/every-ledger-visible/']);
  await expect(texts).toBeHidden();
  await expect(page.getByText('Searching the articles and sources…')).toBeVisible();
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'searching');
  // The first results needed neither the texts bundle nor Pagefind's worker: both were
  // asked for only after the first section's data.
  const lastFirstFragment = requested.findLastIndex((path) =>
    path.startsWith('/pagefind/fragment/'),
  );
  expect(lastFirstFragment).toBeGreaterThan(-1);
  const before = requested.slice(0, lastFirstFragment);
  expect(before.filter((path) => path.startsWith('/pagefind-texts/'))).toEqual([]);
  expect(before).not.toContain('/pagefind/pagefind-worker.js');

  textsBundle.release();
  await settled(page);
  await expect(page.getByText('Searching the articles and sources…')).toBeHidden();
  await expect(texts.getByRole('heading', { level: 2 })).toHaveText(
    /^Articles, sources, people and events \(\d+\)$/,
  );
  const all = await resultHrefs(page);
  expect(all[0]).toBe('/quotes/every-ledger-visible/');
  expect(all).toContain('/sources/wire-2022-06-18-first-report/');
  // Each page is listed once, in one section.
  expect(new Set(all).size).toBe(all.length);
  await expect(page.getByRole('status')).toHaveText(`${all.length} results for “${QUOTE}”.`);
});

test('when the articles and sources cannot be loaded, the quotes and claims still show, and the page says so', async ({
  page,
}) => {
  await page.route('**/pagefind-texts/**', (route) => route.fulfill({ status: 404, body: '' }));
  await openSearch(page, site.url, `q=${encodeURIComponent(QUOTE)}`);
  expect(await resultHrefs(page)).toEqual(['/quotes/every-ledger-visible/']);
  await expect(page.getByText('The articles and sources could not be searched.')).toBeVisible();
  await expect(page.locator('[data-search-section="texts"]')).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`1 result for “${QUOTE}”.`);

  // Once the bundle can be reached again, the next search finds the sources too.
  await page.unrouteAll();
  await page.locator('#search-q').fill('lighthouse office');
  await settled(page);
  await expect(page.getByText('The articles and sources could not be searched.')).toBeHidden();
  expect(await resultHrefs(page)).toContain('/sources/wire-2022-06-18-first-report/');
});

test('a new search keeps the articles and sources on screen until its own replace them', async ({
  page,
}) => {
  await openSearch(page, site.url, 'q=lighthouse');
  const texts = page.locator('[data-search-section="texts"]');
  await expect(texts).toBeVisible();
  const before = await texts.locator('.search-result__title a').count();
  expect(before).toBeGreaterThan(0);
  // Note every time the section is hidden or emptied while the next search runs.
  await page.evaluate(() => {
    const section = document.querySelector('[data-search-section="texts"]')!;
    const seen: string[] = [];
    (window as unknown as { __textsSeen: string[] }).__textsSeen = seen;
    new MutationObserver(() => {
      if (section.hasAttribute('hidden')) seen.push('hidden');
      if (section.querySelectorAll('.search-result').length === 0) seen.push('empty');
      if (section.getAttribute('aria-busy') === 'true') seen.push('busy');
    }).observe(section, { attributes: true, childList: true, subtree: true });
  });
  await page.locator('#search-q').fill('ledger');
  await settled(page);
  const seen = await page.evaluate(
    () => (window as unknown as { __textsSeen: string[] }).__textsSeen,
  );
  expect(seen).toContain('busy');
  expect(seen).not.toContain('hidden');
  expect(seen).not.toContain('empty');
  await expect(texts).not.toHaveAttribute('aria-busy', 'true');
  expect(await texts.locator('.search-result').count()).toBeGreaterThan(0);
  expect(await resultHrefs(page)).toContain('/sources/ledger-2022-06-20-follow-up/');
});

test('a type filter searches only the section that holds it', async ({ page }) => {
  await openSearch(page, site.url, 'q=lighthouse&type=source');
  await expect(page.locator('[data-search-section="first"]')).toBeHidden();
  const hrefs = await resultHrefs(page);
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith('/sources/'))).toEqual([]);

  await openSearch(page, site.url, 'q=lighthouse&type=quote');
  await expect(page.locator('[data-search-section="texts"]')).toBeHidden();
  const quotes = await resultHrefs(page);
  expect(quotes.length).toBeGreaterThan(0);
  expect(quotes.filter((href) => !href.startsWith('/quotes/'))).toEqual([]);
});

/** Requests for one kind of index file (`fragment`, `filter`) of any bundle, or part of the texts bundle. */
const indexFiles = (kind: string): RegExp => new RegExp(`/pagefind[^/]*/(?:part-\\d+/)?${kind}/`);

/** The address and title of every page in a Pagefind bundle's folder, read back from its fragments. */
function bundlePages(dir: string): { url: string; title: string }[] {
  return readdirSync(join(dir, 'fragment')).map((name) => {
    // A fragment is gzipped JSON behind Pagefind's 12-byte signature.
    const json = gunzipSync(readFileSync(join(dir, 'fragment', name))).subarray(12);
    const fragment = JSON.parse(json.toString('utf8')) as { url: string; meta: { title: string } };
    return { url: fragment.url, title: fragment.meta.title };
  });
}

test('an index written in parts is searched whole: a page from each part is found', async ({
  page,
}) => {
  const { parts } = JSON.parse(
    readFileSync(join(site.outDir, 'pagefind-texts', 'parts.json'), 'utf8'),
  ) as { parts: string[] };
  // The fixture is built with parts of at most four pages (SEARCH_FIXTURE_PART_PAGES).
  expect(parts.length).toBeGreaterThanOrEqual(3);
  expect(parts[0]).toBe('/pagefind-texts/');
  for (const part of parts) {
    // Timeline events are records the first part adds beside its pages.
    const pages = bundlePages(join(site.outDir, part)).filter(
      (p) => p.url !== '/' && !p.url.startsWith('/timeline/'),
    );
    expect(pages.length, part).toBeGreaterThan(0);
    expect(pages.length, part).toBeLessThanOrEqual(4);
    const { url, title } = pages[pages.length - 1]!;
    await openSearch(page, site.url, `q=${encodeURIComponent(title)}`);
    expect(await resultHrefs(page), `${title} (${part})`).toContain(url);
  }
});

test('the page explains itself when the index cannot be loaded', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await openSearch(page, site.url, 'q=ledger');
  await expect(page.getByText('The search index could not be loaded.')).toBeVisible();
  await expect(page.locator('#search-q')).toHaveValue('ledger');
});

/**
 * Holds back the browser context's requests matching `glob` (Pagefind's worker
 * fetches included) until `release()`, after letting the first `pass` through.
 * `asked` counts the matching requests so far.
 */
async function holdRequests(
  context: BrowserContext,
  glob: string | RegExp,
  pass = 0,
): Promise<{ readonly asked: number; release: () => void }> {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await context.route(glob, async (route) => {
    asked += 1;
    if (asked > pass) await released;
    await route.continue();
  });
  return {
    get asked() {
      return asked;
    },
    release,
  };
}

/** What the focused element is, as the keyboard tests need to know. */
interface Focused {
  type: string;
  label: string;
  inResultTitle: boolean;
}

/** Presses Tab until the focused element passes `check` (at most 60 times). */
async function tabTo(page: Page, check: (el: Focused) => boolean): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return {
        type: el?.getAttribute('type') ?? '',
        label: el?.labels?.[0]?.textContent ?? '',
        inResultTitle: el?.closest('.search-result__title') != null,
      };
    });
    if (check(focused)) return;
  }
  throw new Error('never reached the element with Tab');
}
