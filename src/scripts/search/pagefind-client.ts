/**
 * The search page's Pagefind client: loads Pagefind's JS API, makes the
 * instances the page searches with (src/scripts/search-page.ts explains the
 * three), runs a search for a state, and loads the indexed words for
 * suggestions. Every failure is thrown with its cause, for the controller to
 * show; nothing here touches the page.
 *
 * @see https://pagefind.app/docs/api/
 * @see https://pagefind.app/docs/multisite/
 */
import type { PagefindResultData } from '../../lib/search/results.ts';
import { pagefindFilters, pagefindSort, type SearchState } from '../../lib/search/state.ts';
import { SEARCH_BUNDLES, TEXTS_PARTS_FILE, type TextsParts } from '../../lib/search/bundles.ts';
import {
  ENTRY_PRELOAD_ATTRIBUTE,
  SHARDS_PRELOAD_ATTRIBUTE,
  preloadedEntryTag,
} from '../../lib/search/preload.ts';
import type { ShardList } from '../../lib/shards.ts';
import { searchPhraseAware } from '../../lib/search/phrase.ts';
import { ownPagesFirst } from '../../lib/search/own-page.ts';
import { WORDS_FILE, mergeWordLists, type WordList } from '../../lib/search/suggest.ts';

/** Pagefind's module: it makes independent instances. */
export interface PagefindModule {
  createInstance(options?: {
    noWorker?: boolean;
    basePath?: string;
    metaCacheTag?: string;
  }): Pagefind;
}

/** One result of a search, before its data is loaded. */
export interface PagefindResult {
  /** The page's id within the bundle (the same page has the same id in every instance). */
  id: string;
  /** Pagefind's relevance score (the same for every page of an exact-phrase search). */
  score: number;
  data(): Promise<PagefindResultData & { content?: string; locations?: number[] }>;
}

/** Each filter's values with their counts. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The slice of Pagefind's JS API this page uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: { baseUrl?: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters: Record<string, unknown>; sort: Record<string, string> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

/** Passed to every instance: the length of an excerpt, in words. */
const PAGEFIND_OPTIONS = { excerptLength: 24 };

/**
 * For an instance of the bundle at `basePath`: the tag of the page's preload
 * hint for that bundle's entry file (src/lib/search/preload.ts), so that
 * Pagefind asks for the very address the browser has already fetched.
 * Nothing when the page has no hint for that bundle: Pagefind then tags the
 * request with the time, as it does by default.
 */
function preloadedTag(basePath: string): { metaCacheTag?: string } {
  const href = document.querySelector(`link[${ENTRY_PRELOAD_ATTRIBUTE}]`)?.getAttribute('href');
  const tag = href ? preloadedEntryTag(href, basePath) : undefined;
  return tag ? { metaCacheTag: tag } : {};
}

/** Loads Pagefind's module from the first bundle; throws why it could not. */
export async function loadPagefind(): Promise<PagefindModule> {
  // A runtime path, so the bundler leaves it alone: the index exists only after a build.
  const url = `${SEARCH_BUNDLES.first.path}pagefind.js`;
  return (await import(/* @vite-ignore */ url)) as PagefindModule;
}

/** This site's search files, when it was not built in shards. */
const UNSHARDED: ShardList = {
  first: [SEARCH_BUNDLES.first.path],
  texts: [SEARCH_BUNDLES.texts.path],
  words: [`/${WORDS_FILE}`],
};

let searchFiles: Promise<ShardList> | undefined;

/**
 * Every shard's search files (src/lib/shards.ts), as listed in the file whose
 * preload hint shard 1 of a sharded build writes into the page; this site's
 * own when the page has no such hint (a build that is not sharded). Throws
 * why the list could not be loaded.
 */
export function shardSearchFiles(): Promise<ShardList> {
  searchFiles ??= (async () => {
    const href = document.querySelector(`link[${SHARDS_PRELOAD_ATTRIBUTE}]`)?.getAttribute('href');
    if (!href) return UNSHARDED;
    const response = await fetch(href);
    if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
    const listed = (await response.json()) as Partial<ShardList>;
    const list = (key: keyof ShardList): string[] =>
      Array.isArray(listed[key]) ? listed[key] : UNSHARDED[key];
    return { first: list('first'), texts: list('texts'), words: list('words') };
  })();
  return searchFiles;
}

/**
 * Every bundle's pages are addressed from the site's root. Pagefind would
 * otherwise take the folder above a bundle named `pagefind` for its root
 * (`/shard-2/` for `/shard-2/pagefind/`).
 */
const MERGED = { baseUrl: '/' };

/**
 * The instance that finds the quotes and claims, on the page's thread (and
 * loads a filter's index only when the reader filters by it); in a sharded
 * build, with every other shard's first bundle merged in.
 */
