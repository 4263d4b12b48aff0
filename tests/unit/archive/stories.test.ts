import { afterAll, describe, expect, test } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import type { Diagnostic } from '../../../src/lib/archive/model.ts';
import { byLastUpdate, lastUpdate, quoteStories } from '../../../src/lib/archive/stories.ts';
import { annotation, archiveOf, article, claim, event, quote, source } from '../lists/build.ts';
import { BASICS, removeContent, sourceFile, writeContent } from './temp-content.ts';

afterAll(removeContent);

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');

describe('a quote’s stories', () => {
  test('are the stories of the sources it appears in, its first report included', () => {
    const archive = archiveOf({
      sources: [
        source('first', { stories: ['b'] }),
        source('relay', { stories: ['a', 'c'] }),
        source('other', { stories: ['d'] }),
      ],
    });
    const q = { ...quote('q', 'words', [annotation('relay', 'x')]), source: 'first' };
    expect(quoteStories(q, archive)).toEqual(['a', 'b', 'c']);
  });
});

describe('a story’s last update', () => {
  const story = { id: 'story-a', started: '2022-06' };

  test('is the latest publication of its sources or date of its events', () => {
    const archive = archiveOf({
      sources: [source('s', { published: '2022-06-18' }), source('u')],
      events: [event('e', '2022-07')],
    });
    expect(lastUpdate(story, archive)).toBe('2022-07');
    const later = archiveOf({
      sources: [source('s', { published: '2022-08-02' })],
      events: [event('e', '2022-07-30')],
    });
    expect(lastUpdate(story, later)).toBe('2022-08-02');
  });

  test('leaves out the site’s own work: articles, their revisions and claim rulings', () => {
    const ruled = claim('c', 'supported');
    ruled.history = [{ date: '2026-12-07', status: 'supported', author: 'E', reason: 'r' }];
    const archive = archiveOf({
      sources: [source('s', { published: '2022-06-18' })],
      articles: [{ ...article('a', '2026-12-01'), updated: '2026-12-07' }],
      claims: [ruled],
    });
    expect(lastUpdate(story, archive)).toBe('2022-06-18');
  });

  test('leaves out what belongs to other stories, and unknown dates', () => {
    const archive = archiveOf({
      sources: [source('s', { published: '2022-06-18' }), source('u')],
      events: [{ ...event('e', '2023-01'), stories: ['other'] }],
    });
    expect(lastUpdate(story, archive)).toBe('2022-06-18');
  });

  test('is the day it started when nothing in it is dated', () => {
    const archive = archiveOf({ sources: [source('u')] });
    expect(lastUpdate({ id: 'story-a', started: '2022-06-17' }, archive)).toBe('2022-06-17');
  });
});

describe('the order of stories', () => {
  test('is most recently updated first, then the newer story, then by id', () => {
    const stories = [
      { id: 'b-old', started: '2022-06-17', updated: '2022-09-14' },
      { id: 'z-new', started: '2022-06-24', updated: '2022-09-14' },
      { id: 'latest', started: '2022-06', updated: '2023-01-24' },
      { id: 'a-old', started: '2022-06-17', updated: '2022-09-14' },
    ];
    expect(stories.sort(byLastUpdate).map((s) => s.id)).toEqual([
      'latest',
      'z-new',
      'a-old',
      'b-old',
    ]);
  });
});

const TEXT = 'The river rose two metres overnight, the mayor said.';
const story = (title: string, more = '') =>
  `title: ${title}\ndek: What it is.\nsummary: In brief.\nstatus: developing\nstarted: '2022-06'\n${more}`;

describe('stories in a checked archive', () => {
  const files = {
    ...BASICS,
    'stories/second-story.yaml': story('Second', 'updated: 2023-01-01\n'),
    'sources/both.txt': sourceFile(
      TEXT,
      { stories: ['test-story', 'second-story'], published: '2022-06-20' },
      'annotations:\n  - id: rose\n    exact: The river rose\n    kind: quote\n    speaker: a-speaker\n    quote: rose\n',
    ),
    'sources/one.txt': sourceFile(TEXT, { published: '2022-06-21' }),
    'quotes/rose.yaml':
      'speaker: a-speaker\ntext: The river rose\nsource: both\nannotation: rose\ncontext: Said.\n',
  };
  const { archive, diagnostics } = checkArchive(writeContent(files));

  test('check with no errors', () => {
    expect(errors(diagnostics)).toEqual([]);
  });

  test('come most recently updated first, a written `updated` standing', () => {
    expect(archive.stories.map((s) => [s.id, s.updated])).toEqual([
      ['second-story', '2023-01-01'],
      ['test-story', '2022-06-21'],
    ]);
  });

  test('give a quote the stories of the sources it appears in', () => {
    expect(archive.quote.get('rose')?.stories).toEqual(['second-story', 'test-story']);
  });

  test('the site’s identity has a plain default without content/site.yaml', () => {
    expect(archive.site.name).toBe('Sourcebook');
    expect(archive.site.description).not.toMatch(/TikTok/);
  });
});

describe('the story-outside hint', () => {
  test('names a source that bears on a claim of a story it is not in', () => {
    const files = {
      ...BASICS,
      'stories/second-story.yaml': story('Second'),
      'sources/river.txt': sourceFile(
        TEXT,
        {},
        'annotations:\n  - id: rose\n    exact: The river rose\n    kind: claim\n    claim: rose\n    stance: supports\n',
      ),
      'sources/second.txt': sourceFile(TEXT, { stories: ['second-story'] }),
      'claims/rose.yaml':
        'stories: [second-story]\nstatement: The river rose.\nstatus: supported\nsummary: Reported.\nfirstAppearance:\n  source: river\n  annotation: rose\nclaimant: a-speaker\nhistory:\n  - date: 2026-12-01\n    status: supported\n    author: Test editors\n    reason: First ruling.\n',
    };
    const { diagnostics } = checkArchive(writeContent(files), { hints: true });
    expect(errors(diagnostics)).toEqual([]);
    const hints = diagnostics.filter((d) => d.code === 'source-outside-story');
    expect(hints.map((d) => [d.file.endsWith('river.txt'), d.message])).toEqual([
      [true, 'bears on claim "rose" of story "second-story", but the source is not in that story'],
    ]);
  });
});
