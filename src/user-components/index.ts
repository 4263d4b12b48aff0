/**
 * The components analysis articles use, passed to every article's MDX
 * (`<Content components={{ Quote, Cite, ClaimRef, Count }} />`), so authors write
 * them without an import. The checker (src/lib/archive/articles.ts) verifies
 * every use before the build renders it.
 */
export { default as Cite } from './Cite.astro';
export { default as ClaimRef } from './ClaimRef.astro';
export { default as Count } from './Count.astro';
export { default as Quote } from './Quote.astro';
