/**
 * Shared checks for the detail pages (source, quote, claim, article): links
 * and anchors resolve, text fragment links are well formed and find their
 * words, and a followed passage link highlights the passage.
 */
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Every link in the page's main content, absolute. */
export async function mainLinks(page: Page): Promise<string[]> {
  return page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** The terms of a text directive (`text=[prefix-,]start[,end][,-suffix]`), decoded. */
export interface ParsedDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/**
 * Parses the text directive of a URL, asserting that it is well formed: one
 * `:~:text=` after the `#`, one to four comma-separated terms, only the first
 * ending and the last starting with the `-` marker, every other `-`, `,` and
 * `&` percent-encoded, and every term decodable and non-empty.
 */
export function parseTextFragment(href: string): ParsedDirective {
  const at = href.indexOf('#');
  expect(at, `${href} has a fragment`).toBeGreaterThan(0);
  const fragment = href.slice(at + 1);
  const marker = fragment.indexOf(':~:');
  expect(marker, `${href} has a fragment directive`).toBeGreaterThanOrEqual(0);
  const directive = fragment.slice(marker + 3);
  expect(directive.startsWith('text='), `${href} has a text directive`).toBe(true);
  const value = directive.slice('text='.length);
  expect(value, 'no raw & in a text directive').not.toContain('&');
  const terms = value.split(',');
  expect(terms.length).toBeGreaterThanOrEqual(1);
  expect(terms.length).toBeLessThanOrEqual(4);
  const parsed: Partial<ParsedDirective> = {};
  const rest = [...terms];
  if (rest[0]?.endsWith('-')) parsed.prefix = (rest.shift() as string).slice(0, -1);
  if (rest.at(-1)?.startsWith('-')) parsed.suffix = (rest.pop() as string).slice(1);
  expect(rest.length, `${href}: start and optional end`).toBeGreaterThanOrEqual(1);
  expect(rest.length).toBeLessThanOrEqual(2);
  parsed.start = rest[0] as string;
  if (rest[1] !== undefined) parsed.end = rest[1];
  const decoded: ParsedDirective = { start: '' };
  for (const [key, raw] of Object.entries(parsed) as [keyof ParsedDirective, string][]) {
    expect(raw, `${key} of ${href} keeps - encoded`).not.toContain('-');
    expect(raw, `${key} of ${href} is encoded`).toMatch(/^(?:[A-Za-z0-9._]|%[0-9A-F]{2})+$/);
    decoded[key] = decodeURIComponent(raw);
    expect(decoded[key]?.trim(), `${key} of ${href} is not empty`).not.toBe('');
  }
  return decoded;
}

/** Collapses whitespace as a browser's text search does. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Asserts that a directive's words occur, in order, in `text`. */
export function expectDirectiveMatches(directive: ParsedDirective, text: string): void {
  const haystack = collapse(text);
  const start = haystack.indexOf(directive.start);
  expect(start, `"${directive.start}" occurs in the text`).toBeGreaterThanOrEqual(0);
  if (directive.end) {
    expect(
      haystack.indexOf(directive.end, start + directive.start.length),
      `"${directive.end}" follows "${directive.start}"`,
    ).toBeGreaterThan(start);
  }
  if (directive.prefix) {
    // The prefix is followed by optional whitespace, then the start term.
    expect(
      haystack.includes(`${directive.prefix} ${directive.start}`) ||
        haystack.includes(`${directive.prefix}${directive.start}`),
      `"${directive.prefix}" comes just before "${directive.start}"`,
    ).toBe(true);
  }
  if (directive.suffix) {
    const whole = directive.end ?? directive.start;
    expect(
      haystack.includes(`${whole} ${directive.suffix}`) ||
        haystack.includes(`${whole}${directive.suffix}`),
    ).toBe(true);
  }
}

const cache = new Map<string, Promise<{ status: number; html: string }>>();

/**
 * Asserts that every same-site link answers 200 and that its `#id`, if any,
 * exists on the page it leads to. Links with a text directive are checked
 * for their page only (the directive is checked by {@link parseTextFragment}).
 */
export async function expectSiteLinksResolve(
  request: APIRequestContext,
  origin: string,
  links: readonly string[],
): Promise<void> {
  for (const link of new Set(links)) {
    if (!link.startsWith(origin)) continue;
    const url = new URL(link);
    const key = `${url.origin}${url.pathname}`;
    let fetched = cache.get(key);
    if (!fetched) {
      fetched = request.get(key).then(async (r) => ({ status: r.status(), html: await r.text() }));
      cache.set(key, fetched);
    }
    const { status, html } = await fetched;
    expect(status, `${link} should exist`).toBe(200);
    const id = url.hash.slice(1).split(':~:')[0];
    if (id) {
      expect(html.includes(`id="${decodeURIComponent(id)}"`), `${url.pathname} has #${id}`).toBe(
        true,
      );
    }
  }
}

/**
 * Asserts that the element `#id` is the page's :target, lies in the viewport
 * and is visibly highlighted (a solid outline).
 */
export async function expectHighlightedTarget(page: Page, id: string): Promise<void> {
  const mark = page.locator(`[id="${id}"]`);
  await expect(mark).toBeInViewport();
  const state = await mark.evaluate((el) => ({
    target: el.matches(':target'),
    outline: getComputedStyle(el).outlineStyle,
    width: parseFloat(getComputedStyle(el).outlineWidth),
  }));
  expect(state.target).toBe(true);
  expect(state.outline).toBe('solid');
  expect(state.width).toBeGreaterThanOrEqual(2);
}
