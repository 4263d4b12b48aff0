import { isAbsolute, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  archiveChanged,
  formatDiagnostic,
  loadArchive,
  markWatched,
  type CheckResult,
} from '../lib/archive/index.ts';
import { diagnosticCount } from '../lib/archive/diagnostics.ts';
import { entryDigest } from '../lib/archive/entry-digest.ts';
import { COLLECTIONS, type CollectionName } from '../lib/archive/collections.ts';
import { contentRoot } from '../lib/archive/paths.ts';

/** Pause after the last change in a burst (an editor's save, `npm run archive`) before re-checking. */
const SETTLE_MS = 100;

/** The check result last reported in the terminal, so one change is reported once, not per collection. */
let reported: CheckResult | undefined;

/**
 * An Astro content loader for one of the archive's data collections. It takes
 * the entries from the checker's result, so the collection holds exactly the
 * records that passed validation; the checker's own messages report the rest.
 * In a build each entry holds the record's editor-written fields; in `astro
 * dev`, its id and digest only (no page reads them: ARCHITECTURE.md).
 *
 * In `astro dev` it follows the content folder: on any change it drops the
 * checked archive, and once the changes settle, re-checks (once for every
 * collection), prints the outcome, and refreshes its entries. Each entry's
 * digest covers everything the checker resolved for it (anchors, drift,
 * evidence, the archived text), so any change a page would show changes the
 * store, and Astro then re-renders the pages and reloads the browser.
 */
export function archiveLoader(collection: Exclude<CollectionName, 'articles'>): Loader {
  return {
    name: `sourcebook:${collection}`,
    load: async ({ store, parseData, watcher, logger, generateDigest }) => {
      const root = contentRoot();
      const sync = async (): Promise<void> => {
        const result = loadArchive(root);
        if (watcher && result !== reported) report(result, logger);
        const ids = new Set<string>();
        for (const entry of result.archive[collection]) {
          const { id, location, ...rest } = entry as { id: string; location: { file: string } };
          ids.add(id);
          // In `astro dev`, an entry whose resolved form has not changed is left as it is:
          // re-validating every entry on each save is slow on a large archive (docs/performance.md).
          // The prefix tells these entries from ones with fields, kept from before in Astro's cache.
          const digest = watcher
            ? `fieldless:${entryDigest(collection, entry, generateDigest)}`
            : '';
          if (digest && store.get(id)?.digest === digest) continue;
          // Astro wants paths inside the project; content elsewhere (benchmark, temp copies) has none.
          const filePath =
            location.file.startsWith('..') || isAbsolute(location.file) ? undefined : location.file;
          // In `astro dev` the entry is its id and digest alone: no page reads the data
          // collections, and Astro writes its whole store to disk after every change, which
          // with every record's fields cost more than the re-check (ARCHITECTURE.md).
          const data = watcher
            ? {}
            : await parseData({
                id,
                data: pick(collection, rest),
                ...(filePath ? { filePath } : {}),
              });
          store.set({ id, data, ...(filePath ? { filePath } : {}), ...(digest ? { digest } : {}) });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      };
      if (watcher) follow(watcher, root, sync, logger);
      await sync();
    },
  };
}

/**
 * Re-runs `sync` once the changes under `root` settle; drops the checked
 * archive at once. A failure is printed, and the server keeps running.
 */
function follow(
  watcher: NonNullable<LoaderContext['watcher']>,
  root: string,
  sync: () => Promise<void>,
  logger: LoaderContext['logger'],
): void {
  watcher.add(root);
  markWatched(root);
  reported = undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (path: string): void => {
    const inside = relative(root, path);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
    archiveChanged(root, path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      sync().catch((error: unknown) =>
        logger.error(`could not refresh the collection: ${(error as Error).message ?? error}`),
      );
    }, SETTLE_MS);
  };
  watcher.on('add', changed);
  watcher.on('change', changed);
  watcher.on('unlink', changed);
}

/**
 * Prints a re-check's outcome in the dev server's terminal: every error,
 * located, with its fix. The first check is the archive-checks integration's
 * to report, at start-up.
 */
function report(result: CheckResult, logger: LoaderContext['logger']): void {
  const first = reported === undefined;
  reported = result;
  if (first) return;
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) {
    logger.fork('sourcebook:content').info('content changed: checked, no errors');
    return;
  }
  logger
    .fork('sourcebook:content')
    .error(
      `content has ${diagnosticCount(errors.length, 'error')}; the pages show them until they are fixed:\n` +
        errors.map(formatDiagnostic).join('\n'),
    );
}

/** The editor-written fields of a resolved entry (dropping what the checker computed). */
function pick(collection: CollectionName, entry: Record<string, unknown>): Record<string, unknown> {
  const data = { ...entry };
  for (const key of COLLECTIONS[collection].computed) delete data[key];
  if (collection === 'sources') {
    data['annotations'] = (entry['annotations'] as Record<string, unknown>[]).map(
      ({
        start: _s,
        end: _e,
        sourceId: _i,
        text: _t,
        paragraph: _p,
        drift: _d,
        location: _l,
        ...a
      }) => a,
    );
  }
  return data;
}
