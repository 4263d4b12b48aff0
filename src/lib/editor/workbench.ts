/**
 * The workbench's server side, without Astro: what the dev-toolbar panel asks
 * for (a source's annotations and hints, what a selection anchors to, a drift
 * verdict, a note's preview) and the writes it makes (an annotation added,
 * replaced or removed; a new quote or person record), each verified before
 * anything is written and checked by the checker after.
 *
 * src/integrations/workbench.ts routes the dev server's requests here; every
 * path comes from {@link contentFile}, never from the request.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { archiveChanged, formatDiagnostic, loadArchive } from '../archive/index.ts';
import { collectHints } from '../archive/hints.ts';
import type { Archive, CheckResult, Diagnostic, Source } from '../archive/model.ts';
import { displayPath } from '../archive/read.ts';
import { splitSourceFile } from '../archive/source-file.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { annotationSchema } from '../../schemas/annotation.ts';
import { claimStatuses, personSchema, quoteSchema } from '../../schemas/records.ts';
import { createAnchorer } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { compareWording } from '../text/drift.ts';
import { paragraphsOf } from '../text/lines.ts';
import {
  insertAnnotation,
  removeAnnotation,
  replaceAnnotation,
  type AnnotationEntry,
} from './annotation-edit.ts';
import { contentFile } from './content-path.ts';
import { EditorError, gitUser, today, writeNewFile } from './files.ts';
import { ID_PATTERN, idProblem, proposeId } from './ids.ts';
import { missingFields, planRecord, suggestedValue } from './scaffold.ts';
import { exactForYaml, selectorFor, storedRange, type PageSelection } from './selection.ts';

/** An answer to the panel: an HTTP status and a JSON body. */
export interface Reply {
  status: number;
  body: Record<string, unknown>;
}

/** What the workbench needs from its host: the content root, and where to say what it wrote. */
export interface WorkbenchContext {
  root: string;
  /** Prints one line in the dev server's terminal. */
  log: (line: string) => void;
}

const fail = (status: number, error: string, extra: Record<string, unknown> = {}): Reply => ({
  status,
  body: { error, ...extra },
});

/** A file's version as the panel holds it: the SHA-256 of its bytes. */
export function fileVersion(raw: string): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** The archived text of a source file, as the checker anchors in it. */
function storedText(raw: string): string {
  const split = splitSourceFile(raw);
  if (!('body' in split)) throw new EditorError(`the file cannot be read: ${split.message}`);
  return split.body.replace(/\n+$/, '');
}

