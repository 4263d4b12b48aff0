/** /annotations.jsonld: every annotation in the archive as a W3C AnnotationCollection. */
import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive/index.ts';
import { stableJson } from '../lib/export/json-ld.ts';
import { siteInfo } from '../lib/export/site.ts';
import { allAnnotationIds, annotationCollection } from '../lib/export/web-annotation.ts';

export const GET: APIRoute = ({ site }) => {
  const info = siteInfo(site);
  return new Response(
    stableJson(annotationCollection(info, allAnnotationIds(info, getArchive()))),
    {
      headers: {
        'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
      },
    },
  );
};
