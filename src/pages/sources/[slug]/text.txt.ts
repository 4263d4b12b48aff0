/**
 * /sources/<slug>/text.txt: the archived text exactly as captured, the text
 * in which the W3C annotations' selectors apply (their TimeState `cached`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Source } from '../../../lib/archive/index.ts';
import { sourcePaths } from '../../../lib/routes.ts';

export const getStaticPaths = sourcePaths satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ props }) =>
  new Response(props.source.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
