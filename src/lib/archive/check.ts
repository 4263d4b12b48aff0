/**
 * The archive checker: loads every content file, validates it, anchors every
 * annotation, resolves every reference, verifies hashes and article quotes,
 * and computes quote drift. It collects every problem in one pass and never
 * throws for bad content; the build and `npm run check` both run it.
 *
 * `checkArchive` calls the steps in order, one module each:
 * read (./read.ts) → validate (./validate-records.ts) → anchor (./anchor-sources.ts)
 * → resolve references (./resolve-references.ts) → articles (./articles.ts)
 * → stories (./stories.ts) → hints, when asked (./hints.ts).
 */
import { anchorSources } from './anchor-sources.ts';
import { checkArticles } from './articles.ts';
import type { CheckContext } from './check-context.ts';
import { compareDiagnostics, locate } from './diagnostics.ts';
import { indexArchive } from './graph.ts';
import { checkParties } from './parties.ts';
import { collectHints, type FieldLocator } from './hints.ts';
import type { CheckResult } from './model.ts';
import { readContent, type ParsedFiles } from './read.ts';
import { readSite } from './site-file.ts';
import { checkStories, storyHints } from './stories.ts';
import { resolveReferences } from './resolve-references.ts';
import { validateRecords } from './validate-records.ts';

export { formatDiagnostic } from './diagnostics.ts';

/** Options for a check. */
export interface CheckOptions {
  /** Also compute hints (slower: fuzzy search for unannotated appearances). */
  hints?: boolean;
  /** Files parsed by an earlier check of the same root, reused when unchanged (see ./read.ts). */
  parsed?: ParsedFiles;
  /** With `parsed`: the absolute paths changed since, when a file watcher reported them (./read.ts). */
  changed?: ReadonlySet<string>;
  /** Today, YYYY-MM-DD, for dates that may not lie in the future (default: the UTC date). */
  today?: string;
}

/** Runs every check on the content under `root`. */
export function checkArchive(root: string, options: CheckOptions = {}): CheckResult {
  const { records, diagnostics, present } = readContent(root, options.parsed, options.changed);
  const byKey = new Map(records.map((r) => [`${r.collection}/${r.id}`, r]));
  const context: CheckContext = {
    records,
    diagnostics,
    present,
    record: (collection, id) => byKey.get(`${collection}/${id}`),
    ...(options.today ? { today: options.today } : {}),
    // Unchanged files keep their records when the parsed files are reused (./read.ts).
    reuse: options.parsed !== undefined,
  };

  const valid = validateRecords(context);
  const { people, outlets, sources: written, quotes, claims, events } = valid;
  const checked = anchorSources(written, diagnostics, context.reuse);
  const sources = [...checked.values()].filter((c) => c.valid).map((c) => c.source);
  const archive = indexArchive({ sources, quotes, claims, people, outlets, events, articles: [] });
  const { lookup, namedClaims } = resolveReferences(context, archive, checked);
  checkParties(records, present, diagnostics);
  checkArticles(context, archive, lookup, context.reuse);
  checkStories(context, archive, valid.stories);
  archive.site = readSite(root, diagnostics);
  if (options.hints) {
    const at: FieldLocator = (collection, id, path) => {
      const r = context.record(collection, id);
      return r ? locate(r, path) : undefined;
    };
    collectHints(archive, diagnostics, at, namedClaims);
    storyHints(archive, diagnostics, (id) => at('sources', id, ['stories']));
  }

  diagnostics.sort(compareDiagnostics);
  return { archive, diagnostics };
}
