/** SHA-256 of archived text, for the tamper-evident archive. */
import { createHash } from 'node:crypto';
import { normalizeForHash } from './normalize.ts';

/**
 * The SHA-256, in lowercase hex, of the UTF-8 bytes of `text` after
 * `normalizeForHash`. Anyone can recompute it from the published text.
 */
export function textSha256(text: string): string {
  return createHash('sha256').update(normalizeForHash(text), 'utf8').digest('hex');
}
