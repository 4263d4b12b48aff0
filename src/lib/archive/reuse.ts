/**
 * What `astro dev` keeps from one check to the next, so a re-check after a
 * save redoes only the work the changed files need. A check that reuses the
 * files parsed before (ParsedFiles in ./read.ts) gets the same record object
 * for every file whose text is unchanged; the results below are kept by that
 * record (or by strings), and so are only ever reused for identical input.
 *
 * Each is kept on globalThis, like the checked archive (./index.ts): in
 * `astro dev` the first check runs in the integration's copy of these modules
 * and the re-checks in the content loader's (through Vite).
 */
import type { Diagnostic } from './model.ts';

/** A map from records (or other objects) to what was computed from them, shared by every copy of this module. */
export function sharedWeakMap<K extends object, V>(name: string): WeakMap<K, V> {
  const key = Symbol.for(`sourcebook.archive.${name}`);
  const shared = globalThis as typeof globalThis & { [key: symbol]: WeakMap<K, V> | undefined };
  return (shared[key] ??= new WeakMap());
}

/** A value computed once from a record, with the diagnostics computing it reported. */
export interface Reported<T> {
  value: T;
  diagnostics: Diagnostic[];
}

/**
 * `compute(diagnostics)` for `key`, or, when `memo` holds a result for `key`,
 * that result: either way its diagnostics are added to `diagnostics` in the
 * order `compute` pushed them, so the check reports exactly what it would
 * have reported by computing again. Without `memo`, just computes.
 */
export function reported<K extends object, T>(
  memo: WeakMap<K, Reported<T>> | undefined,
  key: K,
  diagnostics: Diagnostic[],
  compute: (diagnostics: Diagnostic[]) => T,
): T {
  let found = memo?.get(key);
  if (!found) {
    const own: Diagnostic[] = [];
    found = { value: compute(own), diagnostics: own };
    memo?.set(key, found);
  }
  diagnostics.push(...found.diagnostics);
  return found.value;
}

/** A slot for one value, shared by every copy of this module. */
export function sharedSlot<T>(name: string): { value?: T } {
  const key = Symbol.for(`sourcebook.archive.${name}`);
  const shared = globalThis as typeof globalThis & { [key: symbol]: { value?: T } | undefined };
  return (shared[key] ??= {});
}
