/**
 * Hints: advice printed by `npm run check`, never errors.
 *
 * 1. A paragraph longer than about 60 words in a source not marked `whole`:
 *    the archive keeps the passages under analysis, not whole articles.
 * 2. A passage that looks like a canonical quote (similar wording) but is not
 *    annotated as an appearance of it. Sources are first filtered by shared
 *    words, so only likely pairs are fuzzy-searched.
 */
import { findSimilarPassages, wordsOf } from '../text/similar.ts';
import { lineIndex } from './check.ts';
import type { Archive, Diagnostic } from './model.ts';

/** Paragraphs longer than this many words get the long-passage hint. */
export const LONG_PASSAGE_WORDS = 60;

/** Canonical quotes shorter than this (normalised characters) are too short to search for safely. */
const MIN_QUOTE_LENGTH = 16;

/** Pushes hints about the archive onto `diagnostics`. */
export function collectHints(archive: Archive, diagnostics: Diagnostic[]): void {
  for (const source of archive.sources) {
    if (source.whole) continue;
    const lineOf = lineIndex(source.text, source.textLine);
    for (const p of source.paragraphs) {
      const words = source.text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length;
      if (words > LONG_PASSAGE_WORDS) {
        diagnostics.push({
          severity: 'hint',
          code: 'long-passage',
          file: source.location.file,
          line: lineOf(p.start),
          column: 1,
          message: `passage of ${words} words: the archive keeps excerpts (the passages under analysis), not whole articles`,
          fix: 'cut it down to the sentences you annotate, then run npm run archive:rehash -- <file>; or mark the source `whole: true` if its owner supplied the whole text',
        });
      }
    }
  }

  const sourceWords = new Map(archive.sources.map((s) => [s.id, wordsOf(s.text)]));
  for (const quote of archive.quotes) {
    const needleWords = [...wordsOf(quote.text)];
    if (quote.text.length < MIN_QUOTE_LENGTH || needleWords.length === 0) continue;
    for (const source of archive.sources) {
      const words = sourceWords.get(source.id) as Set<string>;
      const shared = needleWords.filter((w) => words.has(w)).length;
      if (shared * 2 < needleWords.length) continue;
      const annotated = source.annotations.filter((a) => a.quote === quote.id);
      const lineOf = lineIndex(source.text, source.textLine);
      for (const match of findSimilarPassages(source.text, quote.text)) {
        const covered = annotated.some((a) => a.start < match.end && match.start < a.end);
        if (covered) continue;
        diagnostics.push({
          severity: 'hint',
          code: 'unannotated-appearance',
          file: source.location.file,
          line: lineOf(match.start),
          column: 1,
          message: `"${source.text.slice(match.start, match.end)}" looks like quote "${quote.id}" (${Math.round(match.similarity * 100)}% similar) but is not annotated as an appearance of it`,
          fix: `annotate it with \`quote: ${quote.id}\`, or leave it if it is a different statement`,
        });
      }
    }
  }
}
