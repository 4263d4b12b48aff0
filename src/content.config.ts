/**
 * Sourcebook's content collections. Editors write everything under content/
 * (see EDITING.md); each collection's schema lives in src/schemas/ with a
 * comment on every field, and is used both here and by the checker
 * (src/lib/archive/check.ts), which runs outside Astro in `npm run check`.
 *
 * The data collections are loaded through the checker, so Astro holds exactly
 * what passed the checks; pages read the resolved graph (anchors, drift,
 * backlinks) from `getArchive()` in src/lib/archive/.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { archiveLoader } from './integrations/archive-loader.ts';
import { contentRoot } from './lib/archive/paths.ts';
import {
  articleSchema,
  claimSchema,
  eventSchema,
  outletSchema,
  personSchema,
  quoteSchema,
  sourceSchema,
} from './schemas/index.ts';

export const collections = {
  /** Analysis articles: content/articles/<slug>.mdx, rendered by Astro's MDX integration. */
  articles: defineCollection({
    loader: glob({ base: join(contentRoot(), 'articles'), pattern: '**/*.mdx' }),
    schema: articleSchema,
  }),
  /** Archived sources: content/sources/<slug>.txt, frontmatter then the verbatim text. */
  sources: defineCollection({ loader: archiveLoader('sources'), schema: sourceSchema }),
  /** Canonical quotes: content/quotes/<id>.yaml. */
  quotes: defineCollection({ loader: archiveLoader('quotes'), schema: quoteSchema }),
  /** The claim ledger: content/claims/<id>.yaml. */
  claims: defineCollection({ loader: archiveLoader('claims'), schema: claimSchema }),
  /** People quoted or named: content/people/<id>.yaml. */
  people: defineCollection({ loader: archiveLoader('people'), schema: personSchema }),
  /** Outlets that published sources: content/outlets/<id>.yaml. */
  outlets: defineCollection({ loader: archiveLoader('outlets'), schema: outletSchema }),
  /** Timeline events: content/events/<id>.yaml. */
  events: defineCollection({ loader: archiveLoader('events'), schema: eventSchema }),
};
