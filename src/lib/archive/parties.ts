/**
 * Check step: the parties a claim or passage names. A claim's `claimant`
 * and an annotation's `via` each name a person (content/people/) or an
 * outlet (content/outlets/); an id that is neither is an error, located at
 * the field, with the nearest id of either kind as the fix.
 */
import type { CollectionName } from './paths.ts';
import type { RawRecord } from './read.ts';
import type { Diagnostic, Location } from './model.ts';
import { locate } from './diagnostics.ts';
import { suggestId } from './validate.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';

/** Where a party reference is written, and what the field is called. */
interface PartyField {
  at: Location;
  field: 'claimant' | 'via';
  id: unknown;
}

/**
 * Pushes an `unknown-party` error onto `diagnostics` for every `claimant`
 * (claims) and `via` (annotations of sources) naming neither a person nor an
 * outlet. Values that are not ids at all have their own schema error.
 */
export function checkParties(
  records: readonly RawRecord[],
  present: Readonly<Record<CollectionName, ReadonlySet<string>>>,
  diagnostics: Diagnostic[],
): void {
  for (const { at, field, id } of partyFields(records)) {
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) continue;
    if (present.people.has(id) || present.outlets.has(id)) continue;
    const near = suggestId(id, [...present.people, ...present.outlets]);
    diagnostics.push({
      severity: 'error',
      code: 'unknown-party',
      ...at,
      message: `\`${field}\` names "${id}", which is neither a person nor an outlet`,
      fix: `${near ? `did you mean "${near}"? Otherwise ` : ''}use the file name of one in content/people/ or content/outlets/, or create content/people/${id}.yaml`,
    });
  }
}

function* partyFields(records: readonly RawRecord[]): Generator<PartyField> {
  for (const r of records) {
    const data = r.data;
    if (data === null || typeof data !== 'object') continue;
    const loc = (path: readonly PropertyKey[]): Location => locate(r, path);
    if (r.collection === 'claims') {
      const claimant = (data as Record<string, unknown>)['claimant'];
      if (claimant !== undefined) yield { at: loc(['claimant']), field: 'claimant', id: claimant };
    }
    if (r.collection === 'sources') {
      const list = (data as Record<string, unknown>)['annotations'];
      if (!Array.isArray(list)) continue;
      for (const [index, item] of list.entries()) {
        if (item === null || typeof item !== 'object') continue;
        const via = (item as Record<string, unknown>)['via'];
        if (via !== undefined)
          yield { at: loc(['annotations', index, 'via']), field: 'via', id: via };
      }
    }
  }
}
