import { describe, expect, test } from 'vitest';
import {
  articleListPage,
  claimLedgerPage,
  quoteListPage,
  sourceListPage,
  timelinePage,
} from '../../../src/lib/lists/list-pages.ts';
import { fixtureArchive } from '../export/fixture.ts';

const archive = fixtureArchive();
const story = archive.stories[0]!;
const inStory = (x: { stories: readonly string[] }) => x.stories.includes(story.id);

describe('what each list page shows', () => {
  test('the source archive: every source, framed as the section, at its own address', () => {
    const list = sourceListPage(archive, 1);
    expect(list.frame).toMatchObject({
      path: '/sources/',
      title: 'Source archive',
      heading: 'Source archive',
      trail: [{ label: 'Sources' }],
      where: undefined,
      story: undefined,
    });
    expect(list.total).toBe(archive.sources.length);
    expect(list.page.groups.flatMap((g) => g.items)).toHaveLength(archive.sources.length);
    expect(list.months.reduce((n, m) => n + m.count, 0)).toBe(archive.sources.length);
    expect(list.months.every((m) => m.href.startsWith('#'))).toBe(true);
  });

  test('a story’s sources: its sources only, one page under its hub, through the story', () => {
    const list = sourceListPage(archive, 1, story);
    expect(list.frame.path).toBe(`/stories/${story.id}/sources/`);
    expect(list.frame.title).toBe(`Source archive: ${story.title}`);
    expect(list.frame.heading).toBe(list.frame.title);
    expect(list.frame.trail).toEqual([
      { label: 'Stories', href: '/stories/' },
      { label: story.title, href: `/stories/${story.id}/` },
      { label: 'Sources' },
    ]);
    expect(list.frame.description).toContain(`“${story.title}”`);
    expect(list.total).toBe(archive.sources.filter(inStory).length);
    expect(list.base).toBe(`/stories/${story.id}/sources/`);
  });

  test('quotes and analysis: the whole list, or the story’s', () => {
    expect(quoteListPage(archive, 1).quotes).toHaveLength(archive.quotes.length);
    expect(quoteListPage(archive, 1).frame.heading).toBe('Quotes');
    expect(quoteListPage(archive, 1, story).frame.path).toBe(`/stories/${story.id}/quotes/`);
    expect(articleListPage(archive, 1).articles).toHaveLength(archive.articles.length);
    expect(articleListPage(archive, 1, story).articles).toHaveLength(
      archive.articles.filter(inStory).length,
    );
  });

  test('a page the list does not have is an error naming the list', () => {
    expect(() => quoteListPage(archive, 99)).toThrow('the quotes list has no page 99');
  });

  test('the claim ledger and the timeline, whole or the story’s', () => {
    expect(claimLedgerPage(archive).frame).toMatchObject({
      path: '/claims/',
      title: 'Claim ledger',
      trail: [{ label: 'Claims' }],
    });
    expect(claimLedgerPage(archive, story).claims).toHaveLength(
      archive.claims.filter(inStory).length,
    );
    expect(timelinePage(archive).frame.path).toBe('/timeline/');
    expect(timelinePage(archive, story).frame.trail.at(-1)).toEqual({ label: 'Timeline' });
    expect(timelinePage(archive).months.flatMap((m) => m.events)).toHaveLength(
      archive.events.length,
    );
  });
});
