/**
 * The YAML mistake news text makes most: a quoted value that holds its own
 * quote mark. `exact: 'TikTok's tools'` ends the value at the apostrophe, and
 * the parser then complains of an "unexpected scalar at node end". This finds
 * that case and says the fix, at the quote mark that ends the value early.
 */

/** What to tell the editor, and the offset of the quote mark that ended the value. */
export interface QuoteProblem {
  message: string;
  fix: string;
  offset: number;
}

/** A `key: ` or `- ` before a value opened with a quote mark, at the start of a line. */
const OPENING = /^(\s*(?:-\s+)?)(?:([^\s#'"][^:#]*?):\s+)?(['"])/;
/** A line that starts a field or a list item. */
const KEY_OR_ITEM = /^\s*(?:-(?:\s|$)|[^\s#'"][^:#\n]*:(?:\s|$))/;

/**
 * When the YAML parser stopped at `offset` just after a quote mark (and any spaces) that
 * closed a value opened with the same mark, the problem in an editor's
 * words; otherwise undefined (another mistake, described elsewhere).
 */
export function describeQuoteInQuotedValue(text: string, offset: number): QuoteProblem | undefined {
  let stray = offset - 1;
  while (text[stray] === ' ' || text[stray] === '\t') stray--;
  const mark = text[stray];
  if (mark !== "'" && mark !== '"') return undefined;
  const opening = openingBefore(text, stray, mark);
  if (!opening) return undefined;
  const { key, at } = opening;
  const lineEnd = text.indexOf('\n', at);
  const written = text.slice(at, lineEnd < 0 ? undefined : lineEnd).trimEnd();
  const closed = written.length > 1 && written.endsWith(mark);
  const next = lineEnd < 0 ? '' : (text.slice(lineEnd + 1).split('\n')[0] ?? '');
  // On one line when the stray mark is on the opening's line and the next line does not continue it.
  const oneLine =
    text.lastIndexOf('\n', stray) < at && (closed || next.trim() === '' || KEY_OR_ITEM.test(next));
  // The value's own characters: without the marks around it when it is closed on its line
  // (`'Everything' is seen` is all words, its marks included).
  const value = closed ? written.slice(1, -1) : written;
  const literal = mark === "'" ? value.replace(/''/g, "'") : value.replace(/\\"/g, '"');
  const label = key ? `${key}: ` : '- ';
  const blockScalar = `or write it as a block scalar: \`${label}>-\` with the text on the next line, indented, and no quotes around it`;
  const repair = `\`${label}'${literal.replace(/'/g, "''")}'\``;
  if (oneLine && !closed) {
    // `exact: 'Everything,' a member`: the words start with a quote mark, which YAML takes for quoting.
    return {
      message: `a value starts with ${mark}, so YAML reads it as quoted up to the next ${mark}, but it goes on after that`,
      fix: `${blockScalar.replace(/^or w/, 'w')}; or put the whole value in single quotes, doubling every ' inside it: ${repair}`,
      offset: stray,
    };
  }
  if (mark === "'") {
    return {
      message:
        "a value in single quotes contains a ' (an apostrophe or quotation mark), which ends the value early",
      fix: oneLine
        ? `double every ' inside the value: ${repair}; ${blockScalar}`
        : `double every ' inside the value (TikTok''s); ${blockScalar}`,
      offset: stray,
    };
  }
  return {
    message: 'a value in double quotes contains a " (a quotation mark), which ends the value early',
    fix: oneLine
      ? `put the value in single quotes instead, doubling any ' inside it: ${repair}; ${blockScalar}`
      : `write every " inside the value as \\"; ${blockScalar}`,
    offset: stray,
  };
}

/**
 * The value that `stray` closed: on the line of `stray` or, for a value
 * running over several lines, the nearest line above that opens one with
 * `mark`.
 */
function openingBefore(
  text: string,
  stray: number,
  mark: string,
): { key?: string; at: number } | undefined {
  let lineStart = text.lastIndexOf('\n', stray - 1) + 1;
  for (;;) {
    const line = text.slice(lineStart, stray);
    const match = OPENING.exec(line);
    if (match && match[3] === mark) {
      const at = lineStart + match[0].length - 1;
      if (at < stray) return { ...(match[2] ? { key: match[2].trim() } : {}), at };
    }
    // Go up only through the continuation lines of a value (no `key:`, no `- `).
    if (match || KEY_OR_ITEM.test(line) || lineStart === 0) return undefined;
    lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  }
}
