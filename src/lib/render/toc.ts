/** Tables of contents for articles, from the headings Astro reports. */

/** A heading as `render()` from astro:content reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents: an h2, with its h3s. */
export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/** Articles with fewer second-level headings than this get no table of contents. */
export const TOC_MIN_SECTIONS = 3;

/**
 * The table of contents of an article: its h2 headings, each with the h3s
 * under it; empty when there are fewer than `minSections` h2s, since a short
 * article reads better without one. h3s before the first h2 are left out
 * (they have no section to sit under), as are h4 and deeper.
 */
export function tableOfContents(
  headings: readonly Heading[],
  minSections: number = TOC_MIN_SECTIONS,
): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      entries.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      entries.at(-1)?.children.push({ slug: heading.slug, text: heading.text });
    }
  }
  return entries.length >= minSections ? entries : [];
}
