/** /stories/<slug>/annotations.jsonld: one story's annotations as a W3C AnnotationCollection. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyPaths } from '../../../lib/routes.ts';
import { getArchive, type Story } from '../../../lib/archive/index.ts';
import { compactJson } from '../../../lib/export/json-ld.ts';
import { siteInfo } from '../../../lib/export/site.ts';
import { storyAnnotationCollection } from '../../../lib/export/web-annotation.ts';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ story: Story }> = ({ site, props }) =>
  new Response(compactJson(storyAnnotationCollection(siteInfo(site), getArchive(), props.story)), {
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
