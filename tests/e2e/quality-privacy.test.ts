import { expect, test } from '@playwright/test';
import { onePagePerType, sitePages } from '../support/site-pages.ts';

test('each kind of page loads only from the site itself and sets no cookie', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const paths = onePagePerType(sitePages());
  // The search page with a query also loads Pagefind's index, worker and WebAssembly.
  if (paths.some((path) => path.startsWith('/search/'))) paths.push('/search/?q=data');
  const foreign: string[] = [];
  const failed: string[] = [];
  const violations: string[] = [];
  let current = '';
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(`${current}: ${request.url()}`);
  });
  context.on('requestfailed', (request) => failed.push(`${current}: ${request.url()}`));
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(`${current}: ${message.text()}`);
  });
  for (const path of paths) {
    current = path;
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(paths.length).toBeGreaterThan(1);
  expect(foreign, 'requests to other origins').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
  expect(violations, 'console errors (a blocked resource shows here)').toEqual([]);
  expect(await context.cookies(), 'cookies').toEqual([]);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
  expect(storage, 'web storage entries').toBe(0);
});
