/**
 * Building the site in shards (SOURCEBOOK_SHARD=i/n): each shard is a
 * separate `npm run build` that renders the pages of its stories, and the
 * shards' outputs, being disjoint, are copied into one tree (README, "Building
 * in shards"). Stories go to shards by {@link assignStories}; a record (a
 * source, quote, claim or article) belongs to the shard of its first story;
 * every other page (the front page, people, outlets, the archive-wide lists,
 * the search page, the feeds, the open data, 404, ...) belongs to shard 1.
 * Which shard renders a path is decided in one place, {@link pathShard}, which
 * the build asks for every path of every route (src/integrations/shards.ts).
 */

/** The environment variable that names the shard to build: `i/n`, shard i of n. */
export const SHARD_ENV = 'SOURCEBOOK_SHARD';

/** One shard of a sharded build: `index` from 1 to `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard SOURCEBOOK_SHARD names, or undefined when it is unset or empty
 * (the whole site). Throws on a value that is not `i/n` with whole numbers
 * 1 ≤ i ≤ n, rather than quietly building another part of the site.
 */
export function shardFromEnv(
  env: Record<string, string | undefined> = process.env,
): Shard | undefined {
  const raw = env[SHARD_ENV];
  if (raw === undefined || raw.trim() === '') return undefined;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    const why = !match
      ? 'not of the form i/n'
      : count < 1
        ? 'a build of no shards'
        : `shard ${index} of ${count}, which does not exist`;
    throw new Error(
      `${SHARD_ENV} is "${raw}", ${why}\n` +
        `  fix: set it to i/n with whole numbers 1 ≤ i ≤ n (for example 2/3 builds the second of three shards), or unset it to build the whole site`,
    );
  }
  return { index, count };
}

/** Whether `shard` splits the site at all: a build of shard 1 of 1 is the whole site. */
export function isSharded(shard: Shard | undefined): shard is Shard {
  return shard !== undefined && shard.count > 1;
}

/**
 * The shard (1 to `count`) of each story, by id. Each story weighs the number
 * of sources whose first story it is (`sourcesByStory`); the heaviest story
 * goes first (ties by id), each to the shard with the fewest sources so far
 * (ties to the lower shard), so the shards' sources are balanced and the
 * outcome depends only on the archive.
 */
