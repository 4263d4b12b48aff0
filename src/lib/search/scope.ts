/**
 * A search limited to stories: the search page reads `?story=<id>` (a story
 * hub's search box sends it) as the story facet, says which stories the
 * results are limited to, and offers the same search over the whole archive.
 * The page knows each story's title from a small map the build writes into
 * it (`storyTitles`), so the facet and the note name stories, not ids.
 */
import type { Archive } from '../archive/model.ts';
import { urls } from '../urls.ts';
import { searchStateToHref, type SearchState } from './state.ts';

/** Story id → title, for the search page. */
export type StoryTitles = Record<string, string>;

/** Every story's title by id, in the archive's order. */
export function storyTitles(archive: Pick<Archive, 'stories'>): StoryTitles {
  return Object.fromEntries(archive.stories.map((s) => [s.id, s.title]));
}

/** What the page says about a search limited to stories. */
export interface StoryScope {
  /** The chosen stories: each with its title (its id if unknown) and its hub. */
  stories: { id: string; title: string; href: string }[];
  /** The same search over the whole archive: the story filter dropped. */
  widen: SearchState;
  /** The address of that search. */
  widenHref: string;
}

/** The scope of a search, or null when it is not limited to any story. */
export function storyScope(state: SearchState, titles: StoryTitles): StoryScope | null {
  const ids = state.filters.story ?? [];
  if (ids.length === 0) return null;
  const filters = { ...state.filters };
  delete filters.story;
  const widen = { ...state, filters };
  return {
    stories: ids.map((id) => ({ id, title: titles[id] ?? id, href: urls.story(id) })),
    widen,
    widenHref: searchStateToHref(widen),
  };
}
