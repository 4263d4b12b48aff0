/**
 * Measuring search in a real Chromium: a reader on a page of the built site
 * searches twice; for each search, the bytes transferred from the moment it
 * starts (response headers and encoded body of every request, the Web
 * Worker's included) and the time until the first result's data is in hand
 * (Pagefind's search() then data()).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { SEARCH_BUNDLES, TEXTS_PARTS_FILE } from '../../src/lib/search/bundles.ts';
import { median } from './median.ts';

/** Bytes a finished request moved over the wire: response headers plus encoded body. */
async function transferSize(request: Request): Promise<number> {
  try {
    const sizes = await request.sizes();
    let body = sizes.responseBodySize;
    // Chromium reports no body size for a worker's own script; fall back to the body, which
    // Playwright hands over decoded: gzip it again (the server's default level) if it came so.
    // (A file revalidated with 304 Not Modified also reports 0, rightly: nothing was sent.)
    if (body === 0 && request.url().endsWith('/pagefind-worker.js')) {
      const response = await request.response();
      const decoded = (await response?.body()) ?? Buffer.alloc(0);
      const encoding = (await response?.headerValue('content-encoding')) ?? '';
      body = encoding === 'gzip' ? gzipSync(decoded).length : decoded.length;
    }
    return sizes.responseHeadersSize + body;
  } catch {
    return 0;
  }
}

/** One step of a measured search: its time, bytes and results. */
export interface SearchStep {
  ms: number;
  bytes: number;
  requests: number;
  /** Each request's path and bytes, largest first. */
  transfers: { path: string; bytes: number }[];
  results: number;
  firstUrl: string | null;
}

/**
 * One measured search, in the two steps the search page takes: the quotes and
 * claims from the first bundle (`first`, on the page's thread), then the
 * articles and sources from both bundles merged (`texts`, in Pagefind's
 * worker; its results exclude those of the first step).
 */
export interface SearchMeasure {
  term: string;
  first: SearchStep;
  texts: SearchStep;
}

/**
 * Serves `dist`, opens `startPath` in Chromium and runs each term in turn as
 * the search page does (src/scripts/search-page.ts): first through an
 * instance of the first bundle with no worker, until the first result's data
 * is in hand; then through an instance with the texts bundle merged in, until
 * the first article or source result's data is in hand. The instances are
 * made once, so the second term measures a second search. `shards` are the
 * addresses of other builds' indexes served beside this one (each holding
 * its own `pagefind/` and `pagefind-texts/`, scripts/bench/shards.ts): every
 * step then merges theirs in too, as a sharded site's search page would.
 */
