/**
 * Independence of a claim's evidence: where each passage's account comes
 * from, and how many independent origins stand behind each stance.
 *
 * A passage's origin is, in order:
 * 1. the person or outlet its `via` names (whose reporting it repeats);
 * 2. for an appearance of a canonical quote that is not the quote's first
 *    report, the origin of that first report (a quote travels from the outlet
 *    that first reported it, through every outlet that repeats it);
 * 3. otherwise the outlet that published its source: its own account.
 *
 * Passages with the same origin are not independent of one another: five
 * outlets repeating BuzzFeed News' finding are one origin, BuzzFeed News.
 */
import type { Annotation, Archive, Claim } from './model.ts';
import type { Stance } from '../../schemas/annotation.ts';

/** Who a passage's account comes from: a person or an outlet. */
export interface Origin {
  kind: 'person' | 'outlet';
  id: string;
  name: string;
}

/** One passage with its origin. */
export interface PassageOrigin {
  annotation: Annotation;
  /** Undefined only when the archive cannot resolve it (a record with its own error). */
  origin: Origin | undefined;
  /** True when the origin is the outlet that published the passage: its own account. */
  own: boolean;
}

/** The origins behind the passages of one stance. */
export interface StanceIndependence {
  stance: Stance;
  passages: PassageOrigin[];
  /** Each distinct origin with how many passages come from it, most passages first. */
  origins: { origin: Origin; own: number; relayed: number }[];
  /** What a reader is told, e.g. "Both supporting passages come from BuzzFeed News itself." */
  sentence: string;
}

type Graph = Pick<Archive, 'source' | 'quote' | 'person' | 'outlet'>;

/** The origin of one passage (see the module comment), or undefined when it cannot be resolved. */
export function originOf(
  archive: Graph,
  annotation: Annotation,
  seen: Set<Annotation> = new Set(),
): Origin | undefined {
  if (annotation.via !== undefined) return party(archive, annotation.via);
  const quote = annotation.quote ? archive.quote.get(annotation.quote) : undefined;
  if (quote && !seen.has(annotation)) {
    const first = archive.source
      .get(quote.source)
      ?.annotations.find((a) => a.id === quote.annotation);
    if (first && first !== annotation) return originOf(archive, first, seen.add(annotation));
  }
  const outletId = archive.source.get(annotation.sourceId)?.outlet;
  return outletId === undefined ? undefined : party(archive, outletId, 'outlet');
}

function party(archive: Graph, id: string, only?: 'outlet'): Origin | undefined {
  const person = only ? undefined : archive.person.get(id);
  if (person) return { kind: 'person', id, name: person.name };
  const outlet = archive.outlet.get(id);
  return outlet ? { kind: 'outlet', id, name: outlet.name } : undefined;
}

/** Adjectives for a stance's passages: "supporting passages". */
const ADJECTIVE: Record<Stance, string> = {
  supports: 'supporting',
  relays: 'relaying',
  disputes: 'disputing',
};

/** The independence of each stance's passages on a claim, in the order of its `evidence`. */
export function claimIndependence(archive: Graph, claim: Pick<Claim, 'evidence'>) {
  return (Object.keys(claim.evidence) as Stance[]).map((stance) =>
    stanceIndependence(archive, stance, claim.evidence[stance]),
  );
}

/** The origins behind one stance's passages, and the sentence that tells a reader. */
export function stanceIndependence(
  archive: Graph,
  stance: Stance,
  annotations: readonly Annotation[],
): StanceIndependence {
  const passages = annotations.map((annotation): PassageOrigin => {
    const origin = originOf(archive, annotation);
    const outlet = archive.source.get(annotation.sourceId)?.outlet;
    return { annotation, origin, own: origin?.kind === 'outlet' && origin.id === outlet };
  });
  const byId = new Map<string, { origin: Origin; own: number; relayed: number }>();
  for (const p of passages) {
    if (!p.origin) continue;
    const entry = byId.get(p.origin.id) ?? { origin: p.origin, own: 0, relayed: 0 };
    if (p.own) entry.own++;
    else entry.relayed++;
    byId.set(p.origin.id, entry);
  }
  const origins = [...byId.values()].sort(
    (a, b) => b.own + b.relayed - (a.own + a.relayed) || a.origin.name.localeCompare(b.origin.name),
  );
  return { stance, passages, origins, sentence: sentence(ADJECTIVE[stance], passages, origins) };
}

function sentence(
  adjective: string,
  passages: readonly PassageOrigin[],
  origins: StanceIndependence['origins'],
): string {
  const n = passages.length;
  if (n === 0) return '';
  const subject =
    n === 1
      ? `The one ${adjective} passage`
      : n === 2
        ? `Both ${adjective} passages`
        : `All ${n} ${adjective} passages`;
  const single = origins.length === 1 ? origins[0] : undefined;
  if (single && single.own + single.relayed === n) {
    const name = single.origin.name;
    const verb = n === 1 ? 'comes' : 'come';
    if (single.relayed === 0 && adjective === ADJECTIVE.relays) {
      return `${subject} ${n === 1 ? 'is' : 'are'} ${name}’s own account: ${n === 1 ? 'it does' : 'they do'} not name whose reporting ${n === 1 ? 'it repeats' : 'they repeat'}.`;
    }
    if (single.relayed === 0) return `${subject} ${verb} from ${name} itself.`;
    if (single.own === 0)
      return `${subject} ${n === 1 ? 'repeats' : 'repeat'} the reporting of ${name}.`;
    return `${subject} ${verb} from ${name}: ${single.own} in ${name} itself, ${single.relayed} repeating its reporting elsewhere.`;
  }
  const list = origins.map((o) => `${o.origin.name} (${o.own + o.relayed})`).join(', ');
  const count = origins.length;
  return `The ${n} ${adjective} passages come from ${count} independent ${count === 1 ? 'origin' : 'origins'}: ${list}.`;
}

/**
 * The claim-wide line: how many independent origins stand behind the
 * passages for a claim (supporting and relaying), e.g. "Every passage for
 * this claim traces back to one origin: BuzzFeed News." Empty when no passage
 * is for the claim.
 */
export function originsForSentence(stances: readonly StanceIndependence[]): string {
  const names = new Map<string, string>();
  let n = 0;
  for (const s of stances) {
    if (s.stance === 'disputes') continue;
    n += s.passages.length;
    for (const o of s.origins) names.set(o.origin.id, o.origin.name);
  }
  if (n === 0 || names.size === 0) return '';
  const list = [...names.values()];
  if (list.length === 1) {
    return n === 1
      ? `The one passage for this claim comes from ${list[0]}.`
      : `Every passage for this claim traces back to one origin: ${list[0]}.`;
  }
  return `The ${n} passages for this claim come from ${list.length} independent origins: ${list.join(', ')}.`;
}
