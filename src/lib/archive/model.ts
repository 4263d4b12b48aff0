/**
 * The resolved archive: every content file loaded, validated, anchored and
 * cross-referenced. Pages, exports and the search index read this graph; it is
 * built once per process by `loadArchive()` in ./index.ts.
 */
import type { DiagnosticCode } from './diagnostic-codes.ts';
import type {
  AnnotationData,
  ArticleData,
  ClaimData,
  EventData,
  OutletData,
  PersonData,
  QuoteData,
  SourceData,
  Stance,
  SiteData,
  StoryData,
} from '../../schemas/index.ts';
import type { DiffPart, DriftVerdict, TextRange } from '../text/types.ts';

export type { DiffPart, DriftVerdict, TextRange };

/** Where something is in a content file, for messages and links to the file. */
export interface Location {
  /** Path relative to the project root, e.g. content/sources/mediaite.txt. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** A problem (error) or advice (hint) about the content, with where it is. */
export interface Diagnostic extends Location {
  severity: 'error' | 'hint';
  /** Stable machine-readable code, e.g. `anchor-not-found`: one of ./diagnostic-codes.ts. */
  code: DiagnosticCode;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, when there is something to say; may span several lines (a word diff). */
  fix?: string;
  /**
   * What the message says, as data, for tools that act on it (the workbench's
   * one-click answers); the printed diagnostic never shows it.
   */
  data?: DiagnosticData;
}

/**
 * The structured payload of a diagnostic, by kind. `look-alike`: an
 * `unannotated-appearance` hint's canonical quote and where the passage it
 * found lies in the source's archived text (offsets into `Source.text`).
 */
export type DiagnosticData = LookAlikeData;

/** An unannotated passage that looks like a canonical quote. */
export interface LookAlikeData {
  kind: 'look-alike';
  /** The id of the canonical quote the passage resembles. */
  quote: string;
  /** Where the passage starts and ends in the source's archived text. */
  start: number;
  end: number;
  /** How similar the passage is to the quote's wording, from 0 to 1. */
  similarity: number;
}

/** An annotation, anchored: where its passage lies in the archived text. */
export interface Annotation extends AnnotationData, TextRange {
  /** The id of the source it belongs to. */
  sourceId: string;
  /** The archived text of the passage, exactly as captured (text.slice(start, end)). */
  text: string;
  /** Index of the paragraph the passage starts in. */
  paragraph: number;
  /** Drift against the canonical quote, when `quote` is set. */
  drift?: {
    verdict: DriftVerdict;
    /** Word diff from the compared canonical wording to this appearance. */
    diff: DiffPart[];
    /** True when the appearance quotes only part of the canonical wording. */
    partial: boolean;
    /** The canonical words it was compared with (all of them unless `partial`). */
    compared: string;
  };
  /** Where the annotation is written in the source file. */
  location: Location;
}

/** An archived source with its anchored annotations. */
export interface Source extends Omit<SourceData, 'annotations'> {
  id: string;
  /** The archived text as captured (BOM removed, line endings LF). */
  text: string;
  /** The paragraphs of `text`: ranges separated by blank lines. */
  paragraphs: TextRange[];
  annotations: Annotation[];
  /** Word count of the archived text. */
  words: number;
  /** 1-based line of the source file where the archived text starts. */
  textLine: number;
  location: Location;
}

/** A canonical quote with every annotated appearance in the archive. */
export interface Quote extends QuoteData {
  id: string;
  /** Every annotation naming this quote, in source date order. */
  appearances: Annotation[];
  /** The stories of the sources it appears in (derived by ../archive/stories.ts, never written). */
  stories: string[];
  location: Location;
}

/** A claim with its evidence. */
export interface Claim extends ClaimData {
  id: string;
  /** Annotations naming this claim, grouped by stance. */
  evidence: Record<Stance, Annotation[]>;
  location: Location;
}

export interface Person extends PersonData {
  id: string;
  location: Location;
}

export interface Outlet extends OutletData {
  id: string;
  location: Location;
}

export interface TimelineEvent extends EventData {
  id: string;
  location: Location;
}

/** A story the site follows, with its last update known. */
export interface Story extends Omit<StoryData, 'updated'> {
  id: string;
  /**
   * As written (YYYY-MM-DD), or the latest date of anything in the story
   * (./stories.ts): YYYY-MM-DD or YYYY-MM, empty when nothing in it is dated.
   */
  updated: string;
  location: Location;
}

/** What an article's MDX refers to, found by the checker. */
export interface ArticleReference {
  component: 'Quote' | 'Cite' | 'ClaimRef';
  source?: string;
  annotation?: string;
  claim?: string;
  /** For <Quote>: the words quoted, as written in the article. */
  words?: string;
  location: Location;
}

/** An analysis article's metadata and what it cites (the body is rendered by Astro). */
export interface Article extends ArticleData {
  id: string;
  references: ArticleReference[];
  /** Word count of the prose, for reading time. */
  words: number;
  location: Location;
}

/** The whole resolved archive. */
export interface Archive {
  sources: Source[];
  quotes: Quote[];
  claims: Claim[];
  people: Person[];
  outlets: Outlet[];
  events: TimelineEvent[];
  articles: Article[];
  /** The site's identity, from content/site.yaml (./site-file.ts). */
  site: SiteData;
  /** The stories, most recently updated first. */
  stories: Story[];
  /** Look-ups by id. */
  source: Map<string, Source>;
  quote: Map<string, Quote>;
  claim: Map<string, Claim>;
  person: Map<string, Person>;
  outlet: Map<string, Outlet>;
  article: Map<string, Article>;
  story: Map<string, Story>;
  /** Articles citing each source id (any Quote or Cite naming it). */
  citedIn: Map<string, Article[]>;
}

/** The archive and everything the checks found. */
export interface CheckResult {
  archive: Archive;
  diagnostics: Diagnostic[];
}
