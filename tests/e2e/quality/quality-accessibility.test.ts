import { expect, test, type Page } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from '../../support/axe.ts';
import { onePagePerType, sitePages } from '../../support/site-pages.ts';

/** The pages are split across this many tests so both workers share them. */
const SHARDS = 4;

/** Every element a keyboard user should be able to reach with Tab. */
const INTERACTIVE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

test.describe('accessibility of every page', () => {
  for (let shard = 0; shard < SHARDS; shard += 1) {
    test(`pages of part ${shard + 1} of ${SHARDS} have no WCAG 2.2 AA violations in light and dark mode`, async ({
      page,
    }) => {
      test.setTimeout(600_000);
      const pages = sitePages();
      expect(pages, 'the built site lists its pages').toContain('/');
      const mine = pages.filter((_, index) => index % SHARDS === shard);
      const consoleErrors: string[] = [];
      let current = '';
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${current}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${current}: ${error.message}`));
      const violations: string[] = [];
      for (const path of mine) {
        current = path;
        await page.emulateMedia({ colorScheme: 'light' });
        const response = await page.goto(path);
        expect(response?.status(), `${path} answers`).toBeLessThan(
          path === '/404.html' ? 500 : 400,
        );
        violations.push(...(await axeViolations(page, `${path} (light)`)));
        await page.emulateMedia({ colorScheme: 'dark' });
        // Only colours differ in the dark scheme, so only the colour rules run again.
        violations.push(...(await axeViolations(page, `${path} (dark)`, COLOUR_RULES)));
      }
      expect(violations, `axe found violations on ${mine.length} pages`).toEqual([]);
      expect(consoleErrors, 'pages log no errors').toEqual([]);
    });
  }
});

/** What the keyboard walk saw on one page. */
interface KeyboardWalk {
  interactive: number;
  unreached: string[];
  unfocusedStyle: string[];
}

/**
 * Tabs through the page from the top and records, for every element that got
 * focus, whether it showed a focus indicator (an outline or a box shadow).
 */
async function walkWithTab(page: Page): Promise<KeyboardWalk> {
  const interactive = await page.evaluate((selector) => {
    // checkVisibility is false for display:none, visibility:hidden and the content of a closed <details>.
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'),
    );
    visible.forEach((element, index) => element.setAttribute('data-kbd', String(index)));
    return visible.length;
  }, INTERACTIVE);
  const reached = new Set<string>();
  const unfocusedStyle: string[] = [];
  for (let step = 0; step < interactive + 10; step += 1) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      const label = `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
      return {
        id: element.getAttribute('data-kbd'),
        visible: element.matches(':focus-visible') && (outline || shadow),
        label,
      };
    });
    if (!seen) continue;
    if (seen.id !== null) {
      if (reached.has(seen.id)) break;
      reached.add(seen.id);
    }
    if (!seen.visible) unfocusedStyle.push(seen.label);
  }
  const unreached = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
        .filter((element) => !ids.includes(element.getAttribute('data-kbd') ?? ''))
        .map(
          (element) => `${element.localName} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
        ),
    [...reached],
  );
  return { interactive, unreached, unfocusedStyle };
}

test.describe('keyboard use of each kind of page', () => {
  test('every interactive element is reachable with Tab and shows where focus is', async ({
    page,
  }) => {
    test.setTimeout(600_000);
    const problems: string[] = [];
    for (const path of onePagePerType(sitePages())) {
      await page.goto(path);
      // The search page draws its filters once Pagefind has loaded: walk the finished page, not
      // one that grows new stops halfway through the walk.
      const search = page.locator('[data-search-root]');
      if ((await search.count()) > 0) {
        await expect(search).toHaveAttribute('data-state', /^(done|idle|unavailable)$/);
      }
      const walk = await walkWithTab(page);
      for (const label of walk.unreached) problems.push(`${path}: Tab never reaches ${label}`);
      for (const label of walk.unfocusedStyle)
        problems.push(`${path}: ${label} shows no focus indicator`);
    }
    expect(problems).toEqual([]);
  });

  test('the skip link is the first stop and moves on into the main content', async ({ page }) => {
    const problems: string[] = [];
    for (const path of onePagePerType(sitePages())) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
      if (first !== 'Skip to content') {
        problems.push(`${path}: the first Tab stop is "${first}", not the skip link`);
        continue;
      }
      await page.keyboard.press('Enter');
      await expect(page, `${path}: the skip link leads to #main`).toHaveURL(/#main$/);
      const focusInMain = await page.evaluate(() => {
        const main = document.getElementById('main');
        return Boolean(main && document.activeElement && main.contains(document.activeElement));
      });
      if (!focusInMain)
        problems.push(`${path}: after the skip link, focus is not in the main content`);
      await page.keyboard.press('Tab');
      const afterMain = await page.evaluate((selector) => {
        const main = document.getElementById('main');
        const active = document.activeElement;
        if (!main) return false;
        const follows = (element: Element): boolean =>
          main.contains(element) ||
          Boolean(main.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
        // With nothing focusable after the main content, Tab wraps to the top: nothing to check.
        if (![...document.querySelectorAll(selector)].some(follows)) return true;
        return Boolean(active && active !== document.body && follows(active));
      }, INTERACTIVE);
      if (!afterMain)
        problems.push(`${path}: Tab after the skip link does not continue in the main content`);
    }
    expect(problems).toEqual([]);
  });
});
