/**
 * The front page and the story hubs on the real content: figures match
 * content/, each story's brief cites real passages, and each hub's timeline
 * preview shows where its story stands.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';
import { expectLinksResolve, internalLinks, texts } from '../../support/lists-support.ts';

const CONTENT = resolve(PROJECT_ROOT, process.env['SOURCEBOOK_CONTENT'] ?? 'content');
interface EventFile {
  date: string;
  title: string;
  stories: string[];
}
interface StoryFile {
  title: string;
  brief?: unknown[];
}

/** Every story in content/stories/, by id. */
const stories = (): [string, StoryFile][] =>
  readdirSync(join(CONTENT, 'stories'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [
      f.slice(0, -'.yaml'.length),
      parse(readFileSync(join(CONTENT, 'stories', f), 'utf8')) as StoryFile,
    ]);

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

test('each story in brief has its paragraphs, each citing archived passages, not whole sources', async ({
  page,
}) => {
  let total = 0;
  for (const [id, story] of stories()) {
    await page.goto(`/stories/${id}/`);
    const paragraphs = page.locator('.brief__para');
    expect(await paragraphs.count()).toBe(story.brief?.length ?? 0);
    total += await paragraphs.count();
    await checkParagraphs(paragraphs);
  }
  // The real content's three stories hold the five paragraphs the single story once had.
  expect(total).toBe(5);
});

async function checkParagraphs(paragraphs: import('@playwright/test').Locator): Promise<void> {
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
}

test('each hub’s timeline preview shows the latest events of its story, in date order', async ({
  page,
}) => {
  const events = readdirSync(join(CONTENT, 'events'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(CONTENT, 'events', f), 'utf8')) as EventFile);
  for (const [id] of stories()) {
    const latest = events
      .filter((e) => e.stories.includes(id))
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
      .slice(-5);
    expect(latest.length).toBeGreaterThan(0);
    await page.goto(`/stories/${id}/`);
    const preview = page.locator('section', { has: page.locator('#timeline-title') });
    expect(await texts(preview, '.event__title')).toEqual(latest.map((e) => e.title));
    expect(
      await preview.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
    ).toEqual(latest.map((e) => e.date));
  }
});

test('the front page lists every story, most recently updated first, none privileged', async ({
  page,
}) => {
  await page.goto('/');
  const titles = await texts(page, '.story-item__title');
  expect(titles.sort()).toEqual(
    stories()
      .map(([, s]) => s.title)
      .sort(),
  );
  const updated = await page
    .locator('.story-item time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(updated).toEqual([...updated].sort().reverse());
});

test('the front page and each hub have one h1, the sections a reader expects, and links that resolve', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  expect(await texts(page, 'main h2')).toEqual([
    'Stories',
    'Latest analysis',
    'The archive in figures',
  ]);
  await expectLinksResolve(request, baseURL ?? '', await internalLinks(page));
  for (const [id] of stories()) {
    await page.goto(`/stories/${id}/`);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await texts(page, 'main h2')).toEqual([
      'The story in brief',
      'Key claims',
      'Latest analysis',
      'Timeline',
      'People and outlets',
      'The archive in figures',
    ]);
    await expectLinksResolve(request, baseURL ?? '', await internalLinks(page));
  }
});
