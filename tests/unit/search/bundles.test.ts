import { describe, expect, it } from 'vitest';
import {
  SEARCH_BUNDLES,
  bundleGlobs,
  textsPartDir,
  textsPartGlobs,
  textsPartPath,
  tierCanMatch,
} from '../../../src/lib/search/bundles.ts';

const dir = (name: string) => ({ name, isDirectory: true });
const file = (name: string) => ({ name, isDirectory: false });

describe('bundleGlobs', () => {
  const globs = bundleGlobs([
    file('index.html'),
    file('404.html'),
    file('favicon.svg'),
    dir('quotes'),
    dir('claims'),
    dir('sources'),
    dir('analysis'),
    dir('people'),
    dir('pagefind'),
    dir('pagefind-texts'),
  ]);

  it('gives the first bundle the quote and claim pages', () => {
    expect(globs.first).toBe('{quotes/**/*.html,claims/**/*.html}');
  });

  it('gives the texts bundle every other folder and the top-level pages, sorted', () => {
    expect(globs.texts).toBe('{*.html,analysis/**/*.html,people/**/*.html,sources/**/*.html}');
  });

  it('never reads a bundle’s own folder, nor a quote or claim page twice', () => {
    for (const name of ['quotes', 'claims', SEARCH_BUNDLES.first.dir, SEARCH_BUNDLES.texts.dir]) {
      expect(globs.texts).not.toContain(`${name}/`);
    }
  });

  it('never reads a shard’s search folder (shard-2/: its own bundles)', () => {
    expect(bundleGlobs([dir('sources'), dir('shard-2'), dir('shard-10')]).texts).toBe(
      '{*.html,sources/**/*.html}',
    );
  });

  it('picks up a folder it has never heard of, so no searchable page is left out', () => {
    expect(bundleGlobs([dir('dossiers')]).texts).toBe('{*.html,dossiers/**/*.html}');
  });
});

describe('textsPartDir and textsPartPath', () => {
  it('put the parts at the root, or under a shard’s search folder', () => {
    expect(textsPartDir(1)).toBe('pagefind-texts');
    expect(textsPartDir(2)).toBe('pagefind-texts/part-2');
    expect(textsPartDir(1, 'shard-2/')).toBe('shard-2/pagefind-texts');
    expect(textsPartPath(3, 'shard-2/')).toBe('/shard-2/pagefind-texts/part-3/');
    expect(textsPartPath(1)).toBe('/pagefind-texts/');
  });
});

describe('tierCanMatch', () => {
  it('searches both bundles when no type is chosen', () => {
    expect(tierCanMatch('first', undefined)).toBe(true);
    expect(tierCanMatch('texts', [])).toBe(true);
  });

  it('skips the bundle that holds none of the chosen types', () => {
    expect(tierCanMatch('first', ['source'])).toBe(false);
    expect(tierCanMatch('texts', ['source'])).toBe(true);
    expect(tierCanMatch('first', ['claim', 'quote'])).toBe(true);
    expect(tierCanMatch('texts', ['claim', 'quote'])).toBe(false);
    expect(tierCanMatch('first', ['quote', 'article'])).toBe(true);
    expect(tierCanMatch('texts', ['quote', 'article'])).toBe(true);
  });

  it('treats a type it does not know as matching nothing', () => {
    expect(tierCanMatch('first', ['podcast'])).toBe(false);
    expect(tierCanMatch('texts', ['podcast'])).toBe(false);
  });
});

describe('textsPartGlobs', () => {
  const texts = '{*.html,analysis/**/*.html,sources/**/*.html}';
  const folder = (section: string, name: string, pages = 1) => ({ section, name, pages });
  const sources = (names: string[]) => names.map((name) => folder('sources', name));

  it('keeps one part, with the texts glob, while the pages fit in one', () => {
    expect(textsPartGlobs(texts, 2, { sources: 1 }, sources(['a-1', 'b-1']), 10)).toEqual([texts]);
  });

  it('packs folders into parts of at most cap pages, named by their shortest prefixes', () => {
    const names = ['abc-1', 'abc-2', 'abd-1', 'b-1', 'b-2', 'c-1'];
    const parts = textsPartGlobs(texts, 1, { sources: 0 }, sources(names), 3);
    expect(parts).toEqual([
      '{*.html,sources/*.html,sources/abc*/**/*.html}',
      '{sources/abd-1/**/*.html,sources/b*/**/*.html}',
      '{sources/c-1/**/*.html}',
    ]);
  });

  it('puts every folder in exactly one part, and no part over the cap', () => {
    const names = Array.from(
      { length: 250 },
      (_, i) => `outlet${i % 7}-${String(i).padStart(4, '0')}`,
    );
    const folders = [...sources(names), folder('analysis', 'a', 2), folder('analysis', 'b', 3)];
    const cap = 40;
    const parts = textsPartGlobs(texts, 3, { sources: 1, analysis: 1 }, folders, cap);
    const patterns = parts.map((part) => part.slice(1, -1).split(','));
    const matches = (pattern: string, f: { section: string; name: string }) => {
      const [section, rest] = pattern.split(/\/(.*)/s) as [string, string];
      if (section !== f.section) return false;
      const name = rest.replace(/\/\*\*\/\*\.html$/, '');
      return name.endsWith('*') ? f.name.startsWith(name.slice(0, -1)) : f.name === name;
    };
    for (const f of folders) {
      const holding = patterns.filter((ps) => ps.some((p) => p.includes('/**/') && matches(p, f)));
      expect(holding, f.name).toHaveLength(1);
    }
    patterns.forEach((ps, i) => {
      const pages =
        folders
          .filter((f) => ps.some((p) => p.includes('/**/') && matches(p, f)))
          .reduce((s, f) => s + f.pages, 0) +
        (i === 0 ? 3 : 0) +
        ps.filter((p) => /^[a-z]+\/\*\.html$/.test(p)).length;
      expect(pages).toBeLessThanOrEqual(cap);
    });
    expect(parts.length).toBeLessThanOrEqual(Math.ceil((250 + 5 + 5) / cap) + 2);
  });

  it('gives a folder larger than the cap a part of its own', () => {
    const parts = textsPartGlobs(
      texts,
      0,
      {},
      [folder('sources', 'a', 2), folder('sources', 'big', 9), folder('sources', 'c', 2)],
      4,
    );
    expect(parts).toContain('{sources/big/**/*.html}');
  });
});
