/**
 * Deep links from a search result that highlight the matched words on arrival
 * without any script: the annotation's address (`#a-<id>`) plus a text
 * directive (`:~:text=…`), which Chromium-based browsers scroll to and
 * highlight natively. Other browsers ignore the directive and still land on
 * `#a-<id>`, whose `:target` style marks the passage.
 *
 * @see https://wicg.github.io/scroll-to-text-fragment/
 */
import { textFragmentUrl, type TextDirective } from '../render/text-fragment.ts';

/** Runs of at most this many words are matched whole; longer ones by their ends. */
const WHOLE_WORDS = 8;
/** Words kept from each end of a longer run. */
const END_WORDS = 4;

/**
 * A directive for the words of a search excerpt (from its first matched word
 * to its last), or undefined when there are none. Pagefind's ellipses are not
 * part of the page's text, so they are dropped.
 */
export function matchedDirective(words: string): TextDirective | undefined {
  const list = words
    .replace(/\u2026|\.\.\./g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (list.length === 0) return undefined;
  if (list.length <= WHOLE_WORDS) return { start: list.join(' ') };
  return { start: list.slice(0, END_WORDS).join(' '), end: list.slice(-END_WORDS).join(' ') };
}

/** `url` (keeping its `#a-<id>`) with a directive for `words`; unchanged when there are none. */
export function withTextFragment(url: string, words: string): string {
  const directive = matchedDirective(words);
  return directive ? textFragmentUrl(url, directive) : url;
}
