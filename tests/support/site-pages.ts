import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PROJECT_ROOT } from './fixture-site.ts';

/**
 * The real site's output folder, built by the Playwright webServer (`npm run
 * build`): dist/, or SOURCEBOOK_OUT when set (as astro.config.mjs reads it).
 */
export const DIST = resolve(PROJECT_ROOT, process.env['SOURCEBOOK_OUT'] ?? 'dist');

/** Every .html file under a built site, as absolute paths, sorted. */
export function htmlFiles(outDir: string = DIST): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  if (existsSync(outDir)) walk(outDir);
  return found.sort();
}

/**
 * The address a static host serves an HTML file at: `x/index.html` is `/x/`,
 * any other file keeps its name (`/404.html`).
 */
export function pagePathOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The paths listed in the site's sitemap (sitemap-index.xml and the sitemaps
 * it names, or a lone sitemap.xml), or an empty list when there is none.
 */
export function sitemapPaths(outDir: string = DIST): string[] {
  const locs = (xml: string): string[] =>
    [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) =>
      (m[1] ?? '').replace(/&amp;/g, '&'),
    );
  const index = join(outDir, 'sitemap-index.xml');
  const single = join(outDir, 'sitemap.xml');
  let sitemaps: string[] = [];
  if (existsSync(index)) {
    sitemaps = locs(readFileSync(index, 'utf8')).map((loc) => join(outDir, new URL(loc).pathname));
  } else if (existsSync(single)) {
    sitemaps = [single];
  }
  const paths = sitemaps
    .filter((file) => existsSync(file))
    .flatMap((file) => locs(readFileSync(file, 'utf8')))
    .map((loc) => new URL(loc).pathname);
  return [...new Set(paths)].sort();
}

/**
 * Every page of the built site: each HTML file of the output folder and each
 * address in the sitemap (a page the sitemap names but the folder lacks is
 * still listed, so a test visiting it fails loudly).
 */
export function sitePages(outDir: string = DIST): string[] {
  const fromFiles = htmlFiles(outDir).map((file) => pagePathOf(outDir, file));
  return [...new Set([...fromFiles, ...sitemapPaths(outDir)])].sort();
}

/**
 * The kind of page a path is: its first segment and whether it is the list
 * (`/sources/`) or a detail page (`/sources/<slug>/`). `/` is "home".
 */
export function pageTypeOf(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  const [first] = segments;
  if (segments.length === 1) return first ?? 'home';
  return `${first}/*`;
}

/** One page of each kind (the first in sorted order), for the slower per-type checks. */
export function onePagePerType(paths: string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const type = pageTypeOf(path);
    if (!seen.has(type)) seen.set(type, path);
  }
  return [...seen.values()];
}
