/** Where content lives on disk. */
import { resolve } from 'node:path';

export type { CollectionName } from './collections.ts';

/**
 * The content root: SOURCEBOOK_CONTENT when set (the benchmark and fixture
 * sites use it), else ./content under the working directory.
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SOURCEBOOK_CONTENT'] ?? 'content');
}