/** The ids of the annotations written in a source file, valid or not. */
function writtenIds(raw: string, source: Source | undefined): Set<string> {
  const ids = new Set(source?.annotations.map((a) => a.id) ?? []);
  for (const match of raw.matchAll(/^\s*-\s+id:\s*['"]?([a-z0-9-]+)/gm))
    ids.add(match[1] as string);
  return ids;
}

/** One unannotated look-alike of a canonical quote, with the passage it found. */
export interface LookAlike {
  quote: string;
  passage: string;
  start: number;
  end: number;
  message: string;
}

/** The checker's hints for a source, and the look-alikes among them (from the hints' data) with their passages. */
function hintsFor(
  diagnostics: readonly Diagnostic[],
  source: Source,
): { hints: string[]; lookAlikes: LookAlike[] } {
  const mine = diagnostics.filter((d) => d.severity === 'hint' && d.file === source.location.file);
  const lookAlikes: LookAlike[] = [];
  for (const d of mine) {
    if (d.data?.kind !== 'look-alike') continue;
    const { quote, start, end } = d.data;
    lookAlikes.push({
      quote,
      passage: source.text.slice(start, end),
      start,
      end,
      message: d.message,
    });
  }
  return { hints: mine.map(formatDiagnostic), lookAlikes };
}

/** The checker's hints, computed once per checked archive (the dev server's checks skip them). */
const hintCache = new WeakMap<CheckResult, Diagnostic[]>();
function hintsOf(result: CheckResult): Diagnostic[] {
  let hints = hintCache.get(result);
  if (!hints) {
    hints = result.diagnostics.filter((d) => d.severity === 'hint');
    if (hints.length === 0) collectHints(result.archive, hints);
    hintCache.set(result, hints);
  }
  return hints;
}

/** Everything the panel shows for a source page. */
export function sourceView(ctx: WorkbenchContext, id: unknown): Reply {
  const file = contentFile(ctx.root, 'sources', id);
  const raw = readFileSync(file, 'utf8');
  const result = loadArchive(ctx.root);
  const { archive, diagnostics } = result;
  const source = archive.source.get(id as string);
  const errors = diagnostics
    .filter((d) => d.severity === 'error' && d.file === displayPath(file))
    .map(formatDiagnostic);
  return {
    status: 200,
    body: {
      id,
      file: displayPath(file),
      version: fileVersion(raw),
      annotations: (source?.annotations ?? []).map((a) => ({
        id: a.id,
        kind: a.kind,
        exact: a.exact,
        prefix: a.prefix,
        suffix: a.suffix,
        note: a.note,
        speaker: a.speaker,
        quote: a.quote,
        claim: a.claim,
        stance: a.stance,
        distinctFrom: a.distinctFrom,
        via: a.via,
        text: a.text,
      })),
      ...(source ? hintsFor(hintsOf(result), source) : { hints: [], lookAlikes: [] }),
      errors,
      ...records(archive),
      // What a new claim starts from: this source's stories and outlet, the byline, the status.
      sourceStories: source?.stories ?? [],
      outlet: source?.outlet,
      author: byline(),
      claimStatuses: Object.keys(claimStatuses),
      status: suggestedValue('claim', 'status'),
    },
  };
}

/** The editor's byline for a new claim's first ruling, asked of git once per process. */
let knownByline: string | undefined;
function byline(): string {
  knownByline ??= gitUser() ?? '';
  return knownByline;
}

/** The records a panel picks from: quotes, people and claims, with what to search them by. */
function records(archive: Archive): Record<string, unknown> {
  return {
    quotes: archive.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      speaker: q.speaker,
      speakerName: archive.person.get(q.speaker)?.name ?? q.speaker,
    })),
    people: archive.people.map((p) => ({ id: p.id, name: p.name })),
    outlets: archive.outlets.map((o) => ({ id: o.id, name: o.name })),
    claims: archive.claims.map((c) => ({ id: c.id, statement: c.statement })),
    stories: archive.stories.map((s) => ({ id: s.id, title: s.title })),
  };
}

/** What a selection on a source page anchors to, with a proposed id. */
export function describeSelection(
  ctx: WorkbenchContext,
  request: { source?: unknown; selection?: PageSelection },
): Reply {
  const file = contentFile(ctx.root, 'sources', request.source);
  const raw = readFileSync(file, 'utf8');
  const text = storedText(raw);
  if (!request.selection) return fail(400, 'no selection was sent');
  const range = storedRange(text, paragraphsOf(text), request.selection);
  if (!range.ok) return fail(409, range.reason);
  return describeRange(raw, text, range.start, range.end, request.source as string, ctx);
}

function describeRange(
  raw: string,
  text: string,
  start: number,
  end: number,
  sourceId: string,
  ctx: WorkbenchContext,
): Reply {
  const selector = selectorFor(text, start, end);
  if (!selector) {
    return fail(
      422,
      'this passage repeats with the same words around it, so no prefix or suffix can single it out: select a longer passage',
    );
  }
  const source = loadArchive(ctx.root).archive.source.get(sourceId);
  return {
    status: 200,
    body: {
      ...selector,
      start,
      end,
      version: fileVersion(raw),
      proposedId: proposeId(selector.exact, writtenIds(raw, source)),
    },
  };
}

