/** /api/schemas/<name>.json: the JSON Schema of /api/<name>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { API_NAMES, apiJsonSchema, type ApiName } from '../../../lib/export/api.ts';
import { stableJson } from '../../../lib/export/json-ld.ts';
import { siteInfo } from '../../../lib/export/site.ts';

export const getStaticPaths = (() =>
  API_NAMES.map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: ApiName }> = ({ site, props }) =>
  new Response(stableJson(apiJsonSchema(siteInfo(site), props.name)), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
