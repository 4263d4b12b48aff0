import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SHARDED_ROUTES,
  assignStories,
  isShardSearchFolder,
  isSharded,
  pathShard,
  routeParams,
  shardFromEnv,
  shardList,
  shardOwners,
  shardSearchPrefix,
  type ShardedArchive,
} from '../../../src/lib/shards.ts';

describe('shardFromEnv', () => {
  it('reads i/n, and nothing when unset or empty', () => {
    expect(shardFromEnv({ SOURCEBOOK_SHARD: '2/3' })).toEqual({ index: 2, count: 3 });
    expect(shardFromEnv({ SOURCEBOOK_SHARD: ' 1 / 1 ' })).toEqual({ index: 1, count: 1 });
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ SOURCEBOOK_SHARD: '' })).toBeUndefined();
  });

  it.each([
    ['2', 'not of the form i/n'],
    ['a/b', 'not of the form i/n'],
    ['1.5/3', 'not of the form i/n'],
    ['-1/3', 'not of the form i/n'],
    ['0/3', 'shard 0 of 3, which does not exist'],
    ['4/3', 'shard 4 of 3, which does not exist'],
    ['0/0', 'a build of no shards'],
  ])('rejects "%s" with the value, why, and a fix line', (value, why) => {
    expect(() => shardFromEnv({ SOURCEBOOK_SHARD: value })).toThrow(
      `SOURCEBOOK_SHARD is "${value}", ${why}\n  fix: set it to i/n`,
    );
  });

  it('counts shard 1 of 1 as the whole site', () => {
    expect(isSharded({ index: 1, count: 1 })).toBe(false);
    expect(isSharded(undefined)).toBe(false);
    expect(isSharded({ index: 1, count: 2 })).toBe(true);
  });
});

describe('assignStories', () => {
  const weights = new Map([
    ['a', 5],
    ['b', 3],
    ['c', 3],
    ['d', 2],
    ['e', 0],
  ]);

  it('gives the heaviest story first to the shard with the fewest sources so far', () => {
    const shards = assignStories(['e', 'd', 'c', 'b', 'a'], weights, 2);
    // a(5) → 1 (5, 0); b(3) → 2 (5, 3); c(3) → 2 (5, 6); d(2) → 1 (7, 6); e(0) → 2.
    expect(Object.fromEntries(shards)).toEqual({ a: 1, b: 2, c: 2, d: 1, e: 2 });
  });

  it('does not depend on the order the stories come in', () => {
    const one = assignStories(['a', 'b', 'c', 'd', 'e'], weights, 3);
    const other = assignStories(['d', 'a', 'e', 'c', 'b'], weights, 3);
    expect(Object.fromEntries(other)).toEqual(Object.fromEntries(one));
  });

  it('balances the sources across the shards', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `story-${String(i).padStart(3, '0')}`);
    const many = new Map(ids.map((id, i) => [id, 1 + ((i * 37) % 50)]));
    const shards = assignStories(ids, many, 4);
    const load = [0, 0, 0, 0];
    for (const [id, k] of shards) load[k - 1]! += many.get(id)!;
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(50);
    expect(new Set(shards.values())).toEqual(new Set([1, 2, 3, 4]));
  });

  it('puts everything in shard 1 of 1, and refuses no shards', () => {
    expect([...assignStories(['a', 'b'], weights, 1).values()]).toEqual([1, 1]);
    expect(() => assignStories(['a'], weights, 0)).toThrow(RangeError);
  });
});

describe('shardOwners and pathShard', () => {
  const archive: ShardedArchive = {
    stories: [{ id: 'big' }, { id: 'small' }],
    sources: [
      { id: 's1', stories: ['big'] },
      { id: 's2', stories: ['big', 'small'] },
      { id: 's3', stories: ['small', 'big'] },
    ],
    quotes: [
      { id: 'q-small', stories: ['small'] },
      { id: 'q-none', stories: [] },
    ],
    claims: [{ id: 'c-small', stories: ['small', 'big'] }],
    articles: [{ id: 'art', stories: ['small'] }],
  };
  const owners = shardOwners(archive, 2);

  it('puts a record in the shard of its first story, or shard 1 when it has none', () => {
    expect(Object.fromEntries(owners.story)).toEqual({ big: 1, small: 2 });
    expect(Object.fromEntries(owners.source)).toEqual({ s1: 1, s2: 1, s3: 2 });
    expect(Object.fromEntries(owners.quote)).toEqual({ 'q-small': 2, 'q-none': 1 });
    expect(owners.claim.get('c-small')).toBe(2);
    expect(owners.article.get('art')).toBe(2);
  });

  it("sends a record's pages and files to its shard", () => {
    expect(pathShard('/sources/[slug]', { slug: 's3' }, owners)).toBe(2);
    expect(pathShard('/sources/[slug]/text.txt', { slug: 's3' }, owners)).toBe(2);
    expect(pathShard('/sources/[slug]/annotations.jsonld', { slug: 's1' }, owners)).toBe(1);
    expect(pathShard('/quotes/[id]', { id: 'q-small' }, owners)).toBe(2);
    expect(pathShard('/claims/[id]', { id: 'c-small' }, owners)).toBe(2);
    expect(pathShard('/analysis/[slug]', { slug: 'art' }, owners)).toBe(2);
    expect(pathShard('/stories/[slug]/timeline', { slug: 'small' }, owners)).toBe(2);
    expect(pathShard('/rss/stories/[slug].xml', { slug: 'small' }, owners)).toBe(2);
  });

  it('sends every shared page to shard 1', () => {
    for (const [route, params] of [
      ['/', {}],
      ['/search', {}],
      ['/sources/page/[page]', { page: '2' }],
      ['/quotes/page/[page]', { page: '2' }],
      ['/analysis/page/[page]', { page: '2' }],
      ['/people/[id]', { id: 'anyone' }],
      ['/outlets/[id]', { id: 'anywhere' }],
      ['/annotations/[page].jsonld', { page: '1' }],
      ['/api/[name].json', { name: 'sources' }],
      ['/rss/sources.xml', {}],
      ['/404', {}],
    ] as const) {
      expect(pathShard(route, params, owners), route).toBe(1);
    }
  });

  it('names the record no shard owns', () => {
    expect(() => pathShard('/quotes/[id]', { id: 'gone' }, owners)).toThrow(
      '/quotes/[id]: no shard owns the quote "gone"',
    );
  });
});

