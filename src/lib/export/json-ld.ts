/**
 * Serialising JSON-LD for a `<script type="application/ld+json">` element.
 * Archived text goes into structured data verbatim, so the serialisation must
 * make it impossible for any string to end the script element early or to
 * start a comment in it.
 *
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */

/**
 * JSON for an inline script: `JSON.stringify` with `<`, `>` and `&` written
 * as `\u003c`, `\u003e` and `\u0026` (so `</script>` and `<!--` cannot occur)
 * and the line and paragraph separators escaped too. The result parses with
 * `JSON.parse` to the same value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * JSON for a small file people read raw (the root `/annotations.jsonld`, the
 * API's JSON Schemas): two-space indented with a final newline and
 * nothing that varies between builds, so an unchanged archive gives
 * byte-identical files.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * JSON for a machine-read file (the Web Annotation export's pages, per-source
 * and story collections, the JSON API, each source's CSL-JSON): no
 * indentation, a final newline, and nothing that varies between builds.
 * Pretty-print it with `jq .`.
 */
export function compactJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
