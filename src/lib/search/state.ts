/**
 * The search page's state and its URL: `?q=` holds the query, one parameter
 * per facet holds the chosen values (repeated for several; `story=` holds
 * story ids, as a story hub's search box sends them), `sort=` the order.
 * Parsing is forgiving (unknown parameters and empty values are dropped), so
 * any shared link restores a sensible search.
 */
import { urls } from '../urls.ts';

/** The facets readers can filter by, in the order the page shows them. */
export const FACETS = ['type', 'story', 'outlet', 'speaker', 'status', 'year'] as const;

/** One facet's name, which is also its URL parameter and its Pagefind filter key. */
export type Facet = (typeof FACETS)[number];

/** The orders results can be shown in; relevance is the default and is not written to the URL. */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;

export type SortOrder = (typeof SORTS)[number];

/** What the reader searched for and how they narrowed it. */
export interface SearchState {
  /** The query as typed, trimmed (may be empty: then the page browses by filters). */
  q: string;
  /** Chosen values per facet; a facet with no chosen value is absent. */
  filters: Partial<Record<Facet, string[]>>;
  sort: SortOrder;
}

/** Facet labels for the page, singular and as a fieldset legend. */
export const FACET_LABELS: Record<Facet, string> = {
  type: 'Type',
  story: 'Story',
  outlet: 'Outlet',
  speaker: 'Speaker',
  status: 'Claim status',
  year: 'Year',
};

function isFacet(name: string): name is Facet {
  return (FACETS as readonly string[]).includes(name);
}

function isSort(name: string): name is SortOrder {
  return (SORTS as readonly string[]).includes(name);
}

/** Reads the state from a URL's search parameters. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<Facet, string[]>> = {};
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!isFacet(name) || value === '') continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get('sort') ?? '';
  return { q: (params.get('q') ?? '').trim(), filters, sort: isSort(sort) ? sort : 'relevance' };
}

/**
 * Writes the state as search parameters, in a stable order (q, facets in page
 * order, sort), so equal states give equal URLs.
 */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) {
    for (const value of state.filters[facet] ?? []) params.append(facet, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** The page address for a state: `/search/` plus its parameters, if any. */
export function searchStateToHref(state: SearchState, path = urls.search()): string {
  const query = searchStateToParams(state).toString();
  return query ? `${path}?${query}` : path;
}

/** True when the reader has asked for something: a query or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.q !== '' || FACETS.some((facet) => (state.filters[facet]?.length ?? 0) > 0);
}

/** A copy of the state with one facet value switched on or off. */
export function toggleFilter(
  state: SearchState,
  facet: Facet,
  value: string,
  on: boolean,
): SearchState {
  const current = state.filters[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length > 0) filters[facet] = next;
  else delete filters[facet];
  return { ...state, filters };
}

/**
 * Pagefind's filter object: values within a facet are alternatives (any),
 * facets combine (all).
 *
 * @see https://pagefind.app/docs/js-api-filtering/
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values && values.length > 0) out[facet] = { any: values };
  }
  return out;
}

/** Pagefind's sort option for an order (relevance needs none). */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return {};
}