describe('routeParams', () => {
  it('reads the parameters back from a path, with or without its last slash', () => {
    const route = { pattern: /^\/sources\/([^/]+?)\/text\.txt\/?$/, params: ['slug'] };
    expect(routeParams('/sources/abc-1/text.txt', route)).toEqual({ slug: 'abc-1' });
    const page = { pattern: /^\/stories\/([^/]+?)\/timeline\/$/, params: ['slug'] };
    expect(routeParams('/stories/vault-move/timeline', page)).toEqual({ slug: 'vault-move' });
    expect(routeParams('/other/', page)).toEqual({ slug: undefined });
  });
});

describe('shardList', () => {
  it('lists the bundles of the shards that own their pages, and every shard’s words', () => {
    const archive: ShardedArchive = {
      stories: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      sources: [
        { id: 's1', stories: ['a'] },
        { id: 's2', stories: ['a'] },
        { id: 's3', stories: ['b'] },
      ],
      quotes: [{ id: 'q', stories: ['a'] }],
      claims: [],
      articles: [],
    };
    // a (2 sources) → 1, b (1) → 2, c (0) → 3: shard 3 has no page in either bundle.
    const owners = shardOwners(archive, 3);
    expect(
      shardList(owners, 3, {
        first: 'pagefind/',
        texts: 'pagefind-texts/',
        words: 'search/words.json',
      }),
    ).toEqual({
      first: ['/pagefind/'],
      texts: ['/pagefind-texts/', '/shard-2/pagefind-texts/'],
      words: ['/search/words.json', '/shard-2/search/words.json', '/shard-3/search/words.json'],
    });
  });

  it('always lists shard 1’s texts: the front page, people and outlets are in it', () => {
    const archive: ShardedArchive = {
      stories: [{ id: 'a' }],
      sources: [],
      quotes: [],
      claims: [{ id: 'c', stories: ['a'] }],
      articles: [],
    };
    const list = shardList(shardOwners(archive, 2), 2, {
      first: 'pagefind/',
      texts: 'pagefind-texts/',
      words: 'w.json',
    });
    expect(list.texts).toEqual(['/pagefind-texts/']);
    expect(list.first).toEqual(['/pagefind/']);
  });
});

describe('SHARDED_ROUTES', () => {
  const pages = join(import.meta.dirname, '../../../src/pages');
  /** Each route file as Astro names its route: `/sources/[slug]/text.txt`, `/`. */
  const routes = readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => {
      const path = relative(pages, join(pages, file)).split(sep).join('/');
      const route = `/${path.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;
      return route.length > 1 ? route.replace(/\/$/, '') : route;
    });

  it('each names a route the site has', () => {
    for (const owned of SHARDED_ROUTES) expect(routes, owned.route).toContain(owned.route);
  });

  it("cover every route with a record's id in its address", () => {
    const byRecord = routes.filter((route) =>
      /^\/(sources|quotes|claims|analysis|stories|rss\/stories)\/\[(slug|id)\]/.test(route),
    );
    expect(byRecord.length).toBeGreaterThan(10);
    for (const route of byRecord)
      expect(
        SHARDED_ROUTES.some((r) => route === r.route || route.startsWith(`${r.route}/`)),
        route,
      ).toBe(true);
  });
});

describe('shard search folders', () => {
  it('keeps shard 1 at the root and the others in shard-<k>/', () => {
    expect(shardSearchPrefix(1)).toBe('');
    expect(shardSearchPrefix(3)).toBe('shard-3/');
    expect(isShardSearchFolder('shard-12')).toBe(true);
    expect(isShardSearchFolder('sources')).toBe(false);
    expect(isShardSearchFolder('shard-x')).toBe(false);
  });
});
