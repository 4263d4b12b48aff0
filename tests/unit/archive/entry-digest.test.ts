/**
 * Entry digests across re-checks (astro dev): a source whose file is unchanged
 * keeps its digest unless its annotations' drift changed; an edited one, or
 * one whose appearance drifts because its quote was reworded, gets a new one.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { entryDigest } from '../../../src/lib/archive/entry-digest.ts';
import type { CheckResult } from '../../../src/lib/archive/model.ts';
import type { ParsedFiles } from '../../../src/lib/archive/read.ts';

const root = mkdtempSync(join(tmpdir(), 'sourcebook-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
cpSync(join(import.meta.dirname, '../../../content'), root, { recursive: true });

const hash = (data: string): string => createHash('sha256').update(data).digest('hex');
const path = (file: string): string => join(root, file);
const read = (file: string): string => readFileSync(path(file), 'utf8');
const digests = (result: CheckResult, collection: 'sources' | 'quotes'): Map<string, string> =>
  new Map(result.archive[collection].map((e) => [e.id, entryDigest(collection, e, hash)]));

// A source with an appearance of a quote, another source, and the quote's file.
const names = readdirSync(path('sources')).sort();
const withQuote = names.find((n) => /^ {4}quote: /m.test(read(`sources/${n}`)));
if (!withQuote) throw new Error('content/sources has no source with an appearance of a quote');
const SOURCE = withQuote.replace(/\.txt$/, '');
const QUOTE = /^ {4}quote: (\S+)/m.exec(read(`sources/${withQuote}`))?.[1] ?? '';
const OTHER = names.map((n) => n.replace(/\.txt$/, '')).find((id) => id !== SOURCE) ?? '';

describe('entry digests across re-checks', () => {
  const parsed: ParsedFiles = new Map();
  const check = (changed: string[]): CheckResult =>
    checkArchive(root, { parsed, changed: new Set(changed.map(path)) });

  it("change with an edited source, and with a reworded quote's appearances, and only then", () => {
    const first = check([]);
    const before = digests(first, 'sources');

    const file = `sources/${SOURCE}.txt`;
    writeFileSync(path(file), read(file).replace(/^( {2}- id: )(\S+)/m, '$1$2-renamed'));
    const edited = digests(check([file]), 'sources');
    expect(edited.get(SOURCE)).not.toBe(before.get(SOURCE));
    expect(edited.get(OTHER)).toBe(before.get(OTHER));

    const quoteFile = `quotes/${QUOTE}.yaml`;
    writeFileSync(path(quoteFile), read(quoteFile).replace(/^(text: ['"]?)/m, '$1Reworded, '));
    const reworded = check([quoteFile]);
    const after = digests(reworded, 'sources');
    const appearsIn = new Set(
      reworded.archive.quote.get(QUOTE)?.appearances.map((a) => a.sourceId),
    );
    expect(appearsIn.size).toBeGreaterThan(0);
    for (const id of appearsIn) expect(after.get(id), id).not.toBe(edited.get(id));
    for (const [id, digest] of after)
      if (!appearsIn.has(id)) expect(digest, id).toBe(edited.get(id));
    // The same as a fresh check's digests of the same files.
    const fresh = checkArchive(root);
    expect(digests(fresh, 'sources')).toEqual(after);
    expect(digests(fresh, 'quotes')).toEqual(digests(reworded, 'quotes'));
  });
});