export async function measureSearches(
  dist: string,
  terms: readonly string[],
  startPath = '/',
  shards: readonly string[] = [],
): Promise<SearchMeasure[]> {
  // Compressed and revalidated like a static host serves files (Pagefind's index files are gzip already).
  const server = await serveStatic(dist, { gzip: true, revalidate: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // The site's Content-Security-Policy allows WebAssembly only on the search page;
    // bypassing it lets the measurement start from any page.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}${startPath}`, { waitUntil: 'load' });
    // Pagefind 1.6 fetches its index from a Web Worker, which a page's CDP session does not
    // see; the browser context's request events include the worker's requests.
    let pending: Promise<{ path: string; bytes: number }>[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      pending.push(transferSize(request).then((bytes) => ({ path, bytes })));
    });
    /** Runs one step in the page and adds up what it transferred. */
    async function step(
      run: () => Promise<{ ms: number; results: number; firstUrl: string | null }>,
    ): Promise<SearchStep> {
      pending = [];
      const result = await run();
      // Let the last requestfinished events arrive before reading the counters.
      await page.waitForTimeout(300);
      const transfers = (await Promise.all(pending)).sort((a, b) => b.bytes - a.bytes);
      return {
        ...result,
        ms: Math.round(result.ms),
        bytes: transfers.reduce((sum, t) => sum + t.bytes, 0),
        requests: transfers.length,
        transfers,
      };
    }
    const measures: SearchMeasure[] = [];
    for (const term of terms) {
      const first = await step(() =>
        page.evaluate(
          async ([term, path, shards]) => {
            const started = performance.now();
            const bench = window as unknown as BenchWindow;
            bench.__pagefind ??= import(/* @vite-ignore */ `${path}pagefind.js`);
            bench.__first ??= bench.__pagefind.then(async (module) => {
              const instance = module.createInstance({ noWorker: true });
              await instance.init();
              for (const shard of shards) await instance.mergeIndex(`${shard}${path.slice(1)}`);
              return instance;
            });
            const search = await (await bench.__first).search(term);
            bench.__shown = search.results.map((result) => result.id);
            const data = search.results[0] ? await search.results[0].data() : null;
            return {
              ms: performance.now() - started,
              results: search.results.length,
              firstUrl: data ? data.url : null,
            };
          },
          [term, SEARCH_BUNDLES.first.path, shards] as const,
        ),
      );
      const texts = await step(() =>
        page.evaluate(
          async ([term, listing, texts, first, shards]) => {
            const started = performance.now();
            const bench = window as unknown as BenchWindow;
            /** Every part of a build's texts bundle, as the search page merges them. */
            const partsOf = async (base: string): Promise<string[]> => {
              const response = await fetch(`${base}${listing.slice(1)}`);
              const listed = response.ok ? ((await response.json()) as { parts?: string[] }) : {};
              // A shard's list names its parts from the site's root (/shard-2/pagefind-texts/).
              return (listed.parts ?? [texts]).map((part) =>
                part.startsWith(base) ? part : `${base}${part.slice(1)}`,
              );
            };
            bench.__whole ??= bench.__pagefind!.then(async (module) => {
              const instance = module.createInstance();
              await instance.init();
              for (const part of await partsOf('/')) await instance.mergeIndex(part);
              for (const shard of shards) {
                await instance.mergeIndex(`${shard}${first.slice(1)}`);
                for (const part of await partsOf(shard)) await instance.mergeIndex(part);
              }
              return instance;
            });
            const search = await (await bench.__whole).search(term);
            const shown = new Set(bench.__shown);
            const rest = search.results.filter((result) => !shown.has(result.id));
            const data = rest[0] ? await rest[0].data() : null;
            return {
              ms: performance.now() - started,
              results: rest.length,
              firstUrl: data ? data.url : null,
            };
          },
          [
            term,
            `${SEARCH_BUNDLES.texts.path}${TEXTS_PARTS_FILE}`,
            SEARCH_BUNDLES.texts.path,
            SEARCH_BUNDLES.first.path,
            shards,
          ] as const,
        ),
      );
      measures.push({ term, first, texts });
    }
    await context.close();
    return measures;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The slice of Pagefind's API the measurement uses. */
interface PagefindInstance {
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  search(q: string): Promise<{ results: { id: string; data: () => Promise<{ url: string }> }[] }>;
}

/** What the measurement keeps on the page's window between its steps. */
interface BenchWindow {
  __pagefind?: Promise<{
    createInstance(options?: { noWorker?: boolean }): PagefindInstance;
  }>;
  __first?: Promise<PagefindInstance>;
  __whole?: Promise<PagefindInstance>;
  /** The ids the first step found, which the second step leaves out. */
  __shown?: string[];
}

/** What a reader's first search through the search page itself costs. */
export interface SearchPageMeasure {
  term: string;
  /**
   * From the start of navigation to the first result drawn: the median of
   * {@link COLD_ARRIVALS} arrivals, each in a fresh browser context (an
   * empty cache), since one arrival swings by 100 ms.
   */
  firstResultsMs: number;
  /** Each cold arrival's time to the first result, in order. */
  firstResultsRunsMs: number[];
  /** Everything transferred until then: the page, its assets, Pagefind, the result data. */
  firstResultsBytes: number;
  /** Everything transferred once the page has settled, the facets' counts included. */
  settledBytes: number;
  settledMs: number;
  requests: number;
  /** Each request's path and bytes, largest first (until settled). */
  transfers: { path: string; bytes: number }[];
  /**
   * The same term typed into the search page once it has loaded (Pagefind
   * started, facets drawn): from the keystroke to the first result drawn,
   * the page's pause after typing (200 ms) included, and the bytes it fetched.
   */
  typed: { ms: number; bytes: number };
  /**
   * The same arrival over an emulated slow network ({@link SLOW_NETWORK}): from
   * the start of navigation to the first result drawn. On the local server
   * the wait is mostly the browser's own work; here it is mostly round trips.
   */
  slowNetworkMs: number;
}

/** How many cold arrivals the search page's first-results time is the median of. */
export const COLD_ARRIVALS = 5;

/**
 * The network of the slow arrival, as Chromium's DevTools emulate it: 40 ms
 * added to every request's round trip, 10 Mbit/s down and 5 Mbit/s up.
 */
export const SLOW_NETWORK = {
  latencyMs: 40,
  downloadBitsPerSecond: 10_000_000,
  uploadBitsPerSecond: 5_000_000,
} as const;

/**
 * Notes, in the page's own clock, when the first result appears
 * (`__firstResultMs`) and when the page settles (`__settledMs`); run in the
 * page before its own scripts. Playwright's own waiting polls every 500 ms at
 * length, too coarse to time either.
 */
function recordSearchProgress(): void {
  const record = window as unknown as { __firstResultMs?: number; __settledMs?: number };
  new MutationObserver((_, observer) => {
    if (record.__firstResultMs === undefined && document.querySelector('.search-result'))
      record.__firstResultMs = performance.now();
    if (document.querySelector('[data-search-root][data-state="done"]')) {
      record.__settledMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
}

/**
 * Opens `/search/?q=<term>` in `page` (with {@link recordSearchProgress} added)
 * and waits for the first result: when it was drawn, in the page's clock, and
 * the page's time origin.
 */
async function arriveAtSearch(
  page: Page,
  base: string,
  term: string,
): Promise<{ firstResultsMs: number; timeOrigin: number }> {
  await page.goto(`${base}/search/?q=${encodeURIComponent(term)}`);
  await page.locator('.search-result').first().waitFor({ timeout: 120_000 });
  return page.evaluate(() => ({
    firstResultsMs: (window as unknown as { __firstResultMs?: number }).__firstResultMs ?? NaN,
    timeOrigin: performance.timeOrigin,
  }));
}

/**
 * Opens `/search/?q=<term>` in a fresh browser, as the header's search box
 * does from any page, and measures what the reader waits for: the bytes and
 * time until the first result is drawn, then until the facets are filled in.
 * The site's own Content-Security-Policy applies.
 */
export async function measureSearchPage(dist: string, term: string): Promise<SearchPageMeasure> {
  const server = await serveStatic(dist, { gzip: true, revalidate: true });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recordSearchProgress);
    // Each request with the moment it started (ms since the epoch, as Chromium reports it).
    const finished: { startedAt: number; sizing: Promise<{ path: string; bytes: number }> }[] = [];
    context.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      finished.push({
        startedAt: request.timing().startTime,
        sizing: transferSize(request).then((bytes) => ({ path, bytes })),
      });
    });
    const { firstResultsMs, timeOrigin } = await arriveAtSearch(page, server.url, term);
    await page
      .locator('[data-search-root][data-state="done"]')
      .waitFor({ state: 'attached', timeout: 120_000 });
    const settledMs = await page.evaluate(
      () => (window as unknown as { __settledMs?: number }).__settledMs ?? NaN,
    );
    await page.waitForTimeout(300);
    const sized = await Promise.all(finished.map((f) => f.sizing));
    // What the first results needed: every request that started before they were drawn.
    const firstResultsAt = timeOrigin + firstResultsMs;
    const beforeResults = sized.filter((_, i) => finished[i]!.startedAt <= firstResultsAt);
    await context.close();
    const arrivals = [firstResultsMs];
    for (let i = 1; i < COLD_ARRIVALS; i++)
      arrivals.push(await measureColdArrival(browser, server.url, term));
    return {
      term,
      firstResultsRunsMs: arrivals.map((ms) => Math.round(ms)),
      typed: await measureTyping(browser, server.url, term),
      slowNetworkMs: await measureSlowArrival(browser, server.url, term),
      firstResultsMs: Math.round(median(arrivals)),
      firstResultsBytes: sum(beforeResults),
      settledBytes: sum(sized),
      settledMs: Math.round(settledMs),
      requests: sized.length,
      transfers: groupTransfers(sized),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

const sum = (list: readonly { bytes: number }[]): number =>
  list.reduce((total, t) => total + t.bytes, 0);

/** Opens `/search/?q=<term>` in a fresh context; returns the time to the first result drawn. */
async function measureColdArrival(browser: Browser, base: string, term: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(recordSearchProgress);
    return (await arriveAtSearch(page, base, term)).firstResultsMs;
  } finally {
    await context.close();
  }
}

/**
 * Opens `/search/?q=<term>` in a fresh context over {@link SLOW_NETWORK};
 * returns the time from the start of navigation to the first result drawn.
 */
async function measureSlowArrival(browser: Browser, base: string, term: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_NETWORK.latencyMs,
      downloadThroughput: SLOW_NETWORK.downloadBitsPerSecond / 8,
      uploadThroughput: SLOW_NETWORK.uploadBitsPerSecond / 8,
    });
    await page.addInitScript(recordSearchProgress);
    return Math.round((await arriveAtSearch(page, base, term)).firstResultsMs);
  } finally {
    await context.close();
  }
}

