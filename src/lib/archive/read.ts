/**
 * Reading content files from disk into raw records: parsed YAML with a way to
 * locate every field, and for sources the archived text. Nothing is validated
 * here beyond what parsing needs; problems become diagnostics, never throws.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from './collections.ts';
import { readYamlFast } from './fast-yaml.ts';
import { lazyYamlLocators, yamlKeyLocator, yamlLocator, type Locator } from './locate.ts';
import type { Diagnostic } from './model.ts';
import { slugify } from './slug.ts';
import { parseYaml, splitSourceFile } from './source-file.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { describeQuoteInQuotedValue } from './yaml-quotes.ts';

/** A content file, parsed but not yet validated. */
export interface RawRecord {
  collection: CollectionName;
  /** The id: the file name without its extension. */
  id: string;
  /** Path for messages, relative to the working directory. */
  file: string;
  /** The parsed YAML (a source's or article's frontmatter). */
  data: unknown;
  /** Locates a field's value. */
  at: Locator;
  /** Locates a field's key, e.g. an unknown field. */
  keyAt: (path: readonly PropertyKey[], key: string) => { line: number; column: number };
  /** Sources and articles: the text after the frontmatter. */
  body?: string;
  /** Sources and articles: 1-based line where `body` starts. */
  bodyLine?: number;
}

/** What was read: the records, the problems, and every id that has a file. */
export interface ReadResult {
  records: RawRecord[];
  diagnostics: Diagnostic[];
  /**
   * For each collection, the ids of every file found, including those that
   * could not be parsed: a reference to one of them is not "unknown" (the
   * file's own problem is reported where it is).
   */
  present: Record<CollectionName, Set<string>>;
}

/**
 * Files parsed by an earlier read of the same content root, by path: a file
 * whose text is unchanged is not parsed again. `astro dev` keeps one between
 * checks (YAML parsing is the largest part of a check: docs/performance.md).
 * Each read replaces its entries with the files it found.
 */
export type ParsedFiles = Map<
  string,
  { raw: string; record?: RawRecord; diagnostics: Diagnostic[] }
>;

/**
 * A path for messages: relative to the working directory when the file is
 * inside it (content/sources/x.txt), absolute otherwise (a temporary copy).
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/**
 * Reads every collection under `root`, reporting unreadable files as
 * diagnostics; with `parsed`, reuses (and then updates) what an earlier read parsed.
 * With `changed` too (the absolute paths a file watcher reported since that
 * read), a file it parsed that is not among them is not even read again.
 */
export function readContent(
  root: string,
  parsed?: ParsedFiles,
  changed?: ReadonlySet<string>,
): ReadResult {
  // What this read parsed, to replace `parsed` with (only kept when the caller keeps it).
  const found: ParsedFiles | undefined = parsed && new Map();
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const present = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, new Set<string>()])) as Record<
    CollectionName,
    Set<string>
  >;
  for (const collection of COLLECTION_NAMES) {
    const dir = join(root, COLLECTIONS[collection].dir);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
      const path = join(dir, name);
      const file = displayPath(path);
      const extensions = COLLECTIONS[collection].extensions;
      const ext = extensions.find((e) => name.endsWith(e));
      const error = (message: string, fix: string, line = 1, column = 1): void => {
        diagnostics.push({ severity: 'error', code: 'file', file, line, column, message, fix });
      };
      if (!ext) {
        error(
          `is not a ${extensions.join(' or ')} file, so it is not read as part of ${collection}`,
          `rename it to end in ${extensions[0]}, or move it out of ${COLLECTIONS[collection].dir}/`,
        );
        continue;
      }
      const id = name.slice(0, -ext.length);
      if (!ID_PATTERN.test(id)) {
        const better = slugify(id);
        error(
          `has a file name that cannot be an id: "${id}"`,
          better
            ? `rename it ${better}${ext}: ids are lowercase letters, digits and single hyphens`
            : `rename it with lowercase letters, digits and single hyphens, such as example-id${ext}`,
        );
        continue;
      }
      const other = seen.get(id);
      if (other) {
        error(
          `has the same id "${id}" as ${basename(other)}: two files cannot share an id`,
          'rename or remove one of the two files',
        );
        continue;
      }
      seen.set(id, file);
      present[collection].add(id);
      const before = parsed?.get(path);
      const unchanged = before && changed && !changed.has(resolve(path));
      const raw = unchanged ? before.raw : readFileSync(path, 'utf8');
      const read = before && before.raw === raw ? before : parseFile(collection, id, file, raw);
      found?.set(path, read);
      diagnostics.push(...read.diagnostics);
      if (read.record) records.push(read.record);
    }
  }
  if (parsed && found) {
    parsed.clear();
    for (const [path, entry] of found) parsed.set(path, entry);
  }
  return { records, diagnostics, present };
}

/** Parses one file's text into a record, or the diagnostics that say why it cannot be read. */
function parseFile(
  collection: CollectionName,
  id: string,
  file: string,
  raw: string,
): { raw: string; record?: RawRecord; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const record = COLLECTIONS[collection].frontmatter
    ? readFrontmatterFile(collection, id, file, raw, diagnostics)
    : readYamlFile(collection, id, file, raw.replace(/^\uFEFF/, ''), 1, diagnostics);
  return { raw, diagnostics, ...(record ? { record } : {}) };
}

