/**
 * Several bench runs folded into one result: every number becomes the median
 * of its values across the runs, everything else (terms, paths, lists of
 * transfers) is the first run's. The spread is kept beside it, so a reader
 * can see how far the runs were apart.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The median of some numbers (the mean of the middle two for an even count), to 2 decimals. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 100) / 100;
}

const isRecord = (value: Json | undefined): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Folds the runs' results: numbers (at any depth of nested objects) become
 * their median across the runs that have a number there; anything else is
 * taken from the first run.
 */
export function medianResult<T extends { [key: string]: Json }>(runs: readonly T[]): T {
  const [first, ...rest] = runs;
  if (!first) throw new RangeError('no runs to fold');
  if (rest.length === 0) return first;
  const fold = (values: readonly (Json | undefined)[]): Json => {
    const head = values[0] ?? null;
    if (typeof head === 'number') {
      const numbers = values.filter((v): v is number => typeof v === 'number');
      return median(numbers);
    }
    if (isRecord(head)) {
      const out: { [key: string]: Json } = {};
      for (const key of Object.keys(head)) {
        out[key] = fold(
          values.map((v) => (isRecord(v ?? null) ? (v as { [k: string]: Json })[key] : undefined)),
        );
      }
      return out;
    }
    return head;
  };
  return fold(runs) as T;
}

/**
 * Each numeric figure's values across the runs, in run order, keyed by its
 * path (`build_s`, `phases.render_s`); only figures that differ between runs.
 */
export function spread(runs: readonly { [key: string]: Json }[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const walk = (values: readonly (Json | undefined)[], path: string): void => {
    const head = values[0];
    if (typeof head === 'number') {
      const numbers = values.map((v) => (typeof v === 'number' ? v : NaN));
      if (new Set(numbers).size > 1) out[path] = numbers;
    } else if (isRecord(head ?? null)) {
      for (const key of Object.keys(head as object)) {
        walk(
          values.map((v) => (isRecord(v ?? null) ? (v as { [k: string]: Json })[key] : undefined)),
          path ? `${path}.${key}` : key,
        );
      }
    }
  };
  walk(runs, '');
  return out;
}
