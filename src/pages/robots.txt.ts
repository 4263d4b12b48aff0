/** /robots.txt: everything may be crawled; the sitemap is at the configured site's address. */
import type { APIRoute } from 'astro';
import { absolute, siteInfo } from '../lib/export/site.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absolute(siteInfo(site), urls.sitemap())}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
