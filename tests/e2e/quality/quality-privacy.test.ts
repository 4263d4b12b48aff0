import { expect, test } from '@playwright/test';
import { onePagePerType, sitePages } from '../../support/site-pages.ts';

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
  // A request that fails at the network level, or one the server answers with
  // an error status. Chromium reports a load that the next navigation cancels
  // (a late favicon fetch, say) as net::ERR_ABORTED: that is the test moving
  // on, not the page failing, so it is the one failure not counted. A blocked
  // resource still fails the console check below.
  context.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    if (reason !== 'net::ERR_ABORTED') failed.push(`${current}: ${request.url()} (${reason})`);
  });
  context.on('response', (response) => {
    const notFoundPage = current.startsWith('/404') && response.request().isNavigationRequest();
    if (response.status() >= 400 && !notFoundPage)
      failed.push(`${current}: ${response.url()} (HTTP ${response.status()})`);
  });
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
