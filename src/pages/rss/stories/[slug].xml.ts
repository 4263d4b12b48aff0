/** /rss/stories/<slug>.xml: "follow this story", its new analysis, sources and claim rulings. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths } from '../../../lib/routes.ts';
import { getArchive, type Story } from '../../../lib/archive/index.ts';
import { feedResponse, storyFeed } from '../../../lib/export/feeds.ts';
import { siteInfo } from '../../../lib/export/site.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ site, props }) => {
  const info = siteInfo(site);
  return feedResponse(info, storyFeed(info, getArchive(), props.story));
};
