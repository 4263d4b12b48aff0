/**
 * Search while editing: under `astro dev`, the search page searches the index
 * the last build left in the output folder, and says how fresh it is; with no
 * build yet, it says how to make one. The dev server serves only the index's
 * own files from the output folder.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, copyContent, PROJECT_ROOT, takeBuildLock } from '../../support/fixture-site.ts';
import { startDevServer, type DevServer } from '../../support/dev-server.ts';
import { openSearch, resultHrefs } from '../../support/search-support.ts';

const SOURCE = 'mediaite-everything-seen';

let content: string;
let work: string;
let outDir: string;
let server: DevServer;
let releaseLock: () => void = () => {};

test.describe.configure({ mode: 'serial', timeout: 240_000 });

/** Starts the dev server with its output folder (where it looks for the last build) at `out`. */
async function devServerWithOutput(out: string): Promise<DevServer> {
  const before = process.env['SOURCEBOOK_OUT'];
  process.env['SOURCEBOOK_OUT'] = out;
  try {
    return await startDevServer(content, join(work, 'cache'));
  } finally {
    if (before === undefined) delete process.env['SOURCEBOOK_OUT'];
    else process.env['SOURCEBOOK_OUT'] = before;
  }
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  content = copyContent(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'));
  work = mkdtempSync(join(tmpdir(), 'sourcebook-dev-search-'));
  const build = buildSite(content);
  if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  outDir = build.outDir;
  // One content file saved after the build: the page must say the index predates it.
  const later = new Date(Date.now() + 5_000);
  utimesSync(join(content, 'sources', `${SOURCE}.txt`), later, later);
  releaseLock = takeBuildLock();
  server = await devServerWithOutput(outDir);
  await server.waitFor('/search/', (status) => status === 200, 180_000);
});

test.afterAll(async () => {
  await server?.stop();
  releaseLock();
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

test('search under astro dev finds pages in the last build’s index and says how fresh it is', async ({
  page,
}) => {
  await openSearch(page, server.base, 'q=everything+seen');
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'done');
  expect(await resultHrefs(page)).toContain('/quotes/everything-seen-in-china/');
  const note = page.locator('[data-search-dev-index]');
  await expect(note).toBeVisible();
  await expect(note).toHaveText(
    /^Searching the index of the last build \(npm run build\), made (just now|\d+ minutes? ago)\. 1 content file has changed since: results show those pages as they were then\. Run npm run build to bring it up to date\.$/,
  );
  await expect(page.locator('[data-search-problem]')).toBeHidden();
});

test('the dev server serves the index files and nothing else from the output folder', async () => {
  const entry = await fetch(`${server.base}/pagefind/pagefind-entry.json`);
  expect(entry.status).toBe(200);
  expect(entry.headers.get('content-type')).toContain('application/json');
  const status = (await (await fetch(`${server.base}/_sourcebook/search-index.json`)).json()) as {
    builtAt: string;
    changedSince: number;
  };
  expect(Date.parse(status.builtAt)).toBeGreaterThan(Date.now() - 3_600_000);
  expect(status.changedSince).toBe(1);
  // Files of the output folder outside the index are never served from it.
  for (const [path, file] of [
    ['/pagefind/%2e%2e/index.html', 'index.html'],
    ['/pagefind/..%2f404.html', '404.html'],
    ['/pagefind-texts/%2e%2e%2fpagefind%2fpagefind-entry.json', 'pagefind/pagefind-entry.json'],
  ] as const) {
    const body = await (await fetch(`${server.base}${path}`)).text();
    expect(body, path).not.toBe(readFileSync(join(outDir, file), 'utf8'));
  }
});

test('with no build yet, the search page says how to make one', async ({ page }) => {
  await server.stop();
  server = await devServerWithOutput(join(work, 'never-built'));
  await server.waitFor('/search/', (status) => status === 200, 180_000);
  await openSearch(page, server.base, 'q=everything');
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'unavailable');
  await expect(page.locator('[data-problem-dev]')).toContainText(
    'Run npm run build once: search here then uses that index',
  );
  await expect(page.locator('[data-search-dev-index]')).toBeHidden();
});
