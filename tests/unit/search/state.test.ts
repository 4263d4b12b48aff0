import { describe, expect, test } from 'vitest';
import {
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToHref,
  toggleFilter,
} from '../../../src/lib/search/state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  test('a query and repeated facet parameters are read back as filters', () => {
    expect(parse('q=seen+in+China&outlet=Wire%20Daily&outlet=Blog&type=quote')).toEqual({
      q: 'seen in China',
      filters: { outlet: ['Wire Daily', 'Blog'], type: ['quote'] },
      sort: 'relevance',
    });
  });

  test('unknown parameters, empty values, duplicates and unknown orders are dropped', () => {
    expect(parse('q=+&colour=red&outlet=&outlet=A&outlet=A&sort=random')).toEqual({
      q: '',
      filters: { outlet: ['A'] },
      sort: 'relevance',
    });
  });

  test('a phrase in double quotes survives the round trip through the URL', () => {
    const state = parse('q=%22has+access+to+everything%22');
    expect(state.q).toBe('"has access to everything"');
    expect(parse(searchStateToHref(state).split('?')[1] ?? '')).toEqual(state);
  });

  test('the URL is written in a stable order whatever order the filters were chosen in', () => {
    const a = toggleFilter(toggleFilter(parse('q=x'), 'year', '2022', true), 'type', 'claim', true);
    const b = toggleFilter(toggleFilter(parse('q=x'), 'type', 'claim', true), 'year', '2022', true);
    expect(searchStateToHref(a)).toBe('/search/?q=x&type=claim&year=2022');
    expect(searchStateToHref(b)).toBe(searchStateToHref(a));
  });

  test('an empty state is the bare search page, and relevance is never written', () => {
    expect(searchStateToHref(parse(''))).toBe('/search/');
    expect(searchStateToHref(parse('sort=relevance'))).toBe('/search/');
    expect(searchStateToHref(parse('q=a&sort=oldest'))).toBe('/search/?q=a&sort=oldest');
  });

  test('switching the last value of a facet off removes the facet', () => {
    const on = toggleFilter(parse(''), 'outlet', 'A', true);
    expect(on.filters).toEqual({ outlet: ['A'] });
    expect(toggleFilter(on, 'outlet', 'A', false).filters).toEqual({});
    expect(hasCriteria(toggleFilter(on, 'outlet', 'A', false))).toBe(false);
    expect(hasCriteria(on)).toBe(true);
  });
});

describe('Pagefind options from the state', () => {
  test('values within a facet are alternatives and facets combine', () => {
    expect(pagefindFilters(parse('outlet=A&outlet=B&year=2022'))).toEqual({
      outlet: { any: ['A', 'B'] },
      year: { any: ['2022'] },
    });
  });

  test('newest and oldest sort by date; relevance passes no sort', () => {
    expect(pagefindSort('newest')).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toEqual({});
  });
});
