/**
 * Verdicts that mean what they say, on the real archive (content/): a claim
 * page never shows an empty stance under its status, says where its evidence
 * comes from, and shows its claimant and every ruling; the front page counts
 * only the stances some passage takes; a quote whose first report is dated
 * after an appearance explains the dating.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { claimIndependence, originsForSentence } from '../../../src/lib/archive/independence.ts';
import { STATUS_LABELS } from '../../../src/lib/lists/labels.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

const { archive } = checkArchive(join(PROJECT_ROOT, 'content'));

// The page-by-page tests visit every claim page: three times the default time.
test.beforeEach(() => test.slow());

test('no claim page shows a stance with no passages, so Supported never sits beside "Supports (0)"', async ({
  page,
}) => {
  for (const claim of archive.claims) {
    await page.goto(`/claims/${claim.id}/`);
    const counts = await page.locator('.stance__count').allTextContents();
    expect(counts.length, claim.id).toBeGreaterThan(0);
    expect(counts, claim.id).not.toContain('(0)');
  }
  await page.goto('/claims/master-admin-remark/');
  await expect(page.locator('.claim-page__status [data-status]')).toHaveAttribute(
    'data-status',
    'supported',
  );
  await expect(page.locator('main')).not.toContainText('Supports (0)');
  await expect(page.locator('section.stance--relays h3')).toHaveText(/Relays \(\d+\)/);
  await expect(page.locator('.claim-page__absent')).toHaveText(
    'No passage in the archive supports or disputes it.',
  );
});

test('every claim page says where its evidence comes from, from the data', async ({ page }) => {
  for (const claim of archive.claims) {
    await page.goto(`/claims/${claim.id}/`);
    const stances = claimIndependence(archive, claim);
    await expect(page.locator('.claim-page__independence'), claim.id).toHaveText(
      originsForSentence(stances),
    );
    for (const s of stances.filter((x) => x.passages.length > 0)) {
      await expect(page.locator(`section.stance--${s.stance} .stance__independence`)).toHaveText(
        s.sentence,
      );
    }
  }
  // The central claim: both supporting passages are BuzzFeed News' own reporting.
  await page.goto('/claims/china-staff-accessed-us-data/');
  await expect(page.locator('section.stance--supports .stance__independence')).toHaveText(
    /^Both supporting passages come from BuzzFeed News/,
  );
  await expect(page.locator('section.stance--relays .evidence__origin').first()).toHaveText(
    'repeats BuzzFeed News',
  );
});

test('every claim page names its claimant and lists its rulings, and its ClaimReview dates and signs them', async ({
  page,
}) => {
  for (const claim of archive.claims) {
    await page.goto(`/claims/${claim.id}/`);
    const claimant = archive.person.get(claim.claimant) ?? archive.outlet.get(claim.claimant);
    await expect(page.locator('.claim-page__claimant a'), claim.id).toHaveText(
      claimant?.name ?? '',
    );
    const rulings = page.locator('.claim-page__rulings li');
    await expect(rulings).toHaveCount(claim.history.length);
    const last = claim.history.at(-1);
    await expect(rulings.first()).toContainText(
      `${STATUS_LABELS[last?.status ?? claim.status]} by ${last?.author}`,
    );
    await expect(page.locator('.claim-page__ruling')).toContainText(
      `Ruled ${STATUS_LABELS[claim.status]} by ${last?.author}`,
    );
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}')));
    const review = jsonLd
      .flatMap((d) => (Array.isArray(d['@graph']) ? d['@graph'] : [d]))
      .find((d) => d['@type'] === 'ClaimReview');
    expect(review, claim.id).toMatchObject({
      dateCreated: claim.history[0]?.date,
      dateModified: last?.date,
      author: { name: last?.author },
      itemReviewed: { author: { name: claimant?.name } },
    });
  }
});

test('each story hub counts only the stances some passage takes', async ({ page }) => {
  await page.goto('/');
  const hubs = await page
    .locator('.story-item__title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hubs.length).toBeGreaterThan(1);
  for (const hub of hubs) {
    await page.goto(hub);
    const counts = await page.locator('.claim-item__evidence .count').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count.trim()).not.toMatch(/^0 /);
  }
});

test('a quote whose first report is dated after an appearance explains the dating', async ({
  page,
}) => {
  await page.goto('/quotes/oracle-100-percent/');
  const dating = page.locator('.quote-page__dating');
  await expect(dating).toContainText('The Register quoted these words on');
  await expect(dating).toContainText('gives its date as June 18');
  await expect(
    dating.locator(
      'a[href="/sources/theregister-2022-06-20-tiktok-oracle-default/#a-hundred-percent"]',
    ),
  ).toHaveCount(1);
  // A quote first reported before its appearances has no such note.
  await page.goto('/quotes/everything-seen-in-china/');
  await expect(page.locator('.quote-page__dating')).toHaveCount(0);
});

test('a paraphrased appearance shows the two wordings side by side, a house-style one a word diff', async ({
  page,
}) => {
  await page.goto('/quotes/oracle-100-percent/');
  const register = page.locator(
    '#appearance-theregister-2022-06-20-tiktok-oracle-default-hundred-percent',
  );
  await expect(register.locator('.verdict')).toHaveText('Style only');
  await expect(register.locator('.diff')).toHaveCount(1);
  const dotla = page.locator('li.appearance[data-verdict="paraphrase"]').first();
  await expect(dotla.locator('.appearance__sides > div')).toHaveCount(2);
  await expect(dotla.locator('.diff')).toHaveCount(0);
});
