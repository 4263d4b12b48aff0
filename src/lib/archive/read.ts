/**
 * Reading content files from disk into raw records: parsed YAML with a way to
 * locate every field, and for sources the archived text. Nothing is validated
 * here beyond what parsing needs; problems become diagnostics, never throws.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_DIRS, type CollectionName } from './paths.ts';
import { yamlKeyLocator, yamlLocator, type Locator } from './locate.ts';
import type { Diagnostic } from './model.ts';
import { parseYaml, splitSourceFile } from './source-file.ts';

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

/** The file extensions each collection reads. */
const EXTENSIONS: Record<CollectionName, readonly string[]> = {
  sources: ['.txt'],
  quotes: ['.yaml', '.yml'],
  claims: ['.yaml', '.yml'],
  people: ['.yaml', '.yml'],
  outlets: ['.yaml', '.yml'],
  events: ['.yaml', '.yml'],
  articles: ['.mdx'],
};

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every collection under `root`, reporting unreadable files as diagnostics. */
export function readContent(root: string): { records: RawRecord[]; diagnostics: Diagnostic[] } {
  const records: RawRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const collection of Object.keys(COLLECTION_DIRS) as CollectionName[]) {
    const dir = join(root, COLLECTION_DIRS[collection]);
    if (!existsSync(dir)) continue;
    const seen = new Map<string, string>();
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      const ext = EXTENSIONS[collection].find((e) => name.endsWith(e));
      const error = (message: string, fix: string, line = 1, column = 1): void => {
        diagnostics.push({ severity: 'error', code: 'file', file, line, column, message, fix });
      };
      if (!ext) {
        error(
          `is not a ${EXTENSIONS[collection].join(' or ')} file, so it is not read as part of ${collection}`,
          `rename it to end in ${EXTENSIONS[collection][0]}, or move it out of ${COLLECTION_DIRS[collection]}/`,
        );
        continue;
      }
      const id = name.slice(0, -ext.length);
      if (!ID.test(id)) {
        error(
          `has a file name that cannot be an id: "${id}"`,
          'rename it with lowercase letters, digits and single hyphens, e.g. mediaite-everything-seen.txt',
        );
        continue;
      }
      const other = seen.get(id);
      if (other) {
        error(`has the same id "${id}" as ${other}`, 'rename or remove one of the two files');
        continue;
      }
      seen.set(id, file);
      const raw = readFileSync(path, 'utf8');
      const record =
        collection === 'sources' || collection === 'articles'
          ? readFrontmatterFile(collection, id, file, raw, diagnostics)
          : readYamlFile(collection, id, file, raw, 1, diagnostics);
      if (record) records.push(record);
    }
  }
  return { records, diagnostics };
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
  const { doc, lines } = parseYaml(text);
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lines.linePos(error.pos[0]);
      diagnostics.push({
        severity: 'error',
        code: 'yaml',
        file,
        line: pos.line + firstLine - 1,
        column: pos.col,
        message: `is not valid YAML: ${yamlProblem(error.code, error.message)}`,
        fix: 'check the indentation and quoting on this line; text containing ": " or starting with a quote mark needs quoting',
      });
    }
    return undefined;
  }
  return {
    collection,
    id,
    file,
    data: doc.toJS() ?? {},
    at: yamlLocator(doc, lines, firstLine),
    keyAt: yamlKeyLocator(doc, lines, firstLine),
  };
}

/** The first sentence of the YAML parser's message, without its code excerpt. */
function yamlProblem(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'a field appears twice';
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? code;
}
