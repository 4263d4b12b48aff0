/**
 * Hints: advice printed by `npm run check`, never errors.
 *
 * 1. A paragraph longer than about 60 words in a source not marked `whole`:
 *    the archive keeps the passages under analysis, not whole articles.
 * 2. A passage that looks like a canonical quote (similar wording) but is not
 *    annotated as an appearance of it. Sources are first filtered by shared
 *    distinctive words through an inverted index (words that nearly every
 *    source holds do not count), so only likely pairs are fuzzy-searched.
 * 3. A claim that no annotation names: the ledger shows no evidence for it.
 * 4. An outlet whose description is still the stub `npm run archive` wrote.
 */
import {
  findSimilarPassages,
  prepareForSimilarity,
  wordsOf,
  type PreparedText,
} from '../text/similar.ts';
import { countWords, lineIndex } from '../text/lines.ts';
import { collectFirstReportHints } from './first-report.ts';
import type { CollectionName } from './paths.ts';
import type { Archive, Diagnostic, Location, Source } from './model.ts';

/** Paragraphs longer than this many words get the long-passage hint. */
export const LONG_PASSAGE_WORDS = 60;

/** Canonical quotes shorter than this (normalised characters) are too short to search for safely. */
const MIN_QUOTE_LENGTH = 16;

/**
 * A word found in more than this share of the sources, and in more than
 * FREQUENT_MIN_SOURCES of them, is too frequent to pick out the sources a
 * quote may appear in (archives under 100 sources are never affected).
 */
const FREQUENT_SHARE = 0.02;
const FREQUENT_MIN_SOURCES = 100;

/** The sentence `npm run archive` ends an outlet stub's description with. */
export const OUTLET_STUB_ENDING = 'Say what kind of publication this is.';

/** Finds a field in a content file, for hints that point at one. */
export type FieldLocator = (
  collection: CollectionName,
  id: string,
  path: readonly PropertyKey[],
) => Location | undefined;

/**
 * Pushes hints about the archive onto `diagnostics`. `locate` points a hint
 * at a field; `namedClaims` holds every claim id an annotation names, valid
 * or not.
 */
