import { describe, expect, test } from 'vitest';
import { analysisFeed, sourcesFeed } from '../../../src/lib/export/feeds.ts';
import { fixtureArchive, SITE } from './fixture.ts';

const archive = fixtureArchive();

describe('feeds', () => {
  test('the analysis feed lists articles with absolute links and their publication day', () => {
    const feed = analysisFeed(SITE, archive);
    expect(feed.path).toBe('/rss/analysis.xml');
    expect(feed.items).toEqual([
      {
        title: 'Reading the tide tables',
        link: 'https://open-data.example/analysis/reading-the-tides/',
        pubDate: new Date('2022-07-10T00:00:00Z'),
        description: 'A fixture analysis that cites the archive.',
        categories: ['harbour'],
      },
    ]);
  });

  test('the sources feed lists the most recently captured first, dated by capture day', () => {
    const feed = sourcesFeed(SITE, archive);
    expect(feed.items.map((i) => i.link.split('/sources/')[1])).toEqual([
      'plain-no-annotations/',
      'wire-2022-06-18-tide-tables/',
      'notice-undated/',
    ]);
    expect(feed.items.at(-1)?.pubDate).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(feed.items.at(-1)?.description).toContain('Published on an unknown date');
  });

  test('the sources feed is capped', () => {
    expect(sourcesFeed(SITE, archive, 2).items).toHaveLength(2);
  });
});
