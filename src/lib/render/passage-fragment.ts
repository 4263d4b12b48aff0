/**
 * Text fragments for links to a passage on its own source page
 * (`/sources/<slug>/#a-<id>:~:text=…`), built from the annotation's anchor:
 * the passage's words (`start`, or `start,end` for a long one) with words of
 * its paragraph before and after (`prefix-`, `-suffix`) as the anchoring
 * engine placed it in the archived text, never from a search query.
 *
 * A browser follows a text directive to its FIRST match on the page, and a
 * source page shows more than the archived text: its title and summary, and
 * the notes, which can repeat the passage's words. A fragment is therefore
 * published only when its first match on the page is the marked passage;
 * where no fragment can be made to do that, the link is `#a-<id>` alone
 * (which every browser follows to the mark).
 *
 * The model of the page (see {@link firstMatchIsPassage}) is deliberately
 * cautious: text shown beside the archived text (title, summary, notes) is
 * taken to come before every paragraph, and matching forgives case, accents,
 * typographic quotes, dashes and word boundaries, so a match the browser
 * could find is never missed. tests/e2e/reader/passage-links-land.test.ts follows
 * every such link in Chromium and checks that it lands on the mark.
 *
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
import type { Archive, Source, TextRange } from '../archive/model.ts';
import { markdownToText } from './markdown.ts';
import { formatTextDirective, type TextDirective } from './text-fragment.ts';
import { annotationAnchor, urls } from '../urls.ts';

/** Passages of at most this many words are matched whole; longer ones by their ends. */
export const WHOLE_WORDS = 10;
/** Words taken from each end of a longer passage. */
export const END_WORDS = 4;
/** The most words of context tried before and after a passage to make its match the first. */
export const MAX_CONTEXT_WORDS = 6;

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
};

/**
 * Folds text for matching, one UTF-16 unit for one, so offsets are kept:
 * lower case, accents dropped, typographic quotes and dashes made plain.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    const plain = FOLD[ch];
    if (plain) {
      out += plain;
      continue;
    }
    const lower = ch.toLowerCase();
    const base = lower.length === ch.length ? (lower.normalize('NFD')[0] ?? lower) : ch;
    out += base.length === ch.length ? base : ch;
  }
  return out;
}

function termPattern(term: string): string {
  return foldForMatch(term)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('\\s+');
}

/**
 * The pattern a browser's match must fit: `prefix start suffix` with any
 * whitespace between terms; the suffix only when there is no `end` (a range
 * with an end can run across blocks, so only its start is tested). Group 1 is
 * the start term.
 */
function directivePattern(d: TextDirective): RegExp {
  const parts: string[] = [];
  if (d.prefix) parts.push(`${termPattern(d.prefix)}\\s*`);
  parts.push(`(${termPattern(d.start)})`);
  if (d.suffix && !d.end) parts.push(`\\s*${termPattern(d.suffix)}`);
  return new RegExp(parts.join(''), 'gd');
}

/** The range of group 1 (the start term) of the first match of `re` in `folded`. */
function firstMatch(re: RegExp, folded: string): TextRange | undefined {
  re.lastIndex = 0;
  const group = re.exec(folded)?.indices?.[1];
  return group ? { start: group[0], end: group[1] } : undefined;
}

/** The page a passage link lands on, as {@link firstMatchIsPassage} models it. */
export interface PageModel {
  /** The archived text (the source's `text`). */
  text: string;
  /** Its paragraphs, each a block of its own on the page, in page order. */
  paragraphs: readonly TextRange[];
  /**
   * Everything else the page shows before or beside the archived text (title,
   * summary, record, notes), each a block; taken to come before every paragraph.
   */
  beside: readonly string[];
}

/**
 * True when a browser following `directive` on the page would land on the
 * passage [range.start, range.end): no block shown beside the text matches
 * it, the first match in the archived text starts where the passage starts,
 * and (with an `end`) the first `end` after that match ends where it ends.
 */
export function firstMatchIsPassage(
  page: PageModel,
  range: TextRange,
  directive: TextDirective,
): boolean {
  const { text, beside } = folded(page);
  const re = directivePattern(directive);
  if (beside.some((block) => firstMatch(re, block))) return false;
  const first = firstMatch(re, text);
  if (first?.start !== range.start) return false;
  if (!directive.end) return true;
  const endRe = new RegExp(termPattern(directive.end), 'g');
  endRe.lastIndex = first.end;
  const end = endRe.exec(text);
  return end !== null && end.index + end[0].length === range.end;
}

