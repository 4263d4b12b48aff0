import { describe, expect, it } from 'vitest';
import { eventRecords } from '../../../src/lib/search/indexing.ts';

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