/** The drift verdict of a passage against a canonical quote, as its quote page would show it. */
export function driftOf(
  ctx: WorkbenchContext,
  request: { quote?: unknown; exact?: unknown },
): Reply {
  const quote = loadArchive(ctx.root).archive.quote.get(String(request.quote));
  if (!quote) return fail(404, `there is no quote "${String(request.quote)}"`);
  if (typeof request.exact !== 'string') return fail(400, 'no passage was sent');
  const c = compareWording(quote.text, request.exact);
  return {
    status: 200,
    body: {
      verdict: c.verdict,
      partial: c.partial,
      similarity: c.similarity,
      compared: c.compared,
      diff: formatWordDiff(c.diff),
    },
  };
}

/** A note's Markdown as the source page will render it. */
export function previewNote(request: { markdown?: unknown }): Reply {
  const markdown = typeof request.markdown === 'string' ? request.markdown : '';
  return { status: 200, body: { html: renderMarkdown(markdown) } };
}

/** A save from the panel. */
export interface SaveRequest {
  source?: unknown;
  /** The source file's version when the panel opened. */
  version?: unknown;
  /** The annotation's id before this edit, when an existing one is edited. */
  replaces?: unknown;
  /** With `delete: true`, the annotation `replaces` is removed. */
  delete?: unknown;
  annotation?: Record<string, unknown>;
  /** A canonical quote to create from this passage: its id and context. */
  newQuote?: { id?: unknown; context?: unknown };
  /** A person to create as the speaker. */
  newPerson?: { id?: unknown; name?: unknown; description?: unknown };
  /** A claim to create, first appearing in this passage (which names it, with a stance). */
  newClaim?: NewClaim;
}

/** A new claim as the panel sends it: what `npm run new -- claim` asks for. */
export interface NewClaim {
  id?: unknown;
  statement?: unknown;
  claimant?: unknown;
  /** Story ids; may be left empty when the content has one story. */
  stories?: unknown;
  status?: unknown;
  summary?: unknown;
  /** The first ruling's byline. */
  author?: unknown;
}

const ANNOTATION_KEYS = [
  'id',
  'exact',
  'prefix',
  'suffix',
  'kind',
  'note',
  'speaker',
  'quote',
  'distinctFrom',
  'claim',
  'stance',
  'via',
];

/** The annotation as it will be written: known keys, empty values dropped, `exact` on one line. */
function entryOf(annotation: Record<string, unknown>): AnnotationEntry {
  const entry: Record<string, unknown> = {};
  for (const key of ANNOTATION_KEYS) {
    let value = annotation[key];
    if (typeof value === 'string') value = value.trim() === '' ? undefined : value;
    if (Array.isArray(value) && value.length === 0) value = undefined;
    if (value === undefined || value === null) continue;
    entry[key] = ['exact', 'prefix', 'suffix'].includes(key) ? exactForYaml(String(value)) : value;
  }
  if (typeof entry['note'] === 'string') entry['note'] = (entry['note'] as string).trim();
  return entry as AnnotationEntry;
}

