import { describe, expect, test } from 'vitest';
import { storyScope, storyTitles } from '../../../src/lib/search/scope.ts';
import { parseSearchState, searchStateToHref } from '../../../src/lib/search/state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));
const TITLES = {
  'project-texas': 'Project Texas and the move to Oracle',
  'leaked-audio': 'Leaked',
};

describe('a search limited to a story', () => {
  test('a story hub’s form address is read as the story facet, and written back in page order', () => {
    const state = parse('story=project-texas&q=oracle');
    expect(state).toEqual({
      q: 'oracle',
      filters: { story: ['project-texas'] },
      sort: 'relevance',
    });
    expect(searchStateToHref(state)).toBe('/search/?q=oracle&story=project-texas');
  });

  test('names its stories with links to their hubs, and widens to the whole archive', () => {
    const scope = storyScope(parse('q=oracle&type=claim&story=project-texas'), TITLES);
    expect(scope?.stories).toEqual([
      {
        id: 'project-texas',
        title: 'Project Texas and the move to Oracle',
        href: '/stories/project-texas/',
      },
    ]);
    expect(scope?.widenHref).toBe('/search/?q=oracle&type=claim');
    expect(scope?.widen.filters).toEqual({ type: ['claim'] });
  });

  test('names a story it has no title for by its id', () => {
    expect(storyScope(parse('story=gone'), TITLES)?.stories[0]?.title).toBe('gone');
  });

  test('is no scope at all without a story filter', () => {
    expect(storyScope(parse('q=oracle&type=claim'), TITLES)).toBeNull();
  });
});

describe('the stories’ titles the search page carries', () => {
  test('are each story’s title by id', () => {
    const stories = [
      { id: 'b', title: 'Second' },
      { id: 'a', title: 'First' },
    ];
    expect(storyTitles({ stories } as never)).toEqual({ b: 'Second', a: 'First' });
  });
});
