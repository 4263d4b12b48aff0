/**
 * Article checks: every <Quote> must quote its named source word for word
 * (after normalising typography), inside the named annotation when one is
 * given; every <Cite> and <ClaimRef> must resolve. Also records what each
 * article references, for backlinks, and counts its words.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { createAnchorer, type Anchorer } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { matchQuotation, type QuotationMatch } from '../text/quotation.ts';
import { articleRemarkPlugins } from './article-syntax.ts';
import { lineIndex } from '../text/lines.ts';
import { articleSchema } from '../../schemas/index.ts';
import type { CheckContext, PassageLookup } from './check-context.ts';
import { locate } from './diagnostics.ts';
import { checkCorrections } from './corrections.ts';
import { checkCount, COUNT_ATTRIBUTES } from './counts.ts';
import type {
  Annotation,
  Archive,
  Article,
  ArticleReference,
  Diagnostic,
  Location,
  Source,
} from './model.ts';
import type { RawRecord } from './read.ts';
import { closest, suggestId, validateRecord } from './validate.ts';
import { sharedWeakMap } from './reuse.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** The components authors use in articles, and the attributes each takes. */
export const AUTHOR_COMPONENTS = {
  Quote: ['source', 'annotation', 'inline'],
  Cite: ['source', 'annotation'],
  ClaimRef: ['id'],
  Count: COUNT_ATTRIBUTES,
} as const;

type ComponentName = keyof typeof AUTHOR_COMPONENTS;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Parses an article body the way the renderer does: the same remark plugins, plus MDX. */
const parser = unified().use(remarkParse).use(articleRemarkPlugins).use(remarkMdx);

/**
 * Article bodies already parsed, by the record they were read from. A check
 * that reuses the files parsed before (astro dev: ParsedFiles in ./read.ts)
 * gets the same record object for an article whose file has not changed, so
 * its MDX is not parsed again (parsing MDX is most of the articles' share of
 * a check: docs/performance.md). Shared by every copy of this module (./reuse.ts).
 */
const parsedBodies = sharedWeakMap<RawRecord, { tree: Root; words: number }>('parsedBodies');

/**
 * Step 5 of the check: validates each article's frontmatter and checks its
 * MDX (an article whose frontmatter is invalid still has its MDX and quotes
 * checked); the valid ones join `archive`, which learns which articles cite
 * each source. With `reuseParsed`, an unchanged article keeps its parsed MDX:
 * only pass it when unchanged files keep their records (see `parsedBodies`).
 */
export function checkArticles(
  { records, diagnostics, today }: CheckContext,
  archive: Archive,
  lookup: PassageLookup,
  reuseParsed = false,
): void {
  const articles: Article[] = [];
  const validArticles = new Set<Article>();
  const articleRecords = new Map<string, RawRecord>();
  for (const r of records.filter((record) => record.collection === 'articles')) {
    articleRecords.set(r.id, r);
    const data = validateRecord(r, articleSchema, diagnostics);
    if (data) checkCorrections(r, data, diagnostics, today);
    const article: Article = {
      ...(data ?? ({} as NonNullable<typeof data>)),
      id: r.id,
      references: [],
      words: 0,
      location: locate(r),
    };
    articles.push(article);
    if (data) validArticles.add(article);
  }
  checkBodies(articles, articleRecords, lookup, diagnostics, reuseParsed);
  archive.articles = articles.filter((a) => validArticles.has(a));
  for (const article of archive.articles) archive.article.set(article.id, article);
  for (const article of archive.articles) {
    for (const ref of article.references) {
      if (!ref.source || !archive.source.has(ref.source)) continue;
      const list = archive.citedIn.get(ref.source) ?? [];
      if (!list.includes(article)) list.push(article);
      archive.citedIn.set(ref.source, list);
    }
  }
}

/** A call an article's check made to the look-up, and what its answer is compared by. */
interface LookupCall {
  name: keyof PassageLookup;
  args: unknown[];
  answer: unknown;
}

/** What checking an article's body found, and the look-ups it made. */
interface CheckedBody {
  calls: LookupCall[];
  diagnostics: Diagnostic[];
  references: ArticleReference[];
}

/** Each article's checked body, by its record (./reuse.ts). */
const checkedBodies = sharedWeakMap<RawRecord, CheckedBody>('checkedBodies');

/**
 * What a look-up's answer is compared by: a checked source or annotation by
 * its `location` object, which a re-check keeps exactly as long as the
 * source's file is unchanged (./anchor-sources.ts), and then everything an
 * article's check reads of it is unchanged too; anything else by value.
 */
