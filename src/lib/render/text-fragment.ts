/**
 * Text fragment links (`#:~:text=`) to a passage on the original page, so a
 * reader can check an archived passage against its source in one click.
 *
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */

/** The parts of a text directive: `text=[prefix-,]start[,end][,-suffix]`. */
export interface TextDirective {
  /** The passage, or its first words when `end` is given. */
  start: string;
  /** The passage's last words, for long passages or ones that cross a block. */
  end?: string;
  /** Words just before the passage, to pick the right one of several matches. */
  prefix?: string;
  /** Words just after the passage. */
  suffix?: string;
}

/**
 * Percent-encodes one term of a text directive. Beyond what
 * `encodeURIComponent` encodes (which already covers `&`, `,`, `#`, `%` and
 * spaces), the spec's syntax characters are encoded too: `-` (which marks a
 * prefix or suffix) always, and `!`, `'`, `(`, `)`, `*` and `~` so that the
 * term survives any URL parser and `:~:` can never appear inside it.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(
    /[-!'()*~]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The directive as written after `:~:`, e.g. `text=prefix-,start,end,-suffix`. */
export function formatTextDirective(directive: TextDirective): string {
  const parts: string[] = [];
  if (directive.prefix) parts.push(`${encodeTextTerm(directive.prefix)}-`);
  parts.push(encodeTextTerm(directive.start));
  if (directive.end) parts.push(encodeTextTerm(directive.end));
  if (directive.suffix) parts.push(`-${encodeTextTerm(directive.suffix)}`);
  return `text=${parts.join(',')}`;
}

/**
 * `url` with the text directive appended. A fragment the address already has
 * is kept (the directive follows it after `:~:`), as the spec allows.
 */
export function textFragmentUrl(url: string, directive: TextDirective): string {
  const hash = url.indexOf('#');
  const base = hash >= 0 ? url.slice(0, hash) : url;
  const fragment = hash >= 0 ? url.slice(hash + 1).split(':~:')[0] : '';
  return `${base}#${fragment}:~:${formatTextDirective(directive)}`;
}

/** Passages of at most this many words are matched whole; longer ones by their ends. */
export const WHOLE_PASSAGE_WORDS = 10;
/** Words taken from each end of a long passage, and for a prefix or suffix. */
export const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) count++;
  return count;
}

/**
 * A text directive for the passage [start, end) of a source's archived text.
 *
 * Whitespace is collapsed (pages render it collapsed). A short passage in one
 * paragraph is matched whole; a longer one, or one that crosses a paragraph
 * (a text directive's single term cannot cross a block), by its first and last
 * few words. When the words matched also occur elsewhere in the text, up to
 * three words just before and after the passage, from the same paragraph, are
 * added as prefix and suffix.
 *
 * @param paragraphs the source's paragraph ranges, to keep terms within a block.
 */
export function passageDirective(
  text: string,
  range: { start: number; end: number },
  paragraphs: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }],
): TextDirective {
  const within = paragraphs.filter((p) => p.end > range.start && p.start < range.end);
  const firstBlock = within[0] ?? { start: 0, end: text.length };
  const lastBlock = within.at(-1) ?? firstBlock;
  const passage = words(text.slice(range.start, range.end));
  const headWords = words(text.slice(range.start, Math.min(range.end, firstBlock.end)));
  const tailWords = words(text.slice(Math.max(range.start, lastBlock.start), range.end));
  const directive: TextDirective = { start: '' };
  const collapsed = text.replace(/\s+/g, ' ');
  if (within.length <= 1 && passage.length <= WHOLE_PASSAGE_WORDS) {
    directive.start = passage.join(' ');
  } else {
    const head = Math.min(
      EDGE_WORDS,
      within.length > 1 ? headWords.length : Math.floor(passage.length / 2),
    );
    const tail = Math.min(EDGE_WORDS, within.length > 1 ? tailWords.length : passage.length - head);
    directive.start = headWords.slice(0, head).join(' ');
    directive.end = tailWords.slice(tailWords.length - tail).join(' ');
  }
  const ambiguous =
    occurrences(collapsed, directive.start) > 1 ||
    (directive.end !== undefined && occurrences(collapsed, directive.end) > 1);
  if (ambiguous) {
    const before = words(text.slice(firstBlock.start, range.start));
    const after = words(text.slice(range.end, lastBlock.end));
    // Context must end (or start) at a word boundary, so a word cut by the passage's edge is no use.
    const wordChar = /[\p{L}\p{N}]/u;
    const cutBefore =
      wordChar.test(text[range.start - 1] ?? '') && wordChar.test(text[range.start] ?? '');
    const cutAfter =
      wordChar.test(text[range.end - 1] ?? '') && wordChar.test(text[range.end] ?? '');
    if (before.length > 0 && !cutBefore) directive.prefix = before.slice(-CONTEXT_WORDS).join(' ');
    if (after.length > 0 && !cutAfter) directive.suffix = after.slice(0, CONTEXT_WORDS).join(' ');
  }
  return directive;
}
