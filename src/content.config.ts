/**
 * Sourcebook's content collections, one per entry of the collection registry
 * (src/lib/archive/collections.ts). Editors write everything under content/
 * (see EDITING.md); each collection's schema lives in src/schemas/ with a
 * comment on every field, and is used both here and by the checker
 * (src/lib/archive/check.ts), which runs outside Astro in `npm run check`.
 *
 * The data collections are loaded through the checker, so Astro holds exactly
 * what passed the checks; pages read the resolved graph (anchors, drift,
 * backlinks) from `getArchive()` in src/lib/archive/. Articles are loaded from
 * their files, because Astro's MDX integration renders them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { archiveLoader } from './integrations/archive-loader.ts';
import { COLLECTIONS, COLLECTION_NAMES } from './lib/archive/collections.ts';
import { contentRoot } from './lib/archive/paths.ts';

const { articles } = COLLECTIONS;

/** The data collections: every collection but the articles, loaded from the checked archive. */
const data = Object.fromEntries(
  COLLECTION_NAMES.filter((name) => name !== 'articles').map((name) => [
    name,
    defineCollection({ loader: archiveLoader(name), schema: COLLECTIONS[name].schema }),
  ]),
);

export const collections = {
  ...data,
  /** Analysis articles: content/articles/<slug>.mdx, rendered by Astro's MDX integration. */
  articles: defineCollection({
    loader: glob({
      base: join(contentRoot(), articles.dir),
      pattern: `**/*${articles.extensions[0]}`,
    }),
    schema: articles.schema,
  }),
};
