/**
 * The detail pages on the real archive (content/), checked against the
 * resolved archive itself: every annotation is an anchor, backlinks and drift
 * verdicts match, text fragments are well formed, and links resolve.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';
import { expectNoScriptButJsonLd } from '../../support/lists-support.ts';
import {
  expectDirectiveMatches,
  expectSiteLinksResolve,
  mainLinks,
  parseTextFragment,
} from '../../support/reader-support.ts';

const { archive } = checkArchive(join(PROJECT_ROOT, 'content'));

test('every source page has one anchor per annotation and a note for each', async ({ page }) => {
  for (const source of archive.sources) {
    await page.goto(`/sources/${source.id}/`);
    const anchors = await page
      .locator('mark.ann[id]')
      .evaluateAll((marks) => marks.map((m) => m.id).sort());
    expect(anchors, source.id).toEqual(source.annotations.map((a) => `a-${a.id}`).sort());
    await expect(page.locator('.note[id^="n-"]')).toHaveCount(source.annotations.length);
  }
});

test('every source page shows its archived text exactly', async ({ page }) => {
  for (const source of archive.sources) {
    await page.goto(`/sources/${source.id}/`);
    const paragraphs = await page
      .locator('.block__text')
      .evaluateAll((ps) => ps.map((p) => p.textContent));
    expect(paragraphs, source.id).toEqual(
      source.paragraphs.map((p) => source.text.slice(p.start, p.end)),
    );
  }
});

test('following a link to an annotation highlights it in view', async ({ page }) => {
  const withAnnotations = archive.sources.filter((s) => s.annotations.length > 0);
  expect(withAnnotations.length).toBeGreaterThan(0);
  for (const source of withAnnotations.slice(0, 5)) {
    const last = source.annotations.at(-1)!;
    await page.goto(`/sources/${source.id}/#a-${last.id}`);
    const mark = page.locator(`[id="a-${last.id}"]`);
    await expect(mark).toBeInViewport();
    expect(
      await mark.evaluate((el) => el.matches(':target') && getComputedStyle(el).outlineStyle),
    ).toBe('solid');
  }
});

test('every text fragment link to an original page is well formed and finds its passage', async ({
  page,
}) => {
  for (const source of archive.sources) {
    await page.goto(`/sources/${source.id}/`);
    const links = await page
      .locator('.note__original')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    expect(links.length, source.id).toBe(source.url === 'unknown' ? 0 : source.annotations.length);
    for (const href of links) {
      expect(href.startsWith(`${source.url.split('#')[0]}#`)).toBe(true);
      expectDirectiveMatches(parseTextFragment(href), source.text);
    }
  }
});

test('"cited in" on every source page lists exactly the articles that quote or cite it', async ({
  page,
}) => {
  for (const source of archive.sources) {
    await page.goto(`/sources/${source.id}/`);
    const shown = await page
      .locator('section[aria-labelledby="cited-in"] .cited-in__title')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
    const expected = (archive.citedIn.get(source.id) ?? []).map((a) => `/analysis/${a.id}/`).sort();
    expect(shown, source.id).toEqual(expected);
  }
});

test('every quote page lists every appearance with its drift verdict and marks altered words', async ({
  page,
}) => {
  for (const quote of archive.quotes) {
    await page.goto(`/quotes/${quote.id}/`);
    const verdicts = await page
      .locator('.appearance')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-verdict')));
    expect(verdicts, quote.id).toEqual(quote.appearances.map((a) => a.drift?.verdict ?? null));
    for (const a of quote.appearances) {
      const item = page.locator('.appearance', {
        has: page.locator(`a[href="/sources/${a.sourceId}/#a-${a.id}"]`),
      });
      const changed = a.drift?.diff.some((p) => p.type !== 'same') ?? false;
      const marked = await item.locator('del, ins').count();
      if (a.drift?.verdict === 'altered')
        expect(marked, `${quote.id} ${a.sourceId}`).toBeGreaterThan(0);
      if (a.drift?.verdict === 'exact' || !changed) expect(marked).toBe(0);
    }
  }
});

test('every claim page shows its evidence by stance, linking to each passage', async ({ page }) => {
  for (const claim of archive.claims) {
    await page.goto(`/claims/${claim.id}/`);
    await expect(page.locator('.claim-page__status [data-status]')).toHaveAttribute(
      'data-status',
      claim.status,
    );
    for (const stance of ['supports', 'relays', 'disputes'] as const) {
      // A stance no passage takes has no section (never "Supports (0)").
      await expect(page.locator(`section.stance--${stance}`), `${claim.id} ${stance}`).toHaveCount(
        claim.evidence[stance].length > 0 ? 1 : 0,
      );
      const hrefs = await page
        .locator(`section.stance--${stance} .evidence__source > a`)
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs, `${claim.id} ${stance}`).toEqual(
        claim.evidence[stance].map((a) => `/sources/${a.sourceId}/#a-${a.id}`),
      );
    }
  }
});

test('every article cites exact passages, and every detail page has working links and no script but JSON-LD', async ({
  page,
  request,
  baseURL,
}) => {
  // About 100 pages, each with its links fetched: more than the default minute on a busy runner.
  test.setTimeout(300_000);
  const origin = new URL(baseURL as string).origin;
  const paths = [
    ...archive.sources.map((s) => `/sources/${s.id}/`),
    ...archive.quotes.map((q) => `/quotes/${q.id}/`),
    ...archive.claims.map((c) => `/claims/${c.id}/`),
    ...archive.articles.map((a) => `/analysis/${a.id}/`),
  ];
  const titles = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    titles.add(await page.title());
    await expectNoScriptButJsonLd(page);
    await expectSiteLinksResolve(request, origin, await mainLinks(page));
  }
  expect(titles.size).toBe(paths.length);
  for (const article of archive.articles) {
    await page.goto(`/analysis/${article.id}/`);
    const cites = await page
      .locator('blockquote[cite], q[cite]')
      .evaluateAll((qs) => qs.map((q) => q.getAttribute('cite') as string));
    expect(cites.length).toBe(article.references.filter((r) => r.component === 'Quote').length);
    for (const cite of cites) expect(cite).toMatch(/^https?:\/\/[^/]+\/sources\/[a-z0-9-]+\/#/);
  }
});
