/**
 * Search on the real site says what it found: when no page holds a word of
 * the query and Pagefind matched similar words instead, the page says so and
 * shows them; excerpts come from the passage, statement or note, never from
 * labels and headings; and when search cannot run, the page says why.
 */
import { expect, test } from '@playwright/test';
import { openSearch } from '../../support/search-support.ts';

test('results from similar words only are labelled, with the words matched', async ({ page }) => {
  const similar = page.locator('[data-search-similar]');
  for (const [q, word] of [
    ['blockchain', 'BL'],
    ['Portmanteau', 'Portman'],
  ] as const) {
    await openSearch(page, '', `q=${q}`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(similar).toBeVisible();
    await expect(similar).toContainText(`No result has the word “${q}”.`);
    await expect(similar.locator('mark')).toContainText([word]);
  }
  // A word found as typed needs no such note.
  for (const q of ['Oracle', 'master admin', '"Everything is seen in China"']) {
    await openSearch(page, '', `q=${encodeURIComponent(q)}`);
    await expect(page.locator('.search-result').first()).toBeVisible();
    await expect(similar).toBeHidden();
  }
});

test('excerpts come from the passage, statement or note, not labels and headings', async ({
  page,
}) => {
  const boilerplate =
    /^(Quote|Claim|Analysis)\.|\b(Appearances|Context|Why this status|First appearance|Evidence|Referenced in)\.|First reported in|read it in context|Untitled page from|(Established|Supported|Disputed|Unverified|False)\. /;
  const excerpts: string[] = [];
  for (const q of ['master admin', 'Oracle', 'Everything is seen in China', 'backdoor', 'Pappas']) {
    await openSearch(page, '', `q=${encodeURIComponent(q)}`);
    excerpts.push(
      ...(await page
        .locator('[data-search-section="first"] .search-result > .search-result__excerpt')
        .allInnerTexts()),
    );
  }
  expect(excerpts.length).toBeGreaterThan(15);
  expect(excerpts.filter((text) => boilerplate.test(text))).toEqual([]);
});

test('when the index cannot be loaded, the page says search failed and why', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.abort('connectionrefused'));
  await openSearch(page, '', 'q=oracle');
  await expect(page.locator('[data-search-root]')).toHaveAttribute('data-state', 'unavailable');
  await expect(page.getByText('The search index could not be loaded.')).toBeVisible();
  await expect(page.locator('[data-problem-cause]')).toHaveText(/^What went wrong: .+\.$/);
});

test('people, outlets and timeline events are results of their own', async ({ page }) => {
  const texts = page.locator('[data-search-section="texts"]');
  for (const [q, href] of [
    ['Shou Zi Chew', '/people/shou-zi-chew/'],
    ['BuzzFeed News', '/outlets/buzzfeed-news/'],
    ['Trump signs an executive order against TikTok', '/timeline/#e-2020-09-trump-executive-order'],
  ] as const) {
    await openSearch(page, '', `q=${encodeURIComponent(q)}`);
    const first = texts.locator('.search-result').first();
    await expect(first.locator('.search-result__title a')).toHaveAttribute('href', href);
  }
  await expect(texts.locator('.search-result').first().locator('.search-result__type')).toHaveText(
    'Timeline event',
  );
});

test('a search that finds nothing says so, suggests near words and offers the lists', async ({
  page,
}) => {
  await openSearch(page, '', 'q=backdor');
  // Pagefind finds "back" and "backed" for it: the page labels those as similar words.
  await expect(page.locator('[data-search-similar]')).toBeVisible();

  await openSearch(page, '', 'q=qracle');
  await expect(page.getByRole('status')).toHaveText('No results for “qracle”.');
  const none = page.locator('[data-search-none]');
  await expect(none).toBeVisible();
  await expect(none.getByRole('link', { name: 'oracle' })).toHaveAttribute(
    'href',
    '/search/?q=oracle',
  );
  await expect(none.getByRole('link', { name: 'quote' })).toHaveAttribute('href', '/quotes/');
  await expect(none.getByRole('link', { name: 'claim' })).toHaveAttribute('href', '/claims/');

  await none.getByRole('link', { name: 'oracle' }).click();
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expect(none).toBeHidden();
});

test('facet values with no result are hidden, not listed with a zero', async ({ page }) => {
  await openSearch(page, '', 'q=Portman');
  const shown = await page
    .locator('.search-facets li:visible .search-facet__count')
    .allInnerTexts();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((count) => count === '(0)')).toEqual([]);
  // The year facet, say, still lists a year that has results.
  await expect(page.locator('.search-facets li:visible', { hasText: '2022' })).toBeVisible();
});
