/**
 * The static JSON API: `/api/sources.json`, `quotes.json`, `claims.json`,
 * `events.json`, `annotations.json` and `stories.json`; every record names
 * its stories. Each file is `{ count, items }` with
 * items sorted by id (annotations by source, then position), and nothing that
 * changes from one build to the next. The Zod schemas below are the
 * documented shapes: the /data/ page renders them, each is published as JSON
 * Schema beside its file, and the tests check the built files against them.
 *
 * Text positions (`start`, `end`) count Unicode code points in the source's
 * `text`, as the W3C Web Annotation model does; in JavaScript,
 * `Array.from(text).slice(start, end).join('')` is the passage.
 */
import { partyOf } from '../lists/rulings.ts';
import { z } from 'zod';
import type { Annotation, Archive, Source } from '../archive/model.ts';
import {
  annotationKinds,
  claimStatuses,
  sourceKinds,
  stanceDefinitions,
  stances,
} from '../../schemas/index.ts';
import { codePointIndex } from './code-points.ts';
import { absolute, known, type SiteInfo } from './site.ts';
import { urls } from '../urls.ts';
import { DRIFT_VERDICT_ORDER } from '../text/types.ts';
import { CONTEXT_CODE_POINTS, passageSelectors } from './web-annotation.ts';
import { outletName, personName, sourceHeadlineOf } from '../render/titles.ts';
import { ID_PATTERN, SHA256_PATTERN } from '../../schemas/fields.ts';

const id = z.string().regex(ID_PATTERN);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const url = z.url();
const storyList = z.array(id).describe('The ids of the stories it belongs to (/api/stories.json).');
const statusNames = Object.keys(claimStatuses) as [
  keyof typeof claimStatuses,
  ...(keyof typeof claimStatuses)[],
];

/** A reference to an annotated passage. */
export const passageSchema = z
  .object({
    source: id.describe('The source id.'),
    annotation: id.describe('The annotation id, unique within its source.'),
    url: url.describe('The passage on its source page: /sources/<source>/#a-<annotation>.'),
  })
  .strict();

/** One archived source. */
export const apiSourceSchema = z
  .object({
    id: id.describe('The source id, also its slug in /sources/<id>/.'),
    url: url.describe('The source page on this site.'),
    title: z
      .string()
      .describe('The headline as published (pages without one are named by outlet).'),
    summary: z.string().describe("What the page reports, in the editors' words."),
    outlet: z.object({ id, name: z.string() }).strict().describe('Who published it.'),
    stories: storyList,
    authors: z
      .array(z.string())
      .describe('Bylines as shown on the page; empty when none is shown.'),
    originalUrl: url.nullable().describe('The original address, or null when it is unknown.'),
    archiveUrl: url
      .nullable()
      .describe('An outside archived copy (Wayback Machine, perma.cc), or null.'),
    published: day.nullable().describe('Publication day shown on the page, or null when unknown.'),
    captured: day.describe('The day the text was captured.'),
    kind: z.enum(sourceKinds).describe('What kind of page it is.'),
    language: z.string().describe('BCP 47 language tag of the text.'),
    whole: z.boolean().describe('True when the whole text is kept, not only excerpts.'),
    sha256: z
      .string()
      .regex(SHA256_PATTERN)
      .describe(
        'SHA-256 (hex) of the UTF-8 text after removing a byte-order mark, turning CRLF into LF, trimming trailing spaces on each line and blank lines at either end.',
      ),
    words: z.number().int().nonnegative().describe('Word count of the text.'),
    text: z
      .string()
      .describe('The archived text exactly as captured (also at /sources/<id>/text.txt).'),
    annotations: z.array(id).describe('Ids of its annotations, in text order.'),
    annotationsUrl: url.describe('Its annotations as a W3C AnnotationCollection.'),
    cslUrl: url.describe('Its citation as CSL-JSON.'),
  })
  .strict();

