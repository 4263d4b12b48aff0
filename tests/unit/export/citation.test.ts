import { describe, expect, test } from 'vitest';
import {
  bibtexEscape,
  citeAnnotation,
  citeQuote,
  citeSource,
  sourceCsl,
} from '../../../src/lib/export/citation.ts';
import { robustLinkAttributes } from '../../../src/lib/export/robust-links.ts';
import { fixtureArchive, fixtureSource, SITE } from './fixture.ts';

const archive = fixtureArchive();
const WIRE = 'wire-2022-06-18-tide-tables';

describe('citing a source', () => {
  test('the plain-text reference names authors, title, outlet, date, original address and the permalink', () => {
    const cite = citeSource(SITE, archive, fixtureSource(WIRE));
    expect(cite.permalink).toBe(`https://open-data.example/sources/${WIRE}/`);
    expect(cite.text).toBe(
      `Fixture Reporter, Second Reporter. “Recordings show 𝒳 staff read the tide tables.” Harbour Wire, 2022-06-18. https://wire.example.com/tide-tables Archived by Sourcebook, captured 2026-12-01: https://open-data.example/sources/${WIRE}/`,
    );
    expect(cite.csl).toBe(`https://open-data.example/sources/${WIRE}/source.csl.json`);
  });

  test('BibTeX is a biblatex @online entry with the original URL and the capture day as urldate', () => {
    const { bibtex } = citeSource(SITE, archive, fixtureSource(WIRE));
    expect(bibtex).toBe(
      [
        `@online{sourcebook-${WIRE},`,
        '  author = {Fixture Reporter and Second Reporter},',
        '  title = {{Recordings show 𝒳 staff read the tide tables}},',
        '  organization = {Harbour Wire},',
        '  date = {2022-06-18},',
        '  url = {https://wire.example.com/tide-tables},',
        '  urldate = {2026-12-01},',
        `  note = {Archived by Sourcebook, captured 2026-12-01: https://open-data.example/sources/${WIRE}/},`,
        '}',
      ].join('\n'),
    );
  });

  test('BibTeX special characters in a title are escaped', () => {
    const { bibtex } = citeSource(SITE, archive, fixtureSource('plain-no-annotations'));
    expect(bibtex).toContain(
      'title = {{A plain page with braces \\{and\\} 100\\% of the tables\\_}}',
    );
    expect(bibtexEscape('a~b^c\\d&e#f$g')).toBe(
      'a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d\\&e\\#f\\$g',
    );
  });

  test('an unknown address and date are said to be unknown, never guessed', () => {
    const source = fixtureSource('notice-undated');
    const cite = citeSource(SITE, archive, source);
    expect(cite.text).toContain('Notice Board, date unknown.');
    expect(cite.text).toContain('Original address unknown.');
    expect(cite.bibtex).not.toMatch(/^  date = /m);
    expect(cite.bibtex).toContain('url = {https://open-data.example/sources/notice-undated/}');
    const csl = sourceCsl(SITE, archive, source);
    expect(csl).not.toHaveProperty('issued');
    expect(csl).not.toHaveProperty('author');
    expect(csl.URL).toBe('https://open-data.example/sources/notice-undated/');
    expect(csl.note).toMatch(/^Original address unknown\. /);
  });

  test('CSL-JSON keeps names whole and dates as date-parts', () => {
    const csl = sourceCsl(SITE, archive, fixtureSource(WIRE));
    expect(csl).toMatchObject({
      id: `sourcebook-${WIRE}`,
      type: 'article-newspaper',
      title: 'Recordings show 𝒳 staff read the tide tables',
      'container-title': 'Harbour Wire',
      author: [{ literal: 'Fixture Reporter' }, { literal: 'Second Reporter' }],
      issued: { 'date-parts': [[2022, 6, 18]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://wire.example.com/tide-tables',
      archive: 'Sourcebook',
      archive_location: `https://open-data.example/sources/${WIRE}/`,
    });
  });
});

describe('citing a passage and a quote', () => {
  test('a passage is cited by its anchor, quoting the archived words verbatim', () => {
    const source = fixtureSource(WIRE);
    const annotation = source.annotations.find((a) => a.id === 'script-text');
    if (!annotation) throw new Error('fixture');
    const cite = citeAnnotation(SITE, archive, source, annotation);
    expect(cite.permalink).toBe(`https://open-data.example/sources/${WIRE}/#a-script-text`);
    expect(cite.text.startsWith('“</script><!-- not markup -->” Fixture Reporter')).toBe(true);
    expect(cite.bibtex).toContain(`@online{sourcebook-${WIRE}-script-text,`);
    expect(cite.bibtex).toContain('addendum = {Passage: “</script><!-- not markup -->”}');
  });

  test('a quote is cited as its speaker’s words with where it was first reported', () => {
    const quote = archive.quote.get('tide-tables');
    if (!quote) throw new Error('fixture');
    const cite = citeQuote(SITE, archive, quote);
    expect(cite.permalink).toBe('https://open-data.example/quotes/tide-tables/');
    expect(cite.text).toContain(
      'Dock engineer: “Every tide table is read in the 🌊 office” First reported in',
    );
    expect(cite.bibtex).toContain('author = {{Dock engineer}}');
  });
});

describe('robust links to originals', () => {
  test('carry the original, this site’s archived copy and its capture day', () => {
    expect(robustLinkAttributes(fixtureSource(WIRE), 'https://open-data.example/')).toEqual({
      'data-originalurl': 'https://wire.example.com/tide-tables',
      'data-versionurl': `https://open-data.example/sources/${WIRE}/`,
      'data-versiondate': '2026-12-01',
    });
  });

  test('carry nothing when the original address is unknown', () => {
    expect(
      robustLinkAttributes(fixtureSource('notice-undated'), 'https://open-data.example/'),
    ).toEqual({});
  });
});

describe('BibTeX author lists', () => {
  test('a name BibTeX would split or reorder is kept whole in braces', () => {
    const source = {
      ...fixtureSource(WIRE),
      authors: ['Smith, Jones', 'Marks and Spencer Staff', 'Ann Lee'],
    };
    expect(citeSource(SITE, archive, source).bibtex).toContain(
      'author = {{Smith, Jones} and {Marks and Spencer Staff} and Ann Lee},',
    );
  });
});
