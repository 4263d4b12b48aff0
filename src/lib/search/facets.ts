/** The order facet values are listed in on the search page. */
import type { Facet } from './state.ts';

/** Types in the order readers look for them. */
const TYPE_ORDER = ['quote', 'claim', 'source', 'article', 'person', 'outlet', 'event'];
/** Claim statuses from strongest evidence to weakest. */
const STATUS_ORDER = ['established', 'supported', 'disputed', 'unverified', 'false'];

/**
 * The values of a facet in display order: types and statuses in their fixed
 * order, years newest first, stories, outlets and speakers by count (most
 * first) then alphabetically.
 */
export function orderFacetValues(facet: Facet, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  const fixed = (order: string[]) => (a: string, b: string) => {
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  };
  if (facet === 'type') return values.sort(fixed(TYPE_ORDER));
  if (facet === 'status') return values.sort(fixed(STATUS_ORDER));
  if (facet === 'year') return values.sort((a, b) => b.localeCompare(a));
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b, 'en'));
}

/** Labels for type values; other facets show their values as written (names, years). */
const TYPE_LABELS: Record<string, string> = {
  quote: 'Quotes',
  claim: 'Claims',
  source: 'Sources',
  article: 'Analysis',
  person: 'People',
  outlet: 'Outlets',
  event: 'Timeline events',
};

/**
 * How a facet value reads beside its checkbox: a story by its title
 * (`storyTitles`, from the page: src/lib/search/scope.ts), or its id if unknown.
 */
export function facetValueLabel(
  facet: Facet,
  value: string,
  storyTitles: Readonly<Record<string, string>> = {},
): string {
  if (facet === 'type') return TYPE_LABELS[value] ?? value;
  if (facet === 'story') return storyTitles[value] ?? value;
  if (facet === 'status') return value.charAt(0).toUpperCase() + value.slice(1);
  return value;
}
