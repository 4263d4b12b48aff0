/**
 * What each list page shows, worked out from the archive its route reads:
 * the source archive, the quotes, the analysis (each cut into pages), the
 * claim ledger and the timeline, whole or narrowed to a story. A route calls
 * one of these with `getArchive()` and hands the result to its component
 * (src/components/lists/), which only renders it; the route builds the page's
 * structured data from `facts` (src/lib/export/page-data.ts).
 */
import type { Archive, Article, Claim, Quote, Source, Story } from '../archive/model.ts';
import { urls, type StoryList } from '../urls.ts';
import { articlePages } from './articles.ts';
import { groupClaimsByStatus, type ClaimGroup } from './claims.ts';
import { plural } from './figures.ts';
import {
  groupLink,
  groupStarts,
  itemRange,
  listPageSize,
  pageFraming,
  pageNumbered,
  pageStart,
  type ListPage,
} from './paginate.ts';
import { quotePages } from './quotes.ts';
import { sourceArchivePages, sourcePageSpan } from './sources.ts';
import { storyListFrame, storyView } from './stories.ts';
import { groupEventsByMonth, type EventMonth } from './timeline.ts';

/** How a list page presents itself: its address, title, description and trail. */
export interface ListFrame {
  /** The page's address. */
  path: string;
  /** The page's title (without the site name). */
  title: string;
  /** The page's heading. */
  heading: string;
  description: string;
  /** The breadcrumb trail after Home; the last step is the page. */
  trail: { label: string; href?: string }[];
  /** Where the page is in a list cut into pages ("page 2 of 50: sources 201–400"), if it is. */
  where: string | undefined;
  /** The story the list is narrowed to, if any: its lists are WebPages, the others CollectionPages. */
  story: Story | undefined;
}

/** A list whose pages have page numbers: the frame, the page, and the list's base address. */
export interface PagedList<T> {
  frame: ListFrame;
  /** The archive the list shows: the whole archive, or the story's part of it (its look-ups still reach every record). */
  archive: Archive;
  page: ListPage<T>;
  /** The address of the list's first page, which its pager counts from. */
  base: string;
}

/** The archive a list shows and how it is framed, narrowed to `story` when one is given. */
function narrowed(
  archive: Archive,
  story: Story | undefined,
  list: { title: string; section: string; key: StoryList; base: string },
) {
  const frame = story && storyListFrame(story, list);
  return {
    frame,
    archive: story ? storyView(archive, story.id) : archive,
    base: story ? urls.storyList(story.id, list.key) : list.base,
    pageSize: frame?.pageSize ?? listPageSize(),
  };
}

/**
 * The frame of page `number` of a paged list: a story's list takes the story's
 * title and trail, the whole archive's list its own, with where the page is.
 */
function pagedFrame(
  n: ReturnType<typeof narrowed>,
  listTitle: string,
  number: number,
  framing: ReturnType<typeof pageFraming>,
  description: string,
  story: Story | undefined,
): ListFrame {
  const title = n.frame?.title ?? framing.title;
  return {
    path: urls.listPage(n.base, number),
    title,
    heading: story ? title : listTitle,
    description,
    trail: n.frame?.crumbs ?? framing.crumbs,
    where: framing.where,
    story,
  };
}

/** Page `number` of the source archive, or a story's sources (one page). */
export function sourceListPage(
  whole: Archive,
  number: number,
  story?: Story,
): PagedList<Source> & {
  total: number;
  outlets: number;
  months: { label: string; href: string; count: number }[];
} {
  const list = { title: 'Source archive', section: 'Sources', key: 'sources' as const };
  const n = narrowed(whole, story, { ...list, base: urls.sources() });
  const { archive } = n;
  const pages = sourceArchivePages(archive, n.pageSize);
  const page = pageNumbered(pages, number, 'the source archive');
  const starts = groupStarts(pages);
  const months = new Map<string, { label: string; href: string; count: number }>();
  for (const p of pages) {
    for (const g of p.groups) {
      const month = months.get(g.key) ?? {
        label: g.label,
        href: groupLink(n.base, page.number, starts.get(g.key)!),
        count: 0,
      };
      month.count += g.items.length;
      months.set(g.key, month);
    }
  }
  const total = archive.sources.length;
  const span = sourcePageSpan(page, pageStart(pages, page.number));
  const framing = pageFraming(page, { ...list, base: urls.sources() }, span);
  const description = story
    ? `The ${plural(total, 'archived source')} of the story “${story.title}”, by publication date, with outlet, kind and annotations.`
    : page.number > 1
      ? `Page ${page.number} of the archived sources: ${span} of ${total}, by publication date, with outlet, kind and annotations.`
      : `All ${plural(total, 'archived source')} in the archive, by publication date, with outlet, kind and annotations.`;
  return {
    frame: pagedFrame(n, list.title, page.number, framing, description, story),
    archive,
    page,
    base: n.base,
    total,
    outlets: new Set(archive.sources.map((s) => s.outlet)).size,
    months: [...months.values()],
  };
}

