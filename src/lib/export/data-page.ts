/**
 * What the open-data page (/data/) shows: each export's address, what it
 * holds, its fields (rendered from the Zod schemas the exports are tested
 * against, src/lib/export/api.ts) and a real example from the archive, and
 * the page's own Dataset JSON-LD. The page and its section components
 * (src/components/data/) only lay this out.
 */
import type { Archive, Source } from '../archive/model.ts';
import { urls } from '../urls.ts';
import { API_NAMES, apiFile, type ApiName } from './api.ts';
import { apiFieldRows, type FieldRow } from './api-docs.ts';
import { datasetJsonLd } from './schema-org.ts';
import { absolute, type SiteInfo } from './site.ts';
import { allAnnotations, type WebAnnotation } from './web-annotation.ts';

/** One file of the JSON API as the page documents it. */
export interface ApiFileDoc {
  name: ApiName;
  path: string;
  schema: string;
  description: string;
  count: number;
  rows: FieldRow[];
  example: unknown;
}

/** Everything the open-data page shows. */
export interface DataPage {
  site: SiteInfo;
  /** How many annotations the archive holds. */
  annotationCount: number;
  /** The first annotation as a W3C Web Annotation, as an example. */
  exampleAnnotation: WebAnnotation | undefined;
  /** The first source by id, for an example address. */
  firstSource: Source | undefined;
  api: ApiFileDoc[];
  /** The page's description. */
  description: string;
  /** The page's JSON-LD: a Dataset with a DataDownload for each export. */
  jsonLd: ReturnType<typeof datasetJsonLd>[];
  /** What schema.org types each kind of page describes itself with: [page, types]. */
  schemaTypes: readonly (readonly [string, string])[];
  /** The absolute URL of a site path. */
  url: (path: string) => string;
  /** An address pattern such as /sources/<slug>/, absolute and shown as written (not percent-encoded). */
  pattern: (path: string) => string;
}

const API_DESCRIPTIONS: Record<ApiName, string> = {
  sources: 'Every archived source: its record, SHA-256 and archived text.',
  annotations: 'Every annotation, with its passage, context and position in code points.',
  quotes: 'Every canonical quote, with each appearance and its drift verdict.',
  claims: 'The claim ledger: each claim, its status and its evidence by stance.',
  events: 'The timeline: each dated event and the passages that show it.',
  stories:
    'The stories the site follows: each with its dek, status, key claims, feed and annotations.',
};

const DESCRIPTION =
  'Sourcebook’s open data: the annotations as W3C Web Annotations, the archive, quotes, claims and timeline as JSON, citations as CSL-JSON and BibTeX, feeds, a sitemap and schema.org JSON-LD on every page.';

const SCHEMA_TYPES = [
  ['Home page', 'WebSite, with a SearchAction to /search/?q={search_term_string}'],
  [
    'Source',
    'CreativeWork: isBasedOn the original address, archivedAt this page (and any outside archive), identifier the SHA-256 of the text',
  ],
  ['Quote', 'Quotation: spokenByCharacter and creator the speaker, isBasedOn the first report'],
  [
    'Claim',
    'ClaimReview: claimReviewed, reviewRating (a Rating whose alternateName is the status), itemReviewed a Claim with appearance and firstAppearance, author',
  ],
  ['Analysis article', 'AnalysisNewsArticle, with a citation for each source it cites'],
  ['Person, outlet', 'Person, Organization'],
  ['List pages and the timeline', 'CollectionPage'],
  ['This page', 'Dataset, with a DataDownload for each export'],
  ['Every inner page', 'BreadcrumbList'],
] as const;

/** The open-data page of `archive` on `site`. */
export function dataPage(site: SiteInfo, archive: Archive): DataPage {
  const annotations = allAnnotations(site, archive);
  const api = API_NAMES.map((name) => {
    const file = apiFile(site, archive, name);
    return {
      name,
      path: urls.api(name),
      schema: urls.apiSchema(name),
      description: API_DESCRIPTIONS[name],
      count: file.count,
      rows: apiFieldRows(name),
      example: file.items[0] as unknown,
    };
  });
  const jsonLd = [
    datasetJsonLd(site, urls.data(), DESCRIPTION, [
      {
        path: urls.annotations(),
        format: 'application/ld+json',
        description: 'Every annotation as a W3C AnnotationCollection.',
      },
      ...api.map((file) => ({
        path: file.path,
        format: 'application/json',
        description: file.description,
      })),
      { path: urls.feed('analysis'), format: 'application/rss+xml', description: 'Analysis feed.' },
      { path: urls.feed('sources'), format: 'application/rss+xml', description: 'Sources feed.' },
    ]),
  ];
  return {
    site,
    annotationCount: annotations.length,
    exampleAnnotation: annotations[0],
    firstSource: [...archive.sources].sort((a, b) => (a.id < b.id ? -1 : 1))[0],
    api,
    description: DESCRIPTION,
    jsonLd,
    schemaTypes: SCHEMA_TYPES,
    url: (path) => absolute(site, path),
    pattern: (path) => `${site.url.replace(/\/$/, '')}${path}`,
  };
}
