import { describe, expect, it } from 'vitest';
import {
  devIndexNote,
  indexContentType,
  indexFileOf,
  timeAgo,
} from '../../../src/lib/search/dev-index.ts';

describe('indexFileOf', () => {
  it('maps the index addresses of the built site to files of the output folder', () => {
    expect(indexFileOf('/pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
    expect(indexFileOf('/pagefind/fragment/en_1a2b.pf_fragment?x=1')).toBe(
      'pagefind/fragment/en_1a2b.pf_fragment',
    );
    expect(indexFileOf('/pagefind-texts/pagefind-entry.json')).toBe(
      'pagefind-texts/pagefind-entry.json',
    );
  });

  it('answers nothing else, and nothing that leaves the index folders', () => {
    for (const url of [
      '/search/',
      '/pagefind/',
      '/pagefind/../package.json',
      '/pagefind/%2e%2e/package.json',
      '/pagefind/a/../../x',
      '/pagefind/..%2fpackage.json',
      '/pagefind/%5c..%5cx',
      '/pagefind//etc/passwd',
      '/pagefind/%00',
      '/pagefind/%E0%A4%A',
      '/pagefindx/pagefind.js',
    ]) {
      expect(indexFileOf(url), url).toBeUndefined();
    }
  });
});

describe('indexContentType', () => {
  it('gives the types browsers need for scripts, JSON and WebAssembly', () => {
    expect(indexContentType('pagefind/pagefind.js')).toBe('text/javascript; charset=utf-8');
    expect(indexContentType('pagefind/pagefind-entry.json')).toBe(
      'application/json; charset=utf-8',
    );
    expect(indexContentType('pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(indexContentType('pagefind/pagefind.wasm')).toBe('application/wasm');
  });
});

describe('timeAgo and devIndexNote', () => {
  const now = Date.parse('2026-12-07T17:00:00Z');
  it('says how long ago in the largest whole unit', () => {
    expect(timeAgo(now - 20_000, now)).toBe('just now');
    expect(timeAgo(now - 60_000, now)).toBe('1 minute ago');
    expect(timeAgo(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(timeAgo(now - 3 * 3_600_000 - 60_000, now)).toBe('3 hours ago');
    expect(timeAgo(now - 2 * 86_400_000, now)).toBe('2 days ago');
    expect(timeAgo(now + 60_000, now)).toBe('just now');
  });

  it('says how old the index is and what changed since, or nothing without an index', () => {
    expect(devIndexNote({ builtAt: null, changedSince: 0 }, now)).toBeUndefined();
    expect(devIndexNote({ builtAt: '2026-12-07T16:55:00Z', changedSince: 0 }, now)).toBe(
      'Searching the index of the last build (npm run build), made 5 minutes ago. No content file has changed since. Run npm run build to bring it up to date.',
    );
    expect(devIndexNote({ builtAt: '2026-12-06T17:00:00Z', changedSince: 1 }, now)).toContain(
      'made 1 day ago. 1 content file has changed since: results show those pages as they were then.',
    );
    expect(devIndexNote({ builtAt: '2026-12-06T17:00:00Z', changedSince: 3 }, now)).toContain(
      '3 content files have changed since',
    );
  });
});
