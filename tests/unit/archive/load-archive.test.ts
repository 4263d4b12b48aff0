/**
 * loadArchive's cache: re-checked when the content changes, either found by
 * re-scanning the tree or, under a file watcher (`astro dev`), reported.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archiveChanged, loadArchive, watchedByCaller } from '../../../src/lib/archive/index.ts';
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
    watchedByCaller(root);
    const first = loadArchive(root);

    writeFileSync(
      join(root, 'sources/page.txt'),
      sourceFile('Some text.', { title: 'A longer, retitled test page' }),
    );
    expect(loadArchive(root)).toBe(first);

    archiveChanged(root);
    expect(titleOf(root)).toBe('A longer, retitled test page');
  });

  it('reports a new error after a reported change', () => {
    const root = writeContent({ ...BASICS, 'sources/page.txt': sourceFile('Some text.') });
    watchedByCaller(root);
    expect(loadArchive(root).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const file = join(root, 'sources/page.txt');
    writeFileSync(file, sourceFile('Some text.').replace('Some text.', 'Some other text.'));
    archiveChanged(root);
    expect(loadArchive(root).diagnostics.map((d) => d.code)).toContain('hash-mismatch');
  });
});
