/**
 * Helpers for the search end-to-end tests: wait for the search page to settle
 * and read its results, facets and status.
 */
import { expect, type Page } from '@playwright/test';
import { SEARCH_BUNDLES, type SearchTier } from '../../src/lib/search/bundles.ts';
import { fixtureSite, type FixtureSite } from './fixture-site.ts';

/**
 * The most pages in one part of the search fixture's texts bundle: its texts
 * bundle is written in parts (src/lib/search/bundles.ts), so every search test
 * also proves that the search page merges the parts an archive of 100,000
 * sources is written in.
 */
export const SEARCH_FIXTURE_PART_PAGES = 4;

/**
 * The search fixture (tests/fixtures/search), built and served once per test
 * run with its texts bundle in parts of {@link SEARCH_FIXTURE_PART_PAGES}
 * pages: every test file that searches it calls this, so all of them share
 * one build. Call `close()` in afterAll.
 */
export function searchFixtureSite(): Promise<FixtureSite> {
  return fixtureSite('search', SEARCH_FIXTURE_ENV);
}

/** The environment the search fixture is built with (a test that builds it again uses the same). */
export const SEARCH_FIXTURE_ENV = {
  SOURCEBOOK_SEARCH_PART_PAGES: String(SEARCH_FIXTURE_PART_PAGES),
} as const;

/**
 * Waits until the search page has finished its latest search (or found nothing
 * to do). A first search loads Pagefind's WebAssembly, both bundles and every
 * filter's index; on a busy shared machine that can take longer than
 * Playwright's default five seconds, so the wait allows fifteen.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-search-root]')).toHaveAttribute(
    'data-state',
    /^(done|idle|unavailable)$/,
    { timeout: 15_000 },
  );
}

/** Opens /search/ with a query string and waits for its results. */
export async function openSearch(page: Page, base: string, query: string): Promise<void> {
  await page.goto(`${base}/search/${query ? `?${query}` : ''}`);
  await settled(page);
}

/** The addresses of the results, in order. */
export async function resultHrefs(page: Page): Promise<string[]> {
  return page
    .locator('.search-result__title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The count shown beside one value of a facet, e.g. outlet "Wire Daily". */
export async function facetCount(page: Page, label: string): Promise<number> {
  const text = await page.locator('.search-facets label', { hasText: label }).innerText();
  return Number(/\((\d+)\)/.exec(text)?.[1] ?? NaN);
}

/**
 * The search page's preload hints (src/lib/search/preload.ts), each with the
 * entries the page's Resource Timing holds for its address, and the
 * addresses of every other request the page itself made for an entry file
 * of a search bundle (requests from Pagefind's worker are not the page's).
 */
async function preloadUse(page: Page): Promise<{
  hints: { rel: string; path: string; initiators: string[] }[];
  otherEntryRequests: string[];
}> {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-search-preload]')];
    const hints = links.map((link) => ({
      rel: link.rel,
      path: new URL(link.href).pathname + new URL(link.href).search,
      initiators: performance
        .getEntriesByName(link.href)
        .map((e) => (e as PerformanceResourceTiming).initiatorType),
    }));
    const hinted = new Set(links.map((link) => link.href));
    const otherEntryRequests = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.includes('/pagefind-entry.json') && !hinted.has(name))
      .map((name) => new URL(name).pathname + new URL(name).search);
    return { hints, otherEntryRequests };
  });
}

/**
 * Checks that the search page hints Pagefind's script and the entry,
 * metadata and WebAssembly of the bundle `tier`, and that each hint was used:
 * fetched once, by the hint. Had Pagefind's fetch() not matched a hint
 * (another mode or address), the page would hold a second entry for it,
 * initiated by "fetch"; Chromium reports a module preload as initiated by
 * "script". Pagefind must also ask for its entry file by the hint's tag, not
 * by the time (?ts=<now>).
 */
export async function expectHintsUsed(page: Page, tier: SearchTier): Promise<void> {
  const base = SEARCH_BUNDLES[tier].path;
  const { hints, otherEntryRequests } = await preloadUse(page);
  expect(hints.map((h) => h.path.replace(/[0-9a-f]{10,}/, '<hash>'))).toEqual([
    '/pagefind/pagefind.js',
    `${base}pagefind-entry.json?ts=<hash>`,
    `${base}pagefind.en_<hash>.pf_meta`,
    `${base}wasm.en.pagefind`,
  ]);
  expect(hints.map((h) => h.initiators)).toEqual([['script'], ['link'], ['link'], ['link']]);
  expect(otherEntryRequests).toEqual([]);
}
