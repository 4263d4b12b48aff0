import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import {
  countOf,
  countProblem,
  formatCount,
  numberInWords,
  type CountProps,
} from '../../../src/lib/archive/counts.ts';
import type { Archive } from '../../../src/lib/archive/model.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/counts');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the counts fixture, with the `added/` source when asked. */
function fixture(withAddedSource: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-counts-'));
  temps.push(dir);
  cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  if (withAddedSource) cpSync(join(FIXTURE, 'added'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

function archiveOf(root: string): Archive {
  const { archive, diagnostics } = checkArchive(root, { today: '2026-12-07' });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return archive;
}

const FIGURES: CountProps[] = [
  { of: 'sources' },
  { of: 'undated-sources' },
  { of: 'quoting-pages', quote: 'everything-seen-in-china' },
  { of: 'appearances', quote: 'everything-seen-in-china', verdict: 'exact' },
  { of: 'annotations' },
  { of: 'annotations', kind: 'quote' },
];

describe('figures counted on the fixture archive', () => {
  test('each figure is what the fixture holds', () => {
    const archive = archiveOf(fixture(false));
    expect(FIGURES.map((p) => countOf(archive, p))).toEqual([1, 0, 1, 1, 3, 2]);
  });

  test('adding an undated source that prints the quote changes every figure', () => {
    const archive = archiveOf(fixture(true));
    expect(FIGURES.map((p) => countOf(archive, p))).toEqual([2, 1, 2, 2, 4, 3]);
  });

  test('two appearances on one page are two appearances but one quoting page', () => {
    const root = fixture(false);
    const file = join(root, 'sources/mediaite-everything-seen.txt');
    const text = readFileSync(file, 'utf8').replace(
      '  - id: master-admin',
      [
        '  - id: everything-seen-again',
        '    exact: Everything is seen',
        '    prefix: "“"',
        '    kind: quote',
        '    speaker: trust-and-safety-member',
        '    quote: everything-seen-in-china',
        '  - id: master-admin',
      ].join('\n'),
    );
    writeFileSync(file, text);
    const { archive } = checkArchive(root, { today: '2026-12-07' });
    expect(countOf(archive, { of: 'appearances', quote: 'everything-seen-in-china' })).toBe(2);
    expect(countOf(archive, { of: 'quoting-pages', quote: 'everything-seen-in-china' })).toBe(1);
  });

  test('claims count by status', () => {
    const archive = archiveOf(fixture(false));
    expect(countOf(archive, { of: 'claims' })).toBe(1);
    expect(countOf(archive, { of: 'claims', status: 'false' })).toBe(0);
  });
});

describe('figures in words', () => {
  test.each([
    [0, 'zero'],
    [6, 'six'],
    [12, 'twelve'],
    [20, 'twenty'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [120, 'one hundred and twenty'],
    [999, 'nine hundred and ninety-nine'],
    [1204, '1,204'],
  ])('%i is written %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  test('the numeral is the default form, grouped in thousands', () => {
    expect(formatCount(10000, undefined)).toBe('10,000');
    expect(formatCount(6, 'word')).toBe('six');
    expect(formatCount(6, 'numeral')).toBe('6');
  });
});

describe('a <Count> with wrong attributes gets a problem saying what to write', () => {
  const quotes = new Set(['everything-seen-in-china']);
  const problem = (attrs: Record<string, string>) =>
    countProblem(
      attrs,
      (id) => quotes.has(id),
      (id) => `no quote ${id}`,
    );

  test('sound attributes have no problem', () => {
    expect(problem({ of: 'sources', as: 'word' })).toBeUndefined();
    expect(problem({ of: 'appearances', quote: 'everything-seen-in-china' })).toBeUndefined();
  });

  test('a missing or unknown `of`', () => {
    expect(problem({})?.message).toBe('<Count> needs an `of`: what to count');
    const unknown = problem({ of: 'source' });
    expect(unknown?.message).toBe('<Count> cannot count "source"');
    expect(unknown?.fix).toContain('did you mean of="sources"?');
  });

  test('an unknown or missing quote', () => {
    const unknown = problem({ of: 'appearances', quote: 'everything-is-seen' });
    expect(unknown?.code).toBe('unknown-reference');
    expect(unknown?.message).toBe(
      '<Count> refers to quote "everything-is-seen", which does not exist',
    );
    expect(problem({ of: 'quoting-pages' })?.message).toContain('needs a `quote`');
  });

  test('an attribute the kind does not take, or a value out of its list', () => {
    expect(problem({ of: 'sources', quote: 'everything-seen-in-china' })?.message).toBe(
      '<Count of="sources"> does not take `quote`',
    );
    expect(problem({ of: 'sources', as: 'words' })?.fix).toBe('did you mean as="word"?');
    expect(
      problem({ of: 'appearances', quote: 'everything-seen-in-china', verdict: 'exactly' })
        ?.message,
    ).toContain('`verdict` must be one of exact, typographic, style, altered, paraphrase');
  });

  test('every drift verdict can be counted, "style only" included', () => {
    for (const verdict of ['exact', 'typographic', 'style', 'altered', 'paraphrase'])
      expect(
        problem({ of: 'appearances', quote: 'everything-seen-in-china', verdict }),
        verdict,
      ).toBeUndefined();
  });
});
