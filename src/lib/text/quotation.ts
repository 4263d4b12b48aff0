/**
 * Quotations as journalists write them: shortened with an elision (`…`,
 * `...`, `[…]`, `[...]`) and changed in brackets (`[t]he company`,
 * `[TikTok] said`). Each unbracketed piece must be in the source, verbatim
 * up to typography (./normalize.ts) and a capital changed at its start
 * (./capital.ts), and the pieces must come in the source's order. What is in
 * brackets is the writer's, not the source's, and is not checked.
 */
import { firstCapitalVariants } from './capital.ts';
import { normalizeForMatch, toOriginalRange, type NormalizedText } from './normalize.ts';
import type { TextRange } from './types.ts';

/** One part of a quotation as written. */
export type QuotationPart =
  | { type: 'words'; text: string }
  | { type: 'elision'; text: string }
  | { type: 'bracket'; text: string };

/** An elision, or a bracketed insertion or change. */
const EDITORIAL = /\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\.\.|\[[^\]]*\]/gu;
/** An elision inside brackets, or on its own. */
const ELISION = /^(?:\[\s*(?:…|\.\s?\.\s?\.)\s*\]|…|\.\.\.)$/u;
/** A bracket holding one letter: a changed capital when a word follows it directly. */
const ONE_LETTER = /^\[(\p{L})\]$/u;
/** A piece worth checking has a letter or a digit; a lone `.` or `,` between elisions is typography. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The parts of a quotation, in order: the words, and the elisions and brackets between them. */
export function parseQuotation(words: string): QuotationPart[] {
  const parts: QuotationPart[] = [];
  let at = 0;
  for (const match of words.matchAll(EDITORIAL)) {
    if (match.index > at) parts.push({ type: 'words', text: words.slice(at, match.index) });
    parts.push({ type: ELISION.test(match[0]) ? 'elision' : 'bracket', text: match[0] });
    at = match.index + match[0].length;
  }
  if (at < words.length) parts.push({ type: 'words', text: words.slice(at) });
  return parts;
}

/**
 * The pieces of a quotation that must be in the source, in order. A
 * one-letter bracket directly before a word (`[t]he`) is that word's first
 * letter, changed in case: it joins the piece after it.
 */
export function quotationPieces(words: string): string[] {
  const parts = parseQuotation(words);
  const pieces: string[] = [];
  let current = '';
  const end = (): void => {
    if (HAS_WORD.test(current)) pieces.push(current.trim());
    current = '';
  };
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    const letter = part.type === 'bracket' ? ONE_LETTER.exec(part.text)?.[1] : undefined;
    if (part.type === 'words') current += part.text;
    else if (letter && next?.type === 'words' && /^\p{L}/u.test(next.text)) {
      // An opening quotation mark just before the bracket stays with the word.
      const mark = /[^\s\p{L}\p{N}]*$/u.exec(current)?.[0] ?? '';
      current = current.slice(0, current.length - mark.length);
      end();
      current = mark + letter;
    } else end();
  });
  end();
  return pieces;
}

/** True when the quotation shortens or changes the source's words (an elision or a bracket). */
export function isEdited(words: string): boolean {
  return parseQuotation(words).some((part) => part.type !== 'words');
}

/** Where a quotation's pieces are in a source, or the first piece that is not where it must be. */
export type QuotationMatch =
  | {
      status: 'found';
      /** Each piece's range in the original text, in order. */
      pieces: TextRange[];
      /** From the first piece's start to the last piece's end. */
      span: TextRange;
    }
  | { status: 'empty' }
  | {
      status: 'missing';
      /** The piece not found, as written (a changed capital's brackets removed). */
      piece: string;
      /** Its position among the pieces, from 0. */
      index: number;
      /** True when the piece is in the text, but not after the piece before it (or not within the range). */
      elsewhere: boolean;
    };

/**
 * Finds a quotation's pieces in `norm` (a source's text, normalised for
 * matching), in order, each at its first place after the one before; with
 * `within`, all inside that range of the original text (an annotation). The
 * first letter of each piece may differ in case from the source's.
 */
export function matchQuotation(
  norm: NormalizedText,
  words: string,
  within?: TextRange,
): QuotationMatch {
  const pieces = quotationPieces(words);
  if (pieces.length === 0) return { status: 'empty' };
  // The words as written, where they are, before a first capital changed (so links land there).
  const asWritten = matchPieces(norm, pieces, within, false);
  return asWritten.status === 'found' ? asWritten : matchPieces(norm, pieces, within, true);
}

function matchPieces(
  norm: NormalizedText,
  pieces: readonly string[],
  within: TextRange | undefined,
  anyFirstCapital: boolean,
): QuotationMatch {
  const ranges: TextRange[] = [];
  let from = 0;
  for (const [index, piece] of pieces.entries()) {
    const needles = pieceNeedles(piece, anyFirstCapital);
    if (needles.length === 0) return { status: 'empty' };
    const found = firstAfter(norm, needles, from, within?.start ?? 0);
    if (!found || (within && found.range.end > within.end)) {
      const anywhere = firstAfter(norm, needles, 0, 0) !== undefined;
      return { status: 'missing', piece, index, elsewhere: anywhere };
    }
    ranges.push(found.range);
    from = found.end;
  }
  const first = ranges[0] as TextRange;
  const last = ranges[ranges.length - 1] as TextRange;
  return { status: 'found', pieces: ranges, span: { start: first.start, end: last.end } };
}

/** The normalised spellings of a piece to look for: as written, or its first letter in either case. */
function pieceNeedles(piece: string, anyFirstCapital: boolean): string[] {
  const text = normalizeForMatch(piece).text;
  if (text === '' || !anyFirstCapital) return text === '' ? [] : [text];
  // The capital is the first letter's, after any opening quotation mark.
  const lead = /^["'(\s]*/u.exec(text)?.[0] ?? '';
  return firstCapitalVariants(text.slice(lead.length)).map((rest) => lead + rest);
}

/**
 * The earliest occurrence of any needle at or after normalised offset `from`
 * whose original range starts at or after `minStart`; with its normalised end.
 */
function firstAfter(
  norm: NormalizedText,
  needles: readonly string[],
  from: number,
  minStart: number,
): { range: TextRange; end: number } | undefined {
  let best: { range: TextRange; end: number; at: number } | undefined;
  for (const needle of needles) {
    for (
      let at = norm.text.indexOf(needle, from);
      at >= 0;
      at = norm.text.indexOf(needle, at + 1)
    ) {
      if (best && at >= best.at) break;
      const range = toOriginalRange(norm, at, at + needle.length);
      if (range.start < minStart) continue;
      best = { range, end: at + needle.length, at };
      break;
    }
  }
  return best && { range: best.range, end: best.end };
}
