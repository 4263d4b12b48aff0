import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadArchive } from '../../../src/lib/archive/index.ts';
import { storiesNamed, storyCounts, storyView } from '../../../src/lib/lists/stories.ts';

// The search fixture has three stories, with records shared between them.
const { archive } = loadArchive(resolve(import.meta.dirname, '../../fixtures/search/content'));
const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
const naming = <T extends { stories: readonly string[] }>(list: readonly T[], story: string): T[] =>
  list.filter((x) => x.stories.includes(story));

describe('one story’s part of the archive', () => {
  test.each(archive.stories.map((s) => s.id))(
    '%s: every record that names it, in order',
    (story) => {
      const view = storyView(archive, story);
      expect(ids(view.sources)).toEqual(ids(naming(archive.sources, story)));
      expect(ids(view.quotes)).toEqual(ids(naming(archive.quotes, story)));
      expect(ids(view.claims)).toEqual(ids(naming(archive.claims, story)));
      expect(ids(view.events)).toEqual(ids(naming(archive.events, story)));
      expect(ids(view.articles)).toEqual(ids(naming(archive.articles, story)));
      expect(ids(view.stories)).toEqual([story]);
      expect(view.sources.length).toBeGreaterThan(0);
    },
  );

  test('the people and outlets involved, and only them', () => {
    const story = archive.stories[0]!.id;
    const view = storyView(archive, story);
    const parties = [...ids(view.people), ...ids(view.outlets)];
    for (const s of view.sources) expect(ids(view.outlets)).toContain(s.outlet);
    for (const q of view.quotes) expect(parties).toContain(q.speaker);
    for (const c of view.claims) expect(parties).toContain(c.claimant);
    // Someone of the archive who has no part in this story is left out.
    expect(parties.length).toBeLessThan(archive.people.length + archive.outlets.length);
  });

  test('counts agree with the view, and a story with no records counts nothing', () => {
    for (const { id } of archive.stories) {
      const view = storyView(archive, id);
      expect(storyCounts(archive, id)).toEqual({
        sources: view.sources.length,
        claims: view.claims.length,
        quotes: view.quotes.length,
        events: view.events.length,
        articles: view.articles.length,
      });
    }
    expect(storyCounts(archive, 'no-such-story')).toEqual({
      sources: 0,
      claims: 0,
      quotes: 0,
      events: 0,
      articles: 0,
    });
    expect(storyView(archive, 'no-such-story').sources).toEqual([]);
  });

  test('look-ups by id still reach the whole archive', () => {
    const story = archive.stories[0]!.id;
    const elsewhere = archive.sources.find((s) => !s.stories.includes(story));
    expect(elsewhere).toBeDefined();
    expect(storyView(archive, story).source.get(elsewhere!.id)).toBe(elsewhere);
  });
});

describe('the stories a record names', () => {
  const all = ids(archive.stories);

  test('in the archive’s order whatever the record’s order, unknown ids and repeats dropped', () => {
    expect(all.length).toBe(3);
    const named = [all[2]!, 'no-such-story', all[0]!, all[2]!];
    expect(ids(storiesNamed(archive, named))).toEqual([all[0], all[2]]);
    expect(storiesNamed(archive, [])).toEqual([]);
  });

  test('within a story’s view, only that story', () => {
    const view = storyView(archive, all[1]!);
    expect(ids(storiesNamed(view, all))).toEqual([all[1]]);
    expect(ids(storiesNamed(archive, all))).toEqual(all);
  });
});
