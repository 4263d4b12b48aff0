/**
 * `npm run dev` while an editor works: a saved annotation shows in the open
 * page without a manual reload; a broken file shows its located error in an
 * overlay on the page, which still renders, and the server keeps running; a
 * source archived meanwhile gets its page. (Before, the dev server kept serving what it had loaded at start.)
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyContent, PROJECT_ROOT, takeBuildLock } from '../../support/fixture-site.ts';
import { startDevServer, type DevServer } from '../../support/dev-server.ts';

const SOURCE = 'mediaite-everything-seen';
const NOTE = 'The remark the headline quotes.';
const EDITED_NOTE = 'The remark the headline quotes, edited while the dev server runs.';
const CAPTURE = join(
  PROJECT_ROOT,
  'tests/fixtures/captures/keyt-2022-09-14-tiktok-wont-commit.txt',
);
const NEW_SOURCE = 'keyt-2022-09-14-tiktok-wont-commit';

let content: string;
let work: string;
let server: DevServer;
let base: string;
let releaseLock: () => void = () => {};

/** Asks for `path` until `accept` holds of the answer, for at most `ms`. */
const waitFor = (path: string, accept: (status: number, body: string) => boolean, ms = 60_000) =>
  server.waitFor(path, accept, ms);

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  content = copyContent(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'));
  work = mkdtempSync(join(tmpdir(), 'sourcebook-dev-'));
  // The dev server writes Astro's generated files under .astro/, as a build does.
  releaseLock = takeBuildLock();
  server = await startDevServer(content, join(work, 'cache'));
  base = server.base;
  await waitFor(`/sources/${SOURCE}/`, (status) => status === 200, 120_000);
});

test.afterAll(async () => {
  await server?.stop();
  releaseLock();
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

test('a saved note shows in the open page, which reloads by itself', async ({ page }) => {
  await page.goto(`${base}/sources/${SOURCE}/`);
  await expect(page.getByText(NOTE).first()).toBeVisible();

  const file = join(content, 'sources', `${SOURCE}.txt`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(NOTE, EDITED_NOTE));

  await expect(page.getByText(EDITED_NOTE).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(NOTE, { exact: true })).toHaveCount(0);
});

test('a broken file shows its located error; the fix brings the page back', async ({ page }) => {
  await page.goto(`${base}/sources/${SOURCE}/`);
  await expect(page.getByText(EDITED_NOTE).first()).toBeVisible();
  const file = join(content, 'sources', `${SOURCE}.txt`);
  const saved = readFileSync(file, 'utf8');
  writeFileSync(file, `${saved}\nA sentence the capture never had.\n`);

  // The open page reloads with the content errors in an overlay, as the checker prints them,
  // the path a link to the file; the page itself still renders beneath it.
  const overlay = page.getByRole('alert', { name: 'Content errors' });
  await expect(overlay.getByText(/archived text changed since capture/)).toBeVisible({
    timeout: 60_000,
  });
  await expect(overlay.getByRole('link', { name: `${SOURCE}.txt:` })).toBeVisible();
  await expect(overlay).toContainText('fix: if the change is deliberate');
  await expect(page.getByText(EDITED_NOTE).first()).toBeVisible();
  expect((await fetch(`${base}/sources/${SOURCE}/`)).status).toBe(200);
  expect((await fetch(`${base}/quotes/`)).status).toBe(200);
  expect(server.output()).toMatch(/content has 1 error;/);
  expect(server.output()).toContain(`${SOURCE}.txt:`);

  writeFileSync(file, saved);
  await expect(overlay).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(EDITED_NOTE).first()).toBeVisible({ timeout: 60_000 });
  expect((await fetch(`${base}/sources/${SOURCE}/`)).status).toBe(200);
  expect(server.output()).toContain('content changed: checked, no errors');
});

test('a source archived while the server runs gets its page and joins the list', async () => {
  await waitFor(`/sources/${NEW_SOURCE}/`, (status) => status === 404, 10_000);
  // The content holds several stories, so the new source says which it belongs to.
  const args = ['run', '-s', 'archive', '--', CAPTURE, '--captured', '2026-12-01'];
  execFileSync('npm', [...args, '--story', 'leaked-audio'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content },
  });

  const page = await waitFor(`/sources/${NEW_SOURCE}/`, (status) => status === 200);
  expect(page.body).toContain('Will TikTok commit to cutting off all data');
  const list = await waitFor('/sources/', (_, body) => body.includes(`/sources/${NEW_SOURCE}/`));
  expect(list.status).toBe(200);
});
