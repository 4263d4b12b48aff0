/**
 * Text helpers for the benchmark's synthetic archive: split real excerpts into
 * sentences, vary them (word swaps, typography) so every synthetic source is
 * different but still reads like news copy, and pick word runs that can sit
 * inside an MDX <Quote> untouched.
 */
import type { Random } from './random.ts';

/** Words swapped for a near-synonym now and then, in both directions. */
const SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['said', 'stated'],
  ['data', 'information'],
  ['employees', 'staff'],
  ['company', 'firm'],
  ['report', 'story'],
  ['lawmakers', 'legislators'],
  ['officials', 'executives'],
  ['concerns', 'worries'],
  ['repeatedly', 'frequently'],
  ['recordings', 'tapes'],
  ['meetings', 'calls'],
  ['users', 'customers'],
  ['Wednesday', 'Thursday'],
  ['Tuesday', 'Monday'],
  ['access', 'reach'],
  ['according', 'pursuant'],
  ['app', 'platform'],
  ['letter', 'memo'],
  ['senators', 'members'],
  ['asked', 'pressed'],
];

const SWAP_MAP: ReadonlyMap<string, string> = new Map(
  SWAPS.flatMap(([a, b]) => [
    [a, b],
    [b, a],
  ]),
);

const SWAP_WORD = new RegExp(`\\b(${[...SWAP_MAP.keys()].join('|')})\\b`, 'gi');

/**
 * Splits a paragraph into sentences: after `.`, `!` or `?` (and any closing
 * quote or bracket), before a capital letter or an opening quote.
 */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/u)
    .filter((s) => s.length > 0);
}

/** The paragraphs of a text: runs of lines separated by blank lines, whitespace collapsed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n\s*/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

/** Keeps the first letter's case of `like` on `word`. */
function matchCase(word: string, like: string): string {
  const first = like[0] ?? '';
  return first === first.toUpperCase() && first !== first.toLowerCase()
    ? word[0]?.toUpperCase() + word.slice(1)
    : word;
}

/** Swaps each swappable word for its partner with probability `p`. */
export function swapWords(text: string, random: Random, p: number): string {
  return text.replace(SWAP_WORD, (word) => {
    if (!random.chance(p)) return word;
    const partner = SWAP_MAP.get(word.toLowerCase());
    return partner ? matchCase(partner, word) : word;
  });
}

/** Replaces typographic quotes, apostrophes and dashes with their plain ASCII forms. */
export function plainTypography(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-');
}

/**
 * Quotations inside typographic double quotes (“…”) with between `min` and
 * `max` words, without their quote marks: the statements a synthetic quote
 * can reuse.
 */
export function quotedPassages(text: string, min = 5, max = 40): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/“([^”]+)”/g)) {
    const inner = (match[1] ?? '').replace(/\s+/g, ' ').trim().replace(/[,.]$/, '');
    const words = inner.split(' ').length;
    if (words >= min && words <= max) found.push(inner);
  }
  return found;
}

/** Characters that MDX, Markdown or GFM would read as syntax inside a <Quote>. */
const MDX_SYNTAX = /[{}<>*_[\]`\\&~|#]|https?:|www\./;

/** True when `text` reads the same as MDX prose as it does as plain text. */
export function isMdxSafe(text: string): boolean {
  return !MDX_SYNTAX.test(text);
}

/**
 * A run of `min`..`max` consecutive words of `text` (split at spaces) that is
 * safe in MDX, or undefined when there is none. The run is a verbatim
 * substring of `text` whenever `text` uses single spaces.
 */
export function wordRun(text: string, random: Random, min = 4, max = 12): string | undefined {
  const words = text.split(' ').filter(Boolean);
  if (words.length < min) return isMdxSafe(text) && words.length > 0 ? text : undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    const length = Math.min(words.length, min + random.int(max - min + 1));
    const start = random.int(words.length - length + 1);
    const run = words.slice(start, start + length).join(' ');
    if (isMdxSafe(run)) return run;
  }
  return undefined;
}

/** The number of words in `text`. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A new statement made of the opening words of `a` and the closing words of
 * `b` (quote marks dropped): wording that appears in no real source, so a
 * synthetic quote is not found, unannotated, all over the archive.
 */
export function blendWording(a: string, b: string, random: Random): string {
  const clean = (s: string): string[] => s.replace(/[“”"]/g, '').split(/\s+/).filter(Boolean);
  const head = clean(a);
  const tail = clean(b);
  const headLength = Math.min(head.length, 4 + random.int(5));
  const tailLength = Math.min(tail.length, 4 + random.int(5));
  const words = [...head.slice(0, headLength), ...tail.slice(tail.length - tailLength)];
  return words.join(' ').replace(/[,;:]$/, '');
}

/** The names a story is about, replaced in every story but the first so that stories differ. */
const ENTITIES = [
  'TikTok',
  'ByteDance',
  'Oracle',
  'BuzzFeed',
  'Carr',
  'Chew',
  'Pappas',
  'Portman',
  'Warner',
  'Rubio',
  'Daines',
] as const;

const ENTITY = new RegExp(`\\b(${ENTITIES.join('|')})\\b`, 'g');
const SYLLABLES = ['ka', 'lo', 've', 'tri', 'mon', 'sa', 'dor', 'ni', 'qua', 'zen', 'ro', 'bel'];

/**
 * Puts `text` in story `story`: story 0 keeps the real names; every other
 * story gets its own made-up company and people names, derived from the story
 * number, so that a large archive covers many stories as a real one would.
 */
export function inStory(text: string, story: number): string {
  if (story === 0) return text;
  return text.replace(ENTITY, (name) => {
    const k = ENTITIES.indexOf(name as (typeof ENTITIES)[number]);
    let n = story * ENTITIES.length + k;
    let made = '';
    for (let i = 0; i < 3; i++) {
      made += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    }
    return `${made[0]?.toUpperCase()}${made.slice(1)}${n > 0 ? n : ''}`;
  });
}
