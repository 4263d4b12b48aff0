/**
 * Shared checks for the list and home page tests: internal links resolve to
 * existing pages and passages, reading pages ship no script, nothing scrolls
 * sideways on a narrow phone.
 */
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

/** The list pages and the home page, as the tests visit them. */
export const LIST_PAGES = [
  '/',
  '/sources/',
  '/quotes/',
  '/claims/',
  '/people/',
  '/outlets/',
  '/timeline/',
  '/analysis/',
] as const;

/** Every same-site link in the page's main content, as a path with its hash. */
export async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  return [
    ...new Set(
      hrefs
        .filter((href) => href.startsWith(origin))
        .map((href) => {
          const url = new URL(href);
          return `${url.pathname}${url.hash}`;
        }),
    ),
  ];
}

const pageCache = new Map<string, Promise<{ status: number; html: string }>>();

/**
 * Asserts that each link answers 200 and, when it has a `#fragment`, that the
 * page it leads to has an element with that id.
 */
export async function expectLinksResolve(
  request: APIRequestContext,
  base: string,
  links: readonly string[],
): Promise<void> {
  for (const link of links) {
    const url = new URL(link, base);
    const key = `${url.origin}${url.pathname}`;
    let fetched = pageCache.get(key);
    if (!fetched) {
      fetched = request.get(key).then(async (r) => ({ status: r.status(), html: await r.text() }));
      pageCache.set(key, fetched);
    }
    const { status, html } = await fetched;
    expect(status, `${link} should exist`).toBe(200);
    // A text directive (`:~:text=…`) after the id asks the browser to find words: the id must exist.
    const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
    if (id) {
      expect(html.includes(`id="${id}"`), `${url.pathname} should have an element #${id}`).toBe(
        true,
      );
    }
  }
}

/** Asserts the page has no <script> at all but JSON-LD: reading pages ship no JavaScript. */
export async function expectNoScriptButJsonLd(page: Page): Promise<void> {
  const scripts = await page
    .locator('script')
    .evaluateAll((nodes) =>
      nodes.map((s) => ({ type: s.getAttribute('type') ?? '', src: s.getAttribute('src') ?? '' })),
    );
  expect(scripts.filter((s) => s.type !== 'application/ld+json')).toEqual([]);
}

/** Asserts the page does not scroll sideways at its current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The trimmed text of every element matching `selector`, in a page or within a part of it. */
export async function texts(page: Page | Locator, selector: string): Promise<string[]> {
  return (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}
