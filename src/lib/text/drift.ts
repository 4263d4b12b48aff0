/**
 * Quote drift: how one appearance of a quote is worded compared with its
 * canonical wording from the primary source.
 */
import type { DiffPart, DriftVerdict } from './types.ts';
import { tokenize, wordDiff } from './diff.ts';
import { foldFirstCapital } from './capital.ts';
import { normalize } from './normalize.ts';

/**
 * Similarity at or above which a differently worded appearance is 'altered'
 * (the same sentence with some words changed); below it, 'paraphrase'.
 */
export const ALTERED_THRESHOLD = 0.5;

/** Quotation marks, straight and curly, single and double, and guillemets. */
const QUOTES = `"'\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A`;
/** Quote marks and whitespace around a quotation. */
const AROUND_QUOTES = new RegExp(`^[\\s${QUOTES}]+|[\\s${QUOTES}]+$`, 'gu');
/** The same, plus the punctuation a quoting sentence adds (not ? or !, which belong to the words). */
const AROUND_PUNCTUATION = new RegExp(`^[\\s${QUOTES},.;:]+|[\\s${QUOTES},.;:]+$`, 'gu');

/** The result of comparing an appearance with the canonical wording. */
export interface WordingComparison {
  verdict: DriftVerdict;
  /** Word diff from the canonical wording to the appearance, both as written (quote marks around them removed). */
  diff: DiffPart[];
  /** 1 minus the word edit distance over the longer word count, on normalised, case-folded words; 1 when the words are the same. */
  similarity: number;
  /** True when the appearance quotes only part of the canonical wording (and was compared with that part). */
  partial: boolean;
  /** The part of the canonical wording the appearance was compared with (all of it unless `partial`). */
  compared: string;
}

/**
 * Compares an appearance of a quote with its canonical wording.
 *
 * Both are first stripped of surrounding whitespace and quotation marks.
 * Then the verdict is:
 * - `exact`: identical as written;
 * - `typographic`: identical once leading and trailing `, . ; :` are also
 *   removed, the text is normalised (quotes, dashes, spaces, ellipsis) and the
 *   first letter is lower-cased (a capital at the start of an embedded
 *   quotation is typography, not wording: ./capital.ts, the rule `<Quote>`
 *   follows too);
 * - `style`: identical once house style is also folded away
 *   ({@link styleForm}: `100%`/`100 percent`, `US`/`U.S.`, spelled-out
 *   numbers, single/double quotation marks, British/American spelling,
 *   compounds written open, closed or hyphenated);
 * - `altered`: otherwise, if the word similarity is at least
 *   {@link ALTERED_THRESHOLD} (0.5: at most half the words changed);
 * - `paraphrase`: otherwise (translated, summarised or reworded).
 *
 * Word similarity is `1 - d / max(m, n)` where `d` is the word-level edit
 * distance (insertions, deletions, substitutions) between the m and n
 * normalised, lower-cased words (punctuation ignored).
 *
 * `diff` is the word diff between the two as written (after removing the
 * surrounding quotation marks only), so a reader also sees a changed quote
 * mark, an added comma or a capital.
 */
export function compareWording(canonical: string, appearance: string): WordingComparison {
  const full = canonical.replace(AROUND_QUOTES, '');
  const b = appearance.replace(AROUND_QUOTES, '');
  // An outlet often quotes only part of a statement: compare with the best-matching part.
  const part = bestPart(full, b);
  const a = part ?? full;
  const partial = part !== undefined;
  const diff = wordDiff(a, b);
  if (a === b) return { verdict: 'exact', diff, similarity: 1, partial, compared: a };
  const typoA = typographicForm(a);
  const typoB = typographicForm(b);
  const similarity = wordSimilarity(a, b);
  const result = { diff, similarity, partial, compared: a };
  if (typoA === typoB) return { verdict: 'typographic', ...result };
  // Compounds written open, closed or hyphenated (data center, datacenter, data-center) are style too.
  const joined = (text: string) => typographicForm(styleForm(text)).replace(/[\s-]+/g, '');
  if (joined(a) === joined(b)) return { verdict: 'style', ...result };
  return { verdict: similarity >= ALTERED_THRESHOLD ? 'altered' : 'paraphrase', ...result };
}

/** The form two wordings are compared in for the `typographic` verdict. */
function typographicForm(text: string): string {
  return foldFirstCapital(normalize(text).replace(AROUND_PUNCTUATION, ''));
}

/** Numbers outlets spell out or write as digits, by their spelling. */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  ]
    .flatMap((list) => list.split(' '))
    .map((word, i) => [word, String(i)] as [string, string])
    .concat(
      ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map(
        (word, i) => [word, String((i + 3) * 10)] as [string, string],
      ),
      [['hundred', '100']],
    ),
);

/**
 * British spellings and their American forms, as word stems: a word starting
 * with the British stem is spelled with the American one (`organisation` →
 * `organization`). Only stems that are unambiguous as word starts.
 */
