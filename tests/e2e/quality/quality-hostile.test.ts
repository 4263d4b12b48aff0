import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkHtml } from '../../../scripts/check-html.ts';
import { checkLinks } from '../../../scripts/check-links.ts';
import { splitSourceFile } from '../../../src/lib/archive/source-file.ts';
import { MANY, writeGeneratedSources } from '../../fixtures/hostile/generate.ts';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../../support/fixture-site.ts';
import { htmlFiles, pagePathOf } from '../../support/site-pages.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/hostile/content');

/**
 * A scratch folder inside the project (the content loader refuses content
 * outside the project root), ignored by git, lint and the type check.
 */
function scratch(prefix: string): string {
  const parent = join(PROJECT_ROOT, 'node_modules/.cache/sourcebook-quality');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** The archived text of a source file, exactly as the file holds it. */
function archivedText(file: string): string {
  const split = splitSourceFile(readFileSync(file, 'utf8'));
  if ('message' in split) throw new Error(`${file}:${split.line}: ${split.message}`);
  return split.body;
}

test.describe('hostile text', () => {
  test.describe.configure({ mode: 'serial' });
  let work = '';
  let contentDir = '';
  let build: BuildResult;
  let server: StaticServer | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    work = scratch('hostile-');
    contentDir = join(work, 'content');
    cpSync(FIXTURE, contentDir, { recursive: true });
    writeGeneratedSources(contentDir);
    build = buildSite(contentDir);
    if (build.status === 0) server = await serveStatic(build.outDir);
  });

  test.afterAll(async () => {
    await server?.close();
    if (build) rmSync(join(build.outDir, '..'), { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the site builds from sources full of markup, a 100 KB paragraph and 2,000 annotations', () => {
    expect(build.status, build.output).toBe(0);
    const check = spawnSync('node', ['scripts/check.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCEBOOK_CONTENT: contentDir },
    });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    expect(check.stdout).toContain(`${MANY + 3 + 8} annotations`);
  });

  test('every page of that site is valid HTML with no broken link', () => {
    test.setTimeout(120_000);
    expect(checkHtml(build.outDir).errors).toEqual([]);
    expect(checkLinks(build.outDir).errors).toEqual([]);
  });

  test('no page opens a dialog, logs an error, runs injected script or links to javascript:', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    let current = '';
    page.on('dialog', async (dialog) => {
      problems.push(`${current}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
      await dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message}`));
    const paths = htmlFiles(build.outDir).map((file) => pagePathOf(build.outDir, file));
    expect(paths).toContain('/sources/hostile-markup/');
    for (const path of paths) {
      current = path;
      await page.goto(`${server?.url}${path}`);
      const found = await page.evaluate(() => {
        const bad: string[] = [];
        for (const script of document.querySelectorAll('script')) {
          const type = script.getAttribute('type') ?? '';
          const src = script.getAttribute('src') ?? '';
          if (type === 'application/ld+json') continue;
          if (!src.startsWith('/'))
            bad.push(
              `a script that is not one of the site's files: ${script.outerHTML.slice(0, 80)}`,
            );
        }
        if (document.querySelector('img[src="x"]')) bad.push('an <img src=x> element');
        if (document.querySelector('quote, [source="nowhere"]')) bad.push('a <Quote> element');
        for (const element of document.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name))
              bad.push(`an ${attribute.name} attribute on <${element.localName}>`);
            if (
              /^\s*(javascript|data|vbscript):/i.test(attribute.value) &&
              /^(href|src|action|formaction|xlink:href)$/.test(attribute.name)
            )
              bad.push(
                `<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`,
              );
          }
        }
        return bad;
      });
      problems.push(...found.map((message) => `${path}: ${message}`));
    }
    expect(problems).toEqual([]);
  });

  for (const slug of ['hostile-markup', 'big-paragraph', 'many-annotations']) {
    test(`the archived text of ${slug} shows literally, character for character`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const expected = archivedText(join(contentDir, 'sources', `${slug}.txt`));
      await page.goto(`${server?.url}/sources/${slug}/`);
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.annotated-text .block__text')].map(
          (p) => p.textContent ?? '',
        ),
      );
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.join('\n\n')).toBe(expected.replace(/\n+$/, ''));
      if (slug === 'many-annotations') {
        await expect(page.locator('.annotated-text mark[id^="a-p"]')).toHaveCount(MANY);
      }
    });
  }

  test('titles, names and notes with markup show as typed', async ({ page }) => {
    await page.goto(`${server?.url}/sources/hostile-markup/`);
    await expect(page).toHaveTitle(/<script>alert\(1\)<\/script>/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<script>alert(1)</script>',
    );
    const note = page.locator('#a-script-tag').first();
    await expect(note).toHaveText('<script>alert(1)</script>');
    await page.goto(`${server?.url}/outlets/hostile-test-outlet/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<b>bold</b> {process.exit(1)}',
    );
    await page.goto(`${server?.url}/people/hostile-speaker/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<img src=x onerror=alert(1)>',
    );
  });
});

test('an annotation note with raw HTML is refused by npm run check, with its file, line and column', () => {
  const work = scratch('hostile-note-');
  try {
    const contentDir = join(work, 'content');
    cpSync(FIXTURE, contentDir, { recursive: true });
    const file = join(contentDir, 'sources', 'hostile-markup.txt');
    const raw = readFileSync(file, 'utf8');
    const edited = raw.replace(
      'note: An MDX import line, archived as text.',
      'note: An MDX import line, <b onclick="alert(1)">archived</b> as text.',
    );
    expect(edited).not.toBe(raw);
    writeFileSync(file, edited);
    const line = edited.split('\n').findIndex((l) => l.includes('<b onclick')) + 1;
    const check = spawnSync('node', ['scripts/check.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, SOURCEBOOK_CONTENT: contentDir },
    });
    const output = `${check.stdout}${check.stderr}`;
    expect(check.status, output).not.toBe(0);
    expect(output).toMatch(new RegExp(`hostile-markup\\.txt:${line}:\\d+ error: .*raw HTML`));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
