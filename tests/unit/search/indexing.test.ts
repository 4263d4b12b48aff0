import { describe, expect, it, test } from 'vitest';
import {
  eventRecords,
  pagefindDate,
  pagefindOutlet,
  pagefindStory,
  pagefindType,
  pagefindYear,
} from '../../../src/lib/search/indexing.ts';

describe('eventRecords', () => {
  it('makes each event a record linking to it on the timeline, dated and filtered by year', () => {
    const [record] = eventRecords([
      {
        id: '2020-09-order',
        date: '2020-09',
        title: 'An order is signed',
        description: 'The order says so.',
        url: 'https://sourcebook.example/timeline/#e-2020-09-order',
      },
    ]);
    expect(record).toEqual({
      url: '/timeline/#e-2020-09-order',
      content: 'An order is signed. The order says so.',
      language: 'en',
      meta: { title: 'An order is signed', type: 'event', date: '2020-09' },
      filters: { type: ['event'], year: ['2020'] },
      sort: { date: '2020-09' },
    });
  });
});

describe('an event’s stories', () => {
  it('are its story filter, one value per story', () => {
    const [record] = eventRecords([
      {
        id: 'e',
        date: '2022-06-30',
        title: 'A letter',
        description: 'It says so.',
        url: '/timeline/#e-e',
        stories: ['leaked-audio', 'project-texas'],
      },
    ]);
    expect(record?.filters).toEqual({
      type: ['event'],
      year: ['2022'],
      story: ['leaked-audio', 'project-texas'],
    });
  });
});

describe('the data-pagefind-* attributes pages carry', () => {
  test('a page’s story is a filter with the story’s id as its value', () => {
    expect(pagefindStory('project-texas')).toEqual({
      'data-pagefind-filter': 'story:project-texas',
    });
  });

  test('a page’s type is both its filter and its metadata', () => {
    expect(pagefindType('quote')).toEqual({
      'data-pagefind-filter': 'type:quote',
      'data-pagefind-meta': 'type:quote',
    });
  });

  test('a known date gives the year filter, and the date as metadata and sort key', () => {
    expect(pagefindYear('2022-06-17')).toEqual({ 'data-pagefind-filter': 'year:2022' });
    expect(pagefindDate('2022-06-17')).toEqual({
      'data-pagefind-meta': 'date:2022-06-17',
      'data-pagefind-sort': 'date:2022-06-17',
    });
  });

  test('an unknown or missing date gives no attribute at all', () => {
    expect(pagefindYear('unknown')).toEqual({});
    expect(pagefindDate('unknown')).toEqual({});
    expect(pagefindYear(undefined)).toEqual({});
    expect(pagefindDate(undefined)).toEqual({});
  });

  test('an outlet is metadata, named as readers see it', () => {
    expect(pagefindOutlet('BuzzFeed News')).toEqual({
      'data-pagefind-meta': 'outlet:BuzzFeed News',
    });
  });
});
