import { isAbsolute } from 'node:path';
import type { Loader } from 'astro/loaders';
import { loadArchive } from '../lib/archive/index.ts';
import type { CollectionName } from '../lib/archive/paths.ts';
import { contentRoot } from '../lib/archive/paths.ts';

/**
 * An Astro content loader for one of the archive's data collections. It takes
 * the entries from the checker's result, so the collection holds exactly the
 * records that passed validation; the checker's own messages report the rest.
 */
export function archiveLoader(collection: Exclude<CollectionName, 'articles'>): Loader {
  return {
    name: `sourcebook:${collection}`,
    load: async ({ store, parseData, watcher }) => {
      const root = contentRoot();
      watcher?.add(root);
      const { archive } = loadArchive(root);
      store.clear();
      for (const entry of archive[collection]) {
        const { id, location, ...rest } = entry as { id: string; location: { file: string } };
        // Astro wants paths inside the project; content elsewhere (benchmark, temp copies) has none.
        const filePath =
          location.file.startsWith('..') || isAbsolute(location.file) ? undefined : location.file;
        const data = await parseData({
          id,
          data: pick(collection, rest),
          ...(filePath ? { filePath } : {}),
        });
        store.set({ id, data, ...(filePath ? { filePath } : {}) });
      }
    },
  };
}

/** The editor-written fields of a resolved entry (dropping what the checker computed). */
function pick(collection: string, entry: Record<string, unknown>): Record<string, unknown> {
  const computed: Record<string, string[]> = {
    sources: ['text', 'paragraphs', 'words', 'textLine'],
    quotes: ['appearances'],
    claims: ['evidence'],
  };
  const data = { ...entry };
  for (const key of computed[collection] ?? []) delete data[key];
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
