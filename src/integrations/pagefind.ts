import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';
import {
  SEARCH_BUNDLES,
  TEXTS_PARTS_FILE,
  TEXTS_PART_PAGES,
  bundleGlobs,
  textsPartDir,
  textsPartGlobs,
  textsPartPath,
  textsSections,
  type PageFolder,
  type SearchTier,
  type TextsParts,
} from '../lib/search/bundles.ts';
import { WORDS_FILE, countWords } from '../lib/search/suggest.ts';
import { SHARDS_FILE, isSharded, shardFromEnv, shardSearchPrefix } from '../lib/shards.ts';
import {
  SEARCH_EXCLUDED_SELECTORS,
  eventRecords,
  type PublishedEvent,
  type SearchRecord,
} from '../lib/search/indexing.ts';
import {
  firstLoadedTier,
  htmlLanguage,
  searchPreloadLinks,
  withPreloadLinks,
  type PagefindEntry,
} from '../lib/search/preload.ts';

/**
 * Set to `after` by `npm run build` (scripts/build.ts), which indexes the site
 * itself once `astro build` has exited: the build's Node process no longer
 * holds its memory while Pagefind holds the index (docs/performance.md).
 */
export const INDEX_AFTER_BUILD_ENV = 'SOURCEBOOK_PAGEFIND';

/**
 * The most pages in one part of the texts bundle, when set (default
 * TEXTS_PART_PAGES in src/lib/search/bundles.ts): lower it on a machine with
 * less memory; the tests set it low to search a site written in parts.
 */
export const TEXTS_PART_PAGES_ENV = 'SOURCEBOOK_SEARCH_PART_PAGES';

/** The pages per part of the texts bundle: {@link TEXTS_PART_PAGES_ENV}, or the default. */
function textsPartPages(): number {
  const value = process.env[TEXTS_PART_PAGES_ENV];
  if (value === undefined || value === '') return TEXTS_PART_PAGES;
  const pages = Number(value);
  if (!Number.isInteger(pages) || pages < 1)
    throw new PagefindError(`cannot split the texts bundle`, [
      `${TEXTS_PART_PAGES_ENV} is "${value}"; it must be a whole number of pages, 1 or more (default ${TEXTS_PART_PAGES})`,
    ]);
  return pages;
}

/**
 * Indexes the built site with Pagefind's Node API, so that `astro build` alone
 * yields a searchable dist/ (the indexes land in dist/pagefind/ and
 * dist/pagefind-texts/).
 *
 * 1. Waits for `astro:build:done`, when every HTML file is on disk; leaves the
 *    work to the caller when SOURCEBOOK_PAGEFIND is `after`.
 * 2. Indexes the output directory with {@link indexSite}.
 * 3. Fails the build with Pagefind's own messages if any step reports errors.
 *
 * @see https://pagefind.app/docs/node-api/
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'sourcebook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD_ENV] === 'after') {
          logger.info('the search index is written after the build (npm run build)');
          return;
        }
        const { pages, ms } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${ms} ms`);
      },
    },
  };
}

/**
 * Creates the site's two Pagefind bundles in `outDir` (SEARCH_BUNDLES in
 * src/lib/search/bundles.ts): the first and the texts' first part side by
 * side in one Pagefind process (no slower than one after the other:
 * docs/performance.md), then any further part of the texts, each in a
 * Pagefind process of its own so that memory follows one part, not the
 * archive ({@link textsPartGlobs}); the texts bundle's folder lists the parts
 * (TEXTS_PARTS_FILE). Pages choose what is indexed with data-pagefind-*
 * attributes: only each page's data-pagefind-body, its type, outlet,
 * speaker, status and year as filters, its date as sort key, weights on quote
 * wording and claim statements, and each annotation's first mark (id
 * `a-<id>` with data-pagefind-title) as a sub-result. Then writes the search
 * page's preload hints for the index files its first results need
 * ({@link preloadSearchIndex}). Throws a {@link PagefindError} with
 * Pagefind's messages if any step fails. In a sharded build
 * (SOURCEBOOK_SHARD, src/lib/shards.ts), shard k > 1 writes its bundles and
 * word list under `shard-<k>/`, its parts list leaves out its empty parts,
 * and shard 1 hints, on the search page, the list of every shard's search
 * files (SHARDS_FILE, written by src/integrations/shards.ts). Returns how many HTML files Pagefind
 * read, in all bundles.
 */
