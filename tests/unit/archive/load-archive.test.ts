/**
 * loadArchive's cache: re-checked when the content changes, either found by
 * re-scanning the tree or, under a file watcher (`astro dev`), reported.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveChanged, loadArchive, markWatched } from '../../../src/lib/archive/index.ts';
import { readContent, type ParsedFiles } from '../../../src/lib/archive/read.ts';
import { BASICS, removeContent, sourceFile, writeContent } from './temp-content.ts';

afterAll(removeContent);

const titleOf = (root: string): string | undefined => loadArchive(root).archive.sources[0]?.title;

describe('loadArchive', () => {
  it('reuses its result while nothing changed, and re-checks a changed tree', () => {
    const root = writeContent({ ...BASICS, 'sources/page.txt': sourceFile('Some text.') });
    const first = loadArchive(root);
    expect(loadArchive(root)).toBe(first);

    writeFileSync(
      join(root, 'sources/page.txt'),
      sourceFile('Some text.', { title: 'A longer, retitled test page' }),
    );
    expect(titleOf(root)).toBe('A longer, retitled test page');
  });

  it('under a watcher, keeps its result until a change is reported, without re-scanning', () => {
    const root = writeContent({ ...BASICS, 'sources/page.txt': sourceFile('Some text.') });
    markWatched(root);
    const first = loadArchive(root);

    writeFileSync(
      join(root, 'sources/page.txt'),
      sourceFile('Some text.', { title: 'A longer, retitled test page' }),
    );
    expect(loadArchive(root)).toBe(first);

    archiveChanged(root);
    expect(titleOf(root)).toBe('A longer, retitled test page');
  });

  it('under a watcher that names the changed files, reads only those again', () => {
    const root = writeContent({
      ...BASICS,
      'sources/one.txt': sourceFile('Some text.'),
      'sources/two.txt': sourceFile('Other text.'),
    });
    markWatched(root);
    loadArchive(root);
    const title = (id: string) => loadArchive(root).archive.source.get(id)?.title;

    writeFileSync(
      join(root, 'sources/one.txt'),
      sourceFile('Some text.', { title: 'One, retitled' }),
    );
    writeFileSync(
      join(root, 'sources/two.txt'),
      sourceFile('Other text.', { title: 'Two, retitled' }),
    );
    archiveChanged(root, join(root, 'sources/one.txt'));
    // Only the file named is read again: the watcher is trusted to name every change.
    expect([title('one'), title('two')]).toEqual(['One, retitled', 'A test page']);

    archiveChanged(root);
    expect([title('one'), title('two')]).toEqual(['One, retitled', 'Two, retitled']);
  });

  it('reports a new error after a reported change', () => {
    const root = writeContent({ ...BASICS, 'sources/page.txt': sourceFile('Some text.') });
    markWatched(root);
    expect(loadArchive(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const file = join(root, 'sources/page.txt');
    writeFileSync(file, sourceFile('Some text.').replace('Some text.', 'Some other text.'));
    archiveChanged(root);
    expect(loadArchive(root).diagnostics.map((d) => d.code)).toContain('hash-mismatch');
  });
});

describe('readContent with the files parsed before', () => {
  it('parses again only the files whose text changed, and forgets removed ones', () => {
    const root = writeContent({
      ...BASICS,
      'sources/one.txt': sourceFile('Some text.'),
      'sources/two.txt': sourceFile('Other text.'),
    });
    const parsed: ParsedFiles = new Map();
    const first = readContent(root, parsed);
    const record = (result: typeof first, id: string) => result.records.find((r) => r.id === id);

    writeFileSync(join(root, 'sources/two.txt'), sourceFile('Other text.', { title: 'Retitled' }));
    rmSync(join(root, 'outlets/example-outlet.yaml'));
    const second = readContent(root, parsed);

    expect(record(second, 'one')).toBe(record(first, 'one'));
    expect(record(second, 'two')).not.toBe(record(first, 'two'));
    expect((record(second, 'two')?.data as { title: string }).title).toBe('Retitled');
    expect(record(second, 'example-outlet')).toBeUndefined();
    expect([...parsed.keys()].some((path) => path.endsWith('example-outlet.yaml'))).toBe(false);
  });

  it('keeps reporting a broken file that has not changed', () => {
    const root = writeContent({ ...BASICS, 'quotes/broken.yaml': 'text: "never closed\n' });
    const parsed: ParsedFiles = new Map();
    const first = readContent(root, parsed).diagnostics;
    expect(first.map((d) => d.code)).toEqual(['yaml']);
    expect(readContent(root, parsed).diagnostics).toEqual(first);
  });
});
