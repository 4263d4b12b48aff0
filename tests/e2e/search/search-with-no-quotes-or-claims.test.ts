/**
 * Search on an archive that has sources and an article but no canonical quote
 * or claim yet, as on a newsroom's first day: the first search bundle (quotes
 * and claims) is empty, so the search page searches the texts bundle alone,
 * and no list page ever becomes a result.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyContent, fixtureSite, type FixtureSite } from '../../support/fixture-site.ts';
import { expectHintsUsed, openSearch, resultHrefs } from '../../support/search-support.ts';

test.describe.configure({ mode: 'serial' });

let site: FixtureSite;
let content: string;
test.beforeAll(async () => {
  content = copyContent('tests/fixtures/search/content');
  rmSync(join(content, 'quotes'), { recursive: true });
  rmSync(join(content, 'claims'), { recursive: true });
  // With no claims, no story has key claims yet.
  for (const name of readdirSync(join(content, 'stories'))) {
    const path = join(content, 'stories', name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^keyClaims: .*$/m, 'keyClaims: []'));
  }
  // The annotations that named a quote or a claim (and their stance on it) now name none.
  for (const name of readdirSync(join(content, 'sources'))) {
    const file = join(content, 'sources', name);
    const kept = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s+(quote|claim|stance): /.test(line));
    writeFileSync(file, kept.join('\n'));
  }
  site = await fixtureSite(content);
});
test.afterAll(async () => {
  await site?.close();
  rmSync(content, { recursive: true, force: true });
});

test('the quotes and claims bundle is empty, not filled with list pages', () => {
  const entry = JSON.parse(
    readFileSync(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, { page_count: number }> };
  expect(entry.languages).toEqual({});
  const texts = JSON.parse(
    readFileSync(join(site.outDir, 'pagefind-texts/pagefind-entry.json'), 'utf8'),
  ) as { languages: Record<string, { page_count: number }> };
  expect(texts.languages['en']?.page_count).toBeGreaterThan(0);
});

test('the search page finds the sources through the texts bundle alone', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await openSearch(page, site.url, 'q=lighthouse');
  const hrefs = await resultHrefs(page);
  expect(hrefs).toContain('/sources/wire-2022-06-18-first-report/');
  expect(hrefs.filter((href) => /^\/(quotes|claims)\//.test(href))).toEqual([]);
  await expect(page.locator('[data-search-section="first"]')).toBeHidden();
  await expect(page.locator('[data-search-section="texts"]')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(
    `${hrefs.length} result${hrefs.length === 1 ? '' : 's'} for “lighthouse”.`,
  );
  await expect(page.getByText('The search index could not be loaded.')).toBeHidden();
  expect(requested.some((path) => path.startsWith('/pagefind/') && path.endsWith('.pf_meta'))).toBe(
    false,
  );
  // The facets still count the results.
  await expect(page.getByRole('group', { name: 'Outlet' })).toBeVisible();
});

test('the page hints the texts bundle’s files, the one it opens, and uses each hint', async ({
  page,
}) => {
  await openSearch(page, site.url, 'q=lighthouse');
  await expectHintsUsed(page, 'texts');
});
