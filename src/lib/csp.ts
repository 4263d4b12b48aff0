/** Content-Security-Policy helpers. */
import { createHash } from 'node:crypto';

/**
 * The CSP source expression (`sha256-…`) that allows an inline `<script>` or
 * `<style>` whose content is exactly `text`.
 *
 * @see https://www.w3.org/TR/CSP3/#grammardef-hash-source
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
