import { describe, expect, it } from 'vitest';
import { SEARCH_BUNDLES, bundleGlobs, tierCanMatch } from '../../../src/lib/search/bundles.ts';

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

  it('picks up a folder it has never heard of, so no searchable page is left out', () => {
    expect(bundleGlobs([dir('dossiers')]).texts).toBe('{*.html,dossiers/**/*.html}');
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
