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

/** One timeline event as the site's open data publishes it (`/api/events.json`). */
export interface PublishedEvent {
  id: string;
  date: string;
  title: string;
  description: string;
  url: string;
  /** The stories whose timelines show it. */
  stories?: string[];
}

/** A page-less search record (Pagefind's `addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * Each timeline event as a search result of its own, linking to the event on
 * the timeline (`/timeline/#e-<id>`): the timeline is one page, and Pagefind
 * makes one result per page, so its events are added as records, with the
 * title and description as their text, their date as sort key and year filter,
 * their stories as story filter.
 */
export function eventRecords(events: readonly PublishedEvent[], language = 'en'): SearchRecord[] {
  return events.map((event) => {
    const url = new URL(event.url, 'https://site.invalid');
    return {
      url: `${url.pathname}${url.hash}`,
      content: `${event.title}. ${event.description}`,
      language,
      meta: { title: event.title, type: 'event', date: event.date },
      filters: {
        type: ['event'],
        year: [event.date.slice(0, 4)],
        ...(event.stories?.length ? { story: event.stories } : {}),
      },
      sort: { date: event.date },
    };
  });
}

/** Pagefind's attributes on an element: a filter, a piece of metadata, a sort key. */
export interface PagefindAttributes {
  'data-pagefind-filter'?: string;
  'data-pagefind-meta'?: string;
  'data-pagefind-sort'?: string;
}

/** What a page is, for the type filter and the result's label: `type:quote`, `type:person`… */
export function pagefindType(type: string): PagefindAttributes {
  return { 'data-pagefind-filter': `type:${type}`, 'data-pagefind-meta': `type:${type}` };
}

/** The year filter of a page dated `day` (YYYY-MM-DD); nothing when the date is unknown. */
export function pagefindYear(day: string | undefined): PagefindAttributes {
  return day === undefined || day === 'unknown'
    ? {}
    : { 'data-pagefind-filter': `year:${day.slice(0, 4)}` };
}

/** A page's date as the result shows it and as the newest/oldest orders sort it; nothing when unknown. */
export function pagefindDate(day: string | undefined): PagefindAttributes {
  return day === undefined || day === 'unknown'
    ? {}
    : { 'data-pagefind-meta': `date:${day}`, 'data-pagefind-sort': `date:${day}` };
}

/** The outlet a result names (its metadata; the outlet filter is on the outlet's link). */
export function pagefindOutlet(name: string): PagefindAttributes {
  return { 'data-pagefind-meta': `outlet:${name}` };
}

/**
 * The story filter for one story a page belongs to (`story:<id>`): the search
 * page's story facet, and the scope of a story hub's search box
 * (`/search/?story=<id>`). A page in several stories carries one per story.
 */
export function pagefindStory(id: string): PagefindAttributes {
  return { 'data-pagefind-filter': `story:${id}` };
}
