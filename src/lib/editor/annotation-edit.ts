/**
 * Edits a source file's `annotations:` list in place: a new entry appended,
 * one entry replaced or removed, and every other byte of the file left as it
 * was (comments, key order, quoting, folded notes, the archived text).
 *
 * yaml's Document API locates the list and its entries (each node's range in
 * the text); the file is then changed by splicing text at those offsets, so
 * nothing else is re-serialised. Only the new entry is written by yaml.
 */
import { isMap, isSeq, parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { EditorError } from './files.ts';

/** An annotation as written in a source's frontmatter (keys in the house order). */
export type AnnotationEntry = Record<string, unknown> & { id: string };

/** The house order of an annotation's keys; any others follow. */
const KEY_ORDER = [
  'id',
  'exact',
  'prefix',
  'suffix',
  'kind',
  'speaker',
  'quote',
  'distinctFrom',
  'claim',
  'stance',
  'via',
  'note',
];

/** Where the frontmatter's YAML lies in the file: [start, end) offsets. */
export function frontmatterRange(raw: string): { start: number; end: number } {
  if (raw.startsWith('\uFEFF') || raw.includes('\r')) {
    throw new EditorError(
      'the file has a byte-order mark or Windows line endings; save it with LF line endings first',
    );
  }
  if (!/^---[ \t]*\n/.test(raw)) throw new EditorError('the file does not start with a `---` line');
  const start = raw.indexOf('\n') + 1;
  const close = /^---[ \t]*$/m;
  const rest = raw.slice(start);
  const match = close.exec(rest);
  if (!match) throw new EditorError('the file has no closing `---` line after the frontmatter');
  return { start, end: start + match.index };
}

/** The entry's YAML, as one item of a block list indented by `indent` spaces. */
export function entryYaml(entry: AnnotationEntry, indent: number): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (entry[key] !== undefined) ordered[key] = entry[key];
  for (const [key, value] of Object.entries(entry)) {
    if (value !== undefined && !(key in ordered)) ordered[key] = value;
  }
  const text = stringify([ordered], { lineWidth: 0 });
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

interface Located {
  yaml: string;
  offset: number;
  seq: YAMLSeq | undefined;
  /** The `annotations` value when it is not a list (e.g. null). */
  other: boolean;
}

function locate(raw: string): Located {
  const { start, end } = frontmatterRange(raw);
  const yaml = raw.slice(start, end);
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) {
    throw new EditorError(`the frontmatter is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  }
  if (!isMap(doc.contents)) throw new EditorError('the frontmatter is not a list of fields');
  const value = (doc.contents as YAMLMap).get('annotations', true);
  if (value === undefined) return { yaml, offset: start, seq: undefined, other: false };
  if (isSeq(value)) return { yaml, offset: start, seq: value, other: false };
  return { yaml, offset: start, seq: undefined, other: true };
}

const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** The [start, end) of an item's lines: from its `-` line to the end of its last non-blank line. */
function itemLines(
  yaml: string,
  item: { range?: [number, number, number] | null },
): [number, number] {
  const range = item.range;
  if (!range) throw new EditorError('could not locate the annotation in the file');
  let last = range[1];
  while (last > range[0] && /\s/.test(yaml[last - 1] ?? '')) last--;
  const newline = yaml.indexOf('\n', last);
  return [lineStart(yaml, range[0]), newline < 0 ? yaml.length : newline + 1];
}

/** The column of the `-` of a block list's first item. */
function dashIndent(yaml: string, seq: YAMLSeq): number {
  const first = seq.items[0] as { range?: [number, number, number] } | undefined;
  if (!first?.range) return 2;
  const from = lineStart(yaml, first.range[0]);
  const dash = yaml.indexOf('-', from);
  return dash >= from && dash < first.range[0] ? dash - from : 2;
}

function idOf(item: unknown): unknown {
  return isMap(item) ? item.get('id') : undefined;
}

/** Appends `entry` to the source's annotations (creating the list when there is none). */
export function insertAnnotation(raw: string, entry: AnnotationEntry): string {
  const { yaml, offset, seq, other } = locate(raw);
  if (other) throw new EditorError('`annotations` is not a list; fix the frontmatter by hand');
  if (seq && seq.items.some((item) => idOf(item) === entry.id)) {
    throw new EditorError(`annotation "${entry.id}" already exists in this source`);
  }
  if (seq && seq.items.length > 0 && !seq.flow) {
    const [, end] = itemLines(yaml, seq.items.at(-1) as { range?: [number, number, number] });
    const at = offset + end;
    const before = raw.slice(0, at);
    const glue = before.endsWith('\n') ? '' : '\n';
    return before + glue + entryYaml(entry, dashIndent(yaml, seq)) + raw.slice(at);
  }
  if (seq && seq.items.length > 0) {
    throw new EditorError('`annotations` is written as a [flow] list; write it as a block list');
  }
  const block = `\n${entryYaml(entry, 2)}`;
  if (seq?.range) {
    // `annotations: []`: the empty flow list becomes a block list.
    const [s, e] = seq.range;
    const lineEnd = yaml.indexOf('\n', e);
    const tail = lineEnd < 0 ? yaml.length : lineEnd + 1;
    return (
      raw.slice(0, offset + s).trimEnd() +
      block.replace(/\n$/, '') +
      '\n' +
      raw.slice(offset + tail)
    );
  }
  const at = offset + yaml.length;
  const head = raw.slice(0, at);
  return `${head}${head.endsWith('\n') ? '' : '\n'}annotations:${block}${raw.slice(at)}`;
}

/** Finds the entry with `id`, or explains that there is none. */
function findItem(seq: YAMLSeq | undefined, id: string): { range?: [number, number, number] } {
  const item = seq?.items.find((i) => idOf(i) === id);
  if (!item || seq?.flow) throw new EditorError(`annotation "${id}" is not in this source`);
  return item as { range?: [number, number, number] };
}

/** Replaces the annotation with `id` by `entry` (which may carry a new id). */
export function replaceAnnotation(raw: string, id: string, entry: AnnotationEntry): string {
  const { yaml, offset, seq } = locate(raw);
  const item = findItem(seq, id);
  if (entry.id !== id && seq?.items.some((i) => idOf(i) === entry.id)) {
    throw new EditorError(`annotation "${entry.id}" already exists in this source`);
  }
  const [s, e] = itemLines(yaml, item);
  return (
    raw.slice(0, offset + s) +
    entryYaml(entry, dashIndent(yaml, seq as YAMLSeq)) +
    raw.slice(offset + e)
  );
}

/** Removes the annotation with `id`; the list is left empty as `annotations: []`. */
export function removeAnnotation(raw: string, id: string): string {
  const { yaml, offset, seq } = locate(raw);
  const item = findItem(seq, id);
  const [s, e] = itemLines(yaml, item);
  if ((seq as YAMLSeq).items.length > 1) return raw.slice(0, offset + s) + raw.slice(offset + e);
  // The last one: `annotations:` with nothing under it would be null, which the schema refuses.
  const keyLine = yaml.lastIndexOf('annotations:', s);
  const keyEnd = yaml.indexOf('\n', keyLine);
  return (
    raw.slice(0, offset + keyLine) +
    'annotations: []\n' +
    raw.slice(offset + keyEnd + 1, offset + s) +
    raw.slice(offset + e)
  );
}
