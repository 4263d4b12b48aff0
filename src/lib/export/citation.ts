/**
 * Citations of sources, quotes and annotated passages: a stable permalink,
 * a plain-text reference, BibTeX (biblatex `@online`) and CSL-JSON. Nothing
 * is guessed: a date or address the archive records as `unknown` is said to
 * be unknown, and authors' names are kept whole (CSL `literal`) rather than
 * split into given and family names.
 *
 * @see https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html
 * @see https://ctan.org/pkg/biblatex
 */
import type { Annotation, Archive, Quote, Source } from '../archive/model.ts';
import type { SourceKind } from '../../schemas/index.ts';
import { absolute, known, type SiteInfo } from './site.ts';
import { urls } from '../urls.ts';
import { outletName, personName, sourceHeadlineOf } from '../render/titles.ts';

/** Everything a "Cite this" block shows. */
export interface Citation {
  /** The stable address to cite. */
  permalink: string;
  /** A plain-text reference. */
  text: string;
  /** A biblatex entry. */
  bibtex: string;
  /** Where the CSL-JSON of the source can be downloaded, for sources. */
  csl?: string;
}

/** A CSL-JSON date. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** A CSL-JSON item (the fields this site fills). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'post-weblog' | 'webpage' | 'document' | 'speech';
  title: string;
  'container-title': string;
  author?: { literal: string }[];
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  archive: string;
  archive_location: string;
  language: string;
  note: string;
}

/** The CSL item type for each kind of source. */
export const CSL_TYPE: Readonly<Record<SourceKind, CslItem['type']>> = {
  news: 'article-newspaper',
  reprint: 'article-newspaper',
  opinion: 'article-newspaper',
  blog: 'post-weblog',
  'company-statement': 'webpage',
  aggregator: 'webpage',
  transcript: 'speech',
  filing: 'document',
  other: 'webpage',
};

function cslDate(day: string): CslDate {
  const [y, m, d] = day.split('-').map(Number);
  return { 'date-parts': [[y ?? 0, m ?? 1, d ?? 1]] };
}

/** The CSL-JSON item for a source; its URL is the original, or the archived copy when that is unknown. */
export function sourceCsl(site: SiteInfo, archive: Archive, source: Source): CslItem {
  const permalink = absolute(site, urls.source(source.id));
  const original = known(source.url);
  const item: CslItem = {
    id: `sourcebook-${source.id}`,
    type: CSL_TYPE[source.kind],
    title: sourceHeadlineOf(archive, source),
    'container-title': outletName(archive, source.outlet),
    accessed: cslDate(source.captured),
    URL: original ?? permalink,
    archive: site.name,
    archive_location: permalink,
    language: source.language,
    note: `${original === undefined ? 'Original address unknown. ' : ''}Archived text SHA-256: ${source.sha256}`,
  };
  if (source.authors.length > 0) item.author = source.authors.map((literal) => ({ literal }));
  const published = known(source.published);
  if (published !== undefined) item.issued = cslDate(published);
  return item;
}