export function collectHints(
  archive: Archive,
  diagnostics: Diagnostic[],
  locate: FieldLocator = () => undefined,
  namedClaims: ReadonlySet<string> = new Set(),
): void {
  for (const claim of archive.claims) {
    const { supports, relays, disputes } = claim.evidence;
    // A claim named by an annotation that failed its own checks is not without evidence.
    if (supports.length + relays.length + disputes.length > 0 || namedClaims.has(claim.id)) {
      continue;
    }
    diagnostics.push({
      severity: 'hint',
      code: 'claim-without-evidence',
      ...(locate('claims', claim.id, ['statement']) ?? claim.location),
      message: `claim "${claim.id}" has no evidence: no annotation in the archive names it`,
      fix: `add \`claim: ${claim.id}\` and a \`stance\` (supports, relays or disputes) to the annotations that bear on it`,
    });
  }
  collectFirstReportHints(archive, diagnostics, locate);
  for (const outlet of archive.outlets) {
    if (!outlet.description.trim().endsWith(OUTLET_STUB_ENDING)) continue;
    diagnostics.push({
      severity: 'hint',
      code: 'outlet-stub',
      ...(locate('outlets', outlet.id, ['description']) ?? outlet.location),
      message: `outlet "${outlet.id}" still has the description \`npm run archive\` wrote for it`,
      fix: 'say in a sentence what kind of publication it is (a national newspaper, a company blog, a news aggregator…), in your own words',
    });
  }

  for (const source of archive.sources) {
    if (source.whole) continue;
    const lineOf = lineIndex(source.text, source.textLine);
    for (const p of source.paragraphs) {
      const words = countWords(source.text, p.start, p.end);
      if (words > LONG_PASSAGE_WORDS) {
        diagnostics.push({
          severity: 'hint',
          code: 'long-passage',
          file: source.location.file,
          line: lineOf(p.start),
          column: 1,
          message: `passage of ${words} words: the archive keeps excerpts (the passages under analysis), not whole articles`,
          fix: `cut it down to the sentences you annotate, then run \`npm run archive:rehash -- ${source.location.file}\`; or mark the source \`whole: true\` if its owner supplied the whole text`,
        });
      }
    }
  }

  // An inverted index (word → sources), built once, so that each quote is compared only with
  // the sources that can hold it: not quotes × sources.
  const sources = archive.sources;
  const postings = new Map<string, number[]>();
  sources.forEach((source, i) => {
    for (const word of wordsOf(source.text)) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
  });
  // In a large archive, a word found in very many sources tells none of them apart, like the
  // common words wordsOf() already leaves out; without this, every quote is fuzzy-searched in
  // most sources of a story-wide vocabulary (quotes × sources).
  const frequent = Math.max(FREQUENT_MIN_SOURCES, sources.length * FREQUENT_SHARE);
  const prepared = new Map<number, PreparedText>();
  for (const quote of archive.quotes) {
    const needleWords = [...wordsOf(quote.text)].filter(
      (word) => (postings.get(word)?.length ?? 0) <= frequent,
    );
    if (quote.text.length < MIN_QUOTE_LENGTH || needleWords.length === 0) continue;
    for (const i of sharingHalf(needleWords, postings)) {
      const source = sources[i] as Source;
      let text = prepared.get(i);
      if (!text) prepared.set(i, (text = prepareForSimilarity(source.text)));
      // Passages annotated as this quote, or judged distinct from it, are not flagged.
      const annotated = source.annotations.filter(
        (a) => a.quote === quote.id || a.distinctFrom?.includes(quote.id),
      );
      const lineOf = lineIndex(source.text, source.textLine);
      for (const found of findSimilarPassages(text, quote.text)) {
        const match = wholeWords(source.text, found.start, found.end);
        const covered = annotated.some((a) => a.start < match.end && match.start < a.end);
        if (covered) continue;
        diagnostics.push({
          severity: 'hint',
          code: 'unannotated-appearance',
          file: source.location.file,
          line: lineOf(match.start),
          column: 1,
          message: `"${source.text.slice(match.start, match.end)}" looks like quote "${quote.id}" (${Math.round(found.similarity * 100)}% similar) but is not annotated as an appearance of it`,
          fix: `annotate it with \`quote: ${quote.id}\`; if it is a different statement, annotate it with \`distinctFrom: [${quote.id}]\` and say why in its note`,
          data: {
            kind: 'look-alike',
            quote: quote.id,
            start: match.start,
            end: match.end,
            similarity: found.similarity,
          },
        });
      }
    }
  }
}

/**
 * The indices of the sources holding at least half of `words` (each source's
 * words given by `postings`), in increasing order. A source with half of k
 * words holds at least one of the k - ceil(k/2) + 1 rarest, so only their
 * postings are gathered before counting.
 */
export function sharingHalf(
  words: readonly string[],
  postings: ReadonlyMap<string, readonly number[]>,
): number[] {
  const needed = Math.ceil(words.length / 2);
  const byRarity = [...words].sort(
    (a, b) => (postings.get(a)?.length ?? 0) - (postings.get(b)?.length ?? 0),
  );
  const candidates = new Set<number>();
  for (const word of byRarity.slice(0, words.length - needed + 1)) {
    for (const i of postings.get(word) ?? []) candidates.add(i);
  }
  const lists = words.map((word) => postings.get(word) ?? []);
  const found: number[] = [];
  for (const i of candidates) {
    let shared = 0;
    for (const list of lists) if (hasPosting(list, i)) shared++;
    if (shared >= needed) found.push(i);
  }
  return found.sort((a, b) => a - b);
}

/** Binary search in an increasing list of source indices. */
function hasPosting(list: readonly number[], i: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid] as number;
    if (v === i) return true;
    if (v < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** Widens [start, end) so that the passage shown does not begin or end inside a word. */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && start - s < 40 && WORD.test(text[s - 1] ?? '') && WORD.test(text[s] ?? '')) s--;
  let e = end;
  while (
    e < text.length &&
    e - end < 40 &&
    WORD.test(text[e] ?? '') &&
    WORD.test(text[e - 1] ?? '')
  )
    e++;
  return { start: s, end: e };
}
