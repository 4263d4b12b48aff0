/**
 * `npm run archive`: turns a capture (or a fetched page) into a source file
 * under content/sources/, with its SHA-256, an empty annotation list, and an
 * outlet stub when the outlet is new.
 */
import { chooseStories } from './stories.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { ID_PATTERN, isCalendarDate, sourceKinds } from '../../schemas/index.ts';
import { textSha256 } from '../text/hash.ts';
import type { Capture } from '../archive/capture.ts';
import { formatSourceFile } from '../archive/source-file.ts';
import { slugify } from '../archive/slug.ts';
import { EditorError, writeNewFile } from './files.ts';

/** What to archive and where. */
export interface ArchiveRequest {
  capture: Capture;
  /** The source's id and file name. */
  slug: string;
  /** The content root. */
  contentDir: string;
  /** Capture date, YYYY-MM-DD. */
  captured: string;
  /** The `--story` ids given; ./stories.ts checks them, or picks the only story. */
  stories: readonly string[];
}

/** Finds the outlet id for a name: an existing outlet with that id or name, else a new id. */
export function findOutlet(contentDir: string, name: string): { id: string; exists: boolean } {
  const id = slugify(name);
  const dir = join(contentDir, 'outlets');
  if (existsSync(join(dir, `${id}.yaml`))) return { id, exists: true };
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(file)) continue;
      const data = parseYaml(readFileSync(join(dir, file), 'utf8')) as { name?: unknown } | null;
      if (typeof data?.name === 'string' && data.name.toLowerCase() === name.toLowerCase()) {
        return { id: file.replace(/\.ya?ml$/, ''), exists: true };
      }
    }
  }
  return { id, exists: false };
}

/** Archives a capture; returns the paths written. Throws EditorError with one line on bad input. */
export function archiveCapture(request: ArchiveRequest): string[] {
  const { capture, slug, contentDir, captured } = request;
  const f = capture.fields;
  if (!ID_PATTERN.test(slug)) {
    throw new EditorError(
      `"${slug}" is not a usable id: use lowercase letters, digits and hyphens`,
    );
  }
  if (!isCalendarDate(captured)) {
    throw new EditorError(`--captured "${captured}" is not a date written YYYY-MM-DD`);
  }
  const outletName = f.outlet?.trim();
  if (!outletName || outletName === 'unknown') {
    throw new EditorError('the capture has no `outlet:` line: add the publication name');
  }
  const kind = f.kind && f.kind !== 'unknown' ? f.kind : 'other';
  if (!(sourceKinds as readonly string[]).includes(kind)) {
    throw new EditorError(`the capture's kind "${kind}" is not one of ${sourceKinds.join(', ')}`);
  }
  const published = f.published && f.published !== '' ? f.published : 'unknown';
  if (published !== 'unknown' && !isCalendarDate(published)) {
    throw new EditorError(`the capture's published "${published}" is not YYYY-MM-DD or unknown`);
  }
  const author = f.author?.trim();
  const stories = chooseStories(contentDir, request.stories);
  const outlet = findOutlet(contentDir, outletName);
  const fields = {
    title: f.title && f.title !== '' ? f.title : 'unknown',
    summary: f.summary && f.summary !== '' ? f.summary : undefined,
    outlet: outlet.id,
    stories,
    // The byline is kept as written; an editor splits co-authors by hand.
    authors: author && author !== 'unknown' ? [author] : [],
    url: f.url && f.url !== '' ? f.url : 'unknown',
    published,
    captured,
    kind,
    language: 'en',
    sha256: textSha256(capture.text),
    annotations: [],
  };
  if (!fields.summary) {
    throw new EditorError(
      'the capture has no `summary:` line: say in your own words what the page reports',
    );
  }
  const sourcePath = join(contentDir, 'sources', `${slug}.txt`);
  const written = [
    writeNewFile(
      sourcePath,
      formatSourceFile(fields, capture.text),
      'choose another id with --slug, or edit the existing file',
    ),
  ];
  if (!outlet.exists) {
    const stub = stringify({
      name: outletName,
      description: `Publisher of “${fields.title}”. Say what kind of publication this is.`,
    });
    written.push(
      writeNewFile(
        join(contentDir, 'outlets', `${outlet.id}.yaml`),
        stub,
        'the outlet exists already; edit it',
      ),
    );
  }
  return written;
}
