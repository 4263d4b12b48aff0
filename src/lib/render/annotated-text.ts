/**
 * Splits a source's archived text into paragraphs with its annotations as
 * properly nested `<mark>` elements, for the source page.
 *
 * Annotations may nest (a quote inside a claim), overlap (one starts inside
 * another and ends after it) or cross a paragraph break. HTML elements must
 * nest, so an annotation that cannot be one element is split into fragments:
 * the first fragment carries the anchor id (`a-<id>`), every fragment carries
 * `data-a="<id>"`, so that styles can highlight all of them together. The
 * text itself is never changed: joining the text of a paragraph's nodes gives
 * back exactly `text.slice(paragraph.start, paragraph.end)`.
 */
import { annotationAnchor, noteAnchor } from '../urls.ts';

/** What the renderer needs of an anchored annotation. */
export interface AnnotationSpan {
  id: string;
  kind: string;
  /** Offset of the first character in the source's text. */
  start: number;
  /** Offset after the last character. */
  end: number;
}

/** A paragraph's range in the source's text. */
export interface ParagraphRange {
  start: number;
  end: number;
}

/** Text or a mark fragment, as the renderer nests them. */
export type InlineNode = TextNode | MarkNode;

/** A run of archived text. */
export interface TextNode {
  type: 'text';
  text: string;
}

/** One fragment of an annotation. */
export interface MarkNode {
  type: 'mark';
  id: string;
  kind: string;
  /** True for the annotation's first fragment, which carries the anchor id. */
  first: boolean;
  /** True for the fragment that ends where the annotation ends. */
  last: boolean;
  children: InlineNode[];
}

/** A paragraph of the source, ready to render. */
export interface AnnotatedParagraph {
  /** 0-based index among the source's paragraphs. */
  index: number;
  start: number;
  end: number;
  children: InlineNode[];
  /** Ids of the annotations that start in this paragraph, in text order. */
  starting: string[];
}

interface Frame {
  span: AnnotationSpan;
  node: MarkNode;
}

/** Annotation order for rendering: earlier first; at the same start, longer (outer) first. */
export function compareSpans(a: AnnotationSpan, b: AnnotationSpan): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Splits `text` into `paragraphs` with each annotation as mark fragments.
 * Annotations that are empty or lie outside every paragraph (in the blank
 * lines between them) produce no fragment. Runs in O(p + a log a) for p
 * paragraphs and a annotations (plus the fragments each boundary splits).
 */
export function annotateParagraphs(
  text: string,
  paragraphs: readonly ParagraphRange[],
  annotations: readonly AnnotationSpan[],
): AnnotatedParagraph[] {
  const sorted = [...annotations].filter((a) => a.end > a.start).sort(compareSpans);
  const emitted = new Set<string>();
  const out: AnnotatedParagraph[] = [];
  // Annotations are sorted by start, so a moving window finds those touching each paragraph.
  let from = 0;
  const active: AnnotationSpan[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (let i = active.length - 1; i >= 0; i--) {
      if ((active[i] as AnnotationSpan).end <= paragraph.start) active.splice(i, 1);
    }
    while (from < sorted.length && (sorted[from] as AnnotationSpan).start < paragraph.end) {
      const span = sorted[from] as AnnotationSpan;
      if (span.end > paragraph.start) active.push(span);
      from++;
    }
    const here = active.filter((a) => a.end > paragraph.start && a.start < paragraph.end);
    const children = nest(text, paragraph, here, emitted);
    out.push({
      index,
      start: paragraph.start,
      end: paragraph.end,
      children,
      starting: firstFragments(children),
    });
  });
  return out;
}

/** Ids of the first fragments among `nodes`, in document order. */
function firstFragments(nodes: readonly InlineNode[]): string[] {
  const ids: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'mark') continue;
    if (node.first) ids.push(node.id);
    ids.push(...firstFragments(node.children));
  }
  return ids;
}

/** Nests the clipped spans of one paragraph into mark fragments. */
function nest(
  text: string,
  paragraph: ParagraphRange,
  spans: readonly AnnotationSpan[],
  emitted: Set<string>,
): InlineNode[] {
  const root: InlineNode[] = [];
  const stack: Frame[] = [];
  const clip = (n: number): number => Math.min(Math.max(n, paragraph.start), paragraph.end);
  const points = new Set<number>([paragraph.start, paragraph.end]);
  for (const span of spans) {
    points.add(clip(span.start));
    points.add(clip(span.end));
  }
  const boundaries = [...points].sort((a, b) => a - b);
  const startsAt = new Map<number, AnnotationSpan[]>();
  for (const span of spans) {
    const at = clip(span.start);
    const list = startsAt.get(at) ?? [];
    list.push(span);
    startsAt.set(at, list);
  }
  const top = (): InlineNode[] => stack.at(-1)?.node.children ?? root;
  const open = (span: AnnotationSpan): void => {
    const first = !emitted.has(span.id);
    emitted.add(span.id);
    const node: MarkNode = {
      type: 'mark',
      id: span.id,
      kind: span.kind,
      first,
      last: false,
      children: [],
    };
    top().push(node);
    stack.push({ span, node });
  };

  let cursor = paragraph.start;
  for (const point of boundaries) {
    if (point > cursor) {
      top().push({ type: 'text', text: text.slice(cursor, point) });
      cursor = point;
    }
    // Close every span ending here; spans above them on the stack are reopened as continuations.
    const reopen: AnnotationSpan[] = [];
    while (stack.some((frame) => clip(frame.span.end) <= point)) {
      const frame = stack.pop() as Frame;
      if (clip(frame.span.end) <= point) {
        frame.node.last = frame.span.end <= point;
      } else {
        reopen.push(frame.span);
      }
    }
    if (point >= paragraph.end) break;
    const opening = [...reopen, ...(startsAt.get(point) ?? [])].sort(
      (a, b) => b.end - a.end || compareSpans(a, b),
    );
    for (const span of opening) open(span);
  }
  return root;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] as string);
}

