/**
 * The digest of a checked entry, for the content loader (src/integrations/
 * archive-loader.ts): in `astro dev` an entry whose digest is unchanged is
 * left as it is in Astro's store, and a changed one makes Astro re-render the
 * pages. It covers everything the checker resolved for the entry, so any
 * change a page would show changes some entry's digest.
 */
import type { CollectionName } from './collections.ts';
import type { Source } from './model.ts';

/** Entries as JSON for their digests, leaving out locations (no page shows them; reading one may parse its file again). */
const json = (value: unknown): string =>
  JSON.stringify(value, (key, v: unknown) => (key === 'location' ? undefined : v));

/**
 * An entry other than a source as JSON for its digest, with every annotation
 * in it (a quote's appearances, a claim's evidence) written as its source and
 * id: the annotation itself is in its source's digest, and a change to any
 * entry makes Astro re-render every page.
 */
const jsonByReference = (value: unknown): string =>
  JSON.stringify(value, (key, v: unknown) => {
    if (key === 'location') return undefined;
    if (key === '' || v === null || typeof v !== 'object' || !('sourceId' in v)) return v;
    const { sourceId, id } = v as { sourceId: unknown; id: unknown };
    return `${String(sourceId)}#${String(id)}`;
  });

/**
 * The digest of a source's resolved form but its annotations' drift, by the
 * source's `location` object: a re-check keeps that object exactly as long as
 * the source's file is unchanged, and then everything in the source but the
 * drift is unchanged too (src/lib/archive/reuse.ts).
 */
const sourceDigests = new WeakMap<object, string>();

/**
 * An entry's digest, covering everything the checker resolved for it (an
 * annotation by its source's digest). A source whose file is unchanged is not
 * turned into JSON again (the archived texts make that most of the digests'
 * cost): only its annotations' drift is, which depends on the quotes' files.
 */
export function entryDigest(
  collection: Exclude<CollectionName, 'articles'>,
  entry: unknown,
  generateDigest: (data: string) => string,
): string {
  if (collection !== 'sources') return generateDigest(jsonByReference(entry));
  const source = entry as Source;
  let base = sourceDigests.get(source.location);
  if (base === undefined) {
    const { annotations, ...rest } = source;
    base = generateDigest(
      json({ ...rest, annotations: annotations.map(({ drift: _, ...a }) => a) }),
    );
    sourceDigests.set(source.location, base);
  }
  return generateDigest(`${base}${json(source.annotations.map((a) => a.drift ?? null))}`);
}
