/**
 * The source file format: YAML frontmatter between `---` lines, then the
 * archived text exactly as captured. Nothing after the closing `---` line is
 * ever parsed as Markdown, MDX or HTML.
 */
import { LineCounter, parseDocument, stringify, type Document } from 'yaml';

/** A source file split into its parts, with what is needed to locate problems. */
export interface SplitSourceFile {
  /** The frontmatter's YAML text. */
  yaml: string;
  /** 1-based line of the first frontmatter line in the file (after the opening ---). */
  yamlLine: number;
  /** The archived text: everything after the closing --- line (BOM removed, LF line endings). */
  body: string;
  /** 1-based line where the archived text starts. */
  bodyLine: number;
}

/** Why a file could not be split into frontmatter and text. */
export interface SplitError {
  line: number;
  message: string;
  fix: string;
}

/** A line that can belong to YAML frontmatter: a field, an indented or list line, a comment. */
const YAML_LINE = /^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s|-(?:\s|$)|#)/;

/** Splits a source file into frontmatter and archived text. */
export function splitSourceFile(raw: string): SplitSourceFile | SplitError {
  const content = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = content.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    return {
      line: 1,
      message: 'does not start with a `---` line, so it has no frontmatter',
      fix: 'put `---` on the first line, the fields below it, another `---`, then the archived text',
    };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (close < 0) {
    // The text most likely starts at the first line that cannot be a field.
    const text = lines.findIndex((line, i) => i > 0 && line.trim() !== '' && !YAML_LINE.test(line));
    return text > 0
      ? {
          line: text + 1,
          message:
            'has no closing `---` line after the frontmatter (the archived text seems to start here)',
          fix: 'add a line with only `---` just above this line, between the last field and the archived text',
        }
      : {
          line: lines.length,
          message: 'has no closing `---` line after the frontmatter',
          fix: 'add a line with only `---` between the last field and the archived text',
        };
  }
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

/** Parses YAML keeping positions, for located messages. */
export function parseYaml(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}

/** The frontmatter fields in the order an editor reads them. */
const FIELD_ORDER = [
  'title',
  'summary',
  'outlet',
  'stories',
  'authors',
  'url',
  'published',
  'captured',
  'archive',
  'kind',
  'language',
  'whole',
  'sha256',
  'annotations',
];

/**
 * Writes a source file: frontmatter (fields in the usual order) and the
 * archived text, byte for byte, followed by one final newline if it lacks one.
 */
export function formatSourceFile(fields: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) if (fields[key] !== undefined) ordered[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in ordered)) ordered[key] = value;
  const yaml = stringify(ordered, { lineWidth: 0, defaultStringType: 'PLAIN' });
  return `---\n${yaml}---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