/** One annotation. */
export const apiAnnotationSchema = z
  .object({
    id: url.describe('The passage anchor, also the W3C annotation id.'),
    source: id.describe('The source id.'),
    annotation: id.describe('The annotation id, unique within its source.'),
    stories: storyList,
    kind: z.enum(annotationKinds).describe('quote, claim, context or correction.'),
    exact: z.string().describe('The passage, verbatim from the archived text.'),
    prefix: z
      .string()
      .describe(`Up to ${CONTEXT_CODE_POINTS} characters of text before the passage.`),
    suffix: z
      .string()
      .describe(`Up to ${CONTEXT_CODE_POINTS} characters of text after the passage.`),
    start: z
      .number()
      .int()
      .nonnegative()
      .describe('Start of the passage in the text, in code points.'),
    end: z.number().int().nonnegative().describe('End (exclusive) of the passage, in code points.'),
    note: z.string().nullable().describe("The editors' note, in Markdown, or null."),
    speaker: id.nullable().describe('Who is quoted (a person id), or null.'),
    quote: id.nullable().describe('The canonical quote this passage is an appearance of, or null.'),
    claim: id.nullable().describe('The claim the passage bears on, or null.'),
    stance: z.enum(stances).nullable().describe('supports, relays or disputes the claim, or null.'),
  })
  .strict();

/** One canonical quote. */
export const apiQuoteSchema = z
  .object({
    id: id.describe('The quote id.'),
    url: url.describe('The quote page.'),
    speaker: z.object({ id, name: z.string() }).strict().describe('Who said it.'),
    stories: storyList.describe('The stories of the sources it appears in.'),
    text: z.string().describe('The canonical wording, from the primary or earliest source.'),
    context: z.string().describe('When, where and to whom it was said (Markdown).'),
    firstReported: passageSchema.describe('The passage that first reported it.'),
    appearances: z
      .array(
        passageSchema
          .extend({
            exact: z.string().describe('The wording in that source, verbatim.'),
            verdict: z
              .enum(DRIFT_VERDICT_ORDER)
              .nullable()
              .describe('How the wording compares with the canonical one.'),
          })
          .strict(),
      )
      .describe('Every annotated appearance, in source date order.'),
  })
  .strict();

/** One claim in the ledger. */
export const apiClaimSchema = z
  .object({
    id: id.describe('The claim id.'),
    url: url.describe('The claim page.'),
    statement: z.string().describe('The claim, in one sentence.'),
    stories: storyList,
    claimant: z
      .object({ kind: z.enum(['person', 'outlet']), id, name: z.string() })
      .strict()
      .describe('Who made the claim: a person or an outlet.'),
    status: z.enum(statusNames).describe('What the evidence in the archive shows.'),
    statusDefinition: z.string().describe('What the status means.'),
    summary: z.string().describe('Why the claim has this status (Markdown).'),
    firstAppearance: passageSchema.describe('Where the claim first appeared.'),
    history: z
      .array(
        z
          .object({
            date: z.string().describe('The day of the ruling, YYYY-MM-DD.'),
            status: z.enum(statusNames).describe('The status given that day.'),
            author: z.string().describe('Who ruled.'),
            reason: z.string().describe('Why (Markdown).'),
          })
          .strict(),
      )
      .describe('Every ruling on the claim, oldest first; the last gives `status`.'),
    evidence: z
      .object({
        supports: z.array(passageSchema).describe(stanceDefinitions.supports),
        relays: z.array(passageSchema).describe(stanceDefinitions.relays),
        disputes: z.array(passageSchema).describe(stanceDefinitions.disputes),
      })
      .strict()
      .describe('Annotated passages, by how they bear on the claim.'),
  })
  .strict();

/** One timeline event. */
export const apiEventSchema = z
  .object({
    id: id.describe('The event id.'),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .describe('YYYY-MM-DD, or YYYY-MM when only the month is known.'),
    title: z.string().describe('What happened, in a few words.'),
    stories: storyList,
    description: z.string().describe('What happened (Markdown).'),
    url: url.describe('The event on the timeline page: /timeline/#e-<id>.'),
    evidence: z.array(passageSchema).describe('The passages that show it happened.'),
  })
  .strict();

