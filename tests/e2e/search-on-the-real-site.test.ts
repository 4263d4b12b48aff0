/**
 * A smoke test of search on the real content (the site Playwright builds):
 * a well-known quote is found as its own page, facets are filled from the
 * index, and source results list their annotated passages.
 */
import { expect, test } from '@playwright/test';
import { openSearch, resultHrefs } from './search-support.ts';

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
