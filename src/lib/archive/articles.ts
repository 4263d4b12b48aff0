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
import { createAnchorer, findAll, type Anchorer } from '../text/anchor.ts';
import { formatWordDiff } from '../text/diff.ts';
import { normalizeForMatch, toOriginalRange } from '../text/normalize.ts';
import type { Archive, Article, ArticleReference, Diagnostic, Location } from './model.ts';
import type { RawRecord } from './read.ts';

/** The components authors use in articles, and the attributes each takes. */
export const AUTHOR_COMPONENTS = {
  Quote: ['source', 'annotation', 'inline'],
  Cite: ['source', 'annotation'],
  ClaimRef: ['id'],
} as const;

type ComponentName = keyof typeof AUTHOR_COMPONENTS;
type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkMdx);

/** Checks the articles in place: fills `references` and `words`, pushes diagnostics. */
export function checkArticles(
  articles: Article[],
  records: RawRecord[],
  archive: Archive,
  knownSources: ReadonlySet<string>,
  diagnostics: Diagnostic[],
): void {
  const anchorers = new Map<string, Anchorer>();
  const anchorerFor = (id: string, text: string): Anchorer => {
    let a = anchorers.get(id);
    if (!a) anchorers.set(id, (a = createAnchorer(text)));
    return a;
  };
  for (const article of articles) {
    const record = records.find((r) => r.id === article.id) as RawRecord;
    const firstLine = record.bodyLine ?? 1;
    const error = (at: Location, code: string, message: string, fix?: string): void => {
      diagnostics.push({ severity: 'error', code, ...at, message, ...(fix ? { fix } : {}) });
    };
    let tree: Root;
    try {
      tree = parser.parse(record.body ?? '');
    } catch (e) {
      const place = e as { line?: number; column?: number; reason?: string; message: string };
      error(
        { file: record.file, line: (place.line ?? 1) + firstLine - 1, column: place.column ?? 1 },
        'mdx-syntax',
        `is not valid MDX: ${place.reason ?? place.message}`,
        'archived text and literal `{` or `<` in prose must be escaped in MDX (\\{, \\<), or quoted with <Quote>',
      );
      continue;
    }
    article.words = toString(tree).split(/\s+/).filter(Boolean).length;
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as JsxElement;
      const at: Location = {
        file: record.file,
        line: (element.position?.start.line ?? 1) + firstLine - 1,
        column: element.position?.start.column ?? 1,
      };
      const name = element.name ?? '';
      if (!(name in AUTHOR_COMPONENTS)) {
        if (/^[A-Z]/.test(name)) {
          error(
            at,
            'unknown-component',
            `uses <${name}>, which is not a Sourcebook component`,
            `use one of ${Object.keys(AUTHOR_COMPONENTS)
              .map((n) => `<${n}>`)
              .join(', ')}`,
          );
        }
        return;
      }
      const attrs = readAttributes(element, name as ComponentName, at, error);
      if (!attrs) return;
      const ref: ArticleReference = { component: name as ComponentName, location: at };
      if (name === 'ClaimRef') {
        const id = attrs['id'];
        if (!id)
          return error(
            at,
            'missing-attribute',
            '<ClaimRef> needs an `id`',
            'write <ClaimRef id="claim-id" />',
          );
        ref.claim = id;
        if (!archive.claim.has(id))
          error(
            at,
            'unknown-reference',
            `<ClaimRef> refers to claim "${id}", which does not exist`,
            `use the file name of a claim in content/claims/`,
          );
        article.references.push(ref);
        return;
      }
      const sourceId = attrs['source'];
      if (!sourceId)
        return error(
          at,
          'missing-attribute',
          `<${name}> needs a \`source\``,
          `write <${name} source="source-id" …>`,
        );
      ref.source = sourceId;
      const source = archive.source.get(sourceId);
      // A source that exists but failed its own checks is reported there, not again here.
      if (!source && knownSources.has(sourceId)) return;
      if (!source)
        return error(
          at,
          'unknown-reference',
          `<${name}> refers to source "${sourceId}", which does not exist`,
          'use the file name of a source in content/sources/, without .txt',
        );
      const annotationId = attrs['annotation'];
      const annotation = annotationId
        ? source.annotations.find((a) => a.id === annotationId)
        : undefined;
      if (annotationId) {
        ref.annotation = annotationId;
        if (!annotation)
          return error(
            at,
            'unknown-reference',
            `<${name}> refers to annotation "${annotationId}" in "${sourceId}", which has no such annotation`,
            `use one of: ${source.annotations.map((a) => a.id).join(', ') || '(none yet)'}`,
          );
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
      const anchorer = anchorerFor(source.id, source.text);
      const result = anchorer.anchor({ exact: words });
      if (result.status === 'not-found' || result.status === 'empty') {
        const near = result.status === 'not-found' ? result.nearest : undefined;
        return error(
          at,
          'misquote',
          `<Quote> does not match the archived text of "${sourceId}"`,
          near
            ? `nearest passage: "${near.text}"\n    word diff (article → archived): ${formatWordDiff(near.diff)}\n    quote the archived words exactly (typographic quotes and dashes may differ)`
            : 'quote the archived words exactly',
        );
      }
      if (annotation && !occursWithin(source.text, words, annotation.start, annotation.end)) {
        error(
          at,
          'quote-outside-annotation',
          `<Quote> words are in "${sourceId}" but not inside annotation "${annotation.id}"`,
          `name the annotation that contains them, or drop annotation="${annotation.id}"`,
        );
      }
    });
  }
}

/** True when some occurrence of `words` lies within [start, end) of `text`. */
function occursWithin(text: string, words: string, start: number, end: number): boolean {
  const norm = normalizeForMatch(text);
  const needle = normalizeForMatch(words).text;
  return findAll(norm.text, needle).some((s) => {
    const range = toOriginalRange(norm, s, s + needle.length);
    return range.start >= start && range.end <= end;
  });
}

function readAttributes(
  element: JsxElement,
  name: ComponentName,
  at: Location,
  error: (at: Location, code: string, message: string, fix?: string) => void,
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