/** One story the site follows. */
export const apiStorySchema = z
  .object({
    id: id.describe('The story id, also its slug in /stories/<id>/.'),
    url: url.describe('The story hub.'),
    title: z.string().describe("The story's name."),
    dek: z.string().describe('What the story is, in one or two sentences.'),
    summary: z.string().describe("The story in brief, in the editors' words (Markdown)."),
    status: z.enum(['developing', 'concluded']).describe('Whether the story is still followed.'),
    started: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?$/)
      .describe('When the story began: YYYY-MM-DD, or YYYY-MM.'),
    updated: z
      .string()
      .describe('Its last update: as the editors wrote it, or the latest date of anything in it.'),
    keyClaims: z.array(id).describe('The claims the hub shows first, in order.'),
    related: z.array(id).describe('Other stories a reader of this one may want.'),
    feedUrl: url.describe("The story's RSS feed."),
    annotationsUrl: url.describe("The story's annotations as a W3C AnnotationCollection."),
  })
  .strict();

/** The envelope every API file shares. */
function listOf<T extends z.ZodType>(item: T) {
  return z
    .object({
      count: z.number().int().nonnegative().describe('How many items there are.'),
      items: z.array(item).describe('The items, sorted by id.'),
    })
    .strict();
}

/** The five API files, by name, with their shapes. */
export const apiSchemas = {
  sources: listOf(apiSourceSchema),
  annotations: listOf(apiAnnotationSchema),
  quotes: listOf(apiQuoteSchema),
  claims: listOf(apiClaimSchema),
  events: listOf(apiEventSchema),
  stories: listOf(apiStorySchema),
} as const;

/** The name of an API file, e.g. `sources` for /api/sources.json. */
export type ApiName = keyof typeof apiSchemas;

/** The names of the API files, in the order the /data/ page lists them. */
export const API_NAMES = Object.keys(apiSchemas) as ApiName[];

/** What one API file holds. */
export type ApiFile<N extends ApiName> = z.infer<(typeof apiSchemas)[N]>;

const byId = <T extends { id: string }>(a: T, b: T): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

function passageRef(
  site: SiteInfo,
  source: string,
  annotation: string,
): z.infer<typeof passageSchema> {
  return { source, annotation, url: absolute(site, urls.passage(source, annotation)) };
}

function inTextOrder(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.start - b.start || a.end - b.end || byId(a, b));
}

/** /api/sources.json */
export function apiSources(site: SiteInfo, archive: Archive): ApiFile<'sources'> {
  const items = [...archive.sources].sort(byId).map((source) => ({
    id: source.id,
    url: absolute(site, urls.source(source.id)),
    title: sourceHeadlineOf(archive, source),
    summary: source.summary,
    outlet: { id: source.outlet, name: outletName(archive, source.outlet) },
    stories: [...source.stories],
    authors: [...source.authors],
    originalUrl: known(source.url) ?? null,
    archiveUrl: source.archive ?? null,
    published: known(source.published) ?? null,
    captured: source.captured,
    kind: source.kind,
    language: source.language,
    whole: source.whole,
    sha256: source.sha256,
    words: source.words,
    text: source.text,
    annotations: inTextOrder(source.annotations).map((a) => a.id),
    annotationsUrl: absolute(site, urls.sourceAnnotations(source.id)),
    cslUrl: absolute(site, urls.sourceCsl(source.id)),
  }));
  return { count: items.length, items };
}

function apiAnnotationsOf(site: SiteInfo, source: Source): ApiFile<'annotations'>['items'] {
  const index = codePointIndex(source.text);
  return inTextOrder(source.annotations).map((a) => ({
    id: absolute(site, urls.passage(source.id, a.id)),
    source: source.id,
    annotation: a.id,
    stories: [...source.stories],
    kind: a.kind,
    ...passageSelectors(source.text, index, a),
    note: a.note ?? null,
    speaker: a.speaker ?? null,
    quote: a.quote ?? null,
    claim: a.claim ?? null,
    stance: a.stance ?? null,
  }));
}

/** /api/annotations.json */
export function apiAnnotations(site: SiteInfo, archive: Archive): ApiFile<'annotations'> {
  const items = [...archive.sources].sort(byId).flatMap((source) => apiAnnotationsOf(site, source));
  return { count: items.length, items };
}