function answerOf(value: unknown): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as { location: object }).location
    : JSON.stringify(value);
}

/** `lookup`, noting every call made to it and its answer in `calls`. */
function recording(lookup: PassageLookup, calls: LookupCall[]): PassageLookup {
  const noted =
    (name: keyof PassageLookup) =>
    (...args: unknown[]): unknown => {
      const result = (lookup[name] as (...a: unknown[]) => unknown)(...args);
      calls.push({ name, args, answer: answerOf(result) });
      return result;
    };
  return {
    source: noted('source'),
    annotation: noted('annotation'),
    annotationIds: noted('annotationIds'),
    claimExists: noted('claimExists'),
    quoteExists: noted('quoteExists'),
    unknownFix: noted('unknownFix'),
  } as PassageLookup;
}

/** Whether every look-up an article's check made answers the same now. */
function sameAnswers(calls: LookupCall[], lookup: PassageLookup): boolean {
  return calls.every(
    ({ name, args, answer }) =>
      answerOf((lookup[name] as (...a: unknown[]) => unknown)(...args)) === answer,
  );
}

/**
 * Checks the articles' MDX in place: fills `references` and `words`, pushes
 * diagnostics. With `reuseParsed`, a record met before keeps its parsed body,
 * and its check too when every look-up it made answers the same: an article's
 * check depends on its file and those answers alone.
 */
function checkBodies(
  articles: Article[],
  records: ReadonlyMap<string, RawRecord>,
  lookup: PassageLookup,
  diagnostics: Diagnostic[],
  reuseParsed = false,
): void {
  const anchorers = new Map<string, Anchorer>();
  const anchorerFor = (source: Source): Anchorer => {
    let a = anchorers.get(source.id);
    if (!a) anchorers.set(source.id, (a = createAnchorer(source.text)));
    return a;
  };
  for (const article of articles) {
    const record = records.get(article.id);
    if (!record) continue;
    const firstLine = record.bodyLine ?? 1;
    const body = record.body ?? '';
    let parsed = reuseParsed ? parsedBodies.get(record) : undefined;
    const before = parsed && checkedBodies.get(record);
    if (parsed && before && sameAnswers(before.calls, lookup)) {
      article.words = parsed.words;
      article.references.push(...before.references);
      diagnostics.push(...before.diagnostics);
      continue;
    }
    const own: Diagnostic[] = [];
    const error = (at: Location, code: DiagnosticCode, message: string, fix?: string): void => {
      own.push({ severity: 'error', code, ...at, message, ...(fix ? { fix } : {}) });
    };
    if (!parsed) {
      try {
        const tree = parser.parse(body);
        parsed = { tree, words: toString(tree).split(/\s+/).filter(Boolean).length };
      } catch (e) {
        const problem = describeMdxError(body, e as MdxError, firstLine);
        error(
          { file: record.file, line: problem.line, column: problem.column },
          'mdx-syntax',
          `is not valid MDX: ${problem.reason}`,
          problem.fix,
        );
        diagnostics.push(...own);
        continue;
      }
      if (reuseParsed) parsedBodies.set(record, parsed);
    }
    article.words = parsed.words;
    const calls: LookupCall[] = [];
    const where = {
      article,
      record,
      firstLine,
      lookup: reuseParsed ? recording(lookup, calls) : lookup,
      error,
      anchorerFor,
      diagnostics: own,
    };
    visit(parsed.tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      checkComponent(node as JsxElement, where);
    });
    diagnostics.push(...own);
    if (reuseParsed) {
      checkedBodies.set(record, { calls, diagnostics: own, references: [...article.references] });
    }
  }
}

/** What checking one component of an article needs. */
interface ComponentContext {
  article: Article;
  record: RawRecord;
  /** The file's line the MDX body starts at. */
  firstLine: number;
  lookup: PassageLookup;
  error: (at: Location, code: DiagnosticCode, message: string, fix?: string) => void;
  /** One anchorer per quoted source, shared by the article's quotes. */
  anchorerFor: (source: Source) => Anchorer;
  /** Where a <Count>'s own problems go (./counts.ts reports them). */
  diagnostics: Diagnostic[];
}

/**
 * Reports an element that is not an author component: a capitalised name
 * (or a fragment) is a component the renderer would not know; lowercase
 * names are HTML, which MDX renders as written.
 */
function reportUnknownComponent(
  name: string,
  at: Location,
  error: ComponentContext['error'],
): void {
  if (!/^[A-Z]/.test(name) && name !== '') return;
  const near = closest(name, Object.keys(AUTHOR_COMPONENTS));
  error(
    at,
    'unknown-component',
    `uses <${name}>, which is not a Sourcebook component`,
    `${near ? `did you mean <${near}>? ` : ''}articles may use ${Object.keys(AUTHOR_COMPONENTS)
      .map((n) => `<${n}>`)
      .join(', ')}`,
  );
}

