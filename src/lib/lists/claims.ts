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

/**
 * How many passages support, relay or dispute a claim, in the order of
 * `stances`, leaving out the stances no passage takes (a Supported claim
 * resting on relayed reporting reads "5 relaying", not "0 supporting").
 */
export function evidenceCounts(
  claim: Pick<Claim, 'evidence'>,
): { stance: Stance; count: number }[] {
  return stances
    .map((stance) => ({ stance, count: claim.evidence[stance].length }))
    .filter(({ count }) => count > 0);
}

/**
 * The claims to lead with on the home page, at most `limit`: the
 * best-evidenced claim of each status in turn (established, supported,
 * disputed, unverified, false), then the next best of each, so a reader sees
 * what is disputed as well as what is established. Returned in status order,
 * best-evidenced first within a status.
 */
export function keyClaims(claims: readonly Claim[], limit: number): Claim[] {
  const total = (c: Claim) => stances.reduce((n, s) => n + c.evidence[s].length, 0);
  const queues = groupClaimsByStatus(claims).map((g) =>
    [...g.claims].sort((a, b) => total(b) - total(a) || a.statement.localeCompare(b.statement)),
  );
  const picked = new Set<Claim>();
  for (let round = 0; picked.size < limit && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const claim = queue[round];
      if (claim && picked.size < limit) picked.add(claim);
    }
  }
  return queues.flat().filter((c) => picked.has(c));
}

/** Verbs for the stances, as in "No passage in the archive supports or disputes it." */
const STANCE_VERBS: Record<Stance, string> = {
  supports: 'supports',
  relays: 'relays',
  disputes: 'disputes',
};

/**
 * The sentence naming the stances no passage takes, for a claim page that
 * shows only the stances with passages: `No passage in the archive supports
 * or disputes it.` Empty for an empty list.
 */
export function absentStancesSentence(absent: readonly Stance[]): string {
  if (absent.length === 0) return '';
  const verbs = absent.map((s) => STANCE_VERBS[s]);
  const last = verbs.pop() as string;
  return `No passage in the archive ${verbs.length > 0 ? `${verbs.join(', ')} or ${last}` : last} it.`;
}
