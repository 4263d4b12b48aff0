import { isShardSearchFolder } from '../shards.ts';

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
   * Past {@link TEXTS_PART_PAGES} pages it is written in parts, each a
   * Pagefind bundle of its own in a sub-folder, all merged: see
   * {@link textsPartGlobs}.
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
  const texts = textsSections(topLevel).map((name) => `${name}/**/*.html`);
  return { first: `{${first.join(',')}}`, texts: `{*.html,${texts.join(',')}}` };
}

/**
 * The top-level folders whose pages go to the texts bundle, sorted: every
 * folder but the quote and claim sections and the bundles' own (a shard's
 * `shard-<k>/` among them: src/lib/shards.ts).
 */
export function textsSections(
  topLevel: readonly { name: string; isDirectory: boolean }[],
): string[] {
  const excluded = new Set<string>([
    ...SEARCH_BUNDLES.first.sections,
    SEARCH_BUNDLES.first.dir,
    SEARCH_BUNDLES.texts.dir,
  ]);
  return topLevel
    .filter(
      (entry) => entry.isDirectory && !excluded.has(entry.name) && !isShardSearchFolder(entry.name),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * The most pages one part of the texts bundle holds. Pagefind keeps every
 * page of a bundle in memory until it writes the bundle, about 0.2 MB per
 * source page, so a part of 20,000 pages peaks near 4 GB; the parts are
 * written one after another (docs/performance.md, "100,000 sources").
 */
export const TEXTS_PART_PAGES = 20_000;

/**
 * The file, in the texts bundle's folder, that lists the addresses of the
 * texts bundle's parts, for the search page to merge them all.
 */
export const TEXTS_PARTS_FILE = 'parts.json';

/** What {@link TEXTS_PARTS_FILE} holds. */
export interface TextsParts {
  /** Each part's address, the texts bundle's own first. */
  parts: string[];
}

/**
 * The folder of part `k` (1-based) of the texts bundle, relative to the
 * site's root, under `prefix` (a shard's search folder, `shard-2/`, or none:
 * src/lib/shards.ts).
 */
export function textsPartDir(k: number, prefix = ''): string {
  return `${prefix}${k === 1 ? SEARCH_BUNDLES.texts.dir : `${SEARCH_BUNDLES.texts.dir}/part-${k}`}`;
}

/** The address of part `k` (1-based) of the texts bundle, under `prefix` (see {@link textsPartDir}). */
export function textsPartPath(k: number, prefix = ''): string {
  return `/${textsPartDir(k, prefix)}/`;
}

/** The pages in one folder of a texts section (`sources/abc-1/`): its name and how many HTML files it holds. */
export interface PageFolder {
  section: string;
  name: string;
  pages: number;
}

/** A glob-safe copy of a folder name (slugs are plain, but nothing here assumes it). */
const globLiteral = (name: string): string => name.replace(/[\\*?[\]{}!,]/g, (c) => `\\${c}`);

/**
 * The Pagefind globs of the texts bundle's parts, given the top-level pages
 * (`*.html`, counted in `topLevelPages`), each texts section's own pages
 * (`sources/*.html`, in `sectionPages`) and every folder of every texts
 * section with its page count. With no more than `cap` pages in all, one
 * part whose glob is {@link bundleGlobs}' `texts`. Otherwise the folders are
 * taken in order and packed into parts of at most `cap` pages, each part
 * naming them by the shortest name prefixes that hold exactly its folders
 * (`sources/nbc*`), so that Pagefind still reads each part with one glob. A
 * single folder with more than `cap` pages gets a part of its own.
 */
export function textsPartGlobs(
  texts: string,
  topLevelPages: number,
  sectionPages: Readonly<Record<string, number>>,
  folders: readonly PageFolder[],
  cap: number = TEXTS_PART_PAGES,
): string[] {
  const total =
    topLevelPages +
    Object.values(sectionPages).reduce((sum, n) => sum + n, 0) +
    folders.reduce((sum, f) => sum + f.pages, 0);
  if (total <= cap) return [texts];

  const parts: { patterns: string[]; pages: number }[] = [
    { patterns: ['*.html'], pages: topLevelPages },
  ];
  const place = (pattern: string, pages: number): void => {
    let part = parts[parts.length - 1]!;
    if (part.pages > 0 && part.pages + pages > cap) {
      part = { patterns: [], pages: 0 };
      parts.push(part);
    }
    part.patterns.push(pattern);
    part.pages += pages;
  };
  const sections = [...new Set(folders.map((f) => f.section))].sort();
  for (const section of [...new Set([...Object.keys(sectionPages), ...sections])].sort()) {
    place(`${globLiteral(section)}/*.html`, sectionPages[section] ?? 0);
    const names = folders
      .filter((f) => f.section === section)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    packPrefixes(names, '', (prefix, pages, exact) =>
      place(`${globLiteral(section)}/${globLiteral(prefix)}${exact ? '' : '*'}/**/*.html`, pages),
    );
  }
  return parts
    .filter((part) => part.patterns.length > 0)
    .map((part) => `{${part.patterns.join(',')}}`);

  /**
   * Places the sorted `names`, which all start with `prefix`, by the fewest
   * prefixes: all at once when they fit in the part being filled, else one
   * prefix a character longer at a time (a name equal to the prefix itself
   * placed alone, by its exact name).
   */
  function packPrefixes(
    names: readonly PageFolder[],
    prefix: string,
    emit: (prefix: string, pages: number, exact: boolean) => void,
  ): void {
    if (names.length === 0) return;
    const pages = names.reduce((sum, f) => sum + f.pages, 0);
    const room = cap - parts[parts.length - 1]!.pages;
    if (pages <= room || (names.length === 1 && names[0]!.name === prefix)) {
      if (names.length === 1) emit(names[0]!.name, pages, true);
      else emit(prefix, pages, false);
      return;
    }
    if (names.length === 1) {
      emit(names[0]!.name, pages, true);
      return;
    }
    const exact = names.filter((f) => f.name === prefix);
    for (const f of exact) emit(f.name, f.pages, true);
    const longer = names.filter((f) => f.name !== prefix);
    let start = 0;
    while (start < longer.length) {
      const next = longer[start]!.name.charAt(prefix.length);
      let end = start;
      while (end < longer.length && longer[end]!.name.charAt(prefix.length) === next) end += 1;
      packPrefixes(longer.slice(start, end), prefix + next, emit);
      start = end;
    }
  }
}
