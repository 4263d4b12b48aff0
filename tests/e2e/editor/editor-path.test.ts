/**
 * An editor's path through the commands, not the internals: archive a
 * capture, annotate it by editing the new file's YAML, check, build, and see
 * the passage highlighted on the source page.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyContent, PROJECT_ROOT } from '../../support/fixture-site.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

const CAPTURE = join(
  PROJECT_ROOT,
  'tests/fixtures/captures/keyt-2022-09-14-tiktok-wont-commit.txt',
);
const SLUG = 'keyt-2022-09-14-tiktok-wont-commit';
const PASSAGE =
  'Will TikTok commit to cutting off all data and data flows to China, China-based TikTok employees, ByteDance employees, or any other party in China that might have the capability to access information on US users?';

/** Runs an npm script on the content copy; returns what it printed, or throws with it. */
function npm(content: string, script: string, ...args: string[]): string {
  return execFileSync('npm', ['run', '-s', script, '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content },
    encoding: 'utf8',
  });
}

let content: string;
let server: StaticServer;
let outDir: string;
const printed: Record<string, string> = {};

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  content = copyContent(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'));

  // The fixture holds two stories, so the new source says which it belongs to.
  printed['archive'] = npm(
    content,
    'archive',
    CAPTURE,
    '--captured',
    '2026-12-01',
    '--story',
    'leaked-audio',
  );

  // The editor opens the new file and replaces the empty list with an annotation.
  const file = join(content, 'sources', `${SLUG}.txt`);
  const written = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    written.replace(
      'annotations: []\n',
      [
        'annotations:',
        '  - id: portman-asks',
        '    exact: "Will TikTok commit to cutting off all data and data flows to China"',
        '    kind: context',
        "    note: Sen. Rob Portman's request, which the article says TikTok declined twice.",
        '',
      ].join('\n'),
    ),
  );

  printed['check'] = npm(content, 'check');

  const build = buildSite(content);
  if (build.status !== 0) throw new Error(`the site did not build:\n${build.output}`);
  outDir = build.outDir;
  server = await serveStatic(outDir);
});

test.afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
  if (content) rmSync(content, { recursive: true, force: true });
});

test('archiving the capture prints the source and outlet files it wrote', () => {
  expect(printed['archive']).toContain(`wrote ${join(content, 'sources', `${SLUG}.txt`)}`);
  expect(printed['archive']).toContain(`wrote ${join(content, 'outlets/keyt-com.yaml')}`);
});

test('the check passes with the new annotation, hinting only at the outlet stub', () => {
  expect(printed['check']).toMatch(/checked 2 sources, 4 annotations, .*: 0 errors, 1 hint$/m);
  expect(printed['check']).toContain('hint: outlet "keyt-com" still has the description');
});

test('the source page highlights the annotated passage when its link is opened', async ({
  page,
}) => {
  await page.goto(`${server.url}/sources/${SLUG}/#a-portman-asks`);
  const mark = page.locator('mark#a-portman-asks');
  await expect(mark).toHaveText(
    'Will TikTok commit to cutting off all data and data flows to China',
  );
  await expect(mark).toBeInViewport();
  expect(await mark.evaluate((el) => el.matches(':target'))).toBe(true);
  const targeted = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);

  await page.goto(`${server.url}/sources/${SLUG}/`);
  const untargeted = await mark.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(targeted).not.toBe(untargeted);
  // The passage is shown verbatim, its whole sentence around the highlight.
  await expect(page.locator('main')).toContainText(PASSAGE);
});
