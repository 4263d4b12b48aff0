import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindOfOutput, siteStats } from '../../../scripts/bench/site.ts';

describe('kindOfOutput', () => {
  it.each([
    ['index.html', 'html'],
    ['sources/a/index.html', 'html'],
    ['pagefind/pagefind-entry.json', 'pagefind'],
    ['pagefind-texts/fragment/x.pf_fragment', 'pagefind'],
    ['sources/a/annotations.jsonld', 'w3c-annotations'],
    ['annotations/1.jsonld', 'w3c-annotations'],
    ['sources/a/source.csl.json', 'csl'],
    ['api/claims.json', 'json-api'],
    ['sources/a/text.txt', 'text'],
    ['robots.txt', 'other'],
    ['_astro/page.abc.css', 'assets'],
    ['favicon.svg', 'assets'],
    ['sitemap-0.xml', 'feeds-and-maps'],
    ['rss/analysis.xml', 'feeds-and-maps'],
    ['_headers', 'other'],
  ])('%s is %s', (path, kind) => {
    expect(kindOfOutput(path)).toBe(kind);
  });
});

describe('siteStats', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-site-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, bytes: number) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), 'x'.repeat(bytes));
  };

  it('counts every file once, under its kind, biggest kind first', () => {
    write('index.html', 10);
    write('sources/a/index.html', 20);
    write('sources/a/annotations.jsonld', 100);
    write('pagefind/pagefind.js', 5);
    const stats = siteStats(dist);
    expect(stats.pages).toBe(2);
    expect(stats.distFiles).toBe(4);
    expect(stats.distBytes).toBe(135);
    expect(stats.distByKind).toEqual([
      { kind: 'w3c-annotations', files: 1, bytes: 100 },
      { kind: 'html', files: 2, bytes: 30 },
      { kind: 'pagefind', files: 1, bytes: 5 },
    ]);
  });
});
