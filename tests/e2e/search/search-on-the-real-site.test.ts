/**
 * A smoke test of search on the real content (the site Playwright builds):
 * a well-known quote is found as its own page, facets are filled from the
 * index, and source results list their annotated passages.
 */
import { expect, test } from '@playwright/test';
import { expectHintsUsed, openSearch, resultHrefs } from '../../support/search-support.ts';

test('the best-known quote is found as its own page, with facets and passages', async ({
  page,
}) => {
  await openSearch(page, '', `q=${encodeURIComponent('Everything is seen in China')}`);
  const hrefs = await resultHrefs(page);
  expect(hrefs[0]).toBe('/quotes/everything-seen-in-china/');
  expect(hrefs.filter((href) => href.startsWith('/sources/')).length).toBeGreaterThan(1);
  await expect(page.getByRole('status')).toHaveText(
    /^\d+ results for “Everything is seen in China”\.$/,
  );
  for (const facet of ['Type', 'Outlet', 'Speaker', 'Year']) {
    await expect(page.getByRole('group', { name: facet })).toBeVisible();
  }
  const passage = page.locator('.search-result__passages a').first();
  await expect(passage).toHaveAttribute('href', /^\/sources\/[a-z0-9-]+\/#a-[a-z0-9-]+:~:text=/);
});

test('quotes and claims open with the first five, and "Show more" adds the rest', async ({
  page,
}) => {
  await openSearch(page, '', 'q=oracle');
  const first = page.locator('[data-search-section="first"]');
  const heading = await first.getByRole('heading', { level: 2 }).innerText();
  const total = Number(/\((\d+)\)/.exec(heading)?.[1]);
  expect(total).toBeGreaterThan(5);
  await expect(first.locator('.search-result')).toHaveCount(5);
  // The articles and sources follow at once, below the five.
  await expect(page.locator('[data-search-section="texts"] .search-result').first()).toBeVisible();

  await first.getByRole('button', { name: 'Show more quotes and claims' }).click();
  await expect(first.locator('.search-result')).toHaveCount(Math.min(total, 25));
  // Focus moves to the first of the new results.
  await expect(first.locator('.search-result').nth(5).locator('a').first()).toBeFocused();
});

test('each section keeps the chosen order: newest first', async ({ page }) => {
  await openSearch(page, '', 'q=data&sort=newest');
  for (const tier of ['first', 'texts']) {
    const dates = await page
      .locator(`[data-search-section="${tier}"] .search-result__facts time`)
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length, `dated results in the ${tier} section`).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  }
});

test('excerpts read as text: no record label or date runs into the words around it', async ({
  page,
}) => {
  const month =
    '(January|February|March|April|May|June|July|August|September|October|November|December)';
  const glued = [
    /\b(Outlet|Authors?|Published|Captured|Kind|Language)(?=[A-Z0-9])/,
    new RegExp(`[a-z]\\d{1,2} ${month} \\d{4}`),
    /\d{4}\d+ min read/,
    /\d{4}(Exact|Typographic|Altered|Paraphrase|First)/,
  ];
  const excerpts: string[] = [];
  for (const q of ['Verge', 'BuzzFeed', 'editors', 'published', 'Oracle']) {
    await openSearch(page, '', `q=${q}`);
    excerpts.push(...(await page.locator('.search-result__excerpt').allInnerTexts()));
  }
  expect(excerpts.length).toBeGreaterThan(20);
  for (const pattern of glued) {
    expect(excerpts.filter((text) => pattern.test(text))).toEqual([]);
  }
});

test('the files the first results need are hinted in the page, and each is fetched once', async ({
  page,
}) => {
  await openSearch(page, '', 'q=oracle');
  await expectHintsUsed(page, 'first');
  await expect(page.locator('.search-result').first()).toBeVisible();
});
