/**
 * The one rule about capitals that quoting changes: a capital changed at the
 * start of quoted words is typography, not wording. A writer who starts a
 * quotation mid-sentence capitalises its first word ("The company…" for
 * "…said the company"), or lower-cases it to fit their own sentence, with or
 * without brackets ("[t]he company"). Drift verdicts call such an appearance
 * `typographic` (./drift.ts); `<Quote>` accepts it at the start of each
 * quoted piece (./quotation.ts).
 */

/** `text` with its first character lower-cased: two wordings are the same up to a first capital when these are equal. */
export function foldFirstCapital(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLowerCase() + text.slice(char.length);
}

/**
 * Every spelling of `text` with the same {@link foldFirstCapital} form that
 * a source may hold: the first character lower-cased and upper-cased (one
 * spelling when it has no case).
 */
export function firstCapitalVariants(text: string): string[] {
  const first = text.codePointAt(0);
  if (first === undefined) return [text];
  const char = String.fromCodePoint(first);
  const rest = text.slice(char.length);
  return [...new Set([char.toLowerCase() + rest, char.toUpperCase() + rest])];
}
