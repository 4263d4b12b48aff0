import { describe, expect, test } from 'vitest';
import { indexArchive } from '../../../src/lib/archive/graph.ts';
import type { Archive, Article } from '../../../src/lib/archive/model.ts';
import { analysisFeed } from '../../../src/lib/export/feeds.ts';
import { schemaOrgProblems } from '../../support/requirements.ts';
import { articleJsonLd } from '../../../src/lib/export/schema-org.ts';
import { correctionsInOrder, correctionsNewestFirst } from '../../../src/lib/lists/corrections.ts';
import { fixtureArchive, SITE } from './fixture.ts';

const base = fixtureArchive();
const tides = base.article.get('reading-the-tides') as Article;

/** The fixture archive with the tides article corrected twice, and a second corrected article. */
function correctedArchive(): Archive {
  const corrected: Article = {
    ...tides,
    updated: '2022-08-02',
    corrections: [
      { date: '2022-08-02', text: 'The article said two pages; the archive has three.' },
      { date: '2022-07-20', text: 'The article named the wrong harbour.' },
    ],
  };
  const other: Article = {
    ...tides,
    id: 'another-look',
    title: 'Another look',
    published: '2022-07-15',
    updated: '2022-08-02',
    corrections: [{ date: '2022-08-02', text: 'The article gave the wrong tide.' }],
  };
  return indexArchive({ ...base, articles: [corrected, other] });
}

describe('corrections as lists', () => {
  test('every correction, newest first; on one day by article title, then as written', () => {
    const listed = correctionsNewestFirst(correctedArchive().articles);
    expect(listed.map((c) => [c.date, c.article.id, c.index])).toEqual([
      ['2022-08-02', 'another-look', 0],
      ['2022-08-02', 'reading-the-tides', 0],
      ['2022-07-20', 'reading-the-tides', 1],
    ]);
  });

  test('an article’s foot lists its corrections oldest first, keeping each one’s written index', () => {
    const article = correctedArchive().article.get('reading-the-tides') as Article;
    expect(correctionsInOrder(article).map((c) => [c.date, c.index])).toEqual([
      ['2022-07-20', 1],
      ['2022-08-02', 0],
    ]);
  });

  test('an article with no corrections lists none', () => {
    expect(correctionsNewestFirst(base.articles)).toEqual([]);
  });
});

describe('corrections in the exports', () => {
  test('the article’s JSON-LD has a CorrectionComment per correction, oldest first, and dateModified', () => {
    const archive = correctedArchive();
    const ld = articleJsonLd(SITE, archive, archive.article.get('reading-the-tides') as Article);
    expect(schemaOrgProblems(ld)).toEqual([]);
    expect(ld.dateModified).toBe('2022-08-02');
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2022-07-20',
        text: 'The article named the wrong harbour.',
        url: 'https://open-data.example/analysis/reading-the-tides/#correction-2',
      },
      {
        '@type': 'CorrectionComment',
        datePublished: '2022-08-02',
        text: 'The article said two pages; the archive has three.',
        url: 'https://open-data.example/analysis/reading-the-tides/#correction-1',
      },
    ]);
  });

  test('an uncorrected article’s JSON-LD has no correction', () => {
    expect(articleJsonLd(SITE, base, tides).correction).toBeUndefined();
  });

  test('the analysis feed carries each correction as its own item, newest first among the articles', () => {
    const feed = analysisFeed(SITE, correctedArchive());
    expect(
      feed.items.map((i) => [i.title, i.link.replace('https://open-data.example', '')]),
    ).toEqual([
      ['Correction: Another look', '/analysis/another-look/#correction-1'],
      ['Correction: Reading the tide tables', '/analysis/reading-the-tides/#correction-1'],
      ['Correction: Reading the tide tables', '/analysis/reading-the-tides/#correction-2'],
      ['Another look', '/analysis/another-look/'],
      ['Reading the tide tables', '/analysis/reading-the-tides/'],
    ]);
    const first = feed.items[0];
    expect(first?.pubDate).toEqual(new Date('2022-08-02T00:00:00Z'));
    expect(first?.description).toBe('The article gave the wrong tide.');
    expect(first?.categories).toEqual(['correction']);
  });
});
