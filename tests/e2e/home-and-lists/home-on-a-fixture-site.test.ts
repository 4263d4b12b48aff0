/**
 * The front page and the story hub on the lists fixture, and every list page
 * on an archive that has only just begun (tests/fixtures/lists/empty):
 * figures are counted at build time, and an empty collection is said
 * plainly, never left blank.
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT, fixtureSite, type FixtureSite } from '../../support/fixture-site.ts';
import { LIST_PAGES, expectNoHorizontalScroll, texts } from '../../support/lists-support.ts';

/** The hub of the lists fixture's one story. */
const HUB = '/stories/lists-story/';

test.describe('on the lists fixture', () => {
  test.describe.configure({ mode: 'default' });
  let site: FixtureSite;
  test.beforeAll(async () => {
    site = await fixtureSite('lists');
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test('the home page counts what the archive holds, each figure linking to its list', async ({
    page,
  }) => {
    await page.goto(`${site.url}/`);
    const figures = await page
      .locator('.figure')
      .evaluateAll((divs) =>
        divs.map((d) => [
          d.querySelector('dt')?.textContent?.trim(),
          d.querySelector('dd')?.textContent?.trim(),
        ]),
      );
    // Five sources from three outlets (Silent Times has none), two quotes, four claims, ten annotations.
    expect(figures).toEqual([
      ['Sources', '5'],
      ['Outlets', '3'],
      ['Quotes', '2'],
      ['Claims', '4'],
      ['Annotations', '10'],
    ]);
    await expect(page.locator('.figure a').first()).toHaveAttribute('href', '/sources/');
  });

  test('the story hub leads with the key claims and their status, best established first', async ({
    page,
  }) => {
    await page.goto(`${site.url}${HUB}`);
    const claims = page.locator('section', { has: page.locator('#claims-title') });
    expect(
      await claims
        .locator('.claim-item [data-status]')
        .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-status'))),
    ).toEqual(['established', 'supported', 'disputed', 'unverified']);
    await expect(claims.locator('.claim-item').first()).toContainText('Established');
    await expect(claims.locator('.claim-item__statement').first()).toHaveAttribute(
      'href',
      '/claims/staff-accessed-data/',
    );
    await expect(claims.getByRole('link', { name: 'All 4 claims, by status' })).toHaveAttribute(
      'href',
      `${HUB}claims/`,
    );
  });

  test('the front page and the hub show the latest analysis first, the hub the latest events', async ({
    page,
  }) => {
    await page.goto(`${site.url}/`);
    expect(await texts(page, '.article-item__title')).toEqual([
      'How the quote drifted',
      'What the wire found',
    ]);
    await page.goto(`${site.url}${HUB}`);
    expect(await texts(page, '.article-item__title')).toEqual([
      'How the quote drifted',
      'What the wire found',
    ]);
    // The fixture has three events, fewer than the preview's five: all of them, in date order.
    expect(await texts(page, '.event__title')).toEqual([
      'Meetings are recorded',
      'The first report is published',
      'The company answers',
    ]);
    await expect(page.getByRole('link', { name: /timeline/i }).last()).toHaveAttribute(
      'href',
      `${HUB}timeline/`,
    );
  });

  test('a story without a brief says so on its hub', async ({ page }) => {
    await page.goto(`${site.url}${HUB}`);
    const brief = page.locator('section.brief');
    // The fixture's story has no `brief`, so the section says there is no summary yet.
    await expect(brief.locator('.brief__para')).toHaveCount(0);
    await expect(brief).toContainText('No summary yet');
  });
});

test.describe('on an archive with no quotes, claims, events, people or articles', () => {
  test.describe.configure({ mode: 'default' });
  let site: FixtureSite;
  test.beforeAll(async () => {
    site = await fixtureSite(join(PROJECT_ROOT, 'tests/fixtures/lists/empty/content'));
  });
  test.afterAll(async () => {
    await site?.close();
  });

  test('the front page and the hub say plainly what is missing', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await expect(page.locator('main')).toContainText('No analysis published yet.');
    expect(await texts(page, '.figure dd')).toEqual(['1', '1', '0', '0', '0']);
    await page.goto(`${site.url}/stories/lone-story/`);
    const main = page.locator('main');
    await expect(main).toContainText('No analysis published yet.');
    await expect(main).toContainText('No claims in the ledger yet.');
    await expect(main).toContainText('No events in the timeline yet.');
    expect(await texts(page, '.figure dd')).toEqual(['1', '1', '0', '0', '0']);
  });

  test('each list page says it is empty rather than rendering nothing', async ({ page }) => {
    const expected: Record<string, string> = {
      '/quotes/': 'No quotes recorded yet.',
      '/claims/': 'No claims in the ledger yet.',
      '/people/': 'No people recorded yet.',
      '/timeline/': 'No events in the timeline yet.',
      '/analysis/': 'No analysis published yet.',
    };
    for (const [path, sentence] of Object.entries(expected)) {
      await page.goto(`${site.url}${path}`);
      await expect(page.locator('main .empty')).toHaveText(sentence);
    }
    await page.goto(`${site.url}/sources/`);
    expect(await texts(page, 'main section h2')).toEqual(['Date unknown']);
    // A single group needs no month navigation.
    await expect(page.getByRole('navigation', { name: 'Jump to a month' })).toHaveCount(0);
  });

  test('no page scrolls sideways on a 320-pixel phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of LIST_PAGES) {
      await page.goto(`${site.url}${path}`);
      await expectNoHorizontalScroll(page);
    }
  });
});
