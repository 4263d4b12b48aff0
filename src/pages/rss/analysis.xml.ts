/** /rss/analysis.xml: an RSS feed of the analysis articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/index.ts';
import { analysisFeed } from '../../lib/export/feeds.ts';
import { siteInfo } from '../../lib/export/site.ts';

export const GET: APIRoute = ({ site }) => {
  const info = siteInfo(site);
  const feed = analysisFeed(info, getArchive());
  return rss({
    title: feed.title,
    description: feed.description,
    site: info.url,
    items: feed.items,
    customData: '<language>en</language>',
    trailingSlash: true,
  });
};
