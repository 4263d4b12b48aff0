/**
 * Stories on pages: one story's part of the archive (its hub and its lists
 * read it as if it were the whole archive), the front page's story summaries,
 * and the stories a record belongs to, for the links every page shows.
 */
import { urls } from '../urls.ts';
import type {
  Archive,
  Article,
  Claim,
  Quote,
  Source,
  Story,
  TimelineEvent,
} from '../archive/model.ts';
import { keyClaims } from './claims.ts';

/** The records that name one story, each list in the archive's order. */
export interface StoryMembers {
  sources: Source[];
  quotes: Quote[];
  claims: Claim[];
  events: TimelineEvent[];
  articles: Article[];
}

function noMembers(): StoryMembers {
  return { sources: [], quotes: [], claims: [], events: [], articles: [] };
}

const membersMemo = new WeakMap<Archive, Map<string, StoryMembers>>();

/**
 * The records of every story, sorted out in one pass over the archive and
 * kept for the archive's lifetime: every story's hub, lists and front-page
 * summary read them, and filtering the whole archive once per story page
 * made a build quadratic in the archive's size.
 */
export function storyMembers(archive: Archive, storyId: string): StoryMembers {
  let byStory = membersMemo.get(archive);
  if (byStory === undefined) {
    const index = new Map<string, StoryMembers>();
    const members = (id: string): StoryMembers => {
      let m = index.get(id);
      if (m === undefined) index.set(id, (m = noMembers()));
      return m;
    };
    for (const x of archive.sources) for (const id of x.stories) members(id).sources.push(x);
    for (const x of archive.quotes) for (const id of x.stories) members(id).quotes.push(x);
    for (const x of archive.claims) for (const id of x.stories) members(id).claims.push(x);
    for (const x of archive.events) for (const id of x.stories) members(id).events.push(x);
    for (const x of archive.articles) for (const id of x.stories) members(id).articles.push(x);
    membersMemo.set(archive, (byStory = index));
  }
  return byStory.get(storyId) ?? noMembers();
}

/**
 * The archive narrowed to one story: its sources, claims, events and articles
 * (each names the story), its quotes (those appearing in its sources), and
 * the people and outlets involved (outlets of its sources, speakers of its
 * quotes and passages, claimants of its claims). Look-ups by id still reach
 * the whole archive, so a link to a record of another story still resolves.
 */
export function storyView(archive: Archive, storyId: string): Archive {
  const { sources, quotes, claims, events, articles } = storyMembers(archive, storyId);
  const involved = new Set<string>();
  for (const s of sources) {
    involved.add(s.outlet);
    for (const a of s.annotations) {
      if (a.speaker) involved.add(a.speaker);
      if (a.via) involved.add(a.via);
    }
  }
  for (const q of quotes) involved.add(q.speaker);
  for (const c of claims) involved.add(c.claimant);
  return {
    ...archive,
    sources,
    quotes,
    claims,
    events,
    articles,
    people: archive.people.filter((p) => involved.has(p.id)),
    outlets: archive.outlets.filter((o) => involved.has(o.id)),
    stories: archive.stories.filter((s) => s.id === storyId),
  };
}

/** What a story holds, for the front page. */
export interface StoryCounts {
  sources: number;
  claims: number;
  quotes: number;
  events: number;
  articles: number;
}

/** Counts a story's records. */
export function storyCounts(archive: Archive, storyId: string): StoryCounts {
  const m = storyMembers(archive, storyId);
  return {
    sources: m.sources.length,
    claims: m.claims.length,
    quotes: m.quotes.length,
    events: m.events.length,
    articles: m.articles.length,
  };
}

/**
 * The claims a story's hub leads with: its `keyClaims` in the editor's order,
 * or, when it names none, the best-evidenced of each status (../lists/claims.ts).
 */
export function storyKeyClaims(story: Story, view: Archive, limit = 5): Claim[] {
  if (story.keyClaims.length === 0) return keyClaims(view.claims, limit);
  return story.keyClaims.flatMap((id) => {
    const claim = view.claim.get(id);
    return claim ? [claim] : [];
  });
}

const positions = new WeakMap<readonly Story[], Map<string, number>>();

/** The stories with these ids, in the archive's order (most recently updated first). */
export function storiesNamed(archive: Archive, ids: readonly string[]): Story[] {
  // Every page asks, so each archive's (or story view's) list of stories is indexed once.
  let position = positions.get(archive.stories);
  if (position === undefined) {
    position = new Map(archive.stories.map((s, i) => [s.id, i]));
    positions.set(archive.stories, position);
  }
  const found = [...new Set(ids)].flatMap((id) => {
    const i = position.get(id);
    return i === undefined ? [] : [i];
  });
  return found.sort((a, b) => a - b).map((i) => archive.stories[i]!);
}

/** A list narrowed to a story: its title, its trail through the story, and its page size. */
export interface StoryListFrame {
  /** The page's title: the list's, then the story's. */
  title: string;
  /** The breadcrumb trail after Home: Stories, the story, the list. */
  crumbs: { label: string; href?: string }[];
  /** A story's list is one page: it is as long as the story. */
  pageSize: number;
}

/** How a story's list page presents itself (`/stories/<id>/sources/` and the like). */
export function storyListFrame(
  story: Pick<Story, 'id' | 'title'>,
  list: { title: string; section: string },
): StoryListFrame {
  return {
    title: `${list.title}: ${story.title}`,
    crumbs: [
      { label: 'Stories', href: urls.stories() },
      { label: story.title, href: urls.story(story.id) },
      { label: list.section },
    ],
    pageSize: Number.MAX_SAFE_INTEGER,
  };
}

/** Part of a list under one story's heading; `story` is null for a list that needs no heading. */
export interface StoryGroup<T> {
  story: Pick<Story, 'id' | 'title'> | null;
  items: T[];
}

/**
 * A person's or an outlet's list grouped by story (what they said, what it
 * published): one group per story the items belong to, in the archive's
 * order of stories (most recently updated first), each keeping the items'
 * order; an item in several stories is listed under each. A list that spans
 * one story (or none) is one group with no story, so its page shows no extra
 * heading. Items naming no known story come last, in a group with no story.
 */
export function groupByStory<T>(
  stories: readonly Pick<Story, 'id' | 'title'>[],
  items: readonly T[],
  storiesOf: (item: T) => readonly string[],
): StoryGroup<T>[] {
  const known = new Set(stories.map((s) => s.id));
  const spanned = new Set(items.flatMap((item) => storiesOf(item).filter((id) => known.has(id))));
  if (spanned.size <= 1) return items.length > 0 ? [{ story: null, items: [...items] }] : [];
  const groups: StoryGroup<T>[] = stories
    .filter((s) => spanned.has(s.id))
    .map((story) => ({ story, items: items.filter((item) => storiesOf(item).includes(story.id)) }));
  const elsewhere = items.filter((item) => !storiesOf(item).some((id) => known.has(id)));
  if (elsewhere.length > 0) groups.push({ story: null, items: elsewhere });
  return groups;
}
