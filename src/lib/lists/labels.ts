/**
 * Words readers see for the archive's coded values: source kinds, annotation
 * kinds, stances and claim statuses, each a record keyed by its schema's enum
 * (src/schemas/), so a value added there must be named here. Drift verdicts:
 * DRIFT_LABELS in src/lib/render/drift-display.ts.
 */
import type { SourceKind } from '../../schemas/source.ts';
import type { AnnotationKind, Stance } from '../../schemas/annotation.ts';
import type { ClaimStatus } from '../../schemas/records.ts';

/** What kind of page a source is, in words. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  news: 'News report',
  reprint: 'Reprint',
  opinion: 'Opinion',
  blog: 'Blog post',
  'company-statement': 'Company statement',
  aggregator: 'Aggregator',
  transcript: 'Transcript',
  filing: 'Filing',
  other: 'Other',
};

/** What an annotation marks, in words: the label of its highlight. */
export const ANNOTATION_KIND_LABELS: Record<AnnotationKind, string> = {
  quote: 'Quote',
  claim: 'Claim',
  context: 'Context',
  correction: 'Correction',
};

/** What each annotation kind's highlight means, for the key above the archived text. */
export const ANNOTATION_KIND_MEANINGS: Record<AnnotationKind, string> = {
  quote: 'someone’s words',
  claim: 'a factual assertion',
  context: 'background',
  correction: 'an error in the source',
};

/** Stances as a count's noun: `2 supporting`. */
export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'supporting',
  relays: 'relaying',
  disputes: 'disputing',
};

/** Stances as a verb and a heading: `Supports the claim`. */
export const STANCE_HEADINGS: Record<Stance, string> = {
  supports: 'Supports',
  relays: 'Relays',
  disputes: 'Disputes',
};

/** Claim statuses as headings. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  established: 'Established',
  supported: 'Supported',
  disputed: 'Disputed',
  unverified: 'Unverified',
  false: 'False',
};

/** The symbol beside each claim status on its badge, so the status never relies on colour alone. */
export const STATUS_SYMBOLS: Record<ClaimStatus, string> = {
  established: '✓',
  supported: '◑',
  disputed: '⚠',
  unverified: '?',
  false: '✗',
};
