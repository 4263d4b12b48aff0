/** /rss/sources.xml: an RSS feed of newly archived sources, most recently captured first. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/index.ts';
import { feedResponse, sourcesFeed } from '../../lib/export/feeds.ts';
import { siteInfo } from '../../lib/export/site.ts';

export const GET: APIRoute = ({ site }) => {
  const info = siteInfo(site);
  return feedResponse(info, sourcesFeed(info, getArchive()));
};