/** Page `number` of the quotes, or a story's quotes (one page). */
export function quoteListPage(
  whole: Archive,
  number: number,
  story?: Story,
): PagedList<Quote> & { quotes: Quote[]; total: number; appearances: number } {
  const list = { title: 'Quotes', section: 'Quotes', key: 'quotes' as const };
  const n = narrowed(whole, story, { ...list, base: urls.quotes() });
  const { archive } = n;
  const pages = quotePages(archive.quotes, n.pageSize);
  const page = pageNumbered(pages, number, 'the quotes list');
  const total = archive.quotes.length;
  const which = itemRange(pageStart(pages, page.number), page.count, 'quote');
  const framing = pageFraming(page, { ...list, base: urls.quotes() }, which);
  const description = story
    ? `${plural(total, 'quote')} in the story “${story.title}”, each with every outlet's wording compared with the original.`
    : page.number > 1
      ? `Page ${page.number} of the quotes in the archive: ${which} of ${total}, the most widely carried first, each with every outlet's wording compared with the original.`
      : `${plural(total, 'quote')} in the archive, each with every outlet's wording compared with the original.`;
  return {
    frame: pagedFrame(n, list.title, page.number, framing, description, story),
    archive,
    page,
    base: n.base,
    quotes: page.groups.flatMap((g) => g.items),
    total,
    appearances: archive.quotes.reduce((sum, q) => sum + q.appearances.length, 0),
  };
}

/** Page `number` of the analysis, or a story's analysis (one page). */
export function articleListPage(
  whole: Archive,
  number: number,
  story?: Story,
): PagedList<Article> & { articles: Article[] } {
  const list = { title: 'Analysis', section: 'Analysis', key: 'analysis' as const };
  const n = narrowed(whole, story, { ...list, base: urls.analysis() });
  const pages = articlePages(n.archive.articles, n.pageSize);
  const page = pageNumbered(pages, number, 'the analysis list');
  const total = pages.reduce((sum, p) => sum + p.count, 0);
  const which = itemRange(pageStart(pages, page.number), page.count, 'article');
  const framing = pageFraming(page, { ...list, base: urls.analysis() }, which);
  const description = story
    ? `Analysis of the story “${story.title}”, newest first, every quotation checked against the archived sources.`
    : page.number > 1
      ? `Page ${page.number} of the analysis: ${which} of ${total}, newest first.`
      : 'Analysis of the stories in the archive, every quotation checked against the archived sources.';
  return {
    frame: pagedFrame(n, list.title, page.number, framing, description, story),
    archive: n.archive,
    page,
    base: n.base,
    articles: page.groups.flatMap((g) => g.items),
  };
}

/** The frame of a list shown whole, on one page: the story's title and trail, or the list's own. */
function wholeFrame(
  n: ReturnType<typeof narrowed>,
  list: { title: string; section: string },
  description: string,
  story: Story | undefined,
): ListFrame {
  const title = n.frame?.title ?? list.title;
  return {
    path: n.base,
    title,
    heading: title,
    description,
    trail: n.frame?.crumbs ?? [{ label: list.section }],
    where: undefined,
    story,
  };
}

/** The claim ledger, or a story's claims. */
export function claimLedgerPage(
  whole: Archive,
  story?: Story,
): { frame: ListFrame; claims: readonly Claim[]; groups: ClaimGroup[] } {
  const list = { title: 'Claim ledger', section: 'Claims', key: 'claims' as const };
  const n = narrowed(whole, story, { ...list, base: urls.claims() });
  const { claims } = n.archive;
  return {
    frame: wholeFrame(
      n,
      list,
      `${plural(claims.length, 'claim')} in ${story ? `the story “${story.title}”` : 'the archive'}, grouped by what the archive shows: established, supported, disputed, unverified or false.`,
      story,
    ),
    claims,
    groups: groupClaimsByStatus(claims),
  };
}

/** The timeline, or a story's timeline. */
export function timelinePage(
  whole: Archive,
  story?: Story,
): { frame: ListFrame; archive: Archive; months: EventMonth[] } {
  const list = { title: 'Timeline', section: 'Timeline', key: 'timeline' as const };
  const n = narrowed(whole, story, { ...list, base: urls.timeline() });
  const { events } = n.archive;
  return {
    frame: wholeFrame(
      n,
      list,
      `${plural(events.length, 'dated event')} in ${story ? `the story “${story.title}”` : 'the archive'}, in order, each linked to the archived passages that show it.`,
      story,
    ),
    archive: n.archive,
    months: groupEventsByMonth(events),
  };
}
