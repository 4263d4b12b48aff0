/**
 * schema.org structured data (JSON-LD) for every kind of page, typed with
 * schema-dts so that a misspelt property or a wrong value type fails the type
 * check.
 *
 * - a source is a `CreativeWork` (the archived excerpt) that `isBasedOn` the
 *   original address, is `archivedAt` this site (and any outside archive),
 *   and carries its SHA-256 as an `identifier`;
 * - a quote is a `Quotation` with its speaker as `spokenByCharacter` and
 *   `creator`, based on the passage that first reported it;
 * - a claim is a `ClaimReview` of a `Claim` (its appearances and first
 *   appearance in the archive), rated with the ledger status as the
 *   rating's `alternateName`;
 * - an analysis article is an `AnalysisNewsArticle` whose `citation`s are the
 *   sources it quotes or cites, with each published correction as a
 *   `CorrectionComment` (`correction`) and `dateModified` its `updated` day;
 * - people are `Person`s, outlets `Organization`s; the home page describes
 *   the `WebSite` with a `SearchAction`; inner pages carry a `BreadcrumbList`.
 *
 * @see https://schema.org/ClaimReview
 * @see https://developers.google.com/search/docs/appearance/structured-data/factcheck
 */
import { storyMembers } from '../lists/stories.ts';
import type {
  AnalysisNewsArticle,
  BreadcrumbList,
  ClaimReview,
  CollectionPage,
  CorrectionComment,
  CreativeWork,
  Dataset,
  Organization,
  Person,
  Quotation,
  SearchAction,
  Thing,
  WebPage,
  WebSite,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import type {
  Annotation,
  Archive,
  Article,
  Claim,
  Outlet,
  Person as ArchivePerson,
  Quote,
  Source,
  Story,
} from '../archive/model.ts';
import { partyOf, rulingSummary } from '../lists/rulings.ts';
import { claimStatuses } from '../../schemas/index.ts';
import { absolute, known, type SiteInfo } from './site.ts';
import { urls } from '../urls.ts';
import { personName, sourceHeadlineOf } from '../render/titles.ts';

/** Any structured-data object this module builds, with its `@context`. */
export type JsonLd = WithContext<Thing>;

/** One step of a breadcrumb trail: its label and site-relative path. */
export interface TrailStep {
  label: string;
  /** Site-relative path; the current page when omitted. */
  href?: string;
}

/** The site's publishing organisation, referred to by every page. */
export function siteOrganization(site: SiteInfo): Organization {
  return {
    '@type': 'Organization',
    '@id': `${site.url}#organization`,
    name: site.name,
    url: site.url,
  };
}

/** The home page's description of the site, with a search action for `/search/?q=`. */
export function websiteJsonLd(site: SiteInfo): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${absolute(site, urls.search())}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${site.url}#website`,
    name: site.name,
    description: site.description,
    url: site.url,
    inLanguage: 'en',
    publisher: siteOrganization(site),
    potentialAction: search,
  };
}

/**
 * The breadcrumb trail of a page: Home, then each step; a step with no
 * `href` is the current page, at `currentPath`.
 */
export function breadcrumbJsonLd(
  site: SiteInfo,
  steps: readonly TrailStep[],
  currentPath: string,
): WithContext<BreadcrumbList> {
  const trail: TrailStep[] = [{ label: 'Home', href: urls.home() }, ...steps];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.label,
      item: absolute(site, step.href ?? currentPath),
    })),
  };
}

function outletRef(site: SiteInfo, archive: Archive, outletId: string): Organization {
  const outlet = archive.outlet.get(outletId);
  const org: Organization = {
    '@type': 'Organization',
    '@id': absolute(site, urls.outlet(outletId)),
    name: outlet?.name ?? outletId,
  };
  if (outlet?.url !== undefined) org.sameAs = outlet.url;
  return org;
}

function personRef(site: SiteInfo, archive: Archive, personId: string): Person {
  return {
    '@type': 'Person',
    '@id': absolute(site, urls.person(personId)),
    name: personName(archive, personId),
    url: absolute(site, urls.person(personId)),
  };
}

/** A short reference to a source, for citations and appearances. */
function sourceRef(
  site: SiteInfo,
  archive: Archive,
  source: Source,
  annotation?: Annotation,
): CreativeWork {
  const work: CreativeWork = {
    '@type': 'CreativeWork',
    name: sourceHeadlineOf(archive, source),
    url: absolute(
      site,
      annotation ? urls.passage(source.id, annotation.id) : urls.source(source.id),
    ),
    publisher: outletRef(site, archive, source.outlet),
  };
  const original = known(source.url);
  if (original !== undefined) work.isBasedOn = original;
  const published = known(source.published);
  if (published !== undefined) work.datePublished = published;
  if (annotation) work.text = annotation.text;
  return work;
}

