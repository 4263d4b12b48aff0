/** /annotations/<n>.jsonld: page n of the archive's AnnotationCollection, its annotations by IRI. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive/index.ts';
import { compactJson } from '../../lib/export/json-ld.ts';
import { siteInfo } from '../../lib/export/site.ts';
import { allAnnotationIds, annotationPage, pageCount } from '../../lib/export/web-annotation.ts';

export const getStaticPaths = (() => {
  const total = getArchive().sources.reduce((n, source) => n + source.annotations.length, 0);
  return Array.from({ length: pageCount(total) }, (_, i) => ({ params: { page: String(i + 1) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => {
  const info = siteInfo(site);
  const page = annotationPage(info, allAnnotationIds(info, getArchive()), Number(params['page']));
  if (page === undefined) return new Response(null, { status: 404 });
  return new Response(compactJson(page), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
