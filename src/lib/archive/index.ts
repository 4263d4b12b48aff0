/**
 * The archive as pages and exports read it: checked once per build (and
 * again in `astro dev` whenever a content file changes).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkArchive } from './check.ts';
import { diagnosticCount, formatDiagnostic } from './diagnostics.ts';
import type { Archive, CheckResult } from './model.ts';
import { contentRoot } from './paths.ts';
import type { ParsedFiles } from './read.ts';

export type * from './model.ts';
export { checkArchive } from './check.ts';
export { formatDiagnostic } from './diagnostics.ts';

interface Cached {
  root: string;
  signature: string;
  result: CheckResult;
  /** The files parsed for `result`, reused by the next check when unchanged (astro dev). */
  parsed: ParsedFiles;
  /** Set when a watcher reports a change: the next load checks again. */
  stale?: boolean;
  /**
   * The absolute paths the watcher reported changed since `result`, when it
   * named every one: the next check reads only these again.
   */
  changed?: Set<string>;
  /** Set when a change was reported without its path: the next check reads every file. */
  unknownChange?: boolean;
}

/**
 * The last result, kept on globalThis rather than in this module: in one `astro build` this
 * module is instantiated several times (the integration loads it through Node, the content
 * config through Vite, the pages from the prerender bundle), and each instance would otherwise
 * check the whole archive again.
 */
const CACHE = Symbol.for('sourcebook.archive.loadArchive');
/**
 * Content roots whose changes a file watcher reports (`astro dev`, through the
 * content loaders): their cached result stands until {@link archiveChanged} is
 * called, instead of the tree being re-scanned on every call, which on a
 * large archive cost more than rendering the page (docs/performance.md).
 */
const WATCHED = Symbol.for('sourcebook.archive.watchedRoots');
/**
 * Set by the dev server's workbench (src/integrations/workbench.ts), which shows content errors
 * in an overlay on every page: pages then render from the records that passed the checks.
 */
const OVERLAY = Symbol.for('sourcebook.archive.errorsInOverlay');
const shared = globalThis as typeof globalThis & {
  [CACHE]?: Cached;
  [WATCHED]?: Set<string>;
  [OVERLAY]?: boolean;
};
const watchedRoots = (shared[WATCHED] ??= new Set());

/** Trusts a file watcher to report every change under `root` (see {@link archiveChanged}). */
export function markWatched(root: string): void {
  watchedRoots.add(root);
}

/**
 * Marks the cached result for `root` as out of date: something under it
 * changed (the file at `path`, when given). The next load checks again,
 * parsing only the files that changed; when every change came with its path,
 * it reads only those files again.
 */
export function archiveChanged(root: string, path?: string): void {
  const cached = shared[CACHE];
  if (cached?.root !== root) return;
  cached.stale = true;
  if (path === undefined) cached.unknownChange = true;
  else (cached.changed ??= new Set()).add(resolve(path));
}

/** A cheap fingerprint of the content tree (paths, sizes, modification times). */
function signature(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const s = statSync(path);
        parts.push(`${path}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(root);
  return parts.join('|');
}

/**
 * Loads and checks the content under `root`, reusing the last result while
 * the content is unchanged. In a production build, or when a watcher reports
 * the changes, the tree is not re-scanned.
 */
export function loadArchive(root: string = contentRoot()): CheckResult {
  const trusted = process.env['NODE_ENV'] === 'production' || watchedRoots.has(root);
  const cached = shared[CACHE]?.root === root ? shared[CACHE] : undefined;
  const fresh = cached?.stale ? undefined : cached;
  if (fresh && trusted) return fresh.result;
  const sig = trusted ? '' : signature(root);
  if (fresh && fresh.signature === sig) return fresh.result;
  // Outside a production build (astro dev above all), the parsed files are kept for the next check.
  const keep = process.env['NODE_ENV'] !== 'production';
  const parsed: ParsedFiles = (keep && cached?.parsed) || new Map();
  // Under a watcher that named every change, only the changed files are read again.
  const changed =
    keep && trusted && cached?.changed && !cached.unknownChange ? cached.changed : undefined;
  const result = checkArchive(root, keep ? { parsed, ...(changed ? { changed } : {}) } : {});
  shared[CACHE] = { root, signature: sig, result, parsed };
  return result;
}

/**
 * In `astro dev`, content errors are shown in an overlay on the page instead of
 * stopping every page: {@link getArchive} then returns the records that passed.
 */
export function showErrorsInOverlay(): void {
  shared[OVERLAY] = true;
}

/**
 * The checked archive; throws with every error message if the content has
 * errors, unless the dev server shows them in an overlay ({@link showErrorsInOverlay}).
 */
export function getArchive(): Archive {
  const { archive, diagnostics } = loadArchive();
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 && !shared[OVERLAY]) {
    throw new Error(
      `The content has ${diagnosticCount(errors.length, 'error')}; run npm run check.\n${errors.map(formatDiagnostic).join('\n')}`,
    );
  }
  return archive;
}