/** A source page: the archived excerpt as a CreativeWork based on the original. */
export function sourceJsonLd(
  site: SiteInfo,
  archive: Archive,
  source: Source,
): WithContext<CreativeWork> {
  const page = absolute(site, urls.source(source.id));
  const archivedAt: string[] = [page];
  if (source.archive !== undefined) archivedAt.push(source.archive);
  const work: WithContext<CreativeWork> = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': `${page}#source`,
    name: sourceHeadlineOf(archive, source),
    abstract: source.summary,
    url: page,
    isBasedOn: known(source.url) ?? page,
    archivedAt,
    identifier: {
      '@type': 'PropertyValue',
      propertyID: 'sha256',
      value: source.sha256,
      description:
        'SHA-256 of the archived text after normalising line endings and trailing spaces',
    },
    publisher: outletRef(site, archive, source.outlet),
    inLanguage: source.language,
    dateCreated: source.captured,
    genre: source.kind,
    wordCount: source.words,
    encoding: {
      '@type': 'MediaObject',
      contentUrl: absolute(site, urls.sourceText(source.id)),
      encodingFormat: 'text/plain',
      sha256: source.sha256,
    },
  };
  if (source.authors.length > 0) {
    work.author = source.authors.map((name): Person => ({ '@type': 'Person', name }));
  }
  const published = known(source.published);
  if (published !== undefined) work.datePublished = published;
  const citedIn = archive.citedIn.get(source.id) ?? [];
  if (citedIn.length > 0) {
    work.subjectOf = citedIn.map((article): CreativeWork => ({
      '@type': 'AnalysisNewsArticle',
      headline: article.title,
      url: absolute(site, urls.article(article.id)),
    }));
  }
  return work;
}

/** Finds an annotation by source and id. */
function passage(
  archive: Archive,
  ref: { source: string; annotation: string },
): { source: Source; annotation: Annotation } | undefined {
  const source = archive.source.get(ref.source);
  const annotation = source?.annotations.find((a) => a.id === ref.annotation);
  return source && annotation ? { source, annotation } : undefined;
}

/** A quote page: the canonical wording as a Quotation by its speaker. */
export function quoteJsonLd(
  site: SiteInfo,
  archive: Archive,
  quote: Quote,
): WithContext<Quotation> {
  const speaker = personRef(site, archive, quote.speaker);
  const first = passage(archive, quote);
  const basedOn: string[] = [absolute(site, urls.passage(quote.source, quote.annotation))];
  const original = first ? known(first.source.url) : undefined;
  if (original !== undefined) basedOn.push(original);
  const result: WithContext<Quotation> = {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': absolute(site, urls.quote(quote.id)),
    url: absolute(site, urls.quote(quote.id)),
    text: quote.text,
    spokenByCharacter: speaker,
    creator: speaker,
    isBasedOn: basedOn,
    inLanguage: first?.source.language ?? 'en',
  };
  if (quote.appearances.length > 0) {
    const seen = new Set<string>();
    result.citation = quote.appearances.flatMap((annotation): CreativeWork[] => {
      const source = archive.source.get(annotation.sourceId);
      const key = `${annotation.sourceId}#${annotation.id}`;
      if (!source || seen.has(key)) return [];
      seen.add(key);
      return [sourceRef(site, archive, source, annotation)];
    });
  }
  return result;
}

/** A claim page: the ledger entry as a ClaimReview rated with its status. */
export function claimJsonLd(
  site: SiteInfo,
  archive: Archive,
  claim: Claim,
): WithContext<ClaimReview> {
  // The first appearance is an appearance too; then every passage that supports or relays the claim.
  const first = passage(archive, claim.firstAppearance);
  const seen = new Set<string>();
  const appearance = [
    ...(first ? [first.annotation] : []),
    ...claim.evidence.supports,
    ...claim.evidence.relays,
  ].flatMap((annotation): CreativeWork[] => {
    const key = `${annotation.sourceId}#${annotation.id}`;
    const source = archive.source.get(annotation.sourceId);
    if (!source || seen.has(key)) return [];
    seen.add(key);
    return [sourceRef(site, archive, source, annotation)];
  });
  const claimant = partyOf(archive, claim.claimant);
  const rulings = rulingSummary(claim);
  const claimed: ClaimReview['itemReviewed'] = {
    '@type': 'Claim',
    name: claim.statement,
    ...(claimant
      ? {
          author: {
            '@type': claimant.kind === 'person' ? 'Person' : 'Organization',
            '@id': absolute(
              site,
              claimant.kind === 'person' ? urls.person(claimant.id) : urls.outlet(claimant.id),
            ),
            name: claimant.name,
          },
        }
      : {}),
    ...(appearance.length > 0 ? { appearance } : {}),
    ...(first ? { firstAppearance: sourceRef(site, archive, first.source, first.annotation) } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': absolute(site, urls.claim(claim.id)),
    url: absolute(site, urls.claim(claim.id)),
    claimReviewed: claim.statement,
    reviewBody: claim.summary,
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.status,
      description: claimStatuses[claim.status],
      ratingExplanation: claim.summary,
    },
    itemReviewed: claimed,
    dateCreated: rulings.created,
    dateModified: rulings.modified,
    // The ruling's author, as the claim file names them; the site publishes it.
    author: { '@type': 'Organization', name: rulings.current.author },
    publisher: siteOrganization(site),
  };
}

