/**
 * The site's identity, from `content/site.yaml` (src/schemas/site.ts): its
 * name, tagline, description, publisher and language. The checker reports a
 * problem in the file, located, like any other; a content folder without the
 * file (a test fixture) gets a plain identity that names no story.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteData } from '../../schemas/index.ts';
import { yamlKeyLocator, yamlLocator } from './locate.ts';
import type { Diagnostic } from './model.ts';
import { displayPath, type RawRecord } from './read.ts';
import { parseYaml } from './source-file.ts';
import { validateRecord } from './validate.ts';

/** The file, under the content root. */
export const SITE_FILE = 'site.yaml';

/** The identity of a content folder without a site.yaml. */
export const DEFAULT_SITE: SiteData = {
  name: 'Sourcebook',
  tagline: 'Annotated sources',
  description: 'An annotated archive of sources, with analysis, a quote index and a claim ledger.',
  publisher: { name: 'Sourcebook' },
  language: 'en',
};

/** Reads and validates `content/site.yaml`, reporting its problems in `diagnostics`. */
export function readSite(root: string, diagnostics: Diagnostic[] = []): SiteData {
  const path = join(root, SITE_FILE);
  if (!existsSync(path)) return DEFAULT_SITE;
  const file = displayPath(path);
  const { doc, lines } = parseYaml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (doc.errors.length > 0) {
    const pos = lines.linePos(doc.errors[0]!.pos[0]);
    diagnostics.push({
      severity: 'error',
      code: 'yaml',
      file,
      line: pos.line,
      column: pos.col,
      message: `is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`,
      fix: 'check the indentation and quoting on this line; a value containing ": " must be put in quotes',
    });
    return DEFAULT_SITE;
  }
  // Only the file, the data and its locators are read by validateRecord; the site is no collection.
  const record = {
    id: 'site',
    file,
    data: doc.toJS() ?? {},
    at: yamlLocator(doc, lines, 1),
    keyAt: yamlKeyLocator(doc, lines, 1),
  } as unknown as RawRecord;
  return validateRecord(record, siteSchema, diagnostics) ?? DEFAULT_SITE;
}

const CACHE = Symbol.for('sourcebook.archive.site');
const shared = globalThis as typeof globalThis & { [CACHE]?: Map<string, SiteData> };

/** The site's identity for pages and exports: read once per content root and process. */
export function siteIdentity(root: string): SiteData {
  const cache = (shared[CACHE] ??= new Map());
  let site = cache.get(root);
  if (!site) cache.set(root, (site = readSite(root)));
  return site;
}
