/**
 * Checks of a built site's open data, shared by the fixture-site and
 * real-site tests. Each reads the files of an output folder and returns the
 * problems it finds (empty when all is well), so a failing test lists all of
 * them at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { apiSchemas, API_NAMES } from '../../src/lib/export/api.ts';
import { codePointIndex } from '../../src/lib/export/code-points.ts';
import {
  annotationCollectionProblems,
  annotationPageProblems,
  schemaOrgProblems,
} from './requirements.ts';
import type {
  AnnotationCollection,
  AnnotationPage,
  WebAnnotation,
} from '../../src/lib/export/web-annotation.ts';
import { anchor } from '../../src/lib/text/anchor.ts';
import { htmlFiles, pagePathOf } from './site-pages.ts';

type Json = Record<string, unknown>;

/** The file a URL of the site is served from (a path ending in / is its index.html). */
export function fileOf(outDir: string, url: string): string {
  const path = decodeURIComponent(new URL(url, 'https://x.invalid').pathname);
  return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** Reads a JSON file of the build. */
export function readJson<T = Json>(outDir: string, url: string): T {
  return JSON.parse(readFileSync(fileOf(outDir, url), 'utf8')) as T;
}

const documents = new Map<string, Document>();

/** A built page, parsed (cached per file). */
export function pageDocument(file: string): Document {
  let doc = documents.get(file);
  if (!doc) {
    doc = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
    documents.set(file, doc);
  }
  return doc;
}

/** Each built page with its path and its parsed JSON-LD blocks. */
export function jsonLdByPage(
  outDir: string,
): { path: string; blocks: unknown[]; errors: string[] }[] {
  return htmlFiles(outDir).map((file) => {
    const path = pagePathOf(outDir, file);
    const errors: string[] = [];
    const blocks = [
      ...pageDocument(file).querySelectorAll('script[type="application/ld+json"]'),
    ].flatMap((script) => {
      try {
        return [JSON.parse(script.textContent ?? '') as unknown];
      } catch (error) {
        errors.push(`${path}: a JSON-LD block does not parse: ${String(error)}`);
        return [];
      }
    });
    return { path, blocks, errors };
  });
}

/** The schema.org type each kind of detail page must describe. */
const ENTITY_TYPES: Record<string, string> = {
  sources: 'CreativeWork',
  quotes: 'Quotation',
  claims: 'ClaimReview',
  people: 'Person',
  outlets: 'Organization',
  analysis: 'AnalysisNewsArticle',
};

/**
 * Every JSON-LD block on every page parses and has what its type requires;
 * the home page has the WebSite, every inner page a BreadcrumbList, every
 * detail page its entity's type.
 */
export function structuredDataProblems(outDir: string): string[] {
  const problems: string[] = [];
  for (const { path, blocks, errors } of jsonLdByPage(outDir)) {
    problems.push(...errors);
    for (const block of blocks)
      problems.push(...schemaOrgProblems(block).map((p) => `${path}: ${p}`));
    const types = blocks.map((b) => (b as Json)['@type']);
    if (path === '/404.html' || path === '/404/') continue;
    if (blocks.length === 0) problems.push(`${path}: no JSON-LD`);
    if (path === '/') {
      if (!types.includes('WebSite')) problems.push('/: no WebSite JSON-LD');
      continue;
    }
    if (!types.includes('BreadcrumbList')) problems.push(`${path}: no BreadcrumbList`);
    const segments = path.split('/').filter(Boolean);
    const expected = segments.length === 2 ? ENTITY_TYPES[segments[0] ?? ''] : undefined;
    if (expected && !types.includes(expected)) problems.push(`${path}: no ${expected} JSON-LD`);
  }
  return problems;
}

/** Every page has a canonical URL on the configured site, and Open Graph and Twitter card metadata. */
export function metadataProblems(outDir: string, site: string): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const path = pagePathOf(outDir, file);
    const doc = pageDocument(file);
    const meta = (selector: string): string | null =>
      doc.querySelector(selector)?.getAttribute('content') ?? null;
    for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
      if (!meta(`meta[property="${property}"]`)) problems.push(`${path}: no ${property}`);
    }
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) {
      if (!meta(`meta[name="${name}"]`)) problems.push(`${path}: no ${name}`);
    }
    const feeds = doc.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    // The site's two feeds everywhere; a story's hub also advertises the story's own.
    const wantFeeds = /^\/stories\/[^/]+\/$/.test(path) ? 3 : 2;
    if (feeds.length !== wantFeeds)
      problems.push(`${path}: ${feeds.length} feed links, want ${wantFeeds}`);
    if (path.startsWith('/404')) continue;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const want = new URL(path, site).href;
    if (canonical !== want) problems.push(`${path}: canonical is ${canonical}, want ${want}`);
    if (meta('meta[property="og:url"]') !== want) problems.push(`${path}: og:url is not ${want}`);
  }
  return problems;
}

