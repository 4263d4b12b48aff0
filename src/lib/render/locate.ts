/**
 * Finds quoted words in a source's archived text, for links to a passage
 * that no annotation marks (a `<Quote>` without `annotation`).
 */
import { findAll } from '../text/anchor.ts';
import { normalizeForMatch, toOriginalRange, type NormalizedText } from '../text/normalize.ts';

const memo = new Map<string, NormalizedText>();

/**
 * The range of the first occurrence of `words` in `text`, matched as the
 * checker matches article quotes (typographic quotes, dashes and whitespace
 * forgiven), or undefined when they do not occur. The normalised text is
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
  const needle = normalizeForMatch(words).text;
  const start = findAll(norm.text, needle)[0];
  if (start === undefined || needle === '') return undefined;
  return toOriginalRange(norm, start, start + needle.length);
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
