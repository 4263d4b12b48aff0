import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { loadArchive } from '../lib/archive/index.ts';
import { contentRoot } from '../lib/archive/paths.ts';
import { SEARCH_BUNDLES } from '../lib/search/bundles.ts';
import { WORDS_FILE } from '../lib/search/suggest.ts';
import {
  SHARDS_FILE,
  isSharded,
  pathShard,
  routeParams,
  shardFromEnv,
  shardList,
  shardOwners,
  type Shard,
  type ShardOwners,
} from '../lib/shards.ts';

/**
 * The addresses of the pages the other shards build, filled in by shard 1 of
 * a sharded build while it sorts the paths (see {@link shardsIntegration}) and
 * given to @astrojs/sitemap as `customPages` (astro.config.mjs), so that the
 * sitemap shard 1 writes lists every page of every shard. Empty otherwise.
 */
export const otherShardsPages: string[] = [];

/**
 * Whether this build writes the files every shard would otherwise write
 * alike (the sitemap, the `public/` files): an unsharded build and shard 1.
 * A value of SOURCEBOOK_SHARD that is not valid counts as unsharded here; the
 * archive checks stop the build on it with a located message.
 */
export function buildsSharedFiles(env: Record<string, string | undefined> = process.env): boolean {
  try {
    const shard = shardFromEnv(env);
    return !isSharded(shard) || shard.index === 1;
  } catch {
    return true;
  }
}

/**
 * Builds one shard of the site when SOURCEBOOK_SHARD says so
 * (src/lib/shards.ts); does nothing otherwise.
 *
 * 1. At `astro:build:start`, wraps Astro's prerenderer so that, of every
 *    route's static paths, only those whose shard ({@link pathShard}) is this
 *    one are rendered: the one place the site is split. Shard 1 keeps the
 *    addresses of the other shards' pages for the sitemap
 *    ({@link otherShardsPages}).
 * 2. At `astro:build:done`, shard 1 writes the list of every shard's search
 *    files (SHARDS_FILE, in its first bundle's folder, which Pagefind then
 *    fills: src/integrations/pagefind.ts), knowing from the archive which
 *    shards' bundles hold pages; a shard other than the first removes the
 *    copies of the `public/` files, which shard 1 writes.
 */
export default function shardsIntegration(): AstroIntegration {
  let shard: Shard | undefined;
  let owners: ShardOwners | undefined;
  let publicDir: string | undefined;
  let site: string | undefined;
  return {
    name: 'sourcebook:shards',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
        site = config.site;
      },
      'astro:build:start': ({ logger, setPrerenderer }) => {
        shard = shardFromEnv();
        if (!isSharded(shard)) return;
        const { index, count } = shard;
        const owned = shardOwners(loadArchive(contentRoot()).archive, count);
        owners = owned;
        logger.info(`building shard ${index} of ${count}`);
        setPrerenderer((prerenderer): AstroPrerenderer => {
          const getStaticPaths: AstroPrerenderer['getStaticPaths'] = async () => {
            const result = await prerenderer.getStaticPaths();
            const all = Array.isArray(result) ? result : result.paths;
            const kept = all.filter((path) => {
              const params = routeParams(path.pathname, path.route);
              const mine = pathShard(path.route.route, params, owned) === index;
              if (!mine && index === 1 && path.route.type === 'page' && site)
                otherShardsPages.push(new URL(path.pathname.replace(/\/?$/, '/'), site).href);
              return mine;
            });
            logger.info(`shard ${index} of ${count} renders ${kept.length} of ${all.length} paths`);
            return Array.isArray(result) ? kept : { ...result, paths: kept };
          };
          // Astro's own prerenderer in every other respect.
          return Object.assign(Object.create(prerenderer) as AstroPrerenderer, {
            name: `${prerenderer.name} (shard ${index} of ${count})`,
            getStaticPaths,
          });
        });
      },
      'astro:build:done': ({ dir }) => {
        if (!isSharded(shard) || !owners) return;
        const out = fileURLToPath(dir);
        if (shard.index === 1) {
          const list = shardList(owners, shard.count, {
            first: `${SEARCH_BUNDLES.first.dir}/`,
            texts: `${SEARCH_BUNDLES.texts.dir}/`,
            words: WORDS_FILE,
          });
          mkdirSync(join(out, SEARCH_BUNDLES.first.dir), { recursive: true });
          writeFileSync(
            join(out, SEARCH_BUNDLES.first.dir, SHARDS_FILE),
            `${JSON.stringify(list)}\n`,
          );
          return;
        }
        if (!publicDir) return;
        for (const entry of readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          rmSync(join(out, relative(publicDir, join(entry.parentPath, entry.name))), {
            force: true,
          });
        }
      },
    },
  };
}