/** Zod's messages for a record, one line each. */
function schemaErrors(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  what: string,
): string[] {
  if (result.success) return [];
  return (result.error?.issues ?? []).map(
    (issue) =>
      `${what}${issue.path.length ? ` \`${issue.path.join('.')}\`` : ''}: ${issue.message}`,
  );
}

/**
 * Saves an annotation (new, edited or deleted) and any new quote or person,
 * then checks the archive once. Refused, with nothing written, when the file
 * changed since the panel read it, when a record is invalid, when an id is
 * taken or unknown, or when the passage does not anchor exactly once.
 */
export function save(ctx: WorkbenchContext, request: SaveRequest): Reply {
  const file = contentFile(ctx.root, 'sources', request.source);
  const sourceId = request.source as string;
  const raw = readFileSync(file, 'utf8');
  if (request.version !== fileVersion(raw)) {
    return fail(
      409,
      `${displayPath(file)} changed on disk since the panel opened; nothing was written. The page reloads with the file as it is now.`,
      { stale: true },
    );
  }
  const { archive } = loadArchive(ctx.root);
  const replaces = typeof request.replaces === 'string' ? request.replaces : undefined;
  if (request.delete === true) {
    if (!replaces) return fail(400, 'say which annotation to delete');
    return write(ctx, [[file, removeAnnotation(raw, replaces)]]);
  }
  const entry = entryOf(request.annotation ?? {});
  const problems = [...schemaErrors(annotationSchema.safeParse(entry), 'annotation')];
  const taken = writtenIds(raw, archive.source.get(sourceId));
  if (replaces) taken.delete(replaces);
  const idIssue =
    typeof entry.id === 'string' ? idProblem(entry.id, taken, 'annotation') : undefined;
  if (idIssue) problems.push(idIssue);
  const { files, errors } = newRecords(ctx, archive, request, entry, sourceId);
  const claim = newClaimFile(ctx, archive, request.newClaim, entry, sourceId);
  files.push(...claim.files);
  problems.push(...errors, ...claim.errors, ...references(archive, entry, request));
  problems.push(...anchorProblems(storedText(raw), entry));
  if (problems.length > 0) return fail(422, 'nothing was written', { problems });
  const edited = replaces ? replaceAnnotation(raw, replaces, entry) : insertAnnotation(raw, entry);
  return write(ctx, [...files, [file, edited]]);
}

/** The passage must anchor exactly once: nothing is written that the checker would not place. */
function anchorProblems(text: string, entry: AnnotationEntry): string[] {
  if (typeof entry['exact'] !== 'string') return [];
  const result = createAnchorer(text).anchor({
    exact: entry['exact'],
    ...(typeof entry['prefix'] === 'string' ? { prefix: entry['prefix'] } : {}),
    ...(typeof entry['suffix'] === 'string' ? { suffix: entry['suffix'] } : {}),
  });
  if (result.status === 'found') return [];
  if (result.status === 'ambiguous') {
    return [`the passage occurs ${result.count} times: add a prefix or suffix`];
  }
  return ['the passage is not in the archived text'];
}

/** Ids the annotation names must exist (or be created by this save). */
function references(archive: Archive, entry: AnnotationEntry, request: SaveRequest): string[] {
  const out: string[] = [];
  const newQuote = typeof request.newQuote?.id === 'string' ? request.newQuote.id : undefined;
  const newPerson = typeof request.newPerson?.id === 'string' ? request.newPerson.id : undefined;
  const quote = entry['quote'];
  if (typeof quote === 'string' && quote !== newQuote && !archive.quote.has(quote)) {
    out.push(`there is no quote "${quote}": pick one from the list or create it`);
  }
  const speaker = entry['speaker'];
  if (typeof speaker === 'string' && speaker !== newPerson && !archive.person.has(speaker)) {
    out.push(`there is no person "${speaker}": pick one from the list or create them`);
  }
  const newClaim = typeof request.newClaim?.id === 'string' ? request.newClaim.id : undefined;
  const claim = entry['claim'];
  if (typeof claim === 'string' && claim !== newClaim && !archive.claim.has(claim)) {
    out.push(`there is no claim "${claim}": pick one from the list or create it`);
  }
  return out;
}

/** The new quote and person records this save creates, validated, as files to write. */
function newRecords(
  ctx: WorkbenchContext,
  archive: Archive,
  request: SaveRequest,
  entry: AnnotationEntry,
  sourceId: string,
): { files: [string, string, 'new'][]; errors: string[] } {
  const files: [string, string, 'new'][] = [];
  const errors: string[] = [];
  const person = request.newPerson;
  if (person) {
    const id = String(person.id ?? '');
    const problem = idProblem(id, new Set(archive.person.keys()), 'person');
    const record = { name: person.name, description: person.description };
    errors.push(
      ...(problem ? [problem] : []),
      ...schemaErrors(personSchema.safeParse(record), 'person'),
    );
    if (!problem)
      files.push([contentFile(ctx.root, 'people', id), stringify(record, { lineWidth: 0 }), 'new']);
  }
  const quote = request.newQuote;
  if (quote) {
    const id = String(quote.id ?? '');
    const problem = idProblem(id, new Set(archive.quote.keys()), 'quote');
    const record = {
      speaker: entry['speaker'],
      text: entry['exact'],
      source: sourceId,
      annotation: entry.id,
      context: quote.context,
    };
    errors.push(
      ...(problem ? [problem] : []),
      ...schemaErrors(quoteSchema.safeParse(record), 'quote'),
    );
    if (entry['quote'] !== id)
      errors.push(`the annotation must name the new quote: \`quote: ${id}\``);
    if (!problem)
      files.push([contentFile(ctx.root, 'quotes', id), stringify(record, { lineWidth: 0 }), 'new']);
  }
  return { files, errors };
}