export async function indexSite(outDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  // A shard other than the first writes its bundles under its own folder (src/lib/shards.ts).
  const shard = shardFromEnv();
  const prefix = shardSearchPrefix(shard?.index ?? 1);
  const firstDir = `${prefix}${SEARCH_BUNDLES.first.dir}`;
  const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({
    name: entry.name,
    isDirectory: entry.isDirectory(),
  }));
  const globs = bundleGlobs(topLevel);
  const parts = textsPartGlobs(
    globs.texts,
    ...countTextsPages(outDir, textsSections(topLevel)),
    textsPartPages(),
  );
  const counts: number[] = [];
  try {
    counts.push(
      ...(await Promise.all([
        indexBundle(outDir, globs.first, firstDir),
        indexBundle(outDir, parts[0]!, textsPartDir(1, prefix), publishedEvents(outDir)),
      ])),
    );
    for (const [i, glob] of parts.entries()) {
      if (i === 0) continue;
      // A fresh Pagefind process per part: the last one's memory goes back to the system.
      await pagefind.close();
      counts.push(await indexBundle(outDir, glob, textsPartDir(i + 1, prefix)));
    }
  } finally {
    await pagefind.close();
  }
  // A part may hold only pages that are not searchable (lists); Pagefind writes it empty. The
  // texts' first part stays, but in a shard other than the first, whose list may hold none.
  const keepsFirstPart = prefix === '';
  const kept = parts
    .map((_, i) => i + 1)
    .filter((k) => (k === 1 && keepsFirstPart) || bundleHasPages(outDir, textsPartDir(k, prefix)));
  // The first part's folder stays in any case: it holds the list of parts.
  for (let k = 2; k <= parts.length; k += 1)
    if (!kept.includes(k)) rmSync(join(outDir, textsPartDir(k, prefix)), { recursive: true });
  const listed: TextsParts = { parts: kept.map((k) => textsPartPath(k, prefix)) };
  writeFileSync(
    join(outDir, textsPartDir(1, prefix), TEXTS_PARTS_FILE),
    `${JSON.stringify(listed)}\n`,
  );
  // Shard 1 of a sharded build lists every shard's search files (src/integrations/shards.ts).
  let shardsFile: string | undefined;
  if (isSharded(shard) && shard.index === 1) {
    if (!existsSync(join(outDir, firstDir, SHARDS_FILE)))
      throw new PagefindError(`cannot list the shards' bundles`, [
        `${firstDir}/${SHARDS_FILE} is missing: shard 1 of ${shard.count} writes it during astro build (src/integrations/shards.ts)`,
      ]);
    shardsFile = `${SEARCH_BUNDLES.first.path}${SHARDS_FILE}`;
  }
  preloadSearchIndex(outDir, shardsFile);
  writeWordList(
    outDir,
    kept.map((k) => textsPartDir(k, prefix)),
    prefix,
  );
  return {
    pages: counts.reduce((sum, n) => sum + n, 0),
    ms: Math.round(performance.now() - started),
  };
}

/** Whether the bundle in folder `dir` holds any page (Pagefind's entry file counts them). */
function bundleHasPages(outDir: string, dir: string): boolean {
  const entry = JSON.parse(
    readFileSync(join(outDir, dir, 'pagefind-entry.json'), 'utf8'),
  ) as PagefindEntry;
  return Object.values(entry.languages).some((language) => language.page_count > 0);
}

/**
 * What {@link textsPartGlobs} needs to know of the built site: how many HTML
 * pages are at the top, in each texts section's own folder, and in each of
 * its sub-folders.
 */
function countTextsPages(
  outDir: string,
  sections: readonly string[],
): [number, Record<string, number>, PageFolder[]] {
  const isPage = (name: string) => name.endsWith('.html');
  const topLevelPages = readdirSync(outDir).filter(isPage).length;
  const sectionPages: Record<string, number> = {};
  const folders: PageFolder[] = [];
  for (const section of sections) {
    const byFolder = new Map<string, number>();
    let own = 0;
    for (const path of readdirSync(join(outDir, section), { recursive: true, encoding: 'utf8' })) {
      if (!isPage(path)) continue;
      const slash = path.indexOf('/');
      if (slash < 0) own += 1;
      else byFolder.set(path.slice(0, slash), (byFolder.get(path.slice(0, slash)) ?? 0) + 1);
    }
    sectionPages[section] = own;
    for (const [name, pages] of byFolder) folders.push({ section, name, pages });
  }
  return [topLevelPages, sectionPages, folders];
}

/** An HTML page with an empty data-pagefind-body (see indexBundle). */
const BODY_MARKER =
  '<!doctype html><html lang="en"><head><title></title></head><body><div data-pagefind-body></div></body></html>';

/** The timeline's events from the built site's open data (none if it publishes none). */
function publishedEvents(outDir: string): SearchRecord[] {
  const file = join(outDir, 'api', 'events.json');
  if (!existsSync(file)) return [];
  const data = JSON.parse(readFileSync(file, 'utf8')) as { items?: PublishedEvent[] };
  return eventRecords(data.items ?? []);
}

