/**
 * The home page on the real content: figures match content/, the story cites
 * real passages, and the timeline preview shows where the story stands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/fixture-site.ts';
import { expectLinksResolve, internalLinks, texts } from './lists-support.ts';

const CONTENT = resolve(PROJECT_ROOT, process.env['SOURCEBOOK_CONTENT'] ?? 'content');
interface EventFile {
  date: string;
  title: string;
}

const count = (collection: string, ext: string): number => {
  try {
    return readdirSync(join(CONTENT, collection)).filter((f) => f.endsWith(ext)).length;
  } catch {
    return 0;
  }
};

test('the home page’s figures match what is in content/', async ({ page }) => {
  await page.goto('/');
  const figures = Object.fromEntries(
    await page
      .locator('.figure')
      .evaluateAll((divs) =>
        divs.map((d) => [
          d.querySelector('dt')?.textContent?.trim(),
          d.querySelector('dd')?.textContent?.trim(),
        ]),
      ),
  );
  expect(figures['Sources']).toBe(String(count('sources', '.txt')));
  expect(figures['Quotes']).toBe(String(count('quotes', '.yaml')));
  expect(figures['Claims']).toBe(String(count('claims', '.yaml')));
  expect(Number(figures['Outlets'])).toBeLessThanOrEqual(count('outlets', '.yaml'));
  expect(Number(figures['Annotations'])).toBeGreaterThanOrEqual(0);
});

test('the story in brief has paragraphs, each citing archived passages, not whole sources', async ({
  page,
}) => {
  await page.goto('/');
  const paragraphs = page.locator('.brief__para');
  expect(await paragraphs.count()).toBe(5);
  for (const p of await paragraphs.all()) {
    const hrefs = await p
      .locator('.brief__sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    // The passage's anchor, with the text fragment made from its own anchored words.
    for (const href of hrefs) {
      expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/#a-[a-z0-9-]+:~:text=[^#\s]+$/);
    }
  }
});

test('the timeline preview shows the latest events of the story, in date order', async ({
  page,
}) => {
  const events = readdirSync(join(CONTENT, 'events'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(CONTENT, 'events', f), 'utf8')) as EventFile);
  const latest = events
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
    .slice(-5);
  await page.goto('/');
  const preview = page.locator('section', { has: page.locator('#timeline-title') });
  expect(await texts(preview, '.event__title')).toEqual(latest.map((e) => e.title));
  expect(
    await preview.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
  ).toEqual(latest.map((e) => e.date));
});

test('the home page has one h1, the sections a reader expects, and links that resolve', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await texts(page, 'main h2')).toEqual([
    'The story in brief',
    'Key claims',
    'Latest analysis',
    'Timeline',
    'The archive in figures',
  ]);
  await expectLinksResolve(request, baseURL ?? '', await internalLinks(page));
});
