/**
 * Check step: story membership. Sources, claims, events and articles name
 * the stories they belong to (`stories: [<slug>, …]`, at least one); quotes
 * belong to the stories of the sources they appear in. This step reports a
 * record with no story, an unknown story id, a `keyClaims` entry that is not
 * in its story, an unknown `related` story and a story no source belongs to;
 * hints at a source whose annotations bear on claims of a story it is not
 * in. It derives each quote's stories and each story's `updated` (the latest
 * dated news in it), and puts the stories in the archive, most recently
 * updated first.
 */
import type { CheckContext } from './check-context.ts';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { locate, reportError } from './diagnostics.ts';
import type { Archive, Diagnostic, Quote, Source, Story } from './model.ts';
import type { RawRecord } from './read.ts';
import { suggestId } from './validate.ts';

/** The collections whose records name their stories. */
export const MEMBER_COLLECTIONS = ['sources', 'claims', 'events', 'articles'] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks story membership, derives what is derived, and adds the stories to `archive`. */
export function checkStories(context: CheckContext, archive: Archive, stories: Story[]): void {
  const known = context.present.stories;
  const storyFix = (id: string): string => {
    const near = suggestId(id, known);
    const where = `use the file name of a story in content/${COLLECTIONS.stories.dir}/, or create content/${COLLECTIONS.stories.dir}/${id}.yaml (npm run new -- story "<title>")`;
    return near ? `did you mean "${near}"? Otherwise ${where}` : where;
  };
  // A source naming no story or an unknown one is reported at the source; a story it left
  // without sources is then not reported as well, so one mistake gives one message.
  // A source file that could not be read or validated may name a story: none is then said to
  // have no sources, since the source's own error comes first.
  const sourceRecords = context.records.filter((r) => r.collection === 'sources');
  let sourcesReported =
    sourceRecords.length < context.present.sources.size ||
    sourceRecords.length > archive.sources.length;
  for (const r of context.records) {
    if ((MEMBER_COLLECTIONS as readonly CollectionName[]).includes(r.collection)) {
      const ok = checkMembership(r, known, context.diagnostics, storyFix);
      if (!ok && r.collection === 'sources') sourcesReported = true;
    }
  }
  const withSources = new Set(archive.sources.flatMap((s) => s.stories));
  for (const story of stories) {
    const r = context.record('stories', story.id);
    if (r) checkStoryRecord(r, story, archive, context, storyFix, sourcesReported, withSources);
  }
  for (const quote of archive.quotes) quote.stories = quoteStories(quote, archive);
  const latest = latestNews(archive);
  for (const story of stories)
    if (!story.updated) story.updated = lastUpdate(story, archive, latest);
  archive.stories = [...stories].sort(byLastUpdate);
  archive.story = new Map(archive.stories.map((s) => [s.id, s]));
}

/**
 * The order stories are listed in: most recently updated first; of two
 * updated the same day, the one that started later (the newer story); then by id.
 */
export function byLastUpdate(
  a: Pick<Story, 'id' | 'started' | 'updated'>,
  b: Pick<Story, 'id' | 'started' | 'updated'>,
): number {
  return (
    b.updated.localeCompare(a.updated) ||
    b.started.localeCompare(a.started) ||
    a.id.localeCompare(b.id)
  );
}

/** A record's `stories` field: at least one, each an existing story; false when reported. */
function checkMembership(
  r: RawRecord,
  known: ReadonlySet<string>,
  diagnostics: Diagnostic[],
  storyFix: (id: string) => string,
): boolean {
  const data = r.data as Record<string, unknown>;
  const list = data['stories'];
  const noun = COLLECTIONS[r.collection].singular;
  if (list === undefined || list === null || (Array.isArray(list) && list.length === 0)) {
    const some = [...known].slice(0, 2).join(', ');
    reportError(
      diagnostics,
      locate(r, list === undefined ? [] : ['stories']),
      'no-story',
      `belongs to no story: every ${noun} names at least one story in \`stories\``,
      `add \`stories: [${some || '<story-id>'}]\` with the ids of the stories (content/${COLLECTIONS.stories.dir}/) this ${noun} belongs to`,
    );
    return false;
  }
  // A value that is not a list, or not an id, has its own schema error.
  if (!Array.isArray(list)) return false;
  let ok = true;
  list.forEach((id: unknown, index) => {
    if (typeof id !== 'string' || !ID.test(id)) ok = false;
    if (typeof id !== 'string' || !ID.test(id) || known.has(id)) return;
    ok = false;
    reportError(
      diagnostics,
      locate(r, ['stories', index]),
      'unknown-story',
      `names story "${id}", which does not exist`,
      storyFix(id),
    );
  });
  return ok;
}

