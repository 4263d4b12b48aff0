/**
 * A claim's claimant and rulings, as readers and exports see them: who made
 * the claim (a person or an outlet), when the editors first ruled on it and
 * when last, and each change of status with its reason.
 */
import type { Archive, Claim } from '../archive/model.ts';
import type { RulingData } from '../../schemas/records.ts';

/** Who made a claim: a person or an outlet of the archive. */
export interface Party {
  kind: 'person' | 'outlet';
  id: string;
  name: string;
}

/**
 * The person or outlet an id names (a person first, as the checker allows
 * either), or undefined when neither exists.
 */
export function partyOf(
  archive: Pick<Archive, 'person' | 'outlet'>,
  id: string,
): Party | undefined {
  const person = archive.person.get(id);
  if (person) return { kind: 'person', id, name: person.name };
  const outlet = archive.outlet.get(id);
  if (outlet) return { kind: 'outlet', id, name: outlet.name };
  return undefined;
}

/** The dates and author of a claim's rulings. */
export interface RulingSummary {
  /** The first ruling's day, YYYY-MM-DD. */
  created: string;
  /** The last ruling's day, YYYY-MM-DD. */
  modified: string;
  /** The last ruling: the one that gives the claim its status. */
  current: RulingData;
  /** Every ruling, newest first, each with the status it replaced (none for the first). */
  changes: (RulingData & { previous?: RulingData['status'] })[];
}

/** A claim's rulings summarised: first and last dates, the current ruling, the changes newest first. */
export function rulingSummary(claim: Pick<Claim, 'history'>): RulingSummary {
  const history = claim.history;
  const first = history[0] as RulingData;
  const current = history.at(-1) as RulingData;
  const changes = history
    .map((ruling, i) => {
      const previous = history[i - 1]?.status;
      return previous === undefined ? { ...ruling } : { ...ruling, previous };
    })
    .reverse();
  return { created: first.date, modified: current.date, current, changes };
}
