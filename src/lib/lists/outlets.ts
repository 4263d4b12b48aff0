/** What each outlet published, how many quotes it carried and how many of them drifted. */
import type { Archive, Outlet, Source } from '../archive/model.ts';
import { hasDrifted } from './quotes.ts';
import { compareByDate } from './sources.ts';

/** One outlet's record in the archive. */
export interface OutletRecord {
  /** Its sources, in date order (unknown dates last). */
  sources: Source[];
  /** Quote annotations in its sources: the quotations it carried. */
  quotes: number;
  /** Of those, appearances of a canonical quote whose wording was altered or paraphrased. */
  drifted: number;
  /** All annotations in its sources. */
  annotations: number;
}

const memo = new WeakMap<Archive, Map<string, OutletRecord>>();

/** Every outlet's record, computed in one pass over the sources and kept per archive. */
export function outletRecords(archive: Archive): Map<string, OutletRecord> {
  const cached = memo.get(archive);
  if (cached) return cached;
  const index = new Map<string, OutletRecord>();
  for (const source of [...archive.sources].sort(compareByDate)) {
    let record = index.get(source.outlet);
    if (!record)
      index.set(source.outlet, (record = { sources: [], quotes: 0, drifted: 0, annotations: 0 }));
    record.sources.push(source);
    record.annotations += source.annotations.length;
    for (const a of source.annotations) {
      if (a.kind !== 'quote' && !a.quote) continue;
      record.quotes += 1;
      if (hasDrifted(a)) record.drifted += 1;
    }
  }
  memo.set(archive, index);
  return index;
}

/** One outlet's record; zeros when it has no sources. */
export function outletRecord(archive: Archive, outletId: string): OutletRecord {
  return (
    outletRecords(archive).get(outletId) ?? { sources: [], quotes: 0, drifted: 0, annotations: 0 }
  );
}

/** Outlets in name order. */
export function sortOutlets(outlets: readonly Outlet[]): Outlet[] {
  return [...outlets].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
