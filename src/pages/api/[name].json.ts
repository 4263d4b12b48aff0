/** /api/<name>.json: the static JSON API (sources, annotations, quotes, claims, events). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive/index.ts';
import { API_NAMES, apiFile, type ApiName } from '../../lib/export/api.ts';
import { compactJson } from '../../lib/export/json-ld.ts';
import { siteInfo } from '../../lib/export/site.ts';

export const getStaticPaths = (() =>
  API_NAMES.map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: ApiName }> = ({ site, props }) =>
  new Response(compactJson(apiFile(siteInfo(site), getArchive(), props.name)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
