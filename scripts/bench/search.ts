/**
 * Measuring search in a real Chromium: a reader on a page of the built site
 * searches twice; for each search, the bytes transferred from the moment it
 * starts (response headers and encoded body of every request, the Web
 * Worker's included) and the time until the first result's data is in hand
 * (Pagefind's search() then data()).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

/** Bytes a finished request moved over the wire: response headers plus encoded body. */
async function transferSize(request: Request): Promise<number> {
  try {
    const sizes = await request.sizes();
    let body = sizes.responseBodySize;
    if (body === 0) {
      // Chromium reports no size for a worker's own script; fall back to the body, which
      // Playwright hands over decoded: gzip it again (the server's default level) if it came so.
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

/** One measured search. */
export interface SearchMeasure {
  term: string;
  ms: number;
  bytes: number;
  requests: number;
  /** Each request's path and bytes, largest first. */
  transfers: { path: string; bytes: number }[];
  results: number;
  firstUrl: string | null;
}

/**
 * Serves `dist`, opens `startPath` in Chromium and runs each term in turn
 * through /pagefind/pagefind.js, as the search page does.
 */
export async function measureSearches(
  dist: string,
  terms: readonly string[],
  startPath = '/',
): Promise<SearchMeasure[]> {
  // Compressed like any static host serves text (Pagefind's own index files are gzip already).
  const server = await serveStatic(dist, { gzip: true });
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
    const measures: SearchMeasure[] = [];
    for (const term of terms) {
      pending = [];
      const result = await page.evaluate(async (term: string) => {
        const started = performance.now();
        const holder = window as unknown as { __pagefind?: Promise<PagefindModule> };
        interface PagefindModule {
          search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
        }
        const url = '/pagefind/pagefind.js';
        holder.__pagefind ??= import(/* @vite-ignore */ url) as Promise<PagefindModule>;
        const pagefind = await holder.__pagefind;
        const search = await pagefind.search(term);
        const first = search.results[0] ? await search.results[0].data() : null;
        return {
          ms: performance.now() - started,
          results: search.results.length,
          firstUrl: first ? first.url : null,
        };
      }, term);
      // Let the last requestfinished events arrive before reading the counters.
      await page.waitForTimeout(300);
      const transfers = (await Promise.all(pending)).sort((a, b) => b.bytes - a.bytes);
      const bytes = transfers.reduce((sum, t) => sum + t.bytes, 0);
      measures.push({
        term,
        ...result,
        ms: Math.round(result.ms),
        bytes,
        requests: transfers.length,
        transfers,
      });
    }
    await context.close();
    return measures;
  } finally {
    await browser.close();
    await server.close();
  }
}
