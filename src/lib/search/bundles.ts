/**
 * The site is searched through two Pagefind bundles, so that a first search
 * downloads only what its first results need (docs/performance.md). The build
 * writes them (src/integrations/pagefind.ts); the search page reads them
 * (src/scripts/search-page.ts).
 */
export const SEARCH_BUNDLES = {
  /**
   * dist/pagefind/: the quote and claim pages (the top-level folders named in
   * `sections`). The search page shows its results first; its metadata grows
   * with the quotes and claims only.
   */
  first: { dir: 'pagefind', path: '/pagefind/', sections: ['quotes', 'claims'] },
  /**
   * dist/pagefind-texts/: every other searchable page (the analysis articles,
   * the sources, the home page). Merged into Pagefind (`mergeIndex`, which
   * shares the first bundle's WebAssembly) once the first results are drawn.
   */
  texts: { dir: 'pagefind-texts', path: '/pagefind-texts/' },
} as const;

/** The two result sections of the search page, by bundle. */
export type SearchTier = keyof typeof SEARCH_BUNDLES;

/** The page types (Pagefind's `type` filter) each bundle holds. */
export const TIER_TYPES: Record<SearchTier, readonly string[]> = {
  first: ['quote', 'claim'],
  texts: ['article', 'source', 'person', 'outlet', 'event'],
};

/**
 * Whether a search filtered to `types` (the chosen values of the type facet;
 * none chosen means every type) can find anything in `tier`, so the page
 * skips a bundle that cannot.
 */
export function tierCanMatch(tier: SearchTier, types: readonly string[] | undefined): boolean {
  if (!types || types.length === 0) return true;
  return types.some((type) => TIER_TYPES[tier].includes(type));
}

/**
 * Pagefind globs for the two bundles, given the names at the top of the built
 * site: the quote and claim pages for the first, every other HTML file for
 * the texts (the indexes' own folders aside). Only pages that mark their
 * content with data-pagefind-body are indexed, so list pages and the like
 * are read and left out, as in one index.
 */
export function bundleGlobs(topLevel: readonly { name: string; isDirectory: boolean }[]): {
  first: string;
  texts: string;
} {
  const first: string[] = SEARCH_BUNDLES.first.sections.map((dir) => `${dir}/**/*.html`);
  const excluded = new Set<string>([
    ...SEARCH_BUNDLES.first.sections,
    SEARCH_BUNDLES.first.dir,
    SEARCH_BUNDLES.texts.dir,
  ]);
  const texts = topLevel
    .filter((entry) => entry.isDirectory && !excluded.has(entry.name))
    .map((entry) => `${entry.name}/**/*.html`)
    .sort();
  return { first: `{${first.join(',')}}`, texts: `{*.html,${texts.join(',')}}` };
}
