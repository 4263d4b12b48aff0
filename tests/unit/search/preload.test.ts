import { describe, expect, it } from 'vitest';
import {
  ENTRY_PRELOAD_ATTRIBUTE,
  SHARDS_PRELOAD_ATTRIBUTE,
  firstLoadedTier,
  htmlLanguage,
  pagefindLanguage,
  preloadedEntryTag,
  searchPreloadLinks,
  withPreloadLinks,
  type PagefindEntry,
} from '../../../src/lib/search/preload.ts';

const english: PagefindEntry = {
  languages: { en: { hash: 'en_951bf89bac', wasm: 'en', page_count: 2900 } },
};
const empty: PagefindEntry = { languages: {} };

/** The hints for an English search page opening `tier`, whose entry is `entry`, tagged `entryTag`. */
const linksFor = (tier: 'first' | 'texts', entry: PagefindEntry, entryTag: string): string =>
  searchPreloadLinks({ tier, entry, entryTag, pageLanguage: 'en' });

/** The `href` of every `<link>` in `html`, in order. */
const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('pagefindLanguage', () => {
  const two: PagefindEntry = {
    languages: {
      en: { hash: 'en_1', wasm: 'en', page_count: 10 },
      pt: { hash: 'pt_2', wasm: 'pt', page_count: 30 },
    },
  };

  it('takes the page’s language, then the language without its region, as Pagefind does', () => {
    expect(pagefindLanguage(two, 'en')?.hash).toBe('en_1');
    expect(pagefindLanguage(two, 'EN-GB')?.hash).toBe('en_1');
  });

  it('falls back to the language with the most pages, and to no index in an empty bundle', () => {
    expect(pagefindLanguage(two, 'fr')?.hash).toBe('pt_2');
    expect(pagefindLanguage(two, '')?.hash).toBe('pt_2');
    expect(pagefindLanguage(empty, 'en')).toBeUndefined();
  });

  it('names the WebAssembly "unknown" when the index has no language of its own', () => {
    const bare = { languages: { unknown: { hash: 'unknown_3', wasm: null, page_count: 4 } } };
    expect(pagefindLanguage(bare, 'en')).toEqual({ hash: 'unknown_3', wasm: 'unknown' });
  });
});

describe('firstLoadedTier', () => {
  it('opens the quotes and claims first when that bundle holds a page, the texts otherwise', () => {
    expect(firstLoadedTier(english)).toBe('first');
    expect(firstLoadedTier(empty)).toBe('texts');
  });
});

describe('searchPreloadLinks', () => {
  it('hints Pagefind’s script, then the entry (tagged), metadata and WebAssembly', () => {
    const links = linksFor('first', english, 'a1b2c3');
    expect(hrefs(links)).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json?ts=a1b2c3',
      '/pagefind/pagefind.en_951bf89bac.pf_meta',
      '/pagefind/wasm.en.pagefind',
    ]);
    expect(links).toMatch(/^<link rel="modulepreload" href="\/pagefind\/pagefind.js"/);
    // Pagefind fetches with fetch()'s defaults: CORS mode, same-origin credentials.
    expect(links.match(/rel="preload"[^>]* as="fetch" crossorigin[ >]/g)).toHaveLength(3);
    expect(links.match(new RegExp(ENTRY_PRELOAD_ATTRIBUTE, 'g'))).toHaveLength(1);
  });

  it('hints the texts bundle’s files when it is the one opened first; its script stays the first bundle’s', () => {
    const links = linksFor('texts', english, 't');
    expect(hrefs(links)).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind-texts/pagefind-entry.json?ts=t',
      '/pagefind-texts/pagefind.en_951bf89bac.pf_meta',
      '/pagefind-texts/wasm.en.pagefind',
    ]);
  });

  it('hints the list of shards last, marked, only when given one (shard 1 of a sharded build)', () => {
    const sharded = searchPreloadLinks({
      tier: 'first',
      entry: english,
      entryTag: 't',
      pageLanguage: 'en',
      shardsFile: '/pagefind/shards.json',
    });
    expect(hrefs(sharded).at(-1)).toBe('/pagefind/shards.json');
    expect(sharded).toMatch(
      new RegExp(
        `<link rel="preload" href="/pagefind/shards.json" as="fetch" crossorigin ${SHARDS_PRELOAD_ATTRIBUTE}[ >]`,
      ),
    );
    expect(linksFor('first', english, 't')).not.toContain(SHARDS_PRELOAD_ATTRIBUTE);
  });

  it('hints no metadata or WebAssembly a bundle does not have', () => {
    const links = linksFor('first', empty, 't');
    expect(hrefs(links)).toEqual(['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=t']);
  });
});

describe('withPreloadLinks', () => {
  const page =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title></head><body><p>x</p></body></html>';
  const links = linksFor('first', english, 'one');

  it('puts the hints at the end of the head and leaves the rest of the page as it was', () => {
    const html = withPreloadLinks(page, links);
    expect(html).toBe(page.replace('</head>', `${links}</head>`));
  });

  it('replaces the hints written before rather than adding a second set', () => {
    const again = linksFor('first', english, 'two');
    const html = withPreloadLinks(withPreloadLinks(page, links), again);
    expect(html).toBe(page.replace('</head>', `${again}</head>`));
  });

  it('says so when the page has no head to write into', () => {
    expect(() => withPreloadLinks('<p>no head</p>', links)).toThrow(/no <\/head>/);
  });
});

describe('htmlLanguage', () => {
  it('reads the lang of the html element, or nothing', () => {
    expect(htmlLanguage('<!DOCTYPE html><html dir="ltr" lang="en-GB"><head>')).toBe('en-GB');
    expect(htmlLanguage('<html><head>')).toBe('');
  });
});

describe('preloadedEntryTag', () => {
  it('reads the tag of a hint for the bundle at basePath, absolute or not', () => {
    expect(preloadedEntryTag('/pagefind/pagefind-entry.json?ts=abc', '/pagefind/')).toBe('abc');
    expect(
      preloadedEntryTag(
        'https://sourcebook.example/pagefind/pagefind-entry.json?ts=abc',
        '/pagefind/',
      ),
    ).toBe('abc');
  });

  it('gives nothing for another bundle’s hint, or a hint without a tag', () => {
    expect(preloadedEntryTag('/pagefind-texts/pagefind-entry.json?ts=abc', '/pagefind/')).toBe(
      undefined,
    );
    expect(preloadedEntryTag('/pagefind/pagefind-entry.json', '/pagefind/')).toBeUndefined();
  });
});
