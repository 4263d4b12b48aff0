/**
 * What search costs a reader on the real site, measured in Chromium: bytes
 * transferred (encoded, as on the wire) when the search page starts Pagefind,
 * for a first query and for a second one, and the time from typing to the
 * first results. The figures are printed and attached to the test report;
 * the assertions only keep them within sane bounds for a small archive.
 *
 * Run: npx playwright test tests/e2e/search/search-figures.test.ts --reporter=list
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { SEARCH_BUNDLES } from '../../../src/lib/search/bundles.ts';
import { settled } from '../../support/search-support.ts';

/**
 * Counts the bytes (headers and encoded body, as on the wire) of every
 * response that finishes while `action` runs, including those fetched by
 * Pagefind's web worker.
 */
async function bytesDuring(page: Page, action: () => Promise<void>): Promise<Transfer> {
  const pending: Promise<void>[] = [];
  const files: { path: string; bytes: number }[] = [];
  const onFinished = (request: Request): void => {
    pending.push(
      request.sizes().then((sizes) => {
        const path = new URL(request.url()).pathname;
        files.push({ path, bytes: sizes.responseHeadersSize + sizes.responseBodySize });
      }),
    );
  };
  page.context().on('requestfinished', onFinished);
  await action();
  page.context().off('requestfinished', onFinished);
  await Promise.all(pending);
  return new Transfer(files);
}

/** What a step transferred: every file, and totals for all of them or for Pagefind's alone. */
class Transfer {
  readonly files: { path: string; bytes: number }[];
  constructor(files: { path: string; bytes: number }[]) {
    this.files = files;
  }
  /** Files of the two search bundles (the browser may fetch a favicon meanwhile; it is not search). */
  get pagefind(): { path: string; bytes: number }[] {
    const bundles = Object.values(SEARCH_BUNDLES).map((bundle) => bundle.path);
    return this.files.filter((f) => bundles.some((path) => f.path.startsWith(path)));
  }
  static total(files: { bytes: number }[]): number {
    return files.reduce((n, f) => n + f.bytes, 0);
  }
}

/** Types a query into the search page's box and waits for its results; returns the milliseconds taken. */
async function typeAndWait(page: Page, query: string): Promise<number> {
  const started = Date.now();
  await page.locator('#search-q').fill(query);
  // Fifteen seconds, not five: the machines are shared, and a first search loads the index.
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”`), {
    timeout: 15_000,
  });
  await settled(page);
  return Date.now() - started;
}

// Times are printed, never asserted: the machines are shared and noisy (bytes are deterministic).
test('a first and a second search transfer little, and their figures are printed', async ({
  page,
}) => {
  const load = await bytesDuring(page, async () => {
    await page.goto('/search/');
    await settled(page);
  });
  let ms1 = 0;
  let ms2 = 0;
  const first = await bytesDuring(page, async () => {
    ms1 = await typeAndWait(page, 'master admin');
  });
  const second = await bytesDuring(page, async () => {
    ms2 = await typeAndWait(page, 'Oracle');
  });
  // A shared link or the header box: a fresh browser lands on /search/?q=… with nothing cached.
  const cold = await page.context().browser()!.newPage();
  let msCold = 0;
  const coldTransfer = await bytesDuring(cold, async () => {
    const started = Date.now();
    await cold.goto('/search/?q=master+admin');
    await expect(cold.getByRole('status')).toHaveText(/^\d+ results? for “master admin”/, {
      timeout: 15_000,
    });
    msCold = Date.now() - started;
  });
  await cold.close();
  const kb = (files: { bytes: number }[]) =>
    `${(Transfer.total(files) / 1024).toFixed(1)} KiB in ${files.length} files`;
  const report = [
    `search page load: ${kb(load.files)}, of which Pagefind start-up ${kb(load.pagefind)}`,
    `first search ("master admin"): ${kb(first.pagefind)}, results shown ${ms1} ms after typing`,
    `second search ("Oracle"): ${kb(second.pagefind)}, results shown ${ms2} ms after typing`,
    `arriving cold at /search/?q=master+admin: ${kb(coldTransfer.files)}, of which Pagefind ${kb(coldTransfer.pagefind)}, results ${msCold} ms after navigation starts`,
    '(times include the 200 ms pause the page waits after the last keystroke)',
  ].join('\n');
  console.log(report);
  test.info().annotations.push({ type: 'search figures', description: report });
  expect(Transfer.total(load.pagefind)).toBeGreaterThan(0);
  expect(first.pagefind.length).toBeGreaterThan(0);
  expect(Transfer.total(first.pagefind)).toBeLessThan(512 * 1024);
  expect(Transfer.total(second.pagefind)).toBeLessThan(512 * 1024);
  expect(ms1).toBeGreaterThan(0);
});