/** Checks a <ClaimRef>: it names a claim that exists. Records the reference. */
function checkClaimRef(
  attrs: Record<string, string>,
  ref: ArticleReference,
  at: Location,
  { article, lookup, error }: Pick<ComponentContext, 'article' | 'lookup' | 'error'>,
): void {
  const id = attrs['id'];
  if (!id)
    return error(
      at,
      'missing-attribute',
      '<ClaimRef> needs an `id`',
      'write <ClaimRef id="claim-id" />, with the file name of a claim in content/claims/',
    );
  ref.claim = id;
  if (!lookup.claimExists(id))
    error(
      at,
      'unknown-reference',
      `<ClaimRef> refers to claim "${id}", which does not exist`,
      lookup.unknownFix('claims', id),
    );
  article.references.push(ref);
}

/**
 * Checks one JSX element of an article: an author component must be known,
 * have its attributes and resolve; a <Quote> must quote its source (inside its
 * annotation, when it names one). Records what it references.
 */
function checkComponent(
  element: JsxElement,
  { article, record, firstLine, lookup, error, anchorerFor, diagnostics }: ComponentContext,
): void {
  const at: Location = {
    file: record.file,
    line: (element.position?.start.line ?? 1) + firstLine - 1,
    column: element.position?.start.column ?? 1,
  };
  const name = element.name ?? '';
  if (!(name in AUTHOR_COMPONENTS)) return reportUnknownComponent(name, at, error);
  const attrs = readAttributes(element, name as ComponentName, at, error);
  if (!attrs) return;
  if (name === 'Count') return void checkCount(attrs, at, lookup, diagnostics);
  const ref: ArticleReference = {
    component: name as Exclude<ComponentName, 'Count'>,
    location: at,
  };
  if (name === 'ClaimRef') return checkClaimRef(attrs, ref, at, { article, lookup, error });
  const sourceId = attrs['source'];
  if (!sourceId)
    return error(
      at,
      'missing-attribute',
      `<${name}> needs a \`source\``,
      `write <${name} source="source-id" …>, with the file name of a source in content/sources/`,
    );
  ref.source = sourceId;
  const source = lookup.source(sourceId);
  // A source that exists but could not be read is reported there, not again here.
  if (source === 'reported') return;
  if (source === 'unknown')
    return error(
      at,
      'unknown-reference',
      `<${name}> refers to source "${sourceId}", which does not exist`,
      lookup.unknownFix('sources', sourceId),
    );
  const annotationId = attrs['annotation'];
  let annotation: Annotation | undefined;
  if (annotationId) {
    ref.annotation = annotationId;
    const found = lookup.annotation(sourceId, annotationId);
    if (found === 'unknown') {
      const ids = lookup.annotationIds(sourceId);
      const near = suggestId(annotationId, ids);
      return error(
        at,
        'unknown-reference',
        `<${name}> refers to annotation "${annotationId}" in "${sourceId}", which has no such annotation`,
        near
          ? `did you mean annotation="${near}"?`
          : `use one of: ${ids.join(', ') || '(none yet: annotate the passage first)'}`,
      );
    }
    if (found !== 'reported') annotation = found;
  }
  article.references.push(ref);
  if (name !== 'Quote') return;
  const words = toString(element).trim();
  ref.words = words;
  if (!words)
    return error(
      at,
      'empty-quote',
      '<Quote> has no words inside it',
      'put the quoted words between <Quote …> and </Quote>',
    );
  const anchorer = anchorerFor(source);
  const match = matchQuotation(anchorer.normalized, words);
  if (match.status !== 'found') return misquote(at, source, anchorer, match, error);
  const norm = anchorer.normalized;
  const within = (a: Annotation): boolean => matchQuotation(norm, words, a).status === 'found';
  if (annotation && !within(annotation)) {
    const inside = source.annotations.find(within);
    error(
      at,
      'quote-outside-annotation',
      `<Quote> words are in "${sourceId}" but not inside its annotation "${annotation.id}" ("${annotation.text}")`,
      inside
        ? `they are inside annotation "${inside.id}": write annotation="${inside.id}"`
        : `drop annotation="${annotation.id}", or annotate the passage these words come from and name it`,
    );
  }
}

/**
 * Reports a <Quote> whose words are not in its source: the nearest passage
 * to the piece that is not there, with a word diff; or, for a piece that is
 * there but out of order, which piece.
 */
