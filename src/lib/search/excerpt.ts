/**
 * Pagefind's excerpts, made safe to show. Pagefind returns an excerpt as a
 * string in which the indexed text has `<` and `>` escaped and matched words
 * are wrapped in `<mark>`. Archived text may hold anything, so the page never
 * assigns it as HTML: it splits the excerpt into plain-text segments, marked
 * or not, and renders them as text nodes.
 */

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  mark: boolean;
}

/** Undoes Pagefind's escaping of the indexed text (it escapes only `<` and `>`). */
function unescapePagefind(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Splits an excerpt into segments; adjacent marked words separated only by
 * spaces become one marked segment, so a matched phrase reads as one mark.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (marked) {
      push(unescapePagefind(marked[1] ?? ''), true);
      continue;
    }
    // Whitespace between two marks joins them, so "seen in China" is one highlight.
    const joins =
      /^\s+$/.test(part) &&
      /^<mark>/.test(parts[i - 1] ?? '') &&
      /^<mark>/.test(parts[i + 1] ?? '');
    push(unescapePagefind(part), joins);
  }
  return segments;
}

/** The words of the excerpt from its first match to its last, or '' when nothing matched. */
export function matchedSpan(segments: ExcerptSegment[]): string {
  const first = segments.findIndex((s) => s.mark);
  if (first < 0) return '';
  let last = first;
  segments.forEach((s, i) => {
    if (s.mark) last = i;
  });
  return segments
    .slice(first, last + 1)
    .map((s) => s.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
