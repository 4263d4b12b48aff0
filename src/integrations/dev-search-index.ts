import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/archive/paths.ts';
import { SEARCH_BUNDLES } from '../lib/search/bundles.ts';
import {
  DEV_INDEX_STATUS_PATH,
  indexContentType,
  indexFileOf,
  type DevIndexStatus,
} from '../lib/search/dev-index.ts';

/**
 * Search under `astro dev`, from the last build's index.
 *
 * The dev server renders pages on request and has no search index: Pagefind
 * indexes the built site. So, in `astro dev` only, this serves the index the
 * last `npm run build` left in the output folder (dist/pagefind/ and
 * dist/pagefind-texts/) at the addresses the built site uses, and answers
 * {@link DEV_INDEX_STATUS_PATH} with when that index was made and how many
 * content files changed since, which the search page shows
 * (src/scripts/search-dev-index.ts). The build is untouched.
 */
export default function devSearchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'sourcebook:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const url = req.url ?? '';
          if (url.split('?')[0] === DEV_INDEX_STATUS_PATH) {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-store');
            res.end(JSON.stringify(indexStatus(outDir)));
            return;
          }
          const file = indexFileOf(url);
          if (!file) return next();
          const path = join(outDir, file);
          if (!isFile(path)) return next();
          res.setHeader('Content-Type', indexContentType(file));
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(path).pipe(res);
        });
      },
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** When the last build's index was written, and how many content files changed after. */
function indexStatus(outDir: string): DevIndexStatus {
  const entry = join(outDir, SEARCH_BUNDLES.first.dir, 'pagefind-entry.json');
  if (!isFile(entry)) return { builtAt: null, changedSince: 0 };
  const built = statSync(entry).mtimeMs;
  let changedSince = 0;
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.isFile() && statSync(path).mtimeMs > built) changedSince++;
    }
  };
  try {
    walk(contentRoot());
  } catch {
    // No content folder: nothing changed that search could know of.
  }
  return { builtAt: new Date(built).toISOString(), changedSince };
}