/** Every HTML element id on a built page (cached per file). */
function idsOf(file: string): Set<string> {
  return new Set([...pageDocument(file).querySelectorAll('[id]')].map((e) => e.id));
}

/**
 * Every page of a collection as a client walks it: the first page (embedded,
 * or fetched from its IRI), then each `next` in turn.
 */
export function pagesOf(outDir: string, collection: AnnotationCollection): AnnotationPage[] {
  const pages: AnnotationPage[] = [];
  let page: AnnotationPage | undefined =
    typeof collection.first === 'string'
      ? readJson<AnnotationPage>(outDir, collection.first)
      : collection.first;
  while (page !== undefined && pages.length < 10_000) {
    pages.push(page);
    page = page.next === undefined ? undefined : readJson<AnnotationPage>(outDir, page.next);
  }
  return pages;
}

/** The archive's collection and every page of it, following first → next. */
export function collectionAndPages(outDir: string): {
  collection: AnnotationCollection;
  pages: AnnotationPage[];
} {
  const collection = readJson<AnnotationCollection>(outDir, '/annotations.jsonld');
  return { collection, pages: pagesOf(outDir, collection) };
}

/**
 * What is wrong with a collection as a client walks it: the model's MUSTs,
 * the pages' `startIndex`, `partOf` and `prev`, the collection's `last` and
 * `total`, and its items, which must be IRIs when `byIri`. Returns the
 * problems and the items' IRIs in order.
 */
function walkProblems(
  outDir: string,
  collection: AnnotationCollection,
  byIri: boolean,
): { problems: string[]; ids: string[] } {
  const problems = annotationCollectionProblems(collection);
  const pages = pagesOf(outDir, collection);
  const ids: string[] = [];
  pages.forEach((page, i) => {
    problems.push(...annotationPageProblems(page, i === 0 && typeof collection.first === 'object'));
    if (page.startIndex !== ids.length)
      problems.push(`${page.id}: startIndex ${page.startIndex}, want ${ids.length}`);
    const partOf = typeof page.partOf === 'string' ? page.partOf : page.partOf.id;
    if (partOf !== collection.id) problems.push(`${page.id}: partOf is not ${collection.id}`);
    if (i > 0 && page.prev !== pages[i - 1]?.id)
      problems.push(`${page.id}: prev is not the page before`);
    for (const item of page.items) {
      if (byIri && typeof item !== 'string')
        problems.push(`${page.id}: ${item.id} is described again, not given by IRI`);
      ids.push(typeof item === 'string' ? item : item.id);
    }
  });
  if (typeof collection.first === 'string' && collection.last !== pages.at(-1)?.id)
    problems.push(`${collection.id}: last is not the last page`);
  if (ids.length !== collection.total)
    problems.push(`${collection.id}: the pages hold ${ids.length}, total says ${collection.total}`);
  return { problems, ids };
}

/**
 * Each annotation is described once, in its source's collection; the
 * archive's collection and each story's list exactly the expected
 * annotations by IRI as a client walks them (first, then next), the
 * archive's in the order of the sources' collections.
 */
function collectionProblems(outDir: string): { problems: string[]; annotations: WebAnnotation[] } {
  const problems: string[] = [];
  const sources = readJson<{ items: { id: string; stories: string[]; annotationsUrl: string }[] }>(
    outDir,
    '/api/sources.json',
  );
  const annotations: WebAnnotation[] = [];
  const byStory = new Map<string, string[]>();
  for (const source of sources.items) {
    const one = readJson<AnnotationCollection>(outDir, source.annotationsUrl);
    const walked = walkProblems(outDir, one, false);
    problems.push(...walked.problems);
    for (const page of pagesOf(outDir, one))
      for (const item of page.items)
        if (typeof item === 'string') problems.push(`${one.id}: ${item} is not described`);
        else annotations.push(item);
    for (const story of source.stories)
      byStory.set(story, [...(byStory.get(story) ?? []), ...walked.ids]);
  }
  const described = annotations.map((a) => a.id);
  const archive = walkProblems(outDir, readJson(outDir, '/annotations.jsonld'), true);
  problems.push(...archive.problems);
  if (archive.ids.join('\n') !== described.join('\n'))
    problems.push('/annotations.jsonld does not list the annotations the sources describe');
  const stories = readJson<{ items: { id: string; annotationsUrl: string }[] }>(
    outDir,
    '/api/stories.json',
  );
  for (const story of stories.items) {
    const walked = walkProblems(outDir, readJson(outDir, story.annotationsUrl), true);
    problems.push(...walked.problems);
    if (walked.ids.join('\n') !== (byStory.get(story.id) ?? []).join('\n'))
      problems.push(`${story.annotationsUrl} does not list the annotations of its sources`);
  }
  return { problems, annotations };
}