/** A story's own references and whether any source belongs to it (`withSources`: the stories some source names). */
function checkStoryRecord(
  r: RawRecord,
  story: Story,
  archive: Archive,
  { diagnostics, present }: CheckContext,
  storyFix: (id: string) => string,
  sourcesReported: boolean,
  withSources: ReadonlySet<string>,
): void {
  story.keyClaims.forEach((id, index) => {
    const at = locate(r, ['keyClaims', index]);
    const claim = archive.claim.get(id);
    if (!claim) {
      if (present.claims.has(id)) return; // the claim's file has its own error
      const near = suggestId(id, present.claims);
      reportError(
        diagnostics,
        at,
        'unknown-reference',
        `\`keyClaims\` names claim "${id}", which does not exist`,
        `${near ? `did you mean "${near}"? Otherwise ` : ''}use the file name of a claim in content/${COLLECTIONS.claims.dir}/`,
      );
    } else if (claim.stories.length > 0 && !claim.stories.includes(story.id)) {
      reportError(
        diagnostics,
        at,
        'key-claim-not-in-story',
        `\`keyClaims\` names claim "${id}", which is not in this story`,
        `add ${story.id} to \`stories\` in ${claim.location.file}, or remove "${id}" from \`keyClaims\``,
      );
    }
  });
  story.brief.forEach((paragraph, p) => {
    paragraph.passages.forEach(({ source, annotation }, index) => {
      const at = locate(r, ['brief', p, 'passages', index]);
      const found = archive.source.get(source);
      if (!found) {
        if (present.sources.has(source)) return; // the source's file has its own error
        const near = suggestId(source, present.sources);
        reportError(
          diagnostics,
          at,
          'unknown-reference',
          `refers to source "${source}", which does not exist`,
          `${near ? `did you mean "${near}"? Otherwise ` : ''}use the file name of a source in content/${COLLECTIONS.sources.dir}/, without .txt`,
        );
      } else if (!found.annotations.some((a) => a.id === annotation)) {
        const near = suggestId(
          annotation,
          found.annotations.map((a) => a.id),
        );
        reportError(
          diagnostics,
          at,
          'unknown-reference',
          `refers to annotation "${annotation}" of source "${source}", which has none with that id`,
          near
            ? `did you mean "${near}"?`
            : `use the id of an annotation in ${found.location.file}`,
        );
      }
    });
  });
  story.related.forEach((id, index) => {
    if (present.stories.has(id) && id !== story.id) return;
    reportError(
      diagnostics,
      locate(r, ['related', index]),
      'unknown-story',
      id === story.id
        ? '`related` names this story itself'
        : `\`related\` names story "${id}", which does not exist`,
      id === story.id ? `remove "${id}" from \`related\`` : storyFix(id),
    );
  });
  if (!sourcesReported && !withSources.has(story.id)) {
    reportError(
      diagnostics,
      locate(r),
      'story-without-sources',
      `has no sources: no source names "${story.id}" in its \`stories\``,
      `add ${story.id} to \`stories\` in the sources that belong to it (content/${COLLECTIONS.sources.dir}/), or remove this file`,
    );
  }
}

/** The stories of the sources a quote appears in (its first report included), sorted. */
export function quoteStories(quote: Quote, archive: Pick<Archive, 'source'>): string[] {
  const ids = new Set<string>();
  const add = (source: Source | undefined): void => source?.stories.forEach((s) => ids.add(s));
  add(archive.source.get(quote.source));
  for (const a of quote.appearances) add(archive.source.get(a.sourceId));
  return [...ids].sort();
}

/**
 * A story's last update, YYYY-MM-DD or YYYY-MM: the latest dated news in it,
 * that is the latest publication date of its sources and the latest date of
 * its events, and never earlier than the day it `started`. The site's own
 * work on the story (its analysis articles, their corrections, the rulings of
 * its claims) is dated on its own pages and in the story's feed, but is not
 * news in the story: counting it would date every story the day the editors
 * last touched the archive.
 */
export function lastUpdate(
  story: Pick<Story, 'id' | 'started'>,
  archive: Pick<Archive, 'sources' | 'events'>,
  latest: ReadonlyMap<string, string> = latestNews(archive),
): string {
  const news = latest.get(story.id);
  return news !== undefined && news > story.started ? news : story.started;
}

/**
 * Each story's latest dated news (see {@link lastUpdate}), by story id, in
 * one pass over the sources and events: asking each story in turn would
 * read the whole archive once per story (2,000 stories at 100,000 sources).
 */
export function latestNews(archive: Pick<Archive, 'sources' | 'events'>): Map<string, string> {
  const latest = new Map<string, string>();
  const note = (stories: readonly string[], date: string): void => {
    for (const id of stories) {
      const seen = latest.get(id);
      if (seen === undefined || date > seen) latest.set(id, date);
    }
  };
  for (const s of archive.sources) if (s.published !== 'unknown') note(s.stories, s.published);
  for (const e of archive.events) note(e.stories, e.date);
  return latest;
}

/**
 * Hints: a source whose annotations bear on claims of a story the source is
 * not in (it may belong to that story too, or the claim to another).
 */
export function storyHints(
  archive: Archive,
  diagnostics: Diagnostic[],
  at: (sourceId: string) => { file: string; line: number; column: number } | undefined,
): void {
  for (const source of archive.sources) {
    if (source.stories.length === 0) continue; // reported as an error
    const missing = new Map<string, string>();
    for (const a of source.annotations) {
      const claim = a.claim ? archive.claim.get(a.claim) : undefined;
      for (const s of claim?.stories ?? []) {
        if (!source.stories.includes(s) && !missing.has(s)) missing.set(s, claim!.id);
      }
    }
    const where = at(source.id);
    if (!where) continue;
    for (const [story, claim] of missing) {
      diagnostics.push({
        severity: 'hint',
        code: 'source-outside-story',
        ...where,
        message: `bears on claim "${claim}" of story "${story}", but the source is not in that story`,
        fix: `add ${story} to \`stories\` if the source belongs to it, or check the claim's \`stories\``,
      });
    }
  }
}