/** Opens the search page in a fresh context, waits until it is idle, then types `term`. */
async function measureTyping(
  browser: Browser,
  base: string,
  term: string,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/search/`);
    await page.locator('[data-search-root][data-state="idle"]').waitFor({ state: 'attached' });
    const sizing: Promise<number>[] = [];
    context.on('requestfinished', (request) => sizing.push(transferSize(request)));
    const ms = await page.evaluate(async (term: string) => {
      const input = document.querySelector<HTMLInputElement>('[data-search-primary]')!;
      const drawn = new Promise<number>((resolve) => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.search-result')) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(document.body, { childList: true, subtree: true });
      });
      const typed = performance.now();
      input.value = term;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return (await drawn) - typed;
    }, term);
    await page.waitForTimeout(300);
    const bytes = (await Promise.all(sizing)).reduce((total, b) => total + b, 0);
    return { ms: Math.round(ms), bytes };
  } finally {
    await context.close();
  }
}

/** Adds up the many small index files by kind (fragments, filters, index chunks). */
function groupTransfers(
  list: { path: string; bytes: number }[],
): { path: string; bytes: number }[] {
  const groups = new Map<string, number>();
  for (const { path, bytes } of list) {
    const key = path.replace(/\/[^/]+\.(pf_fragment|pf_filter|pf_index)$/, '/*.$1');
    groups.set(key, (groups.get(key) ?? 0) + bytes);
  }
  return [...groups].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes);
}
