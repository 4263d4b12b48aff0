/** The open-data fixture archive, checked once, for the export unit tests. */
import { join } from 'node:path';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import type { Archive } from '../../../src/lib/archive/model.ts';
import { siteInfo, type SiteInfo } from '../../../src/lib/export/site.ts';

/** tests/fixtures/open-data/content */
export const FIXTURE_CONTENT = join(import.meta.dirname, '../../fixtures/open-data/content');

let archive: Archive | undefined;

/** The fixture archive; throws if the fixture has content errors. */
export function fixtureArchive(): Archive {
  if (archive) return archive;
  const result = checkArchive(FIXTURE_CONTENT);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new Error(errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  archive = result.archive;
  return archive;
}

/** The site the tests export for. */
export const SITE: SiteInfo = siteInfo('https://open-data.example/');

/** A source of the fixture, by id. */
export function fixtureSource(id: string) {
  const source = fixtureArchive().source.get(id);
  if (!source) throw new Error(`no fixture source ${id}`);
  return source;
}