/** Escapes text for a BibTeX field value written in braces. */
export function bibtexEscape(value: string): string {
  return value.replace(/[\\{}&%$#_~^]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

/** An address for a BibTeX `url` field: kept verbatim except braces and backslashes, percent-encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/\\/g, '%5C');
}

/** A field value kept whole: BibTeX neither changes its case nor splits it into names. */
interface Braced {
  braced: string;
}

/** A list of personal names for an author field. */
interface Names {
  names: readonly string[];
}

/**
 * An author list: names joined by `and`; a name that BibTeX would misread (one
 * with a comma, or the word "and") is braced so that it stays one name.
 */
function bibtexNames(names: readonly string[]): string {
  return names
    .map((name) => bibtexEscape(name))
    .map((name) => (/,|\band\b/i.test(name) ? `{${name}}` : name))
    .join(' and ');
}

/** A biblatex entry; fields with undefined values are left out, the rest escaped. */
function bibtexEntry(
  type: string,
  key: string,
  fields: Record<string, string | Braced | Names | undefined>,
): string {
  const lines = Object.entries(fields).flatMap(([name, value]) => {
    if (value === undefined) return [];
    if (typeof value !== 'string' && 'names' in value) {
      return [`  ${name} = {${bibtexNames(value.names)}},`];
    }
    if (typeof value !== 'string') return [`  ${name} = {{${bibtexEscape(value.braced)}}},`];
    if (name === 'url') return [`  ${name} = {${bibtexUrl(value)}},`];
    return [`  ${name} = {${bibtexEscape(value)}},`];
  });
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

function sourceFields(
  site: SiteInfo,
  archive: Archive,
  source: Source,
  permalink: string,
): Record<string, string | Braced | Names | undefined> {
  const original = known(source.url);
  return {
    author: source.authors.length > 0 ? { names: source.authors } : undefined,
    // Double braces keep a headline's capitals as published.
    title: { braced: sourceHeadlineOf(archive, source) },
    organization: outletName(archive, source.outlet),
    date: known(source.published),
    url: original ?? permalink,
    urldate: source.captured,
    note: `${original === undefined ? 'Original address unknown. ' : ''}Archived by ${site.name}, captured ${source.captured}: ${permalink}`,
  };
}

/** "Outlet, “Title”, date" for plain-text references. */
function plainSource(archive: Archive, source: Source): string {
  const authors = source.authors.length > 0 ? `${source.authors.join(', ')}. ` : '';
  const date = known(source.published) ?? 'date unknown';
  return `${authors}“${sourceHeadlineOf(archive, source)}.” ${outletName(archive, source.outlet)}, ${date}.`;
}

function plainAddress(site: SiteInfo, source: Source, permalink: string): string {
  const original = known(source.url);
  return `${original ?? 'Original address unknown.'} Archived by ${site.name}, captured ${source.captured}: ${permalink}`;
}

/** How to cite an archived source. */
export function citeSource(site: SiteInfo, archive: Archive, source: Source): Citation {
  const permalink = absolute(site, urls.source(source.id));
  return {
    permalink,
    text: `${plainSource(archive, source)} ${plainAddress(site, source, permalink)}`,
    bibtex: bibtexEntry(
      'online',
      `sourcebook-${source.id}`,
      sourceFields(site, archive, source, permalink),
    ),
    csl: absolute(site, urls.sourceCsl(source.id)),
  };
}

/** How to cite one annotated passage: the passage verbatim, then its source. */
export function citeAnnotation(
  site: SiteInfo,
  archive: Archive,
  source: Source,
  annotation: Annotation,
): Citation {
  const permalink = absolute(site, urls.passage(source.id, annotation.id));
  const fields = sourceFields(site, archive, source, permalink);
  return {
    permalink,
    text: `“${annotation.text}” ${plainSource(archive, source)} ${plainAddress(site, source, permalink)}`,
    bibtex: bibtexEntry('online', `sourcebook-${source.id}-${annotation.id}`, {
      ...fields,
      addendum: `Passage: “${annotation.text}”`,
    }),
  };
}

/** How to cite a canonical quote: speaker, wording, and where it was first reported. */
export function citeQuote(site: SiteInfo, archive: Archive, quote: Quote): Citation {
  const permalink = absolute(site, urls.quote(quote.id));
  const speaker = personName(archive, quote.speaker);
  const source = archive.source.get(quote.source);
  const firstReported = source
    ? ` First reported in ${plainSource(archive, source)} ${known(source.url) ?? 'Original address unknown.'}`
    : '';
  return {
    permalink,
    text: `${speaker}: “${quote.text}”${firstReported} Quote record in ${site.name}: ${permalink}`,
    bibtex: bibtexEntry('online', `sourcebook-quote-${quote.id}`, {
      // A speaker may be a description such as "TikTok spokesperson", which is not a personal name to split.
      author: { braced: speaker },
      title: { braced: quote.text },
      organization: source ? outletName(archive, source.outlet) : undefined,
      date: source ? known(source.published) : undefined,
      url: permalink,
      urldate: source?.captured,
      note: `Quotation as recorded by ${site.name}${source ? `; first reported in “${sourceHeadlineOf(archive, source)}”${known(source.url) ? `, ${known(source.url)}` : ''}` : ''}`,
    }),
  };
}