/**
 * Indexes the files of `outDir` matching `glob`, and any `records`, into
 * `outDir/<bundle>`; returns the files read.
 */
async function indexBundle(
  outDir: string,
  glob: string,
  bundle: string,
  records: readonly SearchRecord[] = [],
): Promise<number> {
  const { errors: createErrors, index } = await pagefind.createIndex({
    excludeSelectors: [...SEARCH_EXCLUDED_SELECTORS],
  });
  if (!index) throw new PagefindError('could not create the index', createErrors);
  // Pagefind indexes only the pages that mark their content with data-pagefind-body, but only
  // once it has seen one; in a bundle with none (an archive with no quotes or claims yet) it
  // would index whole list pages instead. This empty page marks one and is itself left out,
  // having no words: a bundle with no searchable page is then empty.
  const marked = await index.addHTMLFile({ url: '/pagefind-body-marker/', content: BODY_MARKER });
  if (marked.errors.length > 0)
    throw new PagefindError(`could not start the index ${bundle}/`, marked.errors);
  const added = await index.addDirectory({ path: outDir, glob });
  if (added.errors.length > 0)
    throw new PagefindError(`could not index dist/ (${bundle})`, added.errors);
  for (const record of records) {
    const { errors } = await index.addCustomRecord(record);
    if (errors.length > 0) throw new PagefindError(`could not index ${record.url}`, errors);
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/${bundle}` });
  if (written.errors.length > 0)
    throw new PagefindError(`could not write the index ${bundle}/`, written.errors);
  return added.page_count;
}

/**
 * Adds to the built search page (`search/index.html`, if the site has one)
 * `<link>` hints for Pagefind's script and for the entry, metadata and
 * WebAssembly of the bundle it opens first (src/lib/search/preload.ts), so
 * they load beside the page instead of one after another after it. In shard
 * 1 of a sharded build, a hint for the list of every shard's search files
 * too (`shardsFile`, src/lib/shards.ts): its presence tells the page to merge
 * every shard's bundles.
 */
export function preloadSearchIndex(outDir: string, shardsFile?: string): void {
  const page = join(outDir, 'search', 'index.html');
  if (!existsSync(page)) return;
  const entryText = (tier: SearchTier): string =>
    readFileSync(join(outDir, SEARCH_BUNDLES[tier].dir, 'pagefind-entry.json'), 'utf8');
  const firstText = entryText('first');
  const tier = firstLoadedTier(JSON.parse(firstText) as PagefindEntry);
  const openedText = tier === 'first' ? firstText : entryText(tier);
  const html = readFileSync(page, 'utf8');
  const links = searchPreloadLinks({
    tier,
    entry: JSON.parse(openedText) as PagefindEntry,
    entryTag: createHash('sha256').update(openedText).digest('hex').slice(0, 16),
    pageLanguage: htmlLanguage(html),
    ...(shardsFile ? { shardsFile } : {}),
  });
  writeFileSync(page, withPreloadLinks(html, links));
}

/**
 * Writes the indexed words with their counts (src/lib/search/suggest.ts) for
 * the search page's suggestions when a search finds nothing: read back from
 * the fragments of every bundle (the first, and the texts' parts, by folder),
 * which hold each page's text as indexed. A shard's bundles and word list
 * are under its search folder, `prefix` (src/lib/shards.ts).
 */
export function writeWordList(
  outDir: string,
  textsParts: readonly string[] = [SEARCH_BUNDLES.texts.dir],
  prefix = '',
): void {
  const dirs = [`${prefix}${SEARCH_BUNDLES.first.dir}`, ...textsParts];
  const texts: string[] = [];
  for (const bundle of dirs) {
    const dir = join(outDir, bundle, 'fragment');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const data = gunzipSync(readFileSync(join(dir, name)));
      // Pagefind's fragments are gzipped JSON behind a 12-byte signature ("pagefind_dcd").
      const fragment = JSON.parse(data.subarray(12).toString('utf8')) as {
        content?: string;
        meta?: Record<string, string>;
      };
      texts.push(fragment.content ?? '', fragment.meta?.['title'] ?? '');
    }
  }
  const file = join(outDir, `${prefix}${WORDS_FILE}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(countWords(texts)));
}

/** A Pagefind failure, carrying Pagefind's own messages, with a hint (an AstroError). */
export class PagefindError extends AstroError {
  constructor(what: string, messages: string[]) {
    super(
      `Pagefind ${what}: ${messages.join('; ') || 'no message given'}`,
      "the messages after the colon are Pagefind's own; if dist/ was written, run npm run build again, and if it fails the same way, reinstall the dependencies (npm ci) so Pagefind has its binary for this platform",
    );
    this.name = 'PagefindError';
  }
}
