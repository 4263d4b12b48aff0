/**
 * What the search index leaves out of the pages it reads (Pagefind's
 * `excludeSelectors`, src/integrations/pagefind.ts). A result's excerpt is
 * drawn from the words Pagefind indexed, so what is left out here never opens
 * a snippet ("Quote. …", "Appearances. …") and never makes a page match words
 * that are not its own (a quote page listing the title of every source that
 * prints it would match those titles' words).
 */
export const SEARCH_EXCLUDED_SELECTORS: readonly string[] = [
  // Words for screen readers only ("go to the passage") and decorative symbols hidden from them.
  '.visually-hidden',
  '[aria-hidden="true"]',
  // The page's kind ("Quote", "Claim", "Analysis"): the result already shows it as its type.
  '.kicker',
  // A claim's status badge: the result shows the status (the filter is on the badge's box).
  '.claim-page__status .badge',
  // Section headings and their explanations on quote and claim pages: the same on every page.
  '.quote-page h2',
  '.claim-page h2',
  '.claim-page h3',
  '.stance__explanation',
  '.stance__none',
  '.claim-page__count',
  // Where each appearance or piece of evidence was printed: the source's title, which is the
  // source's own words (found as the source), and the link text "read it in context". Only
  // the titles go: Pagefind drops the filters and metadata of an excluded element too, and
  // the outlets, dates and years around them are the pages' filters and sort keys.
  '.appearance__where',
  '.appearance__diff',
  '.evidence__source cite',
  '.claim-page__first figcaption cite',
  // An analysis article's quotation credits its source the same way ("— Rob Portman" stays).
  '.quote-block__source',
  '.quote-block__meta',
];
