/** The claim ledger as a list: claims grouped by status in a fixed order. */
import type { Claim } from '../archive/model.ts';
import { claimStatuses, type ClaimStatus } from '../../schemas/records.ts';
import { stances } from '../../schemas/annotation.ts';
import type { Stance } from '../../schemas/annotation.ts';

/** The statuses in the order readers meet them: from best to least supported, then false. */
export const STATUS_ORDER: readonly ClaimStatus[] = [
  'established',
  'supported',
  'disputed',
  'unverified',
  'false',
];

/** The claims with one status, and what that status means. */
export interface ClaimGroup {
  status: ClaimStatus;
  /** The definition readers are shown (from claimStatuses). */
  definition: string;
  /** In statement order. */
  claims: Claim[];
}

/**
 * Groups claims by status in {@link STATUS_ORDER}. Every status is present,
 * even with no claims, so the ledger always explains all five.
 */
export function groupClaimsByStatus(claims: readonly Claim[]): ClaimGroup[] {
  return STATUS_ORDER.map((status) => ({
    status,
    definition: claimStatuses[status],
    claims: claims
      .filter((c) => c.status === status)
      .sort((a, b) => a.statement.localeCompare(b.statement) || a.id.localeCompare(b.id)),
  }));
}

/** How many passages support, dispute or report a claim, in the order of `stances`. */
export function evidenceCounts(
  claim: Pick<Claim, 'evidence'>,
): { stance: Stance; count: number }[] {
  return stances.map((stance) => ({ stance, count: claim.evidence[stance].length }));
}

/**
 * The claims to lead with on the home page: ordered by status, then by how
 * much evidence bears on them, then by statement; at most `limit`.
 */
export function keyClaims(claims: readonly Claim[], limit: number): Claim[] {
  const total = (c: Claim) => stances.reduce((n, s) => n + c.evidence[s].length, 0);
  return [...claims]
    .sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        total(b) - total(a) ||
        a.statement.localeCompare(b.statement),
    )
    .slice(0, limit);
}
