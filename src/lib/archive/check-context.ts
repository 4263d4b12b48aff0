/**
 * What the checker's steps (./check.ts calls them in order) hand one another:
 * the files read, the sources as far as they could be checked, and the
 * look-ups that resolve a reference to a passage.
 */
import type { AnnotationData, SourceData } from '../../schemas/index.ts';
import type { Annotation, Diagnostic, Source } from './model.ts';
import type { CollectionName } from './paths.ts';
import type { RawRecord } from './read.ts';

/** The files read, and where every step records what it finds. */
export interface CheckContext {
  /** Every record read, in reading order. */
  records: RawRecord[];
  /** Every problem found so far; each step adds to it. */
  diagnostics: Diagnostic[];
  /** For each collection, the ids of every file found, valid or not (see ./read.ts). */
  present: Record<CollectionName, Set<string>>;
  /** The record of a collection's file with this id. */
  record(collection: CollectionName, id: string): RawRecord | undefined;
  /** Today, YYYY-MM-DD, for dates that may not lie in the future (default: the UTC date). */
  today?: string;
  /**
   * Whether unchanged files keep their records from an earlier check (astro dev):
   * then what was computed from a record alone is reused (./reuse.ts).
   */
  reuse?: boolean;
}

/** An annotation as written, before validation: enough to anchor it and report on it. */
export interface WrittenAnnotation {
  /** Its position in the source's `annotations` list. */
  index: number;
  /** The validated annotation, when it passed its schema. */
  valid?: AnnotationData;
  /** The raw fields, for reference checks even when the annotation is invalid. */
  raw: Record<string, unknown>;
}

/** A source file after validation: its fields when valid, and each annotation as written. */
export interface WrittenSource {
  record: RawRecord;
  /** The frontmatter fields other than `annotations`, when they passed validation. */
  fields: Omit<SourceData, 'annotations'> | undefined;
  /** Each item of the `annotations` list. */
  written: WrittenAnnotation[];
  /** The ids written in its `annotations` list, or undefined when it is not a list. */
  writtenIds: string[] | undefined;
}

/** A source file as far as it could be checked: its text and anchors, valid or not. */
export interface CheckedSource {
  record: RawRecord;
  /** The source with its anchored (valid) annotations; its fields may be incomplete. */
  source: Source;
  /** Whether the frontmatter fields passed validation (then the source joins the archive). */
  valid: boolean;
  /** The ids written in its `annotations` list, or undefined when it is not a list. */
  writtenIds: string[] | undefined;
  /** Whether it has archived text to quote from. */
  hasText: boolean;
}

/** What articles need to resolve a `source` + `annotation` reference. */
export interface PassageLookup {
  /**
   * The source with this id: its checked form (with text and anchored
   * annotations, even if its fields are invalid), `unknown` when no file has
   * this id, or `reported` when its file has a problem already reported.
   */
  source(id: string): Source | 'unknown' | 'reported';
  /**
   * An annotation of a source: anchored, `unknown` when no annotation has
   * this id, or `reported` when it is written but has a problem of its own.
   */
  annotation(sourceId: string, id: string): Annotation | 'unknown' | 'reported';
  /** The annotation ids written in a source, for "use one of" suggestions. */
  annotationIds(sourceId: string): string[];
  /** Whether a claim file with this id exists (valid or not). */
  claimExists(id: string): boolean;
  /** Whether a quote file with this id exists (valid or not). */
  quoteExists(id: string): boolean;
  /** The fix line for an unknown id in a collection: a did-you-mean, or where ids come from. */
  unknownFix(collection: CollectionName, id: string): string;
}
