import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  formatSourceFile,
  splitSourceFile,
  type SplitSourceFile,
} from '../../../src/lib/archive/source-file.ts';

const split = (raw: string) => splitSourceFile(raw) as SplitSourceFile;

describe('splitting a source file', () => {
  test('separates the frontmatter from the archived text and says where each starts', () => {
    const parts = split('---\ntitle: A\nkind: news\n---\nFirst paragraph.\n\nSecond.\n');
    expect(parts).toEqual({
      yaml: 'title: A\nkind: news',
      yamlLine: 2,
      body: 'First paragraph.\n\nSecond.\n',
      bodyLine: 5,
    });
  });

  test('removes a byte-order mark and turns CRLF line endings into LF', () => {
    const parts = split('\uFEFF---\r\ntitle: A\r\n---\r\nText.\r\n');
    expect(parts.yaml).toBe('title: A');
    expect(parts.body).toBe('Text.\n');
  });

  test('keeps a --- line inside the archived text as text', () => {
    const parts = split('---\ntitle: A\n---\nAbove.\n---\nBelow.\n');
    expect(parts.body).toBe('Above.\n---\nBelow.\n');
  });

  test('a file without an opening --- is an error on line 1', () => {
    expect(splitSourceFile('title: A\n---\nText\n')).toMatchObject({
      line: 1,
      message: 'does not start with a `---` line, so it has no frontmatter',
    });
  });

  test('a missing closing --- is reported where the archived text seems to start', () => {
    expect(splitSourceFile('---\ntitle: A\nkind: news\nThe text begins here.\n')).toMatchObject({
      line: 4,
      message: expect.stringContaining('has no closing `---` line'),
    });
  });

  test('a missing closing --- with nothing but fields is reported at the last line', () => {
    expect(splitSourceFile('---\ntitle: A\nkind: news')).toMatchObject({ line: 3 });
  });
});

describe('formatting a source file', () => {
  const awkward = [
    '“Quoted” text with {braces}, <b>tags</b>, *stars*, _underscores_ and a --- line:',
    '---',
    '  indented line with trailing spaces   ',
    '',
    'Right-to-left: שלום עולם. CJK: 一切都在中国被看到。 Emoji: 🙂👍🏽',
    '',
  ].join('\n');

  test('keeps the archived text byte for byte through format and split', () => {
    const file = formatSourceFile({ title: 'A', annotations: [] }, awkward);
    expect(split(file).body).toBe(awkward);
  });

  test('adds one final newline to text that lacks one, and nothing else', () => {
    const file = formatSourceFile({ title: 'A' }, 'No newline');
    expect(file.endsWith('---\nNo newline\n')).toBe(true);
  });

  test('writes the fields in the order an editor reads them, whatever the input order', () => {
    const file = formatSourceFile(
      { annotations: [], sha256: 'x', kind: 'news', title: 'T', summary: 'S', outlet: 'o' },
      'Text',
    );
    const keys = Object.keys(parse(split(file).yaml) as object);
    expect(keys).toEqual(['title', 'summary', 'outlet', 'kind', 'sha256', 'annotations']);
  });

  test('round-trips titles YAML would misread: colons, quotes, a leading dash, yes, numbers', () => {
    const fields = {
      title: 'Sens.: “Everything” is seen — 100% of it',
      summary: '- starts with a dash: and "quotes"',
      outlet: 'yes',
      authors: ['2022', 'O’Brien, Jr.'],
    };
    const file = formatSourceFile(fields, 'Text');
    expect(parse(split(file).yaml)).toEqual(fields);
  });
});