/**
 * The W3C export meets the model: each annotation described once, in its
 * source's collection, and listed by the archive's collection and its
 * stories' (see collectionProblems); every annotation's id names an existing
 * page and an element with that id in it; each TextQuoteSelector re-anchors
 * in the archived text at its TextPositionSelector.
 */
export function annotationExportProblems(outDir: string): {
  problems: string[];
  annotations: WebAnnotation[];
} {
  const { problems, annotations } = collectionProblems(outDir);
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  for (const a of annotations) {
    if (ids.has(a.id)) problems.push(`${a.id}: described twice`);
    ids.add(a.id);
    const url = new URL(a.id);
    const file = fileOf(outDir, a.id);
    if (!existsSync(file)) {
      problems.push(`${a.id}: no page at ${url.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (!fragment || !idsOf(file).has(fragment))
      problems.push(`${a.id}: the page has no element with id "${fragment}"`);
    const cached = a.target.state.cached;
    let text = texts.get(cached);
    if (text === undefined) {
      text = existsSync(fileOf(outDir, cached)) ? readFileSync(fileOf(outDir, cached), 'utf8') : '';
      texts.set(cached, text);
    }
    const [quote, position] = a.target.selector;
    const index = codePointIndex(text);
    if (Array.from(text).slice(position.start, position.end).join('') !== quote.exact) {
      problems.push(
        `${a.id}: the TextPositionSelector does not select the exact text in ${cached}`,
      );
    }
    const found = anchor(text, quote);
    if (found.status !== 'found')
      problems.push(`${a.id}: the TextQuoteSelector does not re-anchor (${found.status})`);
    else if (
      index.toCodePoint(found.start) !== position.start ||
      index.toCodePoint(found.end) !== position.end
    ) {
      problems.push(
        `${a.id}: the TextQuoteSelector re-anchors elsewhere than its TextPositionSelector`,
      );
    }
  }
  return { problems, annotations };
}

/** Every address on this site named anywhere in a JSON value (every string starting with `origin`). */
function siteAddresses(value: unknown, origin: string, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith(`${origin}/`) && !/\s/.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) siteAddresses(item, origin, found);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) siteAddresses(item, origin, found);
  }
  return found;
}

/** Each /api/<name>.json matches its documented shape and is sorted, and every address it names on this site exists. */
export function apiProblems(outDir: string): string[] {
  const problems: string[] = [];
  const origin = new URL(readJson<{ id: string }>(outDir, '/annotations.jsonld').id).origin;
  for (const name of API_NAMES) {
    const file = readJson(outDir, `/api/${name}.json`);
    const parsed = apiSchemas[name].safeParse(file);
    if (!parsed.success) {
      problems.push(
        ...parsed.error.issues
          .slice(0, 10)
          .map((i) => `/api/${name}.json ${i.path.join('.')}: ${i.message}`),
      );
      continue;
    }
    if (parsed.data.count !== parsed.data.items.length)
      problems.push(`/api/${name}.json: count is not the number of items`);
    if (name !== 'annotations') {
      const ids = parsed.data.items.map((item) => (item as { id: string }).id);
      if (ids.join('\n') !== [...ids].sort().join('\n'))
        problems.push(`/api/${name}.json: items are not sorted by id`);
    }
    if (!existsSync(fileOf(outDir, `/api/schemas/${name}.json`)))
      problems.push(`/api/schemas/${name}.json is missing`);
    for (const address of siteAddresses(file, origin, new Set())) {
      const target = fileOf(outDir, address);
      const fragment = decodeURIComponent(new URL(address).hash.slice(1));
      if (!existsSync(target))
        problems.push(`/api/${name}.json names ${address}, which does not exist`);
      else if (fragment && !idsOf(target).has(fragment))
        problems.push(`/api/${name}.json names ${address}, whose page has no such anchor`);
    }
  }
  return problems;
}

/**
 * Every link to a source's original address (or a text fragment of it)
 * carries data-originalurl, data-versionurl (an existing page of this site)
 * and data-versiondate (the capture day). Returns the problems and how many
 * such links there are.
 */
export function robustLinkProblems(outDir: string): { problems: string[]; links: number } {
  const sources = readJson<{
    items: { id: string; originalUrl: string | null; url: string; captured: string }[];
  }>(outDir, '/api/sources.json');
  const originals = sources.items.flatMap((s) =>
    s.originalUrl ? [{ ...s, originalUrl: s.originalUrl }] : [],
  );
  const problems: string[] = [];
  let links = 0;
  for (const file of htmlFiles(outDir)) {
    const path = pagePathOf(outDir, file);
    for (const a of pageDocument(file).querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      const source = originals.find(
        (s) => href === s.originalUrl || href.startsWith(`${s.originalUrl.split('#')[0]}#:~:`),
      );
      if (!source) continue;
      links++;
      if (a.getAttribute('data-originalurl') !== source.originalUrl) {
        problems.push(`${path}: link to ${href} has no data-originalurl=${source.originalUrl}`);
      }
      if (a.getAttribute('data-versionurl') !== source.url)
        problems.push(`${path}: link to ${href} has no data-versionurl=${source.url}`);
      if (a.getAttribute('data-versiondate') !== source.captured)
        problems.push(`${path}: link to ${href} has no data-versiondate`);
    }
  }
  return { problems, links };
}

