/**
 * A re-check that reuses the files parsed before (astro dev) reports exactly
 * what a fresh check of the same files reports, and resolves the same
 * records, edit after edit: what it keeps from the check before (./reuse.ts)
 * must never show through.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import type { CheckResult } from '../../../src/lib/archive/model.ts';
import type { ParsedFiles } from '../../../src/lib/archive/read.ts';

const root = mkdtempSync(join(tmpdir(), 'sourcebook-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(import.meta.dirname, '../../../content'), root, { recursive: true });

const TODAY = '2026-12-08';
const path = (file: string): string => join(root, file);
const read = (file: string): string => readFileSync(path(file), 'utf8');
/** The files changed since the last re-check, as a file watcher reports them. */
const changed = new Set<string>();
const write = (file: string, text: string): void => {
  writeFileSync(path(file), text);
  changed.add(path(file));
};
const remove = (file: string): void => {
  rmSync(path(file));
  changed.add(path(file));
};
/** Rewrites a file with `change`, failing if it changes nothing. */
function rewrite(file: string, change: (text: string) => string): void {
  const before = read(file);
  const after = change(before);
  expect(after, `${file} should change`).not.toBe(before);
  write(file, after);
}

/** Diagnostics as plain data (their line and column are looked up when read). */
const plain = (result: CheckResult) =>
  result.diagnostics.map((d) => ({ ...d, line: d.line, column: d.column }));

/**
 * Checks the folder both ways and expects the same outcome; returns the
 * re-check's, which reads again only the files changed since the last one.
 */
function expectSameAsFresh(parsed: ParsedFiles): CheckResult {
  const again = checkArchive(root, {
    parsed,
    changed: new Set(changed),
    today: TODAY,
    hints: true,
  });
  changed.clear();
  const fresh = checkArchive(root, { today: TODAY, hints: true });
  expect(plain(again)).toEqual(plain(fresh));
  expect(again.archive).toEqual(fresh.archive);
  return again;
}

// A source with a note and an appearance of a quote, and that quote's file.
const sourceName = readdirSync(path('sources'))
  .sort()
  .find(
    (name) =>
      /^ {4}note: /m.test(read(`sources/${name}`)) && /^ {4}quote: /m.test(read(`sources/${name}`)),
  );
if (!sourceName) throw new Error('content/sources has no source with a note and a quote');
const SOURCE = `sources/${sourceName}`;
const QUOTE = `quotes/${/^ {4}quote: (\S+)/m.exec(read(SOURCE))?.[1]}.yaml`;
const ORIGINAL = {
  source: read(SOURCE),
  quote: read(QUOTE),
  articles: readdirSync(path('articles')).map((name) => [name, read(`articles/${name}`)] as const),
};

describe('a re-check reusing the files parsed before', () => {
  const parsed: ParsedFiles = new Map();
  beforeAll(() => void checkArchive(root, { parsed, today: TODAY, hints: true }));
  const errors = (result: CheckResult) =>
    result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

  it('matches a fresh check after a note is changed', () => {
    rewrite(SOURCE, (t) => t.replace(/^( {4}note: (?:>-\n\s+)?)/m, '$1Edited for the test. '));
    const result = expectSameAsFresh(parsed);
    const notes = result.archive.sources.flatMap((s) => s.annotations.map((a) => a.note));
    expect(notes.some((n) => n?.startsWith('Edited for the test.'))).toBe(true);
  });

  it("matches a fresh check after a quote's wording changes, so its appearances drift", () => {
    const before = checkArchive(root, { today: TODAY }).archive;
    rewrite(QUOTE, (t) => t.replace(/^(text: ['"]?)/m, '$1Reworded, '));
    const result = expectSameAsFresh(parsed);
    const id = QUOTE.slice('quotes/'.length, -'.yaml'.length);
    const drift = (archive: CheckResult['archive']) =>
      archive.quote.get(id)?.appearances.map((a) => a.drift);
    expect(drift(result.archive)).not.toEqual(drift(before));
  });

  it("matches a fresh check after a source's passage is broken", () => {
    rewrite(SOURCE, (t) => t.replace(/^( {4}exact: ['"]?)/m, '$1Words not in the text '));
    expect(errors(expectSameAsFresh(parsed))).toContain('anchor-not-found');
  });

  it("matches a fresh check after a source's archived text changes", () => {
    rewrite(SOURCE, (t) => t.replace(/\n---\n([\s\S]*?)(\w+)/, '\n---\n$1$2 changed'));
    expect(errors(expectSameAsFresh(parsed))).toContain('hash-mismatch');
  });

  it('matches a fresh check after a passage an article quotes changes in its source', () => {
    const id = SOURCE.slice('sources/'.length, -'.txt'.length);
    const quoted = readdirSync(path('articles'))
      .map(
        (name) =>
          new RegExp(`<Quote source="${id}"[^>]*>([^<]+)</Quote>`).exec(
            read(`articles/${name}`),
          )?.[1],
      )
      .find((words) => words !== undefined && read(SOURCE).includes(words));
    if (!quoted) throw new Error(`no article quotes ${id} word for word`);
    rewrite(SOURCE, (t) => t.replace(quoted, `${quoted} (changed)`.replace(/\S+$/, 'reworded')));
    const result = expectSameAsFresh(parsed);
    expect(result.diagnostics.filter((d) => d.file.includes('articles/')).length).toBeGreaterThan(
      0,
    );
  });

  it('matches a fresh check after an article changes', () => {
    const name = readdirSync(path('articles')).find((n) =>
      /<Quote source="[^"]+" annotation="/.test(read(`articles/${n}`)),
    );
    if (!name) throw new Error('no article quotes an annotation');
    rewrite(`articles/${name}`, (t) =>
      t.replace(/(<Quote source="[^"]+" annotation=")/, '$1no-such-'),
    );
    const result = expectSameAsFresh(parsed);
    expect(
      result.diagnostics.some((d) => d.file.endsWith(name) && d.code === 'unknown-reference'),
    ).toBe(true);
  });

  it('matches a fresh check after a record is deleted, and after a new file appears', () => {
    remove(QUOTE);
    const without = expectSameAsFresh(parsed);
    expect(errors(without)).toContain('unknown-reference');
    // Its appearances lose their drift with it.
    const id = QUOTE.slice('quotes/'.length, -'.yaml'.length);
    const appearances = without.archive.sources
      .flatMap((s) => s.annotations)
      .filter((a) => a.quote === id);
    expect(appearances.length).toBeGreaterThan(0);
    expect(appearances.map((a) => a.drift)).toEqual(appearances.map(() => undefined));

    write(QUOTE, ORIGINAL.quote);
    write('people/new-person-for-the-test.yaml', 'name: A new person\n');
    expectSameAsFresh(parsed);
  });

  it('matches a fresh check once every file is as it was', () => {
    write(SOURCE, ORIGINAL.source);
    for (const [name, text] of ORIGINAL.articles) write(`articles/${name}`, text);
    remove('people/new-person-for-the-test.yaml');
    expect(errors(expectSameAsFresh(parsed))).toEqual([]);
  });
});
