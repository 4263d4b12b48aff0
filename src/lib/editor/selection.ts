/**
 * From a selection on a source page to the archived text: which stored
 * characters the editor selected, whether they occur once, and the shortest
 * prefix or suffix that tells them apart when they do not.
 *
 * The source page prints each paragraph of the archived text in its own
 * `<p>` (src/components/source/AnnotatedText.astro), so a selection's ends
 * are a paragraph's index and an offset into that paragraph's text. The
 * browser's own copy of the selection (`Selection.toString()`) is rendered
 * text: line breaks inside a paragraph and runs of spaces may come back
 * changed, a non-breaking space as a plain one. The ends are therefore
 * trusted, and the selected string only checked against them with the
 * anchoring engine's normalisation (quotes, dashes, spaces, line breaks).
 */
import { createAnchorer, type QuoteSelector } from '../text/anchor.ts';
import { normalizeForMatch } from '../text/normalize.ts';
import type { TextRange } from '../text/types.ts';

/** One end of a selection: a paragraph's index and an offset in its text. */
export interface SelectionEnd {
  paragraph: number;
  offset: number;
}

/** A selection on a source page, as the workbench's panel sends it. */
export interface PageSelection {
  start: SelectionEnd;
  end: SelectionEnd;
  /** The text the browser says is selected, to check the ends against. */
  selected?: string;
}

/** Where a selection lies in the stored text, or why it cannot be used. */
export type StoredRange = { ok: true; start: number; end: number } | { ok: false; reason: string };

const SPACE = /\s/u;

/**
 * The stored-text offsets of a selection: each end mapped through its
 * paragraph, then narrowed past spaces at either end. Refused when an end
 * lies outside the text, when nothing but spaces is selected, or when the
 * selected string does not match the stored characters (the page is older
 * than the file).
 */
export function storedRange(
  text: string,
  paragraphs: readonly TextRange[],
  selection: PageSelection,
): StoredRange {
  const at = (end: SelectionEnd): number | undefined => {
    const p = paragraphs[end.paragraph];
    if (!p || !Number.isInteger(end.offset) || end.offset < 0) return undefined;
    const offset = p.start + end.offset;
    return offset <= p.end ? offset : undefined;
  };
  let start = at(selection.start);
  let end = at(selection.end);
  if (start === undefined || end === undefined) {
    return { ok: false, reason: 'the selection is not in the archived text' };
  }
  if (end < start) [start, end] = [end, start];
  while (start < end && SPACE.test(text[start] ?? '')) start++;
  while (end > start && SPACE.test(text[end - 1] ?? '')) end--;
  if (start === end) return { ok: false, reason: 'the selection holds no text' };
  if (selection.selected !== undefined) {
    const stored = normalizeForMatch(text.slice(start, end)).text;
    const shown = normalizeForMatch(selection.selected).text;
    if (stored !== shown) {
      return {
        ok: false,
        reason: 'the page does not match the file: the file changed since the page was loaded',
      };
    }
  }
  return { ok: true, start, end };
}

/** What the anchoring engine makes of a passage: its stored text, and how to single it out. */
export interface PassageSelector extends QuoteSelector {
  /** Whether `exact` alone occurs only once in the text. */
  unique: boolean;
  /** How many times `exact` alone occurs. */
  occurrences: number;
}

/** Most words a prefix or suffix may take. */
const MAX_CONTEXT_WORDS = 32;

/**
 * The selector for the passage at [start, end): the stored characters, and,
 * when they occur more than once, the shortest prefix or suffix (whole words,
 * verbatim) that makes the engine anchor exactly this occurrence; a prefix
 * and a suffix together when neither alone does. `undefined` when even that
 * fails (the passage repeats with the same words around it).
 */
export function selectorFor(text: string, start: number, end: number): PassageSelector | undefined {
  const anchorer = createAnchorer(text);
  const exact = text.slice(start, end);
  const lands = (selector: QuoteSelector): boolean => {
    const result = anchorer.anchor(selector);
    return result.status === 'found' && result.start === start && result.end === end;
  };
  const bare = anchorer.anchor({ exact });
  if (bare.status === 'found') {
    return bare.start === start && bare.end === end
      ? { exact, unique: true, occurrences: 1 }
      : undefined;
  }
  if (bare.status !== 'ambiguous') return undefined;
  const before = contextsBefore(text, start);
  const after = contextsAfter(text, end);
  const prefix = before.find((p) => lands({ exact, prefix: p }));
  const suffix = after.find((s) => lands({ exact, suffix: s }));
  const base = { exact, unique: false, occurrences: bare.count };
  if (prefix !== undefined && (suffix === undefined || prefix.length <= suffix.length)) {
    return { ...base, prefix };
  }
  if (suffix !== undefined) return { ...base, suffix };
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const p = before[Math.min(i, before.length - 1)];
    const s = after[Math.min(i, after.length - 1)];
    const selector: QuoteSelector = {
      exact,
      ...(p !== undefined ? { prefix: p } : {}),
      ...(s !== undefined ? { suffix: s } : {}),
    };
    if (lands(selector)) return { ...base, ...selector };
  }
  return undefined;
}

/** The last 1, 2, 3… words before `at`, verbatim, without the spaces next to the passage. */
function contextsBefore(text: string, at: number): string[] {
  const out: string[] = [];
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  const last = i;
  while (i > 0 && out.length < MAX_CONTEXT_WORDS) {
    while (i > 0 && !SPACE.test(text[i - 1] ?? '')) i--;
    const context = text.slice(i, last);
    if (normalizeForMatch(context).text !== '') out.push(context);
    while (i > 0 && SPACE.test(text[i - 1] ?? '')) i--;
  }
  return out;
}

/** The next 1, 2, 3… words after `at`, verbatim, without the spaces next to the passage. */
function contextsAfter(text: string, at: number): string[] {
  const out: string[] = [];
  let i = at;
  while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  const first = i;
  while (i < text.length && out.length < MAX_CONTEXT_WORDS) {
    while (i < text.length && !SPACE.test(text[i] ?? '')) i++;
    const context = text.slice(first, i);
    if (normalizeForMatch(context).text !== '') out.push(context);
    while (i < text.length && SPACE.test(text[i] ?? '')) i++;
  }
  return out;
}

/**
 * The stored passage as it is written into YAML: verbatim, except that a run
 * of whitespace holding a line break becomes one space (the engine matches
 * any whitespace with any other, and a one-line `exact` reads better in a diff).
 */
export function exactForYaml(passage: string): string {
  return passage.replace(/\s*\n\s*/g, ' ');
}
