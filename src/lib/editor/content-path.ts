/**
 * The only way a request to the workbench reaches the file system: a
 * collection name from a fixed list and an id that must be a slug. Nothing a
 * request sends is ever joined into a path as it is, so no `..`, no absolute
 * path and no other folder can be named; the result is checked to lie under
 * the content root all the same.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { COLLECTIONS } from '../archive/collections.ts';
import { EditorError } from './files.ts';
import { ID_PATTERN } from './ids.ts';

/** Collections the workbench writes, with their files' extension. */
const WRITABLE = { sources: '.txt', quotes: '.yaml', people: '.yaml', claims: '.yaml' } as const;

export type WritableCollection = keyof typeof WRITABLE;

/** The file of record `id` in `collection` under `root`; throws for anything else. */
export function contentFile(root: string, collection: string, id: unknown): string {
  if (!Object.hasOwn(WRITABLE, collection)) {
    throw new EditorError(`the workbench does not write ${JSON.stringify(collection)} records`);
  }
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
    throw new EditorError(`${JSON.stringify(id)} is not an id`);
  }
  const name = collection as WritableCollection;
  const base = resolve(root);
  const path = join(base, COLLECTIONS[name].dir, `${id}${WRITABLE[name]}`);
  const inside = relative(base, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
    throw new EditorError(`${JSON.stringify(id)} is not under the content root`);
  }
  return path;
}
