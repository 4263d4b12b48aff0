import { describe, expect, test } from 'vitest';
import { serializeJsonLd, stableJson } from '../../../src/lib/export/json-ld.ts';
import { schemaOrgProblems } from '../../support/requirements.ts';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  claimJsonLd,
  collectionPageJsonLd,
  datasetJsonLd,
  outletJsonLd,
  personJsonLd,
  quoteJsonLd,
  sourceJsonLd,
  websiteJsonLd,
} from '../../../src/lib/export/schema-org.ts';
import { fixtureArchive, fixtureSource, SITE } from './fixture.ts';

const archive = fixtureArchive();
const WIRE = 'wire-2022-06-18-tide-tables';

function get<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`missing ${id}`);
  return value;
}

describe('schema.org JSON-LD', () => {
  test('the website has a SearchAction to /search/?q={search_term_string}', () => {
    const site = websiteJsonLd(SITE);
    expect(schemaOrgProblems(site)).toEqual([]);
    expect(site.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: 'https://open-data.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });

  test('a source is a CreativeWork based on the original, archived here, identified by its SHA-256', () => {
    const source = fixtureSource(WIRE);
    const work = sourceJsonLd(SITE, archive, source);
    expect(schemaOrgProblems(work)).toEqual([]);
    expect(work).toMatchObject({
      '@type': 'CreativeWork',
      isBasedOn: 'https://wire.example.com/tide-tables',
      archivedAt: [`https://open-data.example/sources/${WIRE}/`, source.archive],
      identifier: { '@type': 'PropertyValue', propertyID: 'sha256', value: source.sha256 },
      datePublished: '2022-06-18',
      author: [
        { '@type': 'Person', name: 'Fixture Reporter' },
        { '@type': 'Person', name: 'Second Reporter' },
      ],
    });
  });

  test('a source with an unknown address, date and title is based on its own archived copy and claims no date', () => {
    const work = sourceJsonLd(SITE, archive, fixtureSource('notice-undated'));
    expect(schemaOrgProblems(work)).toEqual([]);
    expect(work.isBasedOn).toBe('https://open-data.example/sources/notice-undated/');
    expect(work).not.toHaveProperty('datePublished');
    expect(work.name).toBe('Untitled page from Notice Board');
  });

  test('a quote is a Quotation spoken by its speaker and based on the passage that first reported it', () => {
    const quote = quoteJsonLd(SITE, archive, get(archive.quote, 'tide-tables'));
    expect(schemaOrgProblems(quote)).toEqual([]);
    expect(quote.spokenByCharacter).toMatchObject({ '@type': 'Person', name: 'Dock engineer' });
    expect(quote.isBasedOn).toEqual([
      `https://open-data.example/sources/${WIRE}/#a-tide-quote`,
      'https://wire.example.com/tide-tables',
    ]);
  });

  test('a claim is a ClaimReview rated with its status, of a Claim with its appearances', () => {
    const review = claimJsonLd(SITE, archive, get(archive.claim, 'tables-read'));
    expect(schemaOrgProblems(review)).toEqual([]);
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'disputed' });
    expect(review.itemReviewed).toMatchObject({
      '@type': 'Claim',
      firstAppearance: { url: `https://open-data.example/sources/${WIRE}/#a-tables-read` },
    });
    // The ruling: first and last dates from the claim's history, its author, and the claimant.
    expect(review).toMatchObject({
      dateCreated: '2026-11-20',
      dateModified: '2026-12-01',
      author: { '@type': 'Organization', name: 'Fixture editors' },
    });
    expect(review.itemReviewed).toMatchObject({
      author: {
        '@type': 'Organization',
        '@id': 'https://open-data.example/outlets/harbour-wire/',
        name: 'Harbour Wire',
      },
    });
    // The disputing passage is evidence, not an appearance of the claim.
    const appearances = JSON.stringify(review.itemReviewed);
    expect(appearances).not.toContain('#a-every-reason');
  });

  test('an article is an AnalysisNewsArticle citing the sources it cites', () => {
    const article = articleJsonLd(SITE, archive, get(archive.article, 'reading-the-tides'));
    expect(schemaOrgProblems(article)).toEqual([]);
    expect(article.citation).toEqual([
      expect.objectContaining({ url: 'https://open-data.example/sources/notice-undated/' }),
      expect.objectContaining({ url: `https://open-data.example/sources/${WIRE}/` }),
    ]);
  });

  test('people, outlets, lists and the dataset carry what their types need', () => {
    expect(schemaOrgProblems(personJsonLd(SITE, get(archive.person, 'dock-engineer')))).toEqual([]);
    const outlet = outletJsonLd(SITE, get(archive.outlet, 'harbour-wire'));
    expect(schemaOrgProblems(outlet)).toEqual([]);
    expect(outlet).toMatchObject({ sameAs: 'https://wire.example.com/' });
    expect(schemaOrgProblems(collectionPageJsonLd(SITE, '/quotes/', 'Quotes', 'All'))).toEqual([]);
    const dataset = datasetJsonLd(SITE, '/data/', 'Open data', [
      { path: '/api/sources.json', format: 'application/json', description: 'Sources' },
    ]);
    expect(schemaOrgProblems(dataset)).toEqual([]);
  });

  test('a breadcrumb trail starts at Home and numbers its steps from 1 with absolute URLs', () => {
    const trail = breadcrumbJsonLd(
      SITE,
      [{ label: 'Sources', href: '/sources/' }, { label: 'One' }],
      '/sources/one/',
    );
    expect(schemaOrgProblems(trail)).toEqual([]);
    expect(trail.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://open-data.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Sources',
        item: 'https://open-data.example/sources/',
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'One',
        item: 'https://open-data.example/sources/one/',
      },
    ]);
  });

  test('the checker names a missing required property', () => {
    expect(
      schemaOrgProblems({
        '@context': 'https://schema.org',
        '@type': 'Quotation',
        url: 'https://x.example/',
      }),
    ).toContain('Quotation https://x.example/: text is missing');
  });
});

describe('serialising JSON-LD into a script element', () => {
  test('archived text cannot close the script or open a comment, and the JSON still parses to the same value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028 >' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  test('the source with markup-like text serialises without a raw <', () => {
    const json = serializeJsonLd(sourceJsonLd(SITE, archive, fixtureSource(WIRE)));
    expect(json).not.toContain('<');
  });

  test('downloadable JSON is indented, ends in a newline and is the same for the same value', () => {
    expect(stableJson({ b: 1 })).toBe('{\n  "b": 1\n}\n');
  });
});