/** Options for {@link inlineHtml}. */
export interface InlineHtmlOptions {
  /** The visible label of an annotation's first fragment, e.g. "Quote 2". */
  label?: (id: string, kind: string) => string;
  /**
   * The title of an annotation's search sub-result, written as
   * `data-pagefind-title` on its first fragment: Pagefind makes each titled
   * element with an id a sub-result linking to `#a-<id>`.
   */
  searchTitle?: (id: string, kind: string) => string;
  /**
   * The short visible mark of an annotation's first fragment (its number),
   * written as `data-n`: given only for annotations that need it to be told
   * apart (see {@link labelledAnnotations}); the others show no label.
   */
  shownLabel?: (id: string) => string | undefined;
}

/**
 * Serialises a paragraph's nodes to HTML: text escaped, each fragment a
 * `<mark class="ann ann--<kind>" data-a="<id>">`, the first one with
 * `id="a-<id>"`, `data-label` (read aloud through CSS generated content, so
 * it is neither copied with the text nor indexed as part of it) and, where
 * the passage needs a visible label, `data-n`; the last one with `data-end`.
 */
export function inlineHtml(nodes: readonly InlineNode[], options: InlineHtmlOptions = {}): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return escapeHtml(node.text);
      const attrs = [
        `class="ann ann--${escapeHtml(node.kind)}"`,
        `data-a="${escapeHtml(node.id)}"`,
      ];
      if (node.first) {
        attrs.unshift(`id="${escapeHtml(annotationAnchor(node.id))}"`);
        const label = options.label?.(node.id, node.kind);
        if (label) attrs.push(`data-label="${escapeHtml(label)}"`);
        const shown = options.shownLabel?.(node.id);
        if (shown) attrs.push(`data-n="${escapeHtml(shown)}"`);
        const searchTitle = options.searchTitle?.(node.id, node.kind);
        if (searchTitle) attrs.push(`data-pagefind-title="${escapeHtml(searchTitle)}"`);
      } else {
        attrs.push('data-continued=""');
      }
      if (node.last) attrs.push('data-end=""');
      return `<mark ${attrs.join(' ')}>${inlineHtml(node.children, options)}</mark>`;
    })
    .join('');
}

/** The plain text of nodes, for tests and checks: equals the paragraph's slice of the text. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.text : inlineText(node.children)))
    .join('');
}

/** Text between two marks that leaves them touching: nothing, spaces or punctuation. */
const TOUCHING = /^[\s\p{P}]*$/u;

/**
 * The ids of annotations whose passages a reader could not tell apart without
 * a label: one nested in another (both of them), and marks that touch, with
 * nothing but spaces or punctuation between them (both of them). A passage
 * standing alone in its text needs no label: its highlight and the order of
 * the notes say which note is its own.
 */
export function labelledAnnotations(paragraphs: readonly AnnotatedParagraph[]): Set<string> {
  const ids = new Set<string>();
  const walk = (nodes: readonly InlineNode[], inside: string | undefined): void => {
    let previous: MarkNode | undefined;
    let between = '';
    for (const node of nodes) {
      if (node.type === 'text') {
        between += node.text;
        continue;
      }
      if (inside !== undefined && inside !== node.id) {
        ids.add(inside);
        ids.add(node.id);
      }
      if (previous && previous.id !== node.id && TOUCHING.test(between)) {
        ids.add(previous.id);
        ids.add(node.id);
      }
      walk(node.children, node.id);
      previous = node;
      between = '';
    }
  };
  for (const p of paragraphs) walk(p.children, undefined);
  return ids;
}

/**
 * The ids of annotations rendered as more than one fragment (overlapping or
 * crossing a paragraph): the source page adds a `:target` rule for each, so
 * that following a link highlights every fragment, not just the first.
 */
export function splitAnnotations(paragraphs: readonly AnnotatedParagraph[]): string[] {
  const counts = new Map<string, number>();
  const walk = (nodes: readonly InlineNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'mark') continue;
      counts.set(node.id, (counts.get(node.id) ?? 0) + 1);
      walk(node.children);
    }
  };
  for (const p of paragraphs) walk(p.children);
  return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
}

/**
 * CSS that highlights, when `#a-<id>` is the URL's target, every fragment of
 * that annotation (the first one is `:target` itself, the others are not) and
 * its note, which it also shows where notes are folded away (on a phone).
 * Ids are slugs, so they need no escaping in selectors.
 */
export function targetStyles(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const marks = ids
    .map((id) => `html:has(#${annotationAnchor(id)}:target) mark[data-a="${id}"]`)
    .join(',');
  const notes = ids
    .map((id) => `html:has(#${annotationAnchor(id)}:target) #${noteAnchor(id)}`)
    .join(',');
  return (
    `:is(${marks}){outline:3px solid var(--focus);outline-offset:2px}` +
    `:is(${notes}){border-left-color:var(--focus);background:var(--bg-muted);display:block}`
  );
}
