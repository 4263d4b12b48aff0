import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseCapture } from '../../../src/lib/archive/capture.ts';
import { splitSourceFile, type SplitSourceFile } from '../../../src/lib/archive/source-file.ts';
import { textSha256 } from '../../../src/lib/text/hash.ts';
import {
  baseContentCopy,
  capturePath,
  npmRun,
  removeCopies,
  snapshot,
  STACK_TRACE,
} from './run-command.ts';

afterAll(removeCopies);

const KEYT = capturePath('keyt-2022-09-14-tiktok-wont-commit.txt');
const KEYT_SOURCE = 'sources/keyt-2022-09-14-tiktok-wont-commit.txt';

function readSource(content: string, path: string) {
  const parts = splitSourceFile(readFileSync(join(content, path), 'utf8')) as SplitSourceFile;
  return { fields: parse(parts.yaml) as Record<string, unknown>, body: parts.body };
}

describe('npm run archive -- <capture>', () => {
  const content = baseContentCopy();
  const first = npmRun(
    'archive',
    [KEYT, '--captured', '2026-11-30', '--story', 'leaked-audio', '--story', 'follow-up'],
    content,
  );

  test('writes the source and an outlet stub, and prints the path of each', async () => {
    const { code, stdout, stderr } = await first;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      `wrote ${join(content, KEYT_SOURCE)}`,
      `wrote ${join(content, 'outlets/keyt-com.yaml')}`,
    ]);
  });

  test('keeps the header fields, the capture date, the hash and the text verbatim', async () => {
    await first;
    const capture = parseCapture(readFileSync(KEYT, 'utf8'));
    const { fields, body } = readSource(content, KEYT_SOURCE);
    expect(fields).toEqual({
      title: 'TikTok won’t commit to stopping US data flows to China',
      summary: capture.fields.summary,
      outlet: 'keyt-com',
      stories: ['leaked-audio', 'follow-up'],
      authors: ['Brian Fung, CNN Business'],
      url: 'https://keyt.com/news/2022/09/14/tiktok-wont-commit-to-stopping-us-data-flows-to-china',
      published: '2022-09-14',
      captured: '2026-11-30',
      kind: 'reprint',
      language: 'en',
      sha256: textSha256(capture.text),
      annotations: [],
    });
    expect(body).toBe(`${capture.text}\n`);
  });

  test('the outlet stub names the outlet and asks what kind of publication it is', async () => {
    await first;
    expect(parse(readFileSync(join(content, 'outlets/keyt-com.yaml'), 'utf8'))).toEqual({
      name: 'keyt.com',
      description:
        'Publisher of “TikTok won’t commit to stopping US data flows to China”. Say what kind of publication this is.',
    });
  });

  test('what it writes passes npm run check, with a hint to describe the new outlet', async () => {
    await first;
    const { code, stdout } = await npmRun('check', [], content);
    expect(stdout).toContain('0 errors');
    expect(stdout).toMatch(
      /outlets\/keyt-com\.yaml:2:\d+ hint: outlet "keyt-com" still has the description/,
    );
    expect(code).toBe(0);
  });

  test('refuses to overwrite an existing source, in one line, changing nothing', async () => {
    await first;
    const before = snapshot(content);
    const { code, stdout, stderr } = await npmRun(
      'archive',
      [KEYT, '--story', 'leaked-audio'],
      content,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `error: ${join(content, KEYT_SOURCE)} already exists; choose another id with --slug, or edit the existing file\n`,
    );
    expect(snapshot(content)).toEqual(before);
  });
});

test('archiving a capture sets captured to today by default and reuses an existing outlet', async () => {
  const content = baseContentCopy();
  const capture = capturePath('keyt-2022-09-14-tiktok-wont-commit.txt');
  const existing = 'name: keyt.com\ndescription: A local television news site.\n';
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(content, 'outlets/keyt-com.yaml'), existing);
  const { code, stdout } = await npmRun(
    'archive',
    [capture, '--slug', 'keyt-fung', '--story', 'follow-up'],
    content,
  );
  expect(code).toBe(0);
  expect(stdout.trim()).toBe(`wrote ${join(content, 'sources/keyt-fung.txt')}`);
  expect(readSource(content, 'sources/keyt-fung.txt').fields['captured']).toBe(
    new Date().toISOString().slice(0, 10),
  );
  expect(readFileSync(join(content, 'outlets/keyt-com.yaml'), 'utf8')).toBe(existing);
});