/** A person's page. */
export function personJsonLd(site: SiteInfo, person: ArchivePerson): WithContext<Person> {
  const result: WithContext<Person> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': absolute(site, urls.person(person.id)),
    name: person.name,
    description: person.description,
    url: absolute(site, urls.person(person.id)),
  };
  if (person.url !== undefined) result.sameAs = person.url;
  return result;
}

/** An outlet's page. */
export function outletJsonLd(site: SiteInfo, outlet: Outlet): WithContext<Organization> {
  const result: WithContext<Organization> = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': absolute(site, urls.outlet(outlet.id)),
    name: outlet.name,
    description: outlet.description,
    url: absolute(site, urls.outlet(outlet.id)),
  };
  if (outlet.url !== undefined) result.sameAs = outlet.url;
  return result;
}

/** An analysis article, citing every source it quotes or cites. */
export function articleJsonLd(
  site: SiteInfo,
  archive: Archive,
  article: Article,
): WithContext<AnalysisNewsArticle> {
  const page = absolute(site, urls.article(article.id));
  const cited = [...new Set(article.references.flatMap((r) => (r.source ? [r.source] : [])))]
    .sort()
    .flatMap((id): CreativeWork[] => {
      const source = archive.source.get(id);
      return source ? [sourceRef(site, archive, source)] : [];
    });
  const result: WithContext<AnalysisNewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    '@id': page,
    url: page,
    mainEntityOfPage: page,
    headline: article.title,
    description: article.description,
    datePublished: article.published,
    dateModified: article.updated ?? article.published,
    author: article.authors.map((name): Person => ({ '@type': 'Person', name })),
    publisher: siteOrganization(site),
    inLanguage: 'en',
    wordCount: article.words,
  };
  if (article.tags.length > 0) result.keywords = article.tags.join(', ');
  if (cited.length > 0) result.citation = cited;
  if (article.corrections.length > 0) {
    result.correction = article.corrections
      .map((c, index) => ({ ...c, index }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.index - b.index)
      .map((c): CorrectionComment => ({
        '@type': 'CorrectionComment',
        datePublished: c.date,
        text: c.text,
        url: absolute(site, urls.articleCorrections(article.id, c.index)),
      }));
  }
  return result;
}

/** A list page (sources, quotes, claims, people, outlets, analysis, the timeline). */
export function collectionPageJsonLd(
  site: SiteInfo,
  path: string,
  name: string,
  description: string,
): WithContext<CollectionPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': absolute(site, path),
    url: absolute(site, path),
    name,
    description,
    isPartOf: { '@id': `${site.url}#website` },
  };
}

/** Any other page. */
export function webPageJsonLd(
  site: SiteInfo,
  path: string,
  name: string,
  description: string,
): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': absolute(site, path),
    url: absolute(site, path),
    name,
    description,
    isPartOf: { '@id': `${site.url}#website` },
  };
}

/** One file of the open-data exports, for the Dataset description. */
export interface Distribution {
  /** Site-relative path of the file. */
  path: string;
  /** Media type, e.g. application/json. */
  format: string;
  /** What the file holds. */
  description: string;
}

/** The open-data page: the archive as a Dataset with one distribution per export. */
export function datasetJsonLd(
  site: SiteInfo,
  path: string,
  description: string,
  files: readonly Distribution[],
): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': absolute(site, path),
    url: absolute(site, path),
    name: `${site.name} open data`,
    description,
    creator: siteOrganization(site),
    publisher: siteOrganization(site),
    isAccessibleForFree: true,
    inLanguage: 'en',
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      contentUrl: absolute(site, file.path),
      encodingFormat: file.format,
      description: file.description,
    })),
  };
}

/**
 * A story's hub: a CollectionPage `about` the story (its title and dek) whose
 * parts are the story's analysis articles and archived sources.
 */
export function storyHubJsonLd(
  site: SiteInfo,
  archive: Archive,
  story: Pick<Story, 'id' | 'title' | 'dek'>,
): WithContext<CollectionPage> {
  const { articles, sources } = storyMembers(archive, story.id);
  return {
    ...collectionPageJsonLd(site, urls.story(story.id), story.title, story.dek),
    about: { '@type': 'Thing', name: story.title, description: story.dek },
    hasPart: [
      ...articles.map((a) => ({ '@id': absolute(site, urls.article(a.id)) })),
      ...sources.map((s) => ({ '@id': absolute(site, urls.source(s.id)) })),
    ],
  };
}