/** The panel's names for what a claim scaffold asks for. */
const CLAIM_FIELDS: Record<string, string> = {
  words: 'statement',
  claimant: 'claimant',
  status: 'status',
  summary: 'summary',
};

/**
 * The new claim this save creates, as `npm run new -- claim` would write it
 * (src/lib/editor/scaffold.ts), first appearing in the annotation saved: its
 * id free, its claimant known, its stories named (or the only one), the
 * record valid; or what to correct.
 */
function newClaimFile(
  ctx: WorkbenchContext,
  archive: Archive,
  claim: NewClaim | undefined,
  entry: AnnotationEntry,
  sourceId: string,
): { files: [string, string, 'new'][]; errors: string[] } {
  if (!claim) return { files: [], errors: [] };
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const id = text(claim.id);
  const values: Record<string, string> = {
    id,
    words: text(claim.statement),
    claimant: text(claim.claimant),
    status: text(claim.status),
    summary: text(claim.summary),
    author: text(claim.author),
    source: sourceId,
    annotation: typeof entry.id === 'string' ? entry.id : '',
  };
  const errors: string[] = [];
  const taken = new Set(archive.claim.keys());
  // A claim file the checker refused is not in the archive, but its id is taken all the same.
  const path = ID_PATTERN.test(id) ? contentFile(ctx.root, 'claims', id) : undefined;
  if (path && [path, path.replace(/\.yaml$/, '.yml')].some((p) => existsSync(p))) taken.add(id);
  const problem = idProblem(id, taken, 'claim');
  if (problem) errors.push(problem);
  const missing = missingFields('claim', values)
    .map((f) => CLAIM_FIELDS[f.name])
    .filter((name) => name !== undefined);
  if (!values['author']) missing.push('byline (author)');
  if (missing.length > 0) errors.push(`the new claim needs its ${missing.join(', ')}`);
  const claimant = values['claimant'];
  if (claimant && !archive.person.has(claimant) && !archive.outlet.has(claimant)) {
    errors.push(`there is no person or outlet "${claimant}" to be the new claim's claimant`);
  }
  const stories = claimStories(archive, claim.stories);
  if (typeof stories === 'string') errors.push(stories);
  if (entry['claim'] !== id)
    errors.push(`the annotation must name the new claim: \`claim: ${id}\``);
  if (errors.length > 0) return { files: [], errors };
  try {
    const planned = planRecord('claim', values, today(), stories as string[]);
    return { files: [[path as string, planned.text, 'new']], errors: [] };
  } catch (error) {
    if (error instanceof EditorError) return { files: [], errors: [`new claim: ${error.message}`] };
    throw error;
  }
}

/** The stories a new claim is filed under: those given, each known, or the only one; else why not. */
function claimStories(archive: Archive, given: unknown): string[] | string {
  const ids = Array.isArray(given) ? given.filter((s): s is string => typeof s === 'string') : [];
  const known = archive.stories.map((s) => s.id).sort();
  const unknown = ids.find((id) => !archive.story.has(id));
  if (unknown) return `there is no story "${unknown}": use one of ${known.join(', ')}`;
  if (ids.length > 0) return [...new Set(ids)];
  if (known.length === 1) return known;
  return `say which story the new claim belongs to: one of ${known.join(', ')}`;
}

