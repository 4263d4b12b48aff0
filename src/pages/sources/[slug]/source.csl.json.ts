/** /sources/<slug>/source.csl.json: the source's citation as CSL-JSON (a list of one item). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type Source } from '../../../lib/archive/index.ts';
import { sourceCsl } from '../../../lib/export/citation.ts';
import { compactJson } from '../../../lib/export/json-ld.ts';
import { siteInfo } from '../../../lib/export/site.ts';
import { sourcePaths } from '../../../lib/routes.ts';

export const getStaticPaths = sourcePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ site, props }) =>
  new Response(compactJson([sourceCsl(siteInfo(site), getArchive(), props.source)]), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' },
  });