const foldedPages = new WeakMap<PageModel, { text: string; beside: string[] }>();

/**
 * A page's text folded once (a long source is matched many times): outside
 * its paragraphs every character becomes U+0000, so no match runs from one
 * paragraph (a block of its own) into the next.
 */
function folded(page: PageModel): { text: string; beside: string[] } {
  let entry = foldedPages.get(page);
  if (!entry) {
    const all = foldForMatch(page.text);
    const parts: string[] = [];
    let at = 0;
    for (const p of page.paragraphs) {
      parts.push('\u0000'.repeat(Math.max(0, p.start - at)), all.slice(p.start, p.end));
      at = Math.max(at, p.end);
    }
    parts.push('\u0000'.repeat(Math.max(0, all.length - at)));
    entry = { text: parts.join(''), beside: page.beside.map(foldForMatch) };
    foldedPages.set(page, entry);
  }
  return entry;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The line ranges of the text within `range`'s paragraphs (a line break is a block edge). */
function linesOf(text: string, paragraphs: readonly TextRange[], range: TextRange): TextRange[] {
  const lines: TextRange[] = [];
  for (const p of paragraphs) {
    if (p.end <= range.start || p.start >= range.end) continue;
    let start = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i === p.end || text[i] === '\n') {
        if (i > range.start && start < range.end) lines.push({ start, end: i });
        start = i + 1;
      }
    }
  }
  return lines;
}

/**
 * The text directive for the passage [range.start, range.end) of a page's
 * archived text whose first match is that passage, or undefined when there
 * is none: the passage begins or ends inside a word (a browser matches whole
 * words only), or no context of up to {@link MAX_CONTEXT_WORDS} words on
 * either side sets it apart from what comes before it on the page.
 *
 * The passage is matched whole when it is short and on one line; otherwise
 * by its first and last {@link END_WORDS} words or more (a term cannot cross
 * a paragraph or a line break). Context comes from the same line.
 */
export function anchoredDirective(page: PageModel, range: TextRange): TextDirective | undefined {
  const { text } = page;
  const cutBefore =
    WORD_CHAR.test(text[range.start - 1] ?? '') && WORD_CHAR.test(text[range.start] ?? '');
  const cutAfter =
    WORD_CHAR.test(text[range.end - 1] ?? '') && WORD_CHAR.test(text[range.end] ?? '');
  if (cutBefore || cutAfter) return undefined;
  const lines = linesOf(text, page.paragraphs, range);
  const firstLine = lines[0];
  const lastLine = lines.at(-1);
  if (!firstLine || !lastLine) return undefined;
  const passage = words(text.slice(range.start, range.end));
  if (passage.length === 0) return undefined;
  const head = words(text.slice(range.start, Math.min(range.end, firstLine.end)));
  const tail = words(text.slice(Math.max(range.start, lastLine.start), range.end));
  const bases: TextDirective[] = [];
  if (lines.length === 1 && passage.length <= WHOLE_WORDS) {
    bases.push({ start: passage.join(' ') });
  } else {
    // The ends grow until they set the passage apart (a note may repeat its first words).
    for (let k = END_WORDS; k <= END_WORDS * 3; k += 2) {
      const n = lines.length > 1 ? head.length : Math.floor(passage.length / 2);
      const headCount = Math.min(k, n);
      const tailCount = Math.min(k, lines.length > 1 ? tail.length : passage.length - headCount);
      if (headCount === 0 || tailCount === 0) break;
      bases.push({
        start: head.slice(0, headCount).join(' '),
        end: tail.slice(tail.length - tailCount).join(' '),
      });
      if (headCount < k && tailCount < k) break;
    }
    // Last, a passage on one line is matched whole, however long.
    if (lines.length === 1) bases.push({ start: passage.join(' ') });
  }
  const before = words(text.slice(firstLine.start, range.start));
  const after = words(text.slice(range.end, lastLine.end));
  // Context of punctuation alone (a closing quote mark) is left out: a browser's word matching may not take it.
  const hasWord = (term: string | undefined): term is string =>
    Boolean(term && WORD_CHAR.test(term));
  const candidates: TextDirective[] = [];
  for (const base of bases) {
    candidates.push(base);
    for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
      const prefix = n <= before.length ? before.slice(-n).join(' ') : undefined;
      const suffix = n <= after.length ? after.slice(0, n).join(' ') : undefined;
      if (hasWord(prefix)) candidates.push({ ...base, prefix });
      if (hasWord(suffix)) candidates.push({ ...base, suffix });
      if (hasWord(prefix) && hasWord(suffix)) candidates.push({ ...base, prefix, suffix });
    }
  }
  return candidates.find((d) => firstMatchIsPassage(page, range, d));
}

