/**
 * Helpers for the search end-to-end tests: wait for the search page to settle
 * and read its results, facets and status.
 */
import { expect, type Page } from '@playwright/test';

/** Waits until the search page has finished its latest search (or found nothing to do). */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-search-root]')).toHaveAttribute(
    'data-state',
    /^(done|idle|unavailable)$/,
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
