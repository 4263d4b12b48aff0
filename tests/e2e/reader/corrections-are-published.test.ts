import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkHtml } from '../../../scripts/check-html.ts';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { numberInWords, countOf } from '../../../src/lib/archive/counts.ts';
import { correctionsNewestFirst } from '../../../src/lib/lists/corrections.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';
import { DIST, sitemapPaths, sitePages } from '../../support/site-pages.ts';
import { axeViolations } from '../../support/axe.ts';

// The real site, built by the Playwright webServer; the archive is read again here to know
// which corrections and figures the pages must show.
const { archive } = checkArchive(join(PROJECT_ROOT, 'content'));
const corrections = correctionsNewestFirst(archive.articles);
const ARTICLE = 'what-the-leaked-audio-showed-and-how-we-know-it';
const GUIDE = 'readers-guide-to-the-archive';

test('the content has corrections to publish', () => {
  expect(corrections.length).toBeGreaterThanOrEqual(9);
});

test('the corrections page lists every correction newest first, each linking to it at its article’s foot', async ({
  page,
}) => {
  await page.goto('/corrections/');
  await expect(page.locator('h1')).toHaveText('Corrections');
  const entries = page.locator('li.correction');
  await expect(entries).toHaveCount(corrections.length);
  const dates = await entries
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const first = corrections[0]!;
  await expect(entries.first().locator('.correction__text')).toHaveText(first.text);
  const link = entries.first().locator('a');
  await expect(link).toHaveText(first.article.title);
  await link.click();
  await expect(page).toHaveURL(
    new RegExp(`/analysis/${first.article.id}/#correction-${first.index + 1}$`),
  );
  await expect(page.locator(`#correction-${first.index + 1}`)).toContainText(first.text);
});

test('every page links to the corrections page from its footer, and the sitemap lists it', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('footer').getByRole('link', { name: 'Corrections' }).click();
  await expect(page).toHaveURL(/\/corrections\/$/);
  expect(sitemapPaths(DIST)).toContain('/corrections/');
  // The accessibility and HTML gates walk sitePages(), so they cover the new page too.
  expect(sitePages(DIST)).toContain('/corrections/');
});

test('a corrected article says so under its dek and lists its corrections, dated, at its foot', async ({
  page,
}) => {
  const article = archive.article.get(ARTICLE)!;
  await page.goto(`/analysis/${ARTICLE}/`);
  const line = page.locator('.article-header__dek + .article-header__corrected');
  await expect(line).toHaveText('Corrected 7 December 2026');
  await expect(line.locator('time')).toHaveAttribute('datetime', '2026-12-07');
  await line.locator('a').click();
  await expect(page).toHaveURL(/#corrections$/);
  const foot = page.locator('section.article-corrections');
  await expect(foot.locator('h2')).toHaveText('Corrections');
  await expect(foot).toBeInViewport();
  const items = foot.locator('li');
  await expect(items).toHaveCount(article.corrections.length);
  for (const [i, c] of article.corrections.entries()) {
    const item = foot.locator(`#correction-${i + 1}`);
    await expect(item.locator('time')).toHaveAttribute('datetime', c.date);
    await expect(item).toContainText(c.text);
  }
  // The foot follows the body: nothing of the article's prose comes after it.
  const after = await foot.evaluate(
    (el) => el.compareDocumentPosition(document.querySelector('.prose')!) & 2,
  );
  expect(after).toBe(2);
});

test('a corrected article’s JSON-LD carries each correction as a CorrectionComment and its dateModified', () => {
  const article = archive.article.get(ARTICLE)!;
  const html = readFileSync(join(DIST, 'analysis', ARTICLE, 'index.html'), 'utf8');
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
    .map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>)
    .flatMap((b) =>
      Array.isArray(b['@graph']) ? (b['@graph'] as Record<string, unknown>[]) : [b],
    );
  const main = blocks.find((b) => b['@type'] === 'AnalysisNewsArticle');
  expect(main, 'the article page describes an AnalysisNewsArticle').toBeDefined();
  expect(main?.['dateModified']).toBe('2026-12-07');
  expect(main?.['datePublished']).toBe(article.published);
  const listed = main?.['correction'] as Record<string, unknown>[];
  expect(listed).toHaveLength(article.corrections.length);
  for (const [i, c] of article.corrections.entries()) {
    expect(listed[i]).toMatchObject({
      '@type': 'CorrectionComment',
      datePublished: c.date,
      text: c.text,
    });
    expect(String(listed[i]?.['url'])).toMatch(
      new RegExp(`/analysis/${ARTICLE}/#correction-${i + 1}$`),
    );
  }
});

test('the analysis feed carries each correction as an item linking to it', () => {
  const xml = readFileSync(join(DIST, 'rss', 'analysis.xml'), 'utf8');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
  const correctionItems = items.filter((item) => item.includes('<title>Correction: '));
  expect(correctionItems).toHaveLength(corrections.length);
  for (const c of corrections) {
    const item = correctionItems.find((i) =>
      i.includes(`/analysis/${c.article.id}/#correction-${c.index + 1}</link>`),
    );
    expect(item, `${c.article.id} correction ${c.index + 1}`).toBeDefined();
    expect(item).toContain('<pubDate>Mon, 07 Dec 2026 00:00:00 GMT</pubDate>');
  }
});

test('figures in the prose are counted from the archive', async ({ page }) => {
  await page.goto(`/analysis/${GUIDE}/`);
  const sources = numberInWords(countOf(archive, { of: 'sources' }));
  const undated = numberInWords(countOf(archive, { of: 'undated-sources' }));
  const body = page.locator('.prose');
  await expect(body).toContainText(`an archive of ${sources} pages about BuzzFeed News`);
  await expect(body).toContainText(`Of the ${sources} pages, ${undated} show no publication date`);
  await page.goto('/analysis/how-the-quotes-travelled/');
  const pages = numberInWords(
    countOf(archive, { of: 'quoting-pages', quote: 'everything-seen-in-china', verdict: 'exact' }),
  );
  await expect(page.locator('.prose')).toContainText(
    `appears in the same five words on ${pages} pages`,
  );
});

test('the corrections page and a corrected article pass axe in light and dark mode', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const violations: string[] = [];
  for (const path of ['/corrections/', `/analysis/${ARTICLE}/`]) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      violations.push(...(await axeViolations(page, `${path} (${scheme})`)));
    }
  }
  expect(violations).toEqual([]);
});

test('the corrections page and a corrected article pass the Nu HTML Checker', () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-corrections-html-'));
  try {
    for (const path of ['corrections', `analysis/${ARTICLE}`]) {
      mkdirSync(join(dir, path), { recursive: true });
      cpSync(join(DIST, path, 'index.html'), join(dir, path, 'index.html'));
    }
    const { files, errors } = checkHtml(dir);
    expect(files).toBe(2);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