/** Writes the files, says so in the terminal, then checks the archive once. */
function write(
  ctx: WorkbenchContext,
  files: ([string, string] | [string, string, 'new'])[],
): Reply {
  const wrote: string[] = [];
  for (const [path, text, mode] of files) {
    if (mode === 'new') writeNewFile(path, text, 'choose another id');
    else writeFileSync(path, text, 'utf8');
    const shown = displayPath(path);
    ctx.log(`wrote ${shown}`);
    wrote.push(shown);
  }
  for (const [path] of files) archiveChanged(ctx.root, path);
  const { diagnostics } = loadArchive(ctx.root);
  const errors = diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  const last = files.at(-1);
  const version = last ? fileVersion(readFileSync(last[0], 'utf8')) : undefined;
  return { status: 200, body: { wrote, errors, version } };
}

/** A look-alike hint's passage, described like a selection (for its one-click answers). */
export function describeLookAlike(
  ctx: WorkbenchContext,
  request: { source?: unknown; start?: unknown; end?: unknown },
): Reply {
  const file = contentFile(ctx.root, 'sources', request.source);
  const raw = readFileSync(file, 'utf8');
  const text = storedText(raw);
  const { start, end } = request;
  if (
    typeof start !== 'number' ||
    typeof end !== 'number' ||
    !(start >= 0 && start < end && end <= text.length)
  ) {
    return fail(400, 'the passage is not in the archived text');
  }
  return describeRange(raw, text, start, end, request.source as string, ctx);
}

/** An article's `<Quote>`s, each verified or with the checker's errors at its place. */
export function articleView(ctx: WorkbenchContext, id: unknown): Reply {
  const { archive, diagnostics } = loadArchive(ctx.root);
  const article = typeof id === 'string' ? archive.article.get(id) : undefined;
  if (!article) return fail(404, `there is no article "${String(id)}" in the checked archive`);
  const errors = diagnostics.filter(
    (d) => d.severity === 'error' && d.file === article.location.file,
  );
  const quotes = article.references
    .filter((r) => r.component === 'Quote')
    .map((r) => {
      const mine = errors.filter((d) => d.line === r.location.line).map(formatDiagnostic);
      return {
        words: r.words ?? '',
        source: r.source,
        annotation: r.annotation,
        line: r.location.line,
        verified: mine.length === 0,
        errors: mine,
      };
    });
  return { status: 200, body: { file: article.location.file, quotes } };
}

/** Most annotations a search returns. */
const MAX_FOUND = 25;

/** The archive's annotations holding every word of `q`, each with the `<Quote>` that cites it. */
export function searchAnnotations(ctx: WorkbenchContext, q: unknown): Reply {
  const words = String(q ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return { status: 200, body: { found: [] } };
  const { archive } = loadArchive(ctx.root);
  const found = [];
  for (const source of archive.sources) {
    for (const a of source.annotations) {
      const hay = `${a.text} ${a.note ?? ''} ${a.id} ${source.id}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) continue;
      const words_ = a.text.replace(/\s+/g, ' ');
      found.push({
        source: source.id,
        annotation: a.id,
        kind: a.kind,
        text: words_,
        element: `<Quote source="${source.id}" annotation="${a.id}">${words_}</Quote>`,
      });
      if (found.length >= MAX_FOUND) return { status: 200, body: { found } };
    }
  }
  return { status: 200, body: { found } };
}

/** Every content error, as `npm run check` prints it, for the dev server's overlay. */
export function contentErrors(ctx: WorkbenchContext): Reply {
  const errors = loadArchive(ctx.root)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ file: d.file, line: d.line, column: d.column, text: formatDiagnostic(d) }));
  return { status: 200, body: { errors } };
}

/** Turns an editor's mistake into a 400 answer; anything else is the server's. */
export function answer(run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    if (error instanceof EditorError) return fail(400, error.message);
    throw error;
  }
}
