/**
 * Measuring a built site on disk: pages, bytes, the Pagefind index, and the
 * weight of one article page (gzip-compressed HTML plus its stylesheets).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles.ts';

/** Sizes of a built site. */
export interface SiteStats {
  pages: number;
  distFiles: number;
  distBytes: number;
  /** Files and bytes by kind of output ({@link kindOfOutput}), biggest first. */
  distByKind: { kind: OutputKind; files: number; bytes: number }[];
  indexBytes: number;
  indexFiles: number;
}

/** The kinds of file a build publishes, as a host counts them. */
export type OutputKind =
  | 'html'
  | 'pagefind'
  | 'w3c-annotations'
  | 'json-api'
  | 'csl'
  | 'text'
  | 'assets'
  | 'feeds-and-maps'
  | 'other';

/** The kind of a published file, from its path relative to `dist`. */
export function kindOfOutput(path: string): OutputKind {
  const rel = path.replaceAll('\\', '/');
  if (/^pagefind[^/]*\//.test(rel)) return 'pagefind';
  if (rel.endsWith('.html')) return 'html';
  if (rel.endsWith('.jsonld')) return 'w3c-annotations';
  if (rel.endsWith('.csl.json')) return 'csl';
  if (rel.startsWith('api/') || rel.endsWith('.json')) return 'json-api';
  if (rel.endsWith('.txt') && rel !== 'robots.txt') return 'text';
  if (rel.startsWith('_astro/') || /\.(css|js|svg|png|woff2?)$/.test(rel)) return 'assets';
  if (/\.(xml|rss)$/.test(rel) || rel.startsWith('rss/')) return 'feeds-and-maps';
  return 'other';
}

/** Every file under `dir`, recursively. */
function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/**
 * Counts pages (HTML files), files and bytes in `dist`, by kind of output,
 * and the files and bytes of its search bundles.
 */
export function siteStats(dist: string): SiteStats {
  let pages = 0;
  let distBytes = 0;
  const files = walk(dist);
  const byKind = new Map<OutputKind, { files: number; bytes: number }>();
  for (const file of files) {
    const bytes = statSync(file).size;
    distBytes += bytes;
    if (file.endsWith('.html')) pages++;
    const kind = kindOfOutput(relative(dist, file));
    const tally = byKind.get(kind) ?? { files: 0, bytes: 0 };
    tally.files++;
    tally.bytes += bytes;
    byKind.set(kind, tally);
  }
  const distByKind = [...byKind]
    .map(([kind, tally]) => ({ kind, ...tally }))
    .sort((a, b) => b.bytes - a.bytes);
  const index = Object.values(SEARCH_BUNDLES).flatMap((bundle) => walk(join(dist, bundle.dir)));
  const indexBytes = index.reduce((sum, file) => sum + statSync(file).size, 0);
  return {
    pages,
    distFiles: files.length,
    distBytes,
    distByKind,
    indexBytes,
    indexFiles: index.length,
  };
}

/** The weight of one page as a browser would fetch it. */
export interface PageWeight {
  /** The page's path in the site, e.g. /analysis/x/. */
  path: string;
  /** Gzip size of the HTML plus each stylesheet it links, each compressed on its own. */
  gzipBytes: number;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  /** Script elements other than JSON-LD data blocks. */
  scripts: number;
}

/** The stylesheets an HTML page links, as site paths. */
export function linkedStylesheets(html: string): string[] {
  const hrefs: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (href) hrefs.push(href);
  }
  return hrefs;
}

/** How many <script> elements a page has, not counting JSON-LD (`type="application/ld+json"`). */
export function countScripts(html: string): number {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
    ([, attrs]) => !/type=["']?application\/ld\+json/i.test(attrs ?? ''),
  ).length;
}

/** Weighs the first article page under dist/analysis/, or returns null when there is none. */
export function articlePageWeight(dist: string): PageWeight | null {
  const dir = join(dist, 'analysis');
  if (!existsSync(dir)) return null;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => e.name)
    .sort()[0];
  if (!slug) return null;
  const html = readFileSync(join(dir, slug, 'index.html'));
  const htmlGzipBytes = gzipSync(html).length;
  let cssGzipBytes = 0;
  for (const href of linkedStylesheets(html.toString('utf8'))) {
    const file = join(dist, new URL(href, 'http://x/').pathname);
    if (existsSync(file)) cssGzipBytes += gzipSync(readFileSync(file)).length;
  }
  return {
    path: `/analysis/${slug}/`,
    gzipBytes: htmlGzipBytes + cssGzipBytes,
    htmlGzipBytes,
    cssGzipBytes,
    scripts: countScripts(html.toString('utf8')),
  };
}
