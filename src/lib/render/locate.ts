/**
 * Finds quoted words in a source's archived text, for links to a passage
 * that no annotation marks (a `<Quote>` without `annotation`).
 */
import { normalizeForMatch, type NormalizedText } from '../text/normalize.ts';
import { matchQuotation } from '../text/quotation.ts';

const memo = new Map<string, NormalizedText>();

/**
 * The range of the first occurrence of `words` in `text`, matched as the
 * checker matches article quotes (typographic quotes, dashes, whitespace and
 * a first capital forgiven; for words with elisions or brackets, from the
 * first piece to the last: ../text/quotation.ts), or undefined when they do
 * not occur. The normalised text is
 * kept per text, so many quotes from one source normalise it once.
 */
export function locateWords(
  text: string,
  words: string,
): { start: number; end: number } | undefined {
  let norm = memo.get(text);
  if (!norm) {
    norm = normalizeForMatch(text);
    // A build renders each source's quotes together; a small memo is enough and bounds memory.
    if (memo.size > 64) memo.clear();
    memo.set(text, norm);
  }
  const match = matchQuotation(norm, words);
  return match.status === 'found' ? match.span : undefined;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

/** The text of an HTML fragment: tags removed, character references decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code =
          ref[1] === 'x' || ref[1] === 'X'
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[ref.toLowerCase()] ?? whole;
    });
}

/** A passage with a few words of its paragraph around it. */
export interface PassageContext {
  /** Words just before the passage, from its paragraph, with `…` when cut. */
  before: string;
  passage: string;
  /** Words just after it, from its paragraph, with `…` when cut. */
  after: string;
}

/**
 * The passage [start, end) of `text` with up to `words` words of context on
 * each side, taken from the paragraph(s) it lies in, so that a short passage
 * ("inaccurate") reads in its sentence. The archived characters are kept as
 * they are; only the cut ends get an ellipsis.
 */
export function passageInContext(
  text: string,
  range: { start: number; end: number },
  paragraphs: readonly { start: number; end: number }[],
  words: number = 12,
): PassageContext {
  const first = paragraphs.find((p) => p.end > range.start) ?? { start: 0, end: text.length };
  const last = [...paragraphs].reverse().find((p) => p.start < range.end) ?? {
    start: 0,
    end: text.length,
  };
  const head = text.slice(Math.min(first.start, range.start), range.start);
  const tail = text.slice(range.end, Math.max(last.end, range.end));
  const headWords = head.match(/\S+\s*/g) ?? [];
  const tailWords = tail.match(/\s*\S+/g) ?? [];
  const before = headWords.slice(-words).join('');
  const after = tailWords.slice(0, words).join('');
  return {
    before: (headWords.length > words ? '…' : '') + before.replace(/^\s+/, ''),
    passage: text.slice(range.start, range.end),
    after: after.replace(/\s+$/, '') + (tailWords.length > words ? '…' : ''),
  };
}