describe('npm run archive -- --url <URL> --html <saved page>', () => {
  const EPOCH_URL =
    'https://www.theepochtimes.com/senators-warner-rubio-calling-for-investigation-of-chinas-access-to-data-of-us-tiktok-users_4579078.html';

  test('extracts the text, title, author, date and site name of a page with meta tags', async () => {
    const content = baseContentCopy();
    const { code, stdout, stderr } = await npmRun(
      'archive',
      [
        '--url',
        EPOCH_URL,
        '--html',
        capturePath('epochtimes-warner-rubio.html'),
        '--summary',
        'Senators ask the FTC to investigate TikTok.',
        '--captured',
        '2026-11-30',
        '--story',
        'leaked-audio',
      ],
      content,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path =
      'sources/sens-warner-rubio-call-for-investigation-of-china-s-access-to-data-of-us-tiktok-users.txt';
    expect(stdout).toContain(`wrote ${join(content, path)}`);
    expect(stdout).toContain(`wrote ${join(content, 'outlets/the-epoch-times.yaml')}`);
    expect(stdout).toContain('cut it down to the passages under analysis');
    const { fields, body } = readSource(content, path);
    expect(fields).toMatchObject({
      title:
        'Sens. Warner, Rubio Call for Investigation of China’s Access to Data of US TikTok Users',
      summary: 'Senators ask the FTC to investigate TikTok.',
      outlet: 'the-epoch-times',
      stories: ['leaked-audio'],
      authors: ['Mark Tapscott'],
      url: EPOCH_URL,
      published: '2022-07-06',
      kind: 'news',
    });
    const paragraphs = body.trimEnd().split('\n\n');
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^“We write in response to public reports/);
    expect(body).not.toMatch(/Advertisement|Subscribe|Related story|Copyright/);
    expect((await npmRun('check', ['--no-hints'], content)).code).toBe(0);
  });

  test('reads JSON-LD metadata and falls back to the host name for the outlet', async () => {
    const content = baseContentCopy();
    const url =
      'https://keyt.com/news/2022/09/14/tiktok-wont-commit-to-stopping-us-data-flows-to-china';
    const { code } = await npmRun(
      'archive',
      [
        '--url',
        url,
        '--html',
        capturePath('keyt-tiktok-wont-commit.html'),
        '--summary',
        'A hearing.',
        '--kind',
        'reprint',
        '--slug',
        'keyt-page',
        '--story',
        'follow-up',
      ],
      content,
    );
    expect(code).toBe(0);
    const { fields, body } = readSource(content, 'sources/keyt-page.txt');
    expect(fields).toMatchObject({
      title: 'TikTok won’t commit to stopping US data flows to China',
      outlet: 'keyt-com',
      authors: ['Brian Fung, CNN Business'],
      published: '2022-09-14',
      kind: 'reprint',
    });
    expect(body.trimEnd().split('\n\n')).toHaveLength(4);
    expect(body).not.toContain('newsletter');
    expect(existsSync(join(content, 'outlets/keyt-com.yaml'))).toBe(true);
  });

  test('a network failure is one clear line and writes nothing', async () => {
    const content = baseContentCopy();
    const before = snapshot(content);
    const { code, stdout, stderr } = await npmRun(
      'archive',
      ['--url', 'http://127.0.0.1:9/', '--summary', 'Anything.'],
      content,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^error: could not fetch http:\/\/127\.0\.0\.1:9\/ \(.+\): check the address/,
    );
    expect(snapshot(content)).toEqual(before);
  });
});

test('a refused connection names the problem in one line', async () => {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  const { code, stderr } = await npmRun(
    'archive',
    ['--url', `http://127.0.0.1:${port}/story`, '--summary', 'Anything.'],
    baseContentCopy(),
  );
  expect(code).toBe(1);
  expect(stderr).toBe(
    `error: could not fetch http://127.0.0.1:${port}/story (connection refused, ECONNREFUSED): check the address and your connection, or save the page and pass --html\n`,
  );
});

describe('npm run archive: mistakes get one line each', () => {
  test.each([
    [['--url', 'https://example.org/a'], 'error: --url needs --summary'],
    [['--url', 'not a url', '--summary', 'x'], 'error: --url "not a url" is not a web address'],
    [[], 'error: give a capture file, or --url <URL>'],
    [['no-such-capture.txt'], 'error: cannot read no-such-capture.txt: check the path'],
    [
      ['--url', 'https://example.org/a', '--summary', 'x', '--html', 'missing.html'],
      'error: cannot read missing.html',
    ],
    [['--frobnicate'], "error: Unknown option '--frobnicate'"],
    [
      [capturePath('keyt-2022-09-14-tiktok-wont-commit.txt'), '--captured', '2026-02-30'],
      'error: --captured "2026-02-30" is not a date written YYYY-MM-DD',
    ],
  ])('%j', async (args, line) => {
    const content = baseContentCopy();
    const { code, stderr } = await npmRun('archive', args, content);
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toContain(line);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  test('a capture without a --- line is reported with its file and line', async () => {
    const content = baseContentCopy();
    const { writeFileSync } = await import('node:fs');
    const bad = join(content, 'bad-capture.txt');
    writeFileSync(bad, 'outlet: X\nsummary: Y\nText with no separator\n');
    const { code, stderr } = await npmRun('archive', [bad], content);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      `error: ${bad}:1: has no \`---\` line: a capture is header lines (url:, outlet:, title:, …), a \`---\` line, then the text`,
    );
  });

  test('--help explains the command and exits 0', async () => {
    const { code, stdout } = await npmRun('archive', ['--help'], baseContentCopy());
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}npm run archive -- <capture.txt>/);
  });
});
