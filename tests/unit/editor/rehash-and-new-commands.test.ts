import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitSourceFile, type SplitSourceFile } from '../../../src/lib/archive/source-file.ts';
import { textSha256 } from '../../../src/lib/text/hash.ts';
import { baseContentCopy, npmRun, removeCopies, snapshot, STACK_TRACE } from './run-command.ts';

afterAll(removeCopies);

const SOURCE = 'sources/mediaite-everything-seen.txt';

describe('npm run archive:rehash', () => {
  test('after a deliberate change, prints the old and new values and changes only the sha256 line', async () => {
    const content = baseContentCopy();
    const path = join(content, SOURCE);
    const original = readFileSync(path, 'utf8');
    const edited = original.replace('according to Buzzfeed', 'according to BuzzFeed');
    writeFileSync(path, edited);
    expect((await npmRun('check', [], content)).code).toBe(1);

    const old = /^sha256: (\w+)$/m.exec(edited)?.[1] as string;
    const next = textSha256((splitSourceFile(edited) as SplitSourceFile).body);
    const { code, stdout, stderr } = await npmRun('archive:rehash', [path], content);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`${path}: sha256 was ${old}\n${path}: sha256 now ${next}\nwrote ${path}\n`);
    const after = readFileSync(path, 'utf8');
    const changed = after
      .split('\n')
      .map((line, i) => [line, edited.split('\n')[i]])
      .filter(([a, b]) => a !== b);
    expect(changed).toEqual([[`sha256: ${next}`, `sha256: ${old}`]]);
    expect((await npmRun('check', [], content)).code).toBe(0);
  });

  test('keeps CRLF line endings and every other byte of a CRLF file', async () => {
    const content = baseContentCopy();
    const path = join(content, SOURCE);
    const crlf = readFileSync(path, 'utf8')
      .replace('according to Buzzfeed', 'according to BuzzFeed')
      .replace(/\n/g, '\r\n');
    writeFileSync(path, crlf);
    const { code } = await npmRun('archive:rehash', [path], content);
    expect(code).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after.replace(/^sha256: \w+\r$/m, '')).toBe(crlf.replace(/^sha256: \w+\r$/m, ''));
    expect(after).toMatch(/^sha256: [0-9a-f]{64}\r$/m);
    expect((await npmRun('check', ['--no-hints'], content)).code).toBe(0);
  });

  test('says the hash is unchanged, and writes nothing, when the text has not changed', async () => {
    const content = baseContentCopy();
    const path = join(content, SOURCE);
    const mtime = statSync(path).mtimeMs;
    const { code, stdout } = await npmRun('archive:rehash', [path], content);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: sha256 unchanged \([0-9a-f]{64}\)\n$/);
    expect(stdout).not.toContain('wrote');
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  test.each([
    [[], 'error: give the source file to rehash; see --help'],
    [['missing.txt'], 'error: cannot read missing.txt: check the path'],
  ])('%j is one line', async (args, line) => {
    const { code, stderr } = await npmRun('archive:rehash', args, baseContentCopy());
    expect(code).toBe(1);
    expect(stderr).toBe(`${line}\n`);
  });

  test('a file without frontmatter is one line with its location', async () => {
    const content = baseContentCopy();
    const path = join(content, 'sources/plain.txt');
    writeFileSync(path, 'Just text.\n');
    const { code, stderr } = await npmRun('archive:rehash', [path], content);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${path}:1: does not start with a \`---\` line, so it has no frontmatter\n`,
    );
  });
});