function misquote(
  at: Location,
  source: Source,
  anchorer: Anchorer,
  match: Exclude<QuotationMatch, { status: 'found' }>,
  error: ComponentContext['error'],
): void {
  const head = `<Quote> does not match the archived text of "${source.id}"`;
  if (match.status === 'missing' && match.elsewhere) {
    return error(
      at,
      'misquote',
      `${head}: "${match.piece}" is in it, but not after the words quoted before it`,
      'quote the pieces in the order the source has them, with an elision (…) between pieces that are apart',
    );
  }
  const result = match.status === 'missing' ? anchorer.anchor({ exact: match.piece }) : undefined;
  const near = result?.status === 'not-found' ? result.nearest : undefined;
  const line = near && lineIndex(source.text, source.textLine)(near.start);
  error(
    at,
    'misquote',
    `${head}: these words are not in it`,
    near
      ? `nearest passage, line ${line} of ${source.location.file}: "${near.text}"\n    word diff (article → archived): ${formatWordDiff(near.diff)}\n    quote the archived words exactly (typographic quotes and dashes may differ; mark a cut with … and a change with [brackets])`
      : 'quote the archived words exactly',
  );
}

/** What the MDX parser throws: a VFileMessage. */
interface MdxError {
  line?: number;
  column?: number;
  reason?: string;
  message: string;
  ruleId?: string;
}

/**
 * The MDX parser's complaint, located where the editor must look: at the
 * unclosed `{` or tag rather than the end of the file where the parser gave up.
 */
function describeMdxError(
  body: string,
  e: MdxError,
  firstLine: number,
): { line: number; column: number; reason: string; fix: string } {
  const reason = (e.reason ?? e.message).replace(/\s+/g, ' ');
  let line = e.line ?? 1;
  let column = e.column ?? 1;
  let fix =
    'a literal `{` or `<` in prose must be escaped (\\{, \\<); archived words belong in <Quote>…</Quote>';
  const tag = /closing tag for `(<[^`]+>)` \((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const wrongClose = /^Unexpected closing tag `(<\/[^`]+>)`/.exec(reason);
  if (/closing brace for `\{`/.test(reason)) {
    const open = unclosedBrace(body);
    if (open) [line, column] = [open.line, open.column];
    fix = 'close the `{` with `}`, or write \\{ for a literal brace';
  } else if (tag && wrongClose) {
    const name = (tag[1] as string).slice(1, -1).split(/\s/)[0] ?? '';
    fix = `${wrongClose[1]} does not match the open ${tag[1]}: write </${name}> here`;
  } else if (tag && /^Expected/.test(reason)) {
    line = Number(tag[2]);
    column = Number(tag[3]);
    const open = tag[1] as string;
    const name = open.slice(1, -1).split(/\s/)[0] ?? '';
    fix = `close ${open} with </${name}> in the same paragraph, or write it self-closing (<${name} … />)`;
  }
  const fileReason = reason.replace(
    /\((\d+):(\d+)-(\d+):(\d+)\)/g,
    (_, l1: string, c1: string) => `(line ${Number(l1) + firstLine - 1}, column ${c1})`,
  );
  return { line: line + firstLine - 1, column, reason: fileReason, fix };
}

/** The first `{` that is never closed, skipping escaped braces. */
function unclosedBrace(text: string): { line: number; column: number } | undefined {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '{') stack.push(i);
    else if (ch === '}') stack.pop();
  }
  const at = stack[0];
  if (at === undefined) return undefined;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

function readAttributes(
  element: JsxElement,
  name: ComponentName,
  at: Location,
  error: (at: Location, code: DiagnosticCode, message: string, fix?: string) => void,
): Record<string, string> | undefined {
  const allowed: readonly string[] = AUTHOR_COMPONENTS[name];
  const attrs: Record<string, string> = {};
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      error(
        at,
        'attribute',
        `<${name}> has a spread attribute`,
        `write each attribute as name="value"`,
      );
      return undefined;
    }
    const a = attr as MdxJsxAttribute;
    if (!allowed.includes(a.name)) {
      error(
        at,
        'attribute',
        `<${name}> has an unknown attribute \`${a.name}\``,
        `use ${allowed.join(', ')}`,
      );
      return undefined;
    }
    if (a.value === null || a.value === undefined) {
      attrs[a.name] = 'true';
    } else if (typeof a.value === 'string') {
      attrs[a.name] = a.value;
    } else {
      error(
        at,
        'attribute',
        `<${name}> attribute \`${a.name}\` is an expression`,
        `write it as ${a.name}="value"`,
      );
      return undefined;
    }
  }
  return attrs;
}
