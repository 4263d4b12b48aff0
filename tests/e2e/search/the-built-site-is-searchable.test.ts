import { expect, test } from '@playwright/test';

test('the built site answers a Pagefind search for a word on the home page', async ({ page }) => {
  await page.goto('/');
  const { first, whole } = await page.evaluate(async () => {
    interface Search {
      results: { data: () => Promise<{ url: string }> }[];
    }
    const urls = async (search: Search) =>
      (await Promise.all(search.results.map((r) => r.data()))).map((d) => d.url);
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ pagefindUrl);
    // The first bundle alone: quotes and claims.
    const first = await urls(await pagefind.search('archive'));
    // The whole site: the texts bundle merged in, as the search page does.
    await pagefind.mergeIndex('/pagefind-texts/');
    const whole = await urls(await pagefind.search('archive'));
    return { first, whole };
  });
  expect(first.filter((url) => !/^\/(quotes|claims)\//.test(url))).toEqual([]);
  expect(whole).toContain('/');
  expect(whole).toEqual(expect.arrayContaining(first));
});

test('the home page has a skip link that moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
