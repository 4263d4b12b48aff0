/** /sources/<slug>/annotations.jsonld: one source's annotations as a W3C AnnotationCollection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Source } from '../../../lib/archive/index.ts';
import { compactJson } from '../../../lib/export/json-ld.ts';
import { siteInfo } from '../../../lib/export/site.ts';
import { sourceAnnotationCollection } from '../../../lib/export/web-annotation.ts';
import { sourcePaths } from '../../../lib/routes.ts';

export const getStaticPaths = sourcePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ site, props }) =>
  new Response(compactJson(sourceAnnotationCollection(siteInfo(site), props.source)), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
