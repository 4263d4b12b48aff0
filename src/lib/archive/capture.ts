/**
 * Captures: the plain-text format pages arrive in before they are archived
 * (the format of ../shared/corpus). Header lines `name: value`, a `---` line,
 * then the verbatim excerpts separated by blank lines.
 */
import { slugify } from './slug.ts';

/** The header fields a capture may carry. */
export const CAPTURE_FIELDS = [
  'url',
  'outlet',
  'title',
  'author',
  'published',
  'kind',
  'summary',
] as const;

export type CaptureField = (typeof CAPTURE_FIELDS)[number];

/** A parsed capture. */
export interface Capture {
  fields: Partial<Record<CaptureField, string>>;
  /** The verbatim text, exactly as in the capture (LF line endings, BOM removed). */
  text: string;
}

/** A problem with a capture, located by line. */
export class CaptureError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.name = 'CaptureError';
    this.line = line;
  }
}

/** Parses a capture file; throws CaptureError with the line of the first problem. */
export function parseCapture(raw: string): Capture {
  const lines = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const separator = lines.findIndex((line) => line.trimEnd() === '---');
  if (separator < 0) {
    throw new CaptureError(
      1,
      'has no `---` line: a capture is header lines (url:, outlet:, title:, …), a `---` line, then the text',
    );
  }
  const fields: Capture['fields'] = {};
  for (let i = 0; i < separator; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const match = /^([a-z]+):\s?(.*)$/.exec(line);
    if (!match) {
      throw new CaptureError(i + 1, `is not a \`name: value\` header line: "${line.slice(0, 60)}"`);
    }
    const [, name, value] = match as unknown as [string, string, string];
    if (!(CAPTURE_FIELDS as readonly string[]).includes(name)) {
      throw new CaptureError(
        i + 1,
        `has an unknown header \`${name}\`: use one of ${CAPTURE_FIELDS.join(', ')}`,
      );
    }
    fields[name as CaptureField] = value.trim();
  }
  const text = lines
    .slice(separator + 1)
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
  if (text.trim() === '') throw new CaptureError(separator + 2, 'has no text after the `---` line');
  return { fields, text };
}

/** The slug a capture is archived under: its file name, without extension, made URL-safe. */
export function captureSlug(fileName: string): string {
  return slugify(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
}