/**
 * What a source page shows beside its archived text, as blocks of plain text:
 * the title and summary, the outlet, authors and address, and each note (the
 * speaker, the editor's note, the claim it bears on, the articles citing it).
 * Keep in step with src/components/source/: a block missing here could hold
 * a fragment's first match (the link-following test would then fail).
 */
export function besideTexts(archive: Archive, source: Source): string[] {
  const blocks = [source.title, source.summary, source.url, ...source.authors];
  const outlet = archive.outlet.get(source.outlet);
  if (outlet) blocks.push(outlet.name);
  for (const a of source.annotations) {
    if (a.note) blocks.push(markdownToText(a.note));
    const speaker = a.speaker ? archive.person.get(a.speaker) : undefined;
    if (speaker) blocks.push(speaker.name);
    const claim = a.claim ? archive.claim.get(a.claim) : undefined;
    if (claim) blocks.push(claim.statement);
  }
  for (const article of archive.citedIn.get(source.id) ?? []) blocks.push(article.title);
  return blocks.filter((b) => b && b !== 'unknown');
}

/** The formatted directive (`text=…`) of each annotation of a source that has one. */
type SourceFragments = Map<string, string>;

/** Per archive, each source's fragments, computed on first use (the folded text is not kept). */
const memo = new WeakMap<Archive, Map<string, SourceFragments>>();

function pageOf(archive: Archive, source: Source): PageModel {
  return { text: source.text, paragraphs: source.paragraphs, beside: besideTexts(archive, source) };
}

function fragmentsOf(archive: Archive, sourceId: string): SourceFragments | undefined {
  let bySource = memo.get(archive);
  if (!bySource) {
    bySource = new Map();
    memo.set(archive, bySource);
  }
  const known = bySource.get(sourceId);
  if (known) return known;
  const source = archive.source.get(sourceId);
  if (!source) return undefined;
  const page = pageOf(archive, source);
  const entry: SourceFragments = new Map();
  for (const a of source.annotations) {
    const directive = anchoredDirective(page, a);
    if (directive) entry.set(a.id, formatTextDirective(directive));
  }
  bySource.set(sourceId, entry);
  return entry;
}

/**
 * The text directive (`text=…`, without `:~:`) that lands on an annotation's
 * passage on its source page, or undefined when none can (link to `#a-<id>`).
 */
export function passageDirectiveOf(
  archive: Archive,
  sourceId: string,
  annotationId: string,
): string | undefined {
  return fragmentsOf(archive, sourceId)?.get(annotationId);
}

/**
 * A link to a passage: `/sources/<slug>/#a-<id>` with the anchor's text
 * fragment when one lands on it; the source page alone without an annotation.
 */
export function passageLink(archive: Archive, sourceId: string, annotationId?: string): string {
  const href = urls.passage(sourceId, annotationId);
  if (!annotationId) return href;
  const directive = passageDirectiveOf(archive, sourceId, annotationId);
  return directive ? `${href}:~:${directive}` : href;
}

/**
 * A link to words of a source that no annotation marks (a `<Quote>` without
 * `annotation`): the source page with a text fragment for the range when one
 * lands on it, else the source page alone.
 */
export function wordsLink(archive: Archive, sourceId: string, range: TextRange): string {
  const source = archive.source.get(sourceId);
  const directive = source ? anchoredDirective(pageOf(archive, source), range) : undefined;
  return directive
    ? `${urls.source(sourceId)}#:~:${formatTextDirective(directive)}`
    : urls.source(sourceId);
}

/**
 * Every annotation's fragment on a source page, as the search index keeps
 * them: `a-<id>:~:text=…` separated by spaces (terms are percent-encoded, so
 * they hold no space). The search page links its sub-results with these.
 */
export function searchFragments(archive: Archive, sourceId: string): string {
  const entry = fragmentsOf(archive, sourceId);
  if (!entry) return '';
  return [...entry].map(([id, d]) => `${annotationAnchor(id)}:~:${d}`).join(' ');
}
