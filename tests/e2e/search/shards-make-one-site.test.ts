/**
 * A site built in shards (SOURCEBOOK_SHARD, src/lib/shards.ts) is the site:
 * the search fixture built as two shards, whose trees are copied into one, has
 * the files of the unsharded build, byte for byte, outside the search files
 * (each shard's bundles and word list); and its search page finds pages that
 * either shard built, through every shard's bundles.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT, buildSite, type FixtureSite } from '../../support/fixture-site.ts';
import { serveStatic, type StaticServer } from '../../support/static-server.ts';
import {
  SEARCH_FIXTURE_ENV,
  openSearch,
  resultHrefs,
  searchFixtureSite,
} from '../../support/search-support.ts';

test.describe.configure({ mode: 'serial' });

const CONTENT = join(PROJECT_ROOT, 'tests/fixtures/search/content');

/** Every file under `dir`, as paths relative to it, sorted. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Whether a file belongs to the search index: a shard's bundles, its word list. */
const isSearchFile = (path: string): boolean =>
  /^(pagefind|pagefind-texts|shard-\d+)\//.test(path) || path === 'search/words.json';

/** The search page without its preload hints, which name each build's own index files. */
const withoutHints = (html: string): string =>
  html.replace(/<link\b[^>]*\sdata-search-preload>/g, '');

let whole: FixtureSite;
let shards: string[];
let merged: string;
let server: StaticServer;

test.beforeAll(async () => {
  whole = await searchFixtureSite();
  shards = ['1/2', '2/2'].map((shard) => {
    const build = buildSite(CONTENT, { ...SEARCH_FIXTURE_ENV, SOURCEBOOK_SHARD: shard });
    if (build.status !== 0) throw new Error(`shard ${shard} failed to build:\n${build.output}`);
    return build.outDir;
  });
  merged = mkdtempSync(join(tmpdir(), 'sourcebook-shards-'));
  for (const out of shards) cpSync(out, merged, { recursive: true });
  server = await serveStatic(merged);
});

test.afterAll(async () => {
  await server?.close();
  await whole?.close();
  for (const dir of [...(shards ?? []).map((out) => join(out, '..')), merged])
    if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the shards write disjoint trees, but for the same hashed assets', () => {
  const [one, two] = shards.map(filesOf) as [string[], string[]];
  const both = one.filter((path) => two.includes(path));
  expect(both.length).toBeGreaterThan(0);
  for (const path of both) {
    expect(path).toMatch(/^_astro\//);
    expect(readFileSync(join(shards[1]!, path))).toEqual(readFileSync(join(shards[0]!, path)));
  }
  // Shard 2 has pages of its own, and its own bundles under its own folder.
  expect(two).toContain('claims/records-moved/index.html');
  expect(two).toContain('shard-2/pagefind/pagefind-entry.json');
  expect(two).toContain('shard-2/pagefind-texts/parts.json');
  expect(one).not.toContain('claims/records-moved/index.html');
  expect(two).not.toContain('index.html');
  expect(two).not.toContain('sitemap-0.xml');
});

test('the merged tree has the unsharded site’s files, each byte for byte, outside the search files', () => {
  const expected = filesOf(whole.outDir).filter((path) => !isSearchFile(path));
  const got = filesOf(merged).filter((path) => !isSearchFile(path));
  expect(got).toEqual(expected);
  expect(got.filter((path) => path.endsWith('.html')).length).toBeGreaterThan(20);
  for (const path of expected) {
    const want = readFileSync(join(whole.outDir, path));
    const have = readFileSync(join(merged, path));
    if (path === 'search/index.html') {
      expect(withoutHints(have.toString('utf8')), path).toBe(withoutHints(want.toString('utf8')));
    } else {
      expect(have.equals(want), `${path} differs`).toBe(true);
    }
  }
  // The sitemap lists shard 2's pages as well as shard 1's.
  expect(readFileSync(join(merged, 'sitemap-0.xml'), 'utf8')).toContain(
    '/claims/records-moved/</loc>',
  );
});

test('each shard has its search files; shard 1 lists every shard’s and hints the list', () => {
  expect(JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8'))).toEqual({
    first: ['/pagefind/', '/shard-2/pagefind/'],
    texts: ['/pagefind-texts/', '/shard-2/pagefind-texts/'],
    words: ['/search/words.json', '/shard-2/search/words.json'],
  });
  expect(existsSync(join(merged, 'search/words.json'))).toBe(true);
  expect(existsSync(join(merged, 'shard-2/search/words.json'))).toBe(true);
  expect(readFileSync(join(merged, 'search/index.html'), 'utf8')).toContain(
    '<link rel="preload" href="/pagefind/shards.json" as="fetch" crossorigin data-search-shards',
  );
  expect(readFileSync(join(whole.outDir, 'search/index.html'), 'utf8')).not.toContain(
    'data-search-shards',
  );
});

test('the merged search finds the quotes, claims and sources of either shard', async ({ page }) => {
  // Shard 2 built the vault story's claim and source; shard 1 the night shift's quote.
  await openSearch(page, server.url, 'q=granite+vault');
  const vault = await resultHrefs(page);
  expect(vault).toContain('/claims/records-moved/');
  expect(vault).toContain('/sources/company-2023-01-10-vault-statement/');

  await openSearch(page, server.url, `q=${encodeURIComponent('Every ledger is visible')}`);
  const ledger = await resultHrefs(page);
  expect(ledger[0]).toBe('/quotes/every-ledger-visible/');
  expect(ledger).toContain('/sources/wire-2022-06-18-first-report/');
});

test('a search that finds nothing suggests words from every shard’s list', async ({ page }) => {
  // "keyholders" is a word of shard 2's pages only; "qeyholders" finds nothing.
  await openSearch(page, server.url, 'q=qeyholders');
  const none = page.locator('[data-search-none]');
  await expect(none).toBeVisible();
  await expect(none.getByRole('link', { name: 'keyholders' })).toHaveAttribute(
    'href',
    '/search/?q=keyholders',
  );
});

test('a shard that does not exist stops the build at the start, saying how to fix it', () => {
  const build = buildSite(CONTENT, { SOURCEBOOK_SHARD: '3/2' });
  try {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('SOURCEBOOK_SHARD is "3/2", shard 3 of 2, which does not exist');
    expect(build.output).toContain('fix: set it to i/n');
    // Stopped before a page was rendered.
    expect(build.output).not.toContain('generating static routes');
  } finally {
    rmSync(join(build.outDir, '..'), { recursive: true, force: true });
  }
});
