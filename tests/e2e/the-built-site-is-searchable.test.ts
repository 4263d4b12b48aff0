import { expect, test } from '@playwright/test';

test('the built site answers a Pagefind search for a word on the home page', async ({ page }) => {
  await page.goto('/');
  const results = await page.evaluate(async () => {
    const pagefindUrl = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ pagefindUrl);
    const search = await pagefind.search('archive');
    const data = await Promise.all(
      search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()),
    );
    return data.map((d: { url: string }) => d.url);
  });
  expect(results).toContain('/');
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
