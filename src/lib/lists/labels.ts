/**
 * Words readers see for the archive's coded values: source kinds, stances and
 * statuses (drift verdicts: DRIFT_LABELS in src/lib/render/drift-display.ts).
 */
import type { SourceKind } from '../../schemas/source.ts';
import type { Stance } from '../../schemas/annotation.ts';
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

/** Stances as a count's noun: `2 supporting`. */
export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'supporting',
  relays: 'relaying',
  disputes: 'disputing',
};

/** Claim statuses as headings. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  established: 'Established',
  supported: 'Supported',
  disputed: 'Disputed',
  unverified: 'Unverified',
  false: 'False',
};