export function assignStories(
  storyIds: readonly string[],
  sourcesByStory: ReadonlyMap<string, number>,
  count: number,
): Map<string, number> {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a whole number of at least 1, not ${count}`);
  }
  const weight = (id: string): number => sourcesByStory.get(id) ?? 0;
  const order = [...new Set(storyIds)].sort(
    (a, b) => weight(b) - weight(a) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const load = Array.from({ length: count }, () => 0);
  const shards = new Map<string, number>();
  for (const id of order) {
    let lightest = 0;
    for (let k = 1; k < count; k += 1) if (load[k]! < load[lightest]!) lightest = k;
    load[lightest]! += weight(id);
    shards.set(id, lightest + 1);
  }
  return shards;
}

/** The kinds of record whose pages go to the shard of their first story. */
export type ShardedKind = 'story' | 'source' | 'quote' | 'claim' | 'article';

/** The shard of every story and record of an archive, by kind and id (see {@link shardOwners}). */
export type ShardOwners = Record<ShardedKind, ReadonlyMap<string, number>>;

/** What {@link shardOwners} reads of an archive. */
export interface ShardedArchive {
  stories: readonly { id: string }[];
  sources: readonly { id: string; stories: readonly string[] }[];
  quotes: readonly { id: string; stories: readonly string[] }[];
  claims: readonly { id: string; stories: readonly string[] }[];
  articles: readonly { id: string; stories: readonly string[] }[];
}

/**
 * The shard of every story ({@link assignStories}) and of every source,
 * quote, claim and article: the shard of its first story, or 1 when it has
 * none.
 */
export function shardOwners(archive: ShardedArchive, count: number): ShardOwners {
  const sourcesByStory = new Map<string, number>();
  for (const source of archive.sources) {
    const first = source.stories[0];
    if (first !== undefined) sourcesByStory.set(first, (sourcesByStory.get(first) ?? 0) + 1);
  }
  const story = assignStories(
    archive.stories.map((s) => s.id),
    sourcesByStory,
    count,
  );
  const byFirstStory = (records: ShardedArchive['sources']): Map<string, number> =>
    new Map(records.map((r) => [r.id, story.get(r.stories[0] ?? '') ?? 1]));
  return {
    story,
    source: byFirstStory(archive.sources),
    quote: byFirstStory(archive.quotes),
    claim: byFirstStory(archive.claims),
    article: byFirstStory(archive.articles),
  };
}

/**
 * The routes whose pages belong to a record's shard: the route's pattern (as
 * Astro writes it, `/sources/[slug]`; the route itself and every route under
 * it), the kind of record, and the parameter that holds its id. Every other
 * route's pages belong to shard 1.
 */
export const SHARDED_ROUTES: readonly { route: string; kind: ShardedKind; param: string }[] = [
  { route: '/sources/[slug]', kind: 'source', param: 'slug' },
  { route: '/quotes/[id]', kind: 'quote', param: 'id' },
  { route: '/claims/[id]', kind: 'claim', param: 'id' },
  { route: '/analysis/[slug]', kind: 'article', param: 'slug' },
  { route: '/stories/[slug]', kind: 'story', param: 'slug' },
  { route: '/rss/stories/[slug].xml', kind: 'story', param: 'slug' },
];

/**
 * The values of a route's parameters in one of its paths (`/sources/abc/`),
 * read back with the route's pattern and parameter names as Astro gives them;
 * a parameter the path does not match is undefined.
 */
export function routeParams(
  pathname: string,
  route: { pattern: RegExp; params: readonly string[] },
): Record<string, string | undefined> {
  const trimmed = pathname.replace(/\/$/, '');
  const match =
    route.pattern.exec(pathname) ??
    route.pattern.exec(`${trimmed}/`) ??
    route.pattern.exec(trimmed);
  const params: Record<string, string | undefined> = {};
  route.params.forEach((name, i) => {
    const value = match?.[i + 1];
    params[name] = value === undefined ? undefined : decodeURIComponent(value);
  });
  return params;
}

/**
 * The shard that renders the path of `route` (Astro's pattern, e.g.
 * `/sources/[slug]/text.txt`) with `params`: the shard of the record it
 * shows for the routes in {@link SHARDED_ROUTES}, otherwise 1. Throws for a
 * record the owners do not know, which would otherwise be built by no shard.
 */
export function pathShard(
  route: string,
  params: Readonly<Record<string, string | undefined>>,
  owners: ShardOwners,
): number {
  const owned = SHARDED_ROUTES.find((r) => route === r.route || route.startsWith(`${r.route}/`));
  if (!owned) return 1;
  const id = params[owned.param];
  const shard = id === undefined ? undefined : owners[owned.kind].get(id);
  if (shard === undefined) {
    throw new Error(
      `${route}: no shard owns the ${owned.kind} "${id ?? ''}"; every ${owned.kind} with a page must be in the archive`,
    );
  }
  return shard;
}

/**
 * The folder, relative to the site's root, that holds shard `index`'s own
 * search files (its Pagefind bundles and word list): the root for shard 1
 * and for an unsharded build, `shard-<index>/` for the others, so the
 * shards' trees copy into one without a collision.
 */
export function shardSearchPrefix(index: number): string {
  return index <= 1 ? '' : `shard-${index}/`;
}

/** Whether a top-level folder of the built site is a shard's search folder (`shard-2`). */
export function isShardSearchFolder(name: string): boolean {
  return /^shard-\d+$/.test(name);
}

/**
 * The file, in the first bundle's folder of shard 1, that lists every
 * shard's search files, for the search page to merge them all. Written only
 * by a sharded build, by shard 1, which knows from the archive which shards'
 * bundles hold pages: Pagefind cannot merge a bundle that holds none.
 */
export const SHARDS_FILE = 'shards.json';

/** What {@link SHARDS_FILE} holds: addresses from the site's root, shard 1's first. */
export interface ShardList {
  /** Every shard's first bundle (quotes and claims) that holds pages. */
  first: string[];
  /** Every shard's texts bundle that holds pages; each lists its parts in its `parts.json`. */
  texts: string[];
  /** Every shard's word list. */
  words: string[];
}

/**
 * The list of every shard's search files for a build in `count` shards:
 * their first bundles where `owners` give a shard a quote or claim, their
 * texts bundles where they give it a source or an article (shard 1's always:
 * the front page, people, outlets and the timeline's events are in it).
 */
export function shardList(
  owners: ShardOwners,
  count: number,
  bundles: { first: string; texts: string; words: string },
): ShardList {
  const owning = (...kinds: ShardedKind[]): Set<number> =>
    new Set(kinds.flatMap((kind) => [...owners[kind].values()]));
  const first = owning('quote', 'claim');
  const texts = owning('source', 'article').add(1);
  const shards = Array.from({ length: count }, (_, i) => i + 1);
  const at = (k: number, path: string): string => `/${shardSearchPrefix(k)}${path}`;
  return {
    first: shards.filter((k) => first.has(k)).map((k) => at(k, bundles.first)),
    texts: shards.filter((k) => texts.has(k)).map((k) => at(k, bundles.texts)),
    words: shards.map((k) => at(k, bundles.words)),
  };
}
