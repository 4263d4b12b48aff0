/**
 * Search under `astro dev`: the dev server has no index of its own (Pagefind
 * indexes the built site), so it serves the last build's (dist/pagefind/ and
 * dist/pagefind-texts/, from the last `npm run build`), and the search page
 * says how old it is (src/integrations/dev-search-index.ts,
 * src/scripts/search-dev-index.ts). Pure: no file system, no DOM.
 */
import { SEARCH_BUNDLES } from './bundles.ts';

/** Where the dev server says whether there is a built index, and when it was made. */
export const DEV_INDEX_STATUS_PATH = '/_sourcebook/search-index.json';

/** What the dev server answers at {@link DEV_INDEX_STATUS_PATH}. */
export interface DevIndexStatus {
  /** When the last build wrote its index (ISO 8601), or null when there is none. */
  builtAt: string | null;
  /** Content files changed since then (0 when there is no index). */
  changedSince: number;
}

/**
 * The path, relative to the build's output folder, of the index file a dev
 * request asks for (`/pagefind/pagefind.js` → `pagefind/pagefind.js`), or
 * undefined for any other request or one that tries to leave the index's
 * folders (`..`, encoded slashes, backslashes, a NUL).
 */
export function indexFileOf(url: string): string | undefined {
  const path = url.split(/[?#]/)[0] ?? '';
  const bundle = Object.values(SEARCH_BUNDLES).find((b) => path.startsWith(b.path));
  if (!bundle) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(path.slice(bundle.path.length));
  } catch {
    return undefined;
  }
  const parts = rest.split('/');
  if (
    rest === '' ||
    /[\\\0]/.test(rest) ||
    parts.some((p) => p === '' || p === '.' || p === '..')
  ) {
    return undefined;
  }
  return `${bundle.dir}/${parts.join('/')}`;
}

/** The Content-Type of an index file, by its extension (Pagefind's fragments and indexes are binary). */
export function indexContentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (file.endsWith('.json')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  if (file.endsWith('.wasm') || /\.wasm\.[a-z-]+$/.test(file)) return 'application/wasm';
  return 'application/octet-stream';
}

/** How long ago `then` was, from `now` (both in milliseconds), in words: `just now`, `5 minutes ago`, `2 days ago`. */
export function timeAgo(then: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - then) / 60_000);
  const units: [number, string][] = [
    [60 * 24, 'day'],
    [60, 'hour'],
    [1, 'minute'],
  ];
  for (const [size, unit] of units) {
    const count = Math.floor(minutes / size);
    if (count >= 1) return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

/**
 * The note the search page shows under `astro dev` when it searches the last
 * build's index: how fresh it is, and what that means for the results.
 */
export function devIndexNote(status: DevIndexStatus, now: number): string | undefined {
  if (!status.builtAt) return undefined;
  const built = Date.parse(status.builtAt);
  if (Number.isNaN(built)) return undefined;
  const changed =
    status.changedSince === 0
      ? 'No content file has changed since.'
      : `${status.changedSince} content file${status.changedSince === 1 ? ' has' : 's have'} changed since: results show those pages as they were then.`;
  return `Searching the index of the last build (npm run build), made ${timeAgo(built, now)}. ${changed} Run npm run build to bring it up to date.`;
}
