import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CaptureError, captureSlug, parseCapture } from '../../../src/lib/archive/capture.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

describe('parsing a capture', () => {
  test('reads the header lines and the verbatim text of a corpus capture', () => {
    const raw = readFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/captures/keyt-2022-09-14-tiktok-wont-commit.txt'),
      'utf8',
    );
    const capture = parseCapture(raw);
    expect(capture.fields).toMatchObject({
      url: 'https://keyt.com/news/2022/09/14/tiktok-wont-commit-to-stopping-us-data-flows-to-china',
      outlet: 'keyt.com',
      author: 'Brian Fung, CNN Business',
      published: '2022-09-14',
      kind: 'reprint',
    });
    expect(capture.text).toBe(raw.slice(raw.indexOf('\n---\n') + 5).replace(/\n+$/, ''));
    expect(capture.text.split('\n\n')).toHaveLength(5);
  });

  test('keeps the text verbatim after removing a byte-order mark and CRLF line endings', () => {
    const capture = parseCapture('\uFEFFoutlet: X\r\n---\r\n“Curly” — dash…\r\n\r\nSecond\r\n');
    expect(capture.text).toBe('“Curly” — dash…\n\nSecond');
  });

  test('a value may contain colons and the header may have blank lines', () => {
    const capture = parseCapture('title: A: B\n\nurl: https://x.example/a:b\n---\nText');
    expect(capture.fields).toEqual({ title: 'A: B', url: 'https://x.example/a:b' });
  });

  test.each([
    ['outlet: X\nText without a separator', 1, 'has no `---` line'],
    ['outlet: X\nNot a header\n---\nText', 2, 'is not a `name: value` header line'],
    ['outlet: X\nauthors: Y\n---\nText', 2, 'has an unknown header `authors`'],
    ['outlet: X\n---\n\n  \n', 3, 'has no text after the `---` line'],
  ])('rejects %j with the line of the problem', (raw, line, message) => {
    let error: unknown;
    try {
      parseCapture(raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).line).toBe(line);
    expect((error as CaptureError).message).toContain(message);
  });
});

test('a capture is archived under its file name, made URL-safe', () => {
  expect(captureSlug('/tmp/corpus/keyt-2022-09-14-tiktok-wont-commit.txt')).toBe(
    'keyt-2022-09-14-tiktok-wont-commit',
  );
  expect(captureSlug('C:\\captures\\Dot.LA Story (2).txt')).toBe('dot-la-story-2');
});
