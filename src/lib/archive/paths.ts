/** Where content lives on disk. */
import { resolve } from 'node:path';

/** The folders under the content root, one per collection. */
export const COLLECTION_DIRS = {
  sources: 'sources',
  quotes: 'quotes',
  claims: 'claims',
  people: 'people',
  outlets: 'outlets',
  events: 'events',
  articles: 'articles',
} as const;

export type CollectionName = keyof typeof COLLECTION_DIRS;

/**
 * The content root: SOURCEBOOK_CONTENT when set (the benchmark and fixture
 * sites use it), else ./content under the working directory.
 */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['SOURCEBOOK_CONTENT'] ?? 'content');
}
