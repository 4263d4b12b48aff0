/**
 * Preload hints for the search page, written into its HTML once the index
 * exists (src/integrations/pagefind.ts), so that the files Pagefind needs
 * before its first results are on their way while the page itself loads.
 *
 * Without them the browser finds each file only when the one before it has
 * arrived: the page's script, then pagefind.js, then pagefind-entry.json,
 * then the metadata and the WebAssembly, then the index chunk and fragments.
 * The entry, the metadata and the WebAssembly have names known only after
 * indexing (the metadata's carries a hash), hence the writing after the fact.
 *
 * Pagefind fetches its entry as `pagefind-entry.json?ts=<tag>`: the time of
 * the request unless it is given a `metaCacheTag`. The hint's address carries
 * a tag made from the entry's content, and the search page passes the same
 * tag to Pagefind ({@link preloadedEntryTag}), so the two requests are one.
 *
 * @see https://pagefind.app/docs/search-config/ (metaCacheTag)
 * @see https://html.spec.whatwg.org/multipage/links.html#link-type-preload
 */
import { escapeHtml } from '../render/annotated-text.ts';
import { SEARCH_BUNDLES, type SearchTier } from './bundles.ts';

/** The attribute that marks the hint for a bundle's entry file; the page reads the tag from it. */
export const ENTRY_PRELOAD_ATTRIBUTE = 'data-pagefind-entry';
/**
 * The attribute that marks the hint for the list of every shard's search
 * folder (src/lib/shards.ts), written only by shard 1 of a sharded build;
 * the page merges every shard's bundles when it has one.
 */
export const SHARDS_PRELOAD_ATTRIBUTE = 'data-search-shards';
/** The attribute on every hint this module writes, so writing them again replaces them. */
const PRELOAD_MARK = 'data-search-preload';

/** What `pagefind-entry.json` says (Pagefind 1.x), as far as the hints need it. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/**
 * The language index Pagefind loads for a page whose `<html lang>` is
 * `pageLanguage`, chosen as Pagefind's `findIndex` does: the exact language,
 * then the language without its region, then the language with most pages.
 * Undefined when the bundle has no language index at all (it holds no page).
 */
export function pagefindLanguage(
  entry: PagefindEntry,
  pageLanguage: string,
): { hash: string; wasm: string } | undefined {
  const lang = (pageLanguage || 'unknown').toLowerCase();
  const index =
    entry.languages[lang] ??
    entry.languages[lang.split('-')[0] ?? lang] ??
    Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  return index ? { hash: index.hash, wasm: index.wasm || 'unknown' } : undefined;
}

/**
 * The bundle the search page opens first: the quotes and claims when that
 * bundle holds any page, otherwise the texts (as src/scripts/search-page.ts
 * does when the archive has no quote or claim yet).
 */
export function firstLoadedTier(firstEntry: PagefindEntry): SearchTier {
  const pages = Object.values(firstEntry.languages).reduce((n, l) => n + l.page_count, 0);
  return pages > 0 ? 'first' : 'texts';
}

/** What the hints are made from: the bundle opened first and what its entry file says. */
export interface PreloadInput {
  tier: SearchTier;
  entry: PagefindEntry;
  /** A tag that changes whenever the entry file does (a hash of its bytes). */
  entryTag: string;
  /** The search page's `<html lang>`. */
  pageLanguage: string;
  /** In shard 1 of a sharded build: the address of the list of every shard's search folder. */
  shardsFile?: string;
}

/**
 * The `<link>` hints, in the order the browser should start them: Pagefind's
 * script (always served from the first bundle's folder), then the opened
 * bundle's entry, metadata and WebAssembly; then, in a sharded build, the
 * list of the shards.
 */
export function searchPreloadLinks({
  tier,
  entry,
  entryTag,
  pageLanguage,
  shardsFile,
}: PreloadInput): string {
  const base = SEARCH_BUNDLES[tier].path;
  const fetched = (href: string, extra = ''): string =>
    `<link rel="preload" href="${escapeHtml(href)}" as="fetch" crossorigin${extra} ${PRELOAD_MARK}>`;
  const links = [
    `<link rel="modulepreload" href="${escapeHtml(`${SEARCH_BUNDLES.first.path}pagefind.js`)}" ${PRELOAD_MARK}>`,
    fetched(
      `${base}pagefind-entry.json?ts=${encodeURIComponent(entryTag)}`,
      ` ${ENTRY_PRELOAD_ATTRIBUTE}`,
    ),
  ];
  const language = pagefindLanguage(entry, pageLanguage);
  if (language) {
    links.push(fetched(`${base}pagefind.${language.hash}.pf_meta`));
    links.push(fetched(`${base}wasm.${language.wasm}.pagefind`));
  }
  if (shardsFile) links.push(fetched(shardsFile, ` ${SHARDS_PRELOAD_ATTRIBUTE}`));
  return links.join('');
}

/** The `lang` of a page's `<html>` element, or '' if it has none. */
export function htmlLanguage(html: string): string {
  return /<html\b[^>]*?\slang="([^"]*)"/i.exec(html)?.[1] ?? '';
}

/**
 * `html` with `links` as the last elements of its `<head>`, replacing any
 * hints written before. Throws if the page has no `</head>`.
 */
export function withPreloadLinks(html: string, links: string): string {
  const without = html.replace(new RegExp(`<link\\b[^>]*\\s${PRELOAD_MARK}>`, 'g'), '');
  const end = without.indexOf('</head>');
  if (end === -1) throw new Error('the search page has no </head> to add the preload hints to');
  return `${without.slice(0, end)}${links}${without.slice(end)}`;
}

/**
 * The tag in a hint's address for a bundle's entry file
 * (`<basePath>pagefind-entry.json?ts=<tag>`), or undefined if the address is
 * for another bundle or has no tag. Run in the search page.
 */
export function preloadedEntryTag(href: string, basePath: string): string | undefined {
  const url = new URL(href, 'https://example.invalid/');
  if (url.pathname !== `${basePath}pagefind-entry.json`) return undefined;
  return url.searchParams.get('ts') || undefined;
}
