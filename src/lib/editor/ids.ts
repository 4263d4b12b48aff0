/**
 * Ids the workbench proposes: a slug from the passage's first words, which
 * the editor may change; an id already taken is refused before anything is
 * written (annotation ids are unique in their source, record ids in their
 * collection, and links depend on both).
 */

/** What an id must look like (src/schemas/fields.ts: `slug`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words too common to name a passage by. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i in is it its of on or our she so that the their them they this to was we were will with you'.split(
    ' ',
  ),
);

/** Most words a proposed id is made of. */
const ID_WORDS = 4;

/** The words of `text` as slug parts: lower case, accents and punctuation dropped. */
function slugWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      // An abbreviation's letters make one word: "U.S." is `us`, not `u-s`.
      .replace(/\b(?:[a-z]\.){2,}/g, (abbreviation) => abbreviation.replaceAll('.', ''))
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
  );
}

/**
 * An id for a passage: its first few words that say something (common words
 * dropped, unless nothing else is left), joined by hyphens; `-2`, `-3`… is
 * added when the id is taken. `fallback` when the words give nothing.
 */
export function proposeId(text: string, taken: ReadonlySet<string>, fallback = 'passage'): string {
  const words = slugWords(text);
  const telling = words.filter((w) => !STOP_WORDS.has(w));
  const base = (telling.length > 0 ? telling : words).slice(0, ID_WORDS).join('-') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why `id` cannot be used, or undefined when it can. */
export function idProblem(
  id: string,
  taken: ReadonlySet<string>,
  what: string,
): string | undefined {
  if (!ID_PATTERN.test(id)) {
    return `"${id}" is not an id: use lowercase letters, digits and single hyphens, such as \`master-admin\``;
  }
  if (taken.has(id)) return `${what} "${id}" already exists: choose another id`;
  return undefined;
}
