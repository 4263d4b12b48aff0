/** Turning names into ids. */

/**
 * A lowercase id from any name: accents dropped, every run of other
 * characters turned into one hyphen. "dot.LA" becomes "dot-la",
 * "The Epoch Times" becomes "the-epoch-times".
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
