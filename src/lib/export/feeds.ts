/**
 * The items of the two RSS feeds: analysis articles and their corrections
 * (one item each, dated the day it was made), newest first, and
 * sources by the day they were archived, newest first. Dates are calendar
 * days, so each item's date is that day at midnight UTC: the same every build.
 */
import { storyMembers } from '../lists/stories.ts';
import rss from '@astrojs/rss';
import type { Archive, Story } from '../archive/model.ts';
import { correctionsNewestFirst } from '../lists/corrections.ts';
import { absolute, known, type SiteInfo } from './site.ts';
import { urls } from '../urls.ts';
import { outletName, sourceHeadlineOf } from '../render/titles.ts';

/** One feed item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories?: string[];
  author?: string;
}

/** A feed's channel and items. */
export interface Feed {
  title: string;
  description: string;
  /** Site-relative path of the feed itself. */
  path: string;
  items: FeedItem[];
}

function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/**
 * The analysis articles and every correction to them, newest first (then by
 * title, then link). A correction is its own item, titled after the article
 * and linking to the correction at the article's foot.
 */
export function analysisFeed(site: SiteInfo, archive: Archive): Feed {
  const articles = archive.articles.map((article): FeedItem => ({
    title: article.title,
    link: absolute(site, urls.article(article.id)),
    pubDate: day(article.published),
    description: article.description,
    categories: [...article.tags],
  }));
  const corrections = correctionsNewestFirst(archive.articles).map((c): FeedItem => ({
    title: `Correction: ${c.article.title}`,
    link: absolute(site, urls.articleCorrections(c.article.id, c.index)),
    pubDate: day(c.date),
    description: c.text,
    categories: ['correction'],
  }));
  const items = [...articles, ...corrections].sort(
    (a, b) =>
      b.pubDate.getTime() - a.pubDate.getTime() ||
      a.title.localeCompare(b.title) ||
      a.link.localeCompare(b.link),
  );
  return {
    title: `${site.name}: analysis`,
    description: `Analysis articles from ${site.name}, each quoting and citing the archive, and every correction to them.`,
    path: urls.feed('analysis'),
    items,
  };
}

/**
 * The archived sources, most recently captured first (then by publication
 * day, newest first, then id). How many items the feed carries is capped so a
 * large archive does not make a huge feed.
 */
export function sourcesFeed(site: SiteInfo, archive: Archive, limit = 100): Feed {
  const items = [...archive.sources]
    .sort(
      (a, b) =>
        b.captured.localeCompare(a.captured) ||
        (known(b.published) ?? '').localeCompare(known(a.published) ?? '') ||
        a.id.localeCompare(b.id),
    )
    .slice(0, limit)
    .map((source): FeedItem => {
      const outlet = outletName(archive, source.outlet);
      const published = known(source.published);
      return {
        title: `${sourceHeadlineOf(archive, source)} (${outlet})`,
        link: absolute(site, urls.source(source.id)),
        pubDate: day(source.captured),
        description: `${source.summary} Published ${published ?? 'on an unknown date'}; archived ${source.captured}.`,
        categories: [source.kind, source.outlet],
      };
    });
  return {
    title: `${site.name}: newly archived sources`,
    description: `Sources added to the ${site.name} archive, most recently captured first.`,
    path: urls.feed('sources'),
    items,
  };
}

/**
 * "Follow this story": one story's new analysis (and corrections), new
 * sources and every ruling on its claims, newest first, each dated the day
 * it happened (an article's publication, a source's capture, a ruling's date).
 */
export function storyFeed(
  site: SiteInfo,
  archive: Archive,
  story: Pick<Story, 'id' | 'title'>,
  limit = 100,
): Feed {
  const members = storyMembers(archive, story.id);
  const narrowed = { ...archive, articles: members.articles, sources: members.sources };
  const rulings = members.claims.flatMap((claim) =>
    claim.history.map((ruling, i): FeedItem => ({
      title: `${i === 0 ? 'Claim ruled' : 'Claim status changed'}: ${ruling.status}: ${claim.statement}`,
      link: absolute(site, urls.claim(claim.id)),
      pubDate: day(ruling.date),
      description: `${ruling.reason} (${ruling.author})`,
      categories: ['claim', ruling.status],
    })),
  );
  const items = [
    ...analysisFeed(site, narrowed).items,
    ...sourcesFeed(site, narrowed, Number.MAX_SAFE_INTEGER).items,
    ...rulings,
  ]
    .sort(
      (a, b) =>
        b.pubDate.getTime() - a.pubDate.getTime() ||
        a.title.localeCompare(b.title) ||
        a.link.localeCompare(b.link),
    )
    .slice(0, limit);
  return {
    title: `${site.name}: ${story.title}`,
    description: `New analysis, newly archived sources and claim rulings in the story “${story.title}”, newest first.`,
    path: urls.storyFeed(story.id),
    items,
  };
}

/** The RSS 2.0 response for a feed, as every /rss/ route serves it. */
export function feedResponse(site: SiteInfo, feed: Feed): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site: site.url,
    items: feed.items,
    customData: '<language>en</language>',
    trailingSlash: true,
  });
}