/** Every source and quote page has a "Cite this" block, and a source's CSL-JSON download exists and parses. */
export function citationProblems(outDir: string): string[] {
  const problems: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const path = pagePathOf(outDir, file);
    const match = /^\/(sources|quotes)\/[^/]+\/$/.exec(path);
    if (!match) continue;
    const blocks = [...pageDocument(file).querySelectorAll('details.cite-this')];
    const what = match[1] === 'sources' ? 'source' : 'quote';
    const main = blocks.find(
      (d) => d.querySelector('summary')?.textContent?.trim() === `Cite this ${what}`,
    );
    if (!main) {
      problems.push(`${path}: no “Cite this ${what}” block`);
      continue;
    }
    const pres = main.querySelectorAll('pre');
    if (pres.length !== 2)
      problems.push(
        `${path}: the cite block has ${pres.length} <pre> blocks, want plain text and BibTeX`,
      );
    if (!/^@online\{sourcebook-/.test(pres[1]?.textContent ?? ''))
      problems.push(`${path}: no BibTeX entry`);
    const permalink = main.querySelector('.cite-permalink a')?.getAttribute('href') ?? '';
    if (new URL(permalink).pathname !== path)
      problems.push(`${path}: the permalink ${permalink} is not this page`);
    if (what === 'source') {
      const csl = main.querySelector('a[download]')?.getAttribute('href');
      if (!csl) problems.push(`${path}: no CSL-JSON download`);
      else {
        try {
          const items = readJson<unknown[]>(outDir, csl);
          if (!Array.isArray(items) || items.length !== 1)
            problems.push(`${csl}: not a list of one CSL item`);
        } catch {
          problems.push(`${csl}: missing or not JSON`);
        }
      }
    }
  }
  return problems;
}

/** The export files of a build (JSON-LD, JSON, CSL, text, feeds, robots, sitemap), as paths relative to it. */
export function exportFiles(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(join(dir, entry.name), path);
      } else if (/\.(jsonld|json|xml|txt)$/.test(entry.name)) found.push(path);
    }
  };
  walk(outDir, '');
  return found.sort();
}

/**
 * On every page, the breadcrumbs a reader sees and the BreadcrumbList its
 * JSON-LD gives are the same trail: the same names, linking to the same
 * addresses (the last step, the page itself, to the page's own address), and
 * a page shows breadcrumbs exactly when it has a BreadcrumbList.
 */
export function breadcrumbProblems(outDir: string, site: string): string[] {
  const problems: string[] = [];
  const blocksOf = new Map(jsonLdByPage(outDir).map((p) => [p.path, p.blocks]));
  for (const file of htmlFiles(outDir)) {
    const path = pagePathOf(outDir, file);
    const doc = pageDocument(file);
    const navs = [...doc.querySelectorAll('nav[aria-label="Breadcrumb"]')];
    const lists = (blocksOf.get(path) ?? []).filter(
      (b) => (b as Json)['@type'] === 'BreadcrumbList',
    ) as Json[];
    if (navs.length > 1) problems.push(`${path}: ${navs.length} breadcrumb trails`);
    if (lists.length > 1) problems.push(`${path}: ${lists.length} BreadcrumbLists`);
    const [nav] = navs;
    const [list] = lists;
    if (!nav && !list) continue;
    if (!nav) {
      problems.push(`${path}: a BreadcrumbList in its JSON-LD but no breadcrumbs on the page`);
      continue;
    }
    if (!list) {
      problems.push(`${path}: breadcrumbs on the page but no BreadcrumbList in its JSON-LD`);
      continue;
    }
    const own = new URL(path, site).href;
    const seen = [...nav.querySelectorAll('li')].map((li) => {
      const a = li.querySelector('a');
      const name = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
      return `${name} <${a ? new URL(a.getAttribute('href') ?? '', own).href : own}>`;
    });
    const given = ((list['itemListElement'] ?? []) as Json[]).map(
      (item) => `${String(item['name'])} <${String(item['item'])}>`,
    );
    if (JSON.stringify(seen) !== JSON.stringify(given))
      problems.push(
        `${path}: the page shows ${seen.join(' › ')}; its JSON-LD gives ${given.join(' › ')}`,
      );
  }
  return problems;
}
