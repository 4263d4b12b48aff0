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

/** What a page's policy must allow beyond the site's own files. */
export interface PolicyOptions {
  /** Let the page compile WebAssembly (`'wasm-unsafe-eval'`): the search page, for Pagefind. */
  allowWasm?: boolean;
  /** Inline `<style>` texts the page carries, allowed by their hashes. */
  inlineStyles?: readonly string[];
}

/**
 * The Content-Security-Policy of one page, for its `<meta http-equiv>`: only this site's own
 * files, no inline script at all, inline styles only by hash, no plugins, no foreign `<base>`
 * or form target. A page lists only what it uses (no hashes of scripts it does not carry).
 */
export function contentSecurityPolicy({
  allowWasm = false,
  inlineStyles = [],
}: PolicyOptions = {}): string {
  const script = ["'self'", ...(allowWasm ? ["'wasm-unsafe-eval'"] : [])];
  const style = ["'self'", ...inlineStyles.map((css) => `'${cspHash(css)}'`)];
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
  ].join(';');
}