export const BRITISH_AMERICAN: readonly (readonly [string, string])[] = [
  ['centre', 'center'],
  ['metre', 'meter'],
  ['theatre', 'theater'],
  ['colour', 'color'],
  ['favour', 'favor'],
  ['honour', 'honor'],
  ['labour', 'labor'],
  ['behaviour', 'behavior'],
  ['neighbour', 'neighbor'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['catalogue', 'catalog'],
  ['dialogue', 'dialog'],
  ['analys', 'analyz'],
  ['organis', 'organiz'],
  ['recognis', 'recogniz'],
  ['realis', 'realiz'],
  ['apologis', 'apologiz'],
  ['criticis', 'criticiz'],
  ['emphasis', 'emphasiz'],
  ['prioritis', 'prioritiz'],
  ['authoris', 'authoriz'],
  ['travell', 'travel'],
  ['cancell', 'cancel'],
  ['modell', 'model'],
  ['labell', 'label'],
  ['judgement', 'judgment'],
  ['ageing', 'aging'],
];

const BRITISH_STEM = new RegExp(
  `\\b(${BRITISH_AMERICAN.map(([british]) => british).join('|')})`,
  'giu',
);
const AMERICAN_OF = new Map(BRITISH_AMERICAN.map(([british, american]) => [british, american]));

/**
 * A wording with outlets' house style folded away, so two wordings that
 * differ only in style compare equal: `%` and `per cent` become `percent`;
 * dotted capitals lose their dots (`U.S.` → `US`); numbers spelled out
 * become digits (`nine` → `9`); single quotation marks become double ones
 * (apostrophes inside words stay); British spellings become American
 * (`centre` → `center`, `organise` → `organize`). Case is kept: the
 * comparison that follows decides what case may differ.
 */
export function styleForm(text: string): string {
  return foldAbbreviations(normalize(text))
    .replace(/(\d)\s*%/g, '$1 percent')
    .replace(/\bper\s+cent\b/giu, 'percent')
    .replace(/(^|[^\p{L}\p{N}])'|'(?=$|[^\p{L}\p{N}])/gu, (match) => match.replace("'", '"'))
    .replace(/\p{L}+/gu, (word) => NUMBER_WORDS.get(word.toLowerCase()) ?? word)
    .replace(BRITISH_STEM, (stem) => matchCase(stem, AMERICAN_OF.get(stem.toLowerCase()) ?? stem));
}

/** `replacement` in the case of `original`'s first letter. */
function matchCase(original: string, replacement: string): string {
  return original[0] === original[0]?.toUpperCase()
    ? (replacement[0]?.toUpperCase() ?? '') + replacement.slice(1)
    : replacement;
}

/** Dotted capitals are typography: "U.S." and "US" are the same word. */
function foldAbbreviations(text: string): string {
  return text.replace(/\b(?:[A-Z]\.){2,}/g, (match) => match.replaceAll('.', ''));
}

/**
 * When `appearance` has fewer words than `canonical`, the contiguous run of
 * canonical words (as written, cut at word boundaries) most similar to it,
 * if that run is more similar than the whole and at least half similar;
 * otherwise undefined.
 */
function bestPart(canonical: string, appearance: string): string | undefined {
  const words = [...canonical.matchAll(/[^\s]+/g)];
  const target = wordsForSimilarity(appearance).length;
  if (target === 0 || target >= wordsForSimilarity(canonical).length) return undefined;
  let best: { text: string; score: number } | undefined;
  for (let length = Math.max(1, target - 2); length <= target + 2; length++) {
    for (let start = 0; start + length <= words.length; start++) {
      const first = words[start] as RegExpExecArray;
      const last = words[start + length - 1] as RegExpExecArray;
      const text = canonical
        .slice(first.index, last.index + last[0].length)
        .replace(AROUND_PUNCTUATION, '');
      const score = wordSimilarity(text, appearance);
      if (!best || score > best.score) best = { text, score };
    }
  }
  const whole = wordSimilarity(canonical, appearance);
  return best && best.score > whole && best.score >= ALTERED_THRESHOLD ? best.text : undefined;
}

/**
 * Word similarity of two wordings, from 0 (nothing in common) to 1 (the same
 * words in the same order): `1 - wordEditDistance / max(wordCounts)`, on
 * normalised, lower-cased words with punctuation ignored. Two wordings with
 * no words at all are similar (1).
 */
export function wordSimilarity(a: string, b: string): number {
  const wa = wordsForSimilarity(a);
  const wb = wordsForSimilarity(b);
  const longest = Math.max(wa.length, wb.length);
  if (longest === 0) return 1;
  return 1 - editDistance(wa, wb) / longest;
}

function wordsForSimilarity(text: string): string[] {
  return tokenize(styleForm(text).toLowerCase()).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Levenshtein distance between two word lists, in two rows of memory. */
function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(
        Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