function readFrontmatterFile(
  collection: CollectionName,
  id: string,
  file: string,
  raw: string,
  diagnostics: Diagnostic[],
): RawRecord | undefined {
  const split = splitSourceFile(raw);
  if ('message' in split) {
    diagnostics.push({
      severity: 'error',
      code: 'frontmatter',
      file,
      line: split.line,
      column: 1,
      message: split.message,
      fix: split.fix,
    });
    return undefined;
  }
  const record = readYamlFile(collection, id, file, split.yaml, split.yamlLine, diagnostics);
  if (!record) return undefined;
  record.body = split.body;
  record.bodyLine = split.bodyLine;
  return record;
}

function readYamlFile(
  collection: CollectionName,
  id: string,
  file: string,
  text: string,
  firstLine: number,
  diagnostics: Diagnostic[],
): RawRecord | undefined {
  // Most files take the fast path: positions are found only if a message needs one.
  const fast = readYamlFast(text);
  if (fast)
    return toRecord(
      collection,
      id,
      file,
      fast.data ?? {},
      firstLine,
      diagnostics,
      lazyYamlLocators(text, firstLine),
    );
  const { doc, lines } = parseYaml(text);
  if (doc.errors.length > 0) {
    // The first error is the one to fix; the parser's later errors are mostly its consequences.
    const error = doc.errors[0]!;
    const problem = describeYamlError(text, error.code, error.message, error.pos[0]);
    const pos = lines.linePos(problem.offset);
    diagnostics.push({
      severity: 'error',
      code: 'yaml',
      file,
      line: pos.line + firstLine - 1,
      column: pos.col,
      message: `is not valid YAML: ${problem.message}`,
      fix: problem.fix,
    });
    return undefined;
  }
  return toRecord(collection, id, file, doc.toJS() ?? {}, firstLine, diagnostics, {
    at: yamlLocator(doc, lines, firstLine),
    keyAt: yamlKeyLocator(doc, lines, firstLine),
  });
}

/** A record of parsed YAML, or the diagnostic that says it is not a set of fields. */
function toRecord(
  collection: CollectionName,
  id: string,
  file: string,
  data: unknown,
  firstLine: number,
  diagnostics: Diagnostic[],
  locators: Pick<RawRecord, 'at' | 'keyAt'>,
): RawRecord | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push({
      severity: 'error',
      code: 'yaml',
      file,
      line: firstLine,
      column: 1,
      message: 'is not a set of fields: the YAML is a single value or a list',
      fix: 'write the fields as `name: value` lines, one a line',
    });
    return undefined;
  }
  return {
    collection,
    id,
    file,
    data,
    ...locators,
  };
}

/** The YAML parser's complaint in an editor's words, and where it really starts. */
function describeYamlError(
  text: string,
  code: string,
  message: string,
  offset: number,
): { message: string; fix: string; offset: number } {
  const generic =
    'check the indentation and quoting on this line; a value containing ": " or starting with a quote mark, [, { or # must be put in quotes';
  switch (code) {
    case 'DUPLICATE_KEY':
      return {
        message: 'a field appears twice',
        fix: 'keep one of the two; each field may appear once',
        offset,
      };
    case 'TAB_AS_INDENT':
      return {
        message: 'a tab is used for indentation',
        fix: 'indent with spaces (two per level), never tabs',
        offset,
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return {
        message: 'a value contains ": ", which YAML reads as a second field on the same line',
        fix: 'put the whole value in double quotes, e.g. title: "Before: after"',
        offset,
      };
    case 'MISSING_CHAR': {
      const quote = /Missing closing (["'])quote/.exec(message)?.[1];
      if (quote) {
        const opened = unclosedQuote(text, quote, offset);
        return {
          message: `a value opened with ${quote} is never closed`,
          fix: `end the value with ${quote} on the same line, or remove the opening ${quote}`,
          offset: opened,
        };
      }
      break;
    }
  }
  // An apostrophe or quotation mark inside a quoted value ends it early.
  const quote = code === 'UNEXPECTED_TOKEN' ? describeQuoteInQuotedValue(text, offset) : undefined;
  if (quote) return quote;
  const first = message.split('\n')[0] ?? code;
  return { message: first.replace(/ at line \d+, column \d+:?$/, ''), fix: generic, offset };
}

/**
 * Where the quoted value that never closes begins: the first value before
 * `end` opened with `quote` on a line that does not close it (the parser
 * reports the end of the file, where it gave up looking).
 */
function unclosedQuote(text: string, quote: string, end: number): number {
  const opening = new RegExp(`(?:^|:\\s+|-\\s+)(${quote})`, 'gm');
  let found = end;
  for (const match of text.slice(0, end).matchAll(opening)) {
    const at = match.index + match[0].length - 1;
    const lineEnd = text.indexOf('\n', at);
    const rest = text.slice(at + 1, lineEnd < 0 ? undefined : lineEnd);
    const closes = quote === '"' ? /(?<!\\)"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
    if (!closes) {
      found = at;
      break;
    }
  }
  return found;
}