export async function firstInstance(pagefind: PagefindModule): Promise<Pagefind> {
  const [primary = SEARCH_BUNDLES.first.path, ...more] = (await shardSearchFiles()).first;
  const instance = pagefind.createInstance({
    noWorker: true,
    // Pagefind finds the first bundle by its own script's address unless told another.
    ...(primary === SEARCH_BUNDLES.first.path ? {} : { basePath: primary }),
    ...preloadedTag(primary),
  });
  await instance.options(PAGEFIND_OPTIONS);
  await instance.init();
  for (const bundle of more) await instance.mergeIndex(bundle, MERGED);
  return instance;
}

/**
 * The addresses of the parts (src/lib/search/bundles.ts) of the texts bundle
 * at `texts`, as the build listed them; the texts bundle alone when it lists
 * none (an index written before parts existed).
 */
async function textsParts(texts: string): Promise<string[]> {
  const response = await fetch(`${texts}${TEXTS_PARTS_FILE}`);
  if (!response.ok) return [texts];
  const listed = (await response.json()) as Partial<TextsParts>;
  return Array.isArray(listed.parts) ? listed.parts : [texts];
}

/** The texts bundle's parts of every shard, shard 1's first. */
async function everyTextsPart(): Promise<string[]> {
  const parts = await Promise.all((await shardSearchFiles()).texts.map(textsParts));
  return parts.flat();
}

/**
 * An instance over both bundles, in Pagefind's worker: the first, with every
 * part of the texts merged in (in a sharded build, every shard's first bundle
 * and texts parts). Its WebAssembly and first metadata come from the
 * browser's cache; only the texts' metadata is new. Without a first bundle,
 * the texts alone. Throws why the texts bundle could not be loaded.
 */
export async function mergedInstance(
  pagefind: PagefindModule,
  hasFirstBundle: boolean,
): Promise<Pagefind> {
  const parts = everyTextsPart();
  const open = async (basePath: string): Promise<Pagefind> => {
    const instance = pagefind.createInstance({ basePath, ...preloadedTag(basePath) });
    await instance.options(PAGEFIND_OPTIONS);
    await instance.init();
    return instance;
  };
  if (!hasFirstBundle) {
    const [base = SEARCH_BUNDLES.texts.path, ...more] = await parts;
    const instance = await open(base);
    for (const part of more) await instance.mergeIndex(part, MERGED);
    return instance;
  }
  const [primary = SEARCH_BUNDLES.first.path, ...more] = (await shardSearchFiles()).first;
  const instance = await open(primary);
  for (const bundle of more) await instance.mergeIndex(bundle, MERGED);
  for (const part of await parts) await instance.mergeIndex(part, MERGED);
  return instance;
}

/**
 * Runs a Pagefind search for `state`; a phrase in quotes is searched and
 * ranked as src/lib/search/phrase.ts explains.
 */
export function searchWith(pagefind: Pagefind, state: SearchState): ReturnType<Pagefind['search']> {
  // Browsing by filters alone has no relevance to rank by, so newest comes first.
  const sort = pagefindSort(state.q === '' && state.sort === 'relevance' ? 'newest' : state.sort);
  const filters = pagefindFilters(state);
  if (state.q === '') return pagefind.search(null, { filters, sort });
  return searchPhraseAware(
    state.q,
    (term) => pagefind.search(term, { filters, sort }),
    state.sort !== 'relevance',
  );
}

/**
 * The results with any of the first `n` whose title is the query itself moved
 * to the top (src/lib/search/own-page.ts). Their data is the first the
 * section draws anyway; a title that cannot be loaded leaves the order as it
 * is (the section then reports the failure when it draws that result).
 */
export async function withOwnPagesFirst(
  results: PagefindResult[],
  q: string,
  n: number,
): Promise<PagefindResult[]> {
  const head = results.slice(0, n);
  const titles = new Map<PagefindResult, string | undefined>();
  await Promise.all(
    head.map(async (result) => {
      const title = await result.data().then(
        (data) => data.meta['title'],
        () => undefined,
      );
      titles.set(result, title);
    }),
  );
  return [...ownPagesFirst(head, (r) => titles.get(r), q), ...results.slice(n)];
}

/**
 * The indexed words with their counts (src/lib/search/suggest.ts), every
 * shard's added up; throws why they could not be loaded.
 */
export async function loadWordList(): Promise<WordList> {
  const lists = (await shardSearchFiles()).words.map(async (file) => {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return (await response.json()) as WordList;
  });
  const all = await Promise.all(lists);
  return all.length === 1 ? all[0]! : mergeWordLists(all);
}
