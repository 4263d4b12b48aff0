import { describe, expect, test } from 'vitest';
import { excerptSegments, matchedSpan } from '../../../src/lib/search/excerpt.ts';
import { facetValueLabel, orderFacetValues } from '../../../src/lib/search/facets.ts';
import {
  fragmentsByAnchor,
  resultCountMessage,
  shapeResult,
} from '../../../src/lib/search/results.ts';

describe('excerpts', () => {
  test('marked words become marked segments and neighbouring marks join into one', () => {
    expect(
      excerptSegments('said <mark>seen</mark> <mark>in</mark> <mark>China</mark>, then'),
    ).toEqual([
      { text: 'said ', mark: false },
      { text: 'seen in China', mark: true },
      { text: ', then', mark: false },
    ]);
  });

  test('archived text that looks like markup comes back as the text it is', () => {
    const segments = excerptSegments('a &lt;script&gt;alert(1)&lt;/script&gt; AT&T <mark>b</mark>');
    expect(segments[0]).toEqual({ text: 'a <script>alert(1)</script> AT&T ', mark: false });
  });

  test('an excerpt without matches is one plain segment, and the empty excerpt none', () => {
    expect(excerptSegments('plain words')).toEqual([{ text: 'plain words', mark: false }]);
    expect(excerptSegments('')).toEqual([]);
    expect(matchedSpan(excerptSegments('plain words'))).toBe('');
  });

  test('the matched span runs from the first marked word to the last, typographic quotes kept', () => {
    const segments = excerptSegments('x “<mark>Everything</mark> is <mark>seen</mark>,” y');
    expect(matchedSpan(segments)).toBe('Everything is seen');
  });
});

describe('text fragments for annotation results', () => {
  test('the page’s fragments meta maps each anchor to its whole fragment', () => {
    const map = fragmentsByAnchor('a-q1:~:text=Baker%2DWhite%2C%20said a-q2:~:text=as-,seen');
    expect([...map]).toEqual([
      ['a-q1', 'a-q1:~:text=Baker%2DWhite%2C%20said'],
      ['a-q2', 'a-q2:~:text=as-,seen'],
    ]);
  });

  test('no meta, or an entry without a directive, gives no fragment', () => {
    expect(fragmentsByAnchor(undefined).size).toBe(0);
    expect(fragmentsByAnchor(' a-q1 ').size).toBe(0);
  });
});

describe('results as shown', () => {
  test('a quote shows its speaker and date; only annotation sub-results are listed', () => {
    const view = shapeResult({
      url: '/quotes/seen/',
      excerpt: '<mark>seen</mark>',
      meta: {
        title: 'Everything is seen',
        type: 'quote',
        speaker: 'Ada',
        outlet: 'Wire',
        date: '2022-06-18',
        fragments: 'a-x:~:text=said-,Everything%20is%20seen',
      },
      sub_results: [
        { title: 'Everything is seen', url: '/quotes/seen/', excerpt: '<mark>seen</mark>' },
        {
          title: 'Quote',
          url: '/quotes/seen/#a-x',
          excerpt: 'is <mark>seen</mark>',
          anchor: { element: 'mark', id: 'a-x' },
        },
        {
          title: 'Quote 2',
          url: '/quotes/seen/#a-y',
          excerpt: '<mark>seen</mark> again',
          anchor: { element: 'mark', id: 'a-y' },
        },
        {
          title: 'A source page',
          url: '/quotes/seen/#a-source-page',
          excerpt: '<mark>seen</mark>',
          anchor: { element: 'h2', id: 'a-source-page' },
        },
        {
          title: 'Heading',
          url: '/quotes/seen/#context',
          excerpt: '<mark>seen</mark>',
          anchor: { element: 'h2', id: 'context' },
        },
      ],
    });
    expect(view).toMatchObject({
      href: '/quotes/seen/',
      typeLabel: 'Quote',
      byline: 'Ada',
      date: '18 June 2022',
      datetime: '2022-06-18',
      status: '',
    });
    // The passage's own fragment from the page, never the query word; none known, the anchor alone.
    expect(view.passages.map((p) => p.href)).toEqual([
      '/quotes/seen/#a-x:~:text=said-,Everything%20is%20seen',
      '/quotes/seen/#a-y',
    ]);
  });

  test('a claim shows its status; an unknown date shows none', () => {
    const view = shapeResult({
      url: '/claims/c/',
      excerpt: 'x',
      meta: { title: 'C', type: 'claim', status: 'disputed', date: 'unknown' },
    });
    expect(view).toMatchObject({ status: 'disputed', date: '', typeLabel: 'Claim', byline: '' });
  });

  test('the count sentence says how many, for what, and whether filters narrowed it', () => {
    expect(resultCountMessage(1, 'oracle', false)).toBe('1 result for “oracle”.');
    expect(resultCountMessage(0, '', true)).toBe('No results with the chosen filters.');
    expect(resultCountMessage(12, 'a', true)).toBe('12 results for “a” with the chosen filters.');
  });
});

describe('facet values', () => {
  test('types and statuses keep their fixed order, years run newest first', () => {
    expect(orderFacetValues('type', { source: 3, quote: 1, article: 2, claim: 9 })).toEqual([
      'quote',
      'claim',
      'source',
      'article',
    ]);
    expect(orderFacetValues('status', { false: 1, established: 1, disputed: 5 })).toEqual([
      'established',
      'disputed',
      'false',
    ]);
    expect(orderFacetValues('year', { '2021': 1, '2023': 1, '2022': 9 })).toEqual([
      '2023',
      '2022',
      '2021',
    ]);
  });

  test('outlets run by count, then alphabetically', () => {
    expect(orderFacetValues('outlet', { Zed: 2, Alpha: 2, Mid: 5 })).toEqual([
      'Mid',
      'Alpha',
      'Zed',
    ]);
  });

  test('type, status and story values read as words (a story by its title)', () => {
    expect(facetValueLabel('type', 'article')).toBe('Analysis');
    expect(facetValueLabel('status', 'supported')).toBe('Supported');
    expect(facetValueLabel('outlet', 'Wire Daily')).toBe('Wire Daily');
    expect(facetValueLabel('story', 'project-texas', { 'project-texas': 'Project Texas' })).toBe(
      'Project Texas',
    );
    expect(facetValueLabel('story', 'unknown-story')).toBe('unknown-story');
  });
});
