/** /rss/analysis.xml: an RSS feed of the analysis articles, newest first. */
import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive/index.ts';
import { feedResponse, analysisFeed } from '../../lib/export/feeds.ts';
import { siteInfo } from '../../lib/export/site.ts';

export const GET: APIRoute = ({ site }) => {
  const info = siteInfo(site);
  return feedResponse(info, analysisFeed(info, getArchive()));
};
