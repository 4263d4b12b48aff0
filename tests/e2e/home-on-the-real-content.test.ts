/** The home page on the real content: figures match content/, and the story cites real sources. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT } from '../support/fixture-site.ts';
import { expectLinksResolve, internalLinks, texts } from './lists-support.ts';

const CONTENT = resolve(PROJECT_ROOT, process.env['SOURCEBOOK_CONTENT'] ?? 'content');
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

test('the story in brief has paragraphs, each citing archived sources', async ({ page }) => {
  await page.goto('/');
  const paragraphs = page.locator('.brief__para');
  expect(await paragraphs.count()).toBeGreaterThan(0);
  for (const p of await paragraphs.all()) {
    const hrefs = await p
      .locator('.brief__sources a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
  }
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