describe('npm run new -- article', () => {
  test('scaffolds an article whose frontmatter passes the checker, and prints its path', async () => {
    const content = baseContentCopy();
    const { code, stdout, stderr } = await npmRun(
      'new',
      [
        'article',
        'What the leaked audio shows',
        '--author',
        'Fixture Desk',
        '--story',
        'follow-up',
      ],
      content,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = join(content, 'articles/what-the-leaked-audio-shows.mdx');
    expect(stdout.split('\n')[0]).toBe(`wrote ${path}`);
    const file = readFileSync(path, 'utf8');
    const fields = parse((splitSourceFile(file) as SplitSourceFile).yaml) as Record<
      string,
      unknown
    >;
    expect(fields).toEqual({
      title: 'What the leaked audio shows',
      description: 'What the archive shows about What the leaked audio shows.',
      stories: ['follow-up'],
      published: new Date().toISOString().slice(0, 10),
      authors: ['Fixture Desk'],
      tags: [],
    });
    const check = await npmRun('check', [], content);
    expect(check.stdout).toContain('2 articles');
    expect(check.stdout).toContain('0 errors');
    expect(check.code).toBe(0);
  });

  test('refuses to overwrite an existing article', async () => {
    const content = baseContentCopy();
    const before = snapshot(content);
    const { code, stderr } = await npmRun(
      'new',
      ['article', 'Anything', '--slug', 'what-was-seen', '--author', 'X', '--story', 'follow-up'],
      content,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: ${join(content, 'articles/what-was-seen.mdx')} already exists; choose another title or --slug\n`,
    );
    expect(snapshot(content)).toEqual(before);
  });

  test.each([
    [['article'], 'error: give the article a title: npm run new -- article "<title>"'],
    [
      ['page', 'X'],
      'error: say what to create: npm run new -- article "<title>", or story "<title>"',
    ],
    [
      ['article', 'Unfiled', '--author', 'X'],
      'error: say which story it belongs to: --story <id> (repeat it for several), one of follow-up, leaked-audio',
    ],
    [
      ['article', 'Misfiled', '--author', 'X', '--story', 'leaked-audoi'],
      'error: there is no story "leaked-audoi": use one of follow-up, leaked-audio, or create one with npm run new -- story "<title>"',
    ],
    [['article', 'Two', 'words'], 'error: put the title in quotes; unexpected words'],
    [
      ['article', '一切', '--author', 'X'],
      'error: cannot make a file name from "一切": pass --slug',
    ],
  ])('%j is one line', async (args, line) => {
    const { code, stderr } = await npmRun('new', args, baseContentCopy());
    expect(code).toBe(1);
    expect(stderr).toBe(`${line}\n`);
    expect(stderr).not.toMatch(STACK_TRACE);
  });
});

describe('npm run new -- quote|claim|person|event', () => {
  test('scaffolds a person and a quote the checker accepts, printing what was written', async () => {
    const content = baseContentCopy();
    const person = await npmRun(
      'new',
      ['person', 'Jane Roe', '--description', 'A TikTok engineer named in the leaked audio.'],
      content,
    );
    expect(person.stderr).toBe('');
    expect(person.code).toBe(0);
    expect(person.stdout.split('\n')[0]).toBe(`wrote ${join(content, 'people/jane-roe.yaml')}`);
    const quote = await npmRun(
      'new',
      [
        'quote',
        'Everything is seen in China',
        '--id',
        'seen-again',
        '--speaker',
        'jane-roe',
        '--source',
        'mediaite-everything-seen',
        '--annotation',
        'everything-seen',
        '--context',
        'Said in a September 2021 meeting.',
      ],
      content,
    );
    expect(quote.code).toBe(0);
    expect(quote.stdout.split('\n')[0]).toBe(`wrote ${join(content, 'quotes/seen-again.yaml')}`);
    expect(quote.stdout).toContain('add quote: seen-again to annotation "everything-seen"');
    expect(parse(readFileSync(join(content, 'quotes/seen-again.yaml'), 'utf8'))).toEqual({
      speaker: 'jane-roe',
      text: 'Everything is seen in China',
      source: 'mediaite-everything-seen',
      annotation: 'everything-seen',
      context: 'Said in a September 2021 meeting.',
    });
    // The schemas accept both files: what is left is the link the command says to add.
    const check = await npmRun('check', ['--no-hints'], content);
    expect(check.stdout).toContain('names annotation "everything-seen"');
    expect(check.stdout).toMatch(/: 1 error, 0 hints$/m);
  });

  test('refuses an id that is taken and writes nothing', async () => {
    const content = baseContentCopy();
    const before = snapshot(content);
    const { code, stderr } = await npmRun(
      'new',
      ['person', 'TikTok director', '--description', 'Someone else.'],
      content,
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      `error: the id "tiktok-director" is taken by ${join(content, 'people/tiktok-director.yaml')}; choose another with --id, or edit that file\n`,
    );
    expect(snapshot(content)).toEqual(before);
  });

  test('without a terminal, names the missing flags in one line', async () => {
    const { code, stderr } = await npmRun(
      'new',
      ['event', 'Something happened', '--story', 'leaked-audio'],
      baseContentCopy(),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'error: missing --date, --description, --source, --annotation: npm run new -- event "<what happened>" --date … --description … --source … --annotation …\n',
    );
  });
});

describe('npm run new -- story', () => {
  test('scaffolds a story that checks once a source names it, and prints its path', async () => {
    const content = baseContentCopy();
    const { code, stdout, stderr } = await npmRun('new', ['story', 'The hearing'], content);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = join(content, 'stories/the-hearing.yaml');
    expect(stdout.split('\n')[0]).toBe(`wrote ${path}`);
    const fields = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    expect(fields).toMatchObject({
      title: 'The hearing',
      status: 'developing',
      started: new Date().toISOString().slice(0, 10),
      keyClaims: [],
    });
    // A story no source belongs to is an error until one is filed under it.
    const before = await npmRun('check', ['--no-hints'], content);
    expect(before.stdout).toContain('has no sources: no source names "the-hearing"');
    const article = await npmRun(
      'new',
      ['article', 'On the hearing', '--author', 'X', '--story', 'the-hearing'],
      content,
    );
    expect(article.code).toBe(0);
    expect(readFileSync(join(content, 'articles/on-the-hearing.mdx'), 'utf8')).toContain(
      'stories:\n  - the-hearing\n',
    );
  });
});
