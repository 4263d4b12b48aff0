/**
 * The search page with results, facets and an annotation passage open passes
 * axe's WCAG 2.2 AA rules in light and dark, and at 320px wide does not
 * scroll sideways.
 */
import { expect, test } from '@playwright/test';
import { openSearch } from '../../support/search-support.ts';
import { axeViolations } from '../../support/axe.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results passes axe in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSearch(page, '', 'q=master+admin&type=source');
    await expect(page.locator('.search-result').first()).toBeVisible();
    expect(await axeViolations(page, 'search results')).toEqual([]);
  });
}

test('the search page with results fits a 320px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openSearch(page, '', 'q=Oracle');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('on a phone, every search result fits inside the screen, long titles included', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openSearch(page, '', 'q=everything+is+seen');
  await expect(page.locator('.search-result').first()).toBeVisible();
  const overhang = await page
    .locator('.search-result')
    .evaluateAll((results) =>
      results.map((r) => Math.round(r.getBoundingClientRect().right - window.innerWidth)),
    );
  expect(overhang.length).toBeGreaterThan(0);
  expect(overhang.filter((px) => px > 0)).toEqual([]);
});