/** /api/quotes.json */
export function apiQuotes(site: SiteInfo, archive: Archive): ApiFile<'quotes'> {
  const items = [...archive.quotes].sort(byId).map((quote) => ({
    id: quote.id,
    url: absolute(site, urls.quote(quote.id)),
    speaker: { id: quote.speaker, name: personName(archive, quote.speaker) },
    stories: [...quote.stories],
    text: quote.text,
    context: quote.context,
    firstReported: passageRef(site, quote.source, quote.annotation),
    appearances: quote.appearances.map((a) => ({
      ...passageRef(site, a.sourceId, a.id),
      exact: a.text,
      verdict: a.drift?.verdict ?? null,
    })),
  }));
  return { count: items.length, items };
}

/** /api/claims.json */
export function apiClaims(site: SiteInfo, archive: Archive): ApiFile<'claims'> {
  const refs = (list: readonly Annotation[]) => list.map((a) => passageRef(site, a.sourceId, a.id));
  const items = [...archive.claims].sort(byId).map((claim) => ({
    id: claim.id,
    url: absolute(site, urls.claim(claim.id)),
    statement: claim.statement,
    stories: [...claim.stories],
    claimant: partyOf(archive, claim.claimant) ?? {
      kind: 'person' as const,
      id: claim.claimant,
      name: claim.claimant,
    },
    status: claim.status,
    statusDefinition: claimStatuses[claim.status],
    summary: claim.summary,
    firstAppearance: passageRef(
      site,
      claim.firstAppearance.source,
      claim.firstAppearance.annotation,
    ),
    history: claim.history.map(({ date, status, author, reason }) => ({
      date,
      status,
      author,
      reason,
    })),
    evidence: {
      supports: refs(claim.evidence.supports),
      relays: refs(claim.evidence.relays),
      disputes: refs(claim.evidence.disputes),
    },
  }));
  return { count: items.length, items };
}

/** /api/events.json */
export function apiEvents(site: SiteInfo, archive: Archive): ApiFile<'events'> {
  const items = [...archive.events].sort(byId).map((event) => ({
    id: event.id,
    date: event.date,
    title: event.title,
    stories: [...event.stories],
    description: event.description,
    url: absolute(site, urls.event(event.id)),
    evidence: event.evidence.map((e) => passageRef(site, e.source, e.annotation)),
  }));
  return { count: items.length, items };
}

/** /api/stories.json */
export function apiStories(site: SiteInfo, archive: Archive): ApiFile<'stories'> {
  const items = [...archive.stories].sort(byId).map((story) => ({
    id: story.id,
    url: absolute(site, urls.story(story.id)),
    title: story.title,
    dek: story.dek,
    summary: story.summary,
    status: story.status,
    started: story.started,
    updated: story.updated,
    keyClaims: [...story.keyClaims],
    related: [...story.related],
    feedUrl: absolute(site, urls.storyFeed(story.id)),
    annotationsUrl: absolute(site, urls.storyAnnotations(story.id)),
  }));
  return { count: items.length, items };
}

/** Builds one API file by name. */
export function apiFile<N extends ApiName>(site: SiteInfo, archive: Archive, name: N): ApiFile<N>;
export function apiFile(site: SiteInfo, archive: Archive, name: ApiName): ApiFile<ApiName> {
  switch (name) {
    case 'sources':
      return apiSources(site, archive);
    case 'annotations':
      return apiAnnotations(site, archive);
    case 'quotes':
      return apiQuotes(site, archive);
    case 'claims':
      return apiClaims(site, archive);
    case 'events':
      return apiEvents(site, archive);
    case 'stories':
      return apiStories(site, archive);
  }
}

/** The JSON Schema of an API file, as published at /api/schemas/<name>.json. */
export function apiJsonSchema(site: SiteInfo, name: ApiName): Record<string, unknown> {
  return {
    $id: absolute(site, urls.apiSchema(name)),
    ...z.toJSONSchema(apiSchemas[name], { target: 'draft-2020-12' }),
  };
}
