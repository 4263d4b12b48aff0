/**
 * The checker's fast way through YAML. `yaml`'s `parseDocument` keeps every
 * node's position, which located messages need, but costs most of a check's
 * time on a large archive (docs/performance.md). So content is first read
 * with js-yaml, several times faster and position-free, resolving scalars
 * exactly as `yaml` does; `yaml` parses a file again only when a message
 * has to point into it (./locate.ts), and always when js-yaml cannot read
 * the file, so its error messages are unchanged. Text that uses what the
 * two parsers may read differently (directives, tags, tabs, a comment stuck
 * to a quote or bracket, a key over 1,024 characters) takes the slow path.
 */
import jsyaml from 'js-yaml';

/** `yaml`'s YAML 1.2 core schema (node_modules/yaml/dist/schema/core), in js-yaml's terms. */
const CORE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
      construct: () => null,
    }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
      construct: (s: string) =>
        s.startsWith('0o')
          ? parseInt(s.slice(2), 8)
          : s.startsWith('0x')
            ? parseInt(s.slice(2), 16)
            : parseInt(s, 10),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) =>
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s),
      construct: (s: string) =>
        /nan$/i.test(s)
          ? NaN
          : /inf$/i.test(s)
            ? s[0] === '-'
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
            : parseFloat(s),
    }),
  ],
});

/**
 * What `yaml` and js-yaml may read differently: such text is always parsed by
 * `yaml`. Directives, tabs, carriage returns, a byte-order mark or control
 * character, tags, explicit `?` keys, and a comment stuck to a quote or bracket.
 */
const SLOW =
  /^%|^[ -]*\?(?: |$)|[\t\r\ufeff\ufffe\uffff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]|(?:^|[\s[{,])!|["'\]}]#/m;

/** A quoted scalar that closes on its line. */
const QUOTED = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g;

/**
 * Whether every quoted value and every `[…]` or `{…}` list closes on the line
 * it opens on. `yaml` is stricter than js-yaml about the indentation of a
 * quoted value's later lines, so text with one always takes `yaml`'s path.
 */
function oneLineValues(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    // The value part of the line: after the indentation, any `- ` items and a `key: `.
    const line = text.slice(start, stop);
    const value = /^[ ]*(?:- +)*(?:[^\s"'[{#][^:#]*?:(?: +|$))?(.*)$/.exec(line)?.[1] ?? '';
    const first = value[0];
    if (first === '"' || first === "'" || first === '[' || first === '{') {
      const rest = value.replace(QUOTED, '');
      if (/["']/.test(rest.replace(/(?<=[^\s[{,])['"]/g, ''))) return false;
      const opened = rest.match(/[[{]/g)?.length ?? 0;
      const closed = rest.match(/[\]}]/g)?.length ?? 0;
      if (opened !== closed) return false;
    }
    start = stop + 1;
  }
  return true;
}

/**
 * The data of a YAML text, as `yaml`'s `parseDocument(text).toJS()` gives it,
 * or undefined when it must be parsed by `yaml` (see above): when it is not
 * valid YAML, or may not be read the same way by both parsers.
 */
export function readYamlFast(text: string): { data: unknown } | undefined {
  if (SLOW.test(text) || hasLongKey(text) || !oneLineValues(text)) return undefined;
  try {
    return { data: jsyaml.load(text, { schema: CORE }) };
  } catch {
    return undefined;
  }
}

/** Whether a line may hold an implicit key over 1,024 characters (an error for `yaml`). */
function hasLongKey(text: string): boolean {
  if (text.length <= 1024) return false;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > 1024) {
      const colon = text.indexOf(':', start);
      if (colon < 0 || colon > start + 1024) return true;
    }
    start = stop + 1;
  }
  return false;
}

/** A line at the left margin that is a plain `key:` line, a comment, or a list item. */
const MARGIN_LINE = /^(?:[A-Za-z0-9_][\w-]*[ ]*:(?: |$)|#|- |-$)/;

/**
 * Where the value of the top-level field `key` starts in `text` (an offset),
 * as `yaml`'s node ranges give it, without parsing; undefined when that
 * cannot be told for certain from the lines alone (the caller then parses).
 * Only plain, block-style text is answered: every line at the left margin is
 * a `key:` line, a comment or a list item, and `key` is written once.
 */
export function topLevelValueOffset(text: string, key: string): number | undefined {
  if (!/^[A-Za-z0-9_][\w-]*$/.test(key) || SLOW.test(text)) return undefined;
  let found: number | undefined;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const first = text[start];
    if (first !== undefined && first !== ' ' && first !== '\n') {
      const line = text.slice(start, stop);
      if (!MARGIN_LINE.test(line)) return undefined;
      if (line.startsWith(key) && /^ *:(?: |$)/.test(line.slice(key.length))) {
        if (found !== undefined) return undefined;
        found = start + line.indexOf(':') + 1;
      }
    }
    if (end < 0) break;
    start = end + 1;
  }
  if (found === undefined) return undefined;
  // The value on the key's own line.
  let at = found;
  while (text[at] === ' ') at++;
  if (at < text.length && text[at] !== '\n' && text[at] !== '#') {
    return /[&!*?%@`]/.test(text[at]!) ? undefined : at;
  }
  // Or on the first following line that is not blank or a comment.
  let line = text.indexOf('\n', at);
  while (line >= 0) {
    const lineStart = line + 1;
    let first = lineStart;
    while (text[first] === ' ') first++;
    const char = text[first];
    if (char === undefined) return undefined;
    if (char !== '\n' && char !== '#') {
      if (first === lineStart) return text.startsWith('- ', first) ? first : undefined;
      return /[&!*?%@`|>]/.test(char) ? undefined : first;
    }
    line = text.indexOf('\n', first);
  }
  return undefined;
}
