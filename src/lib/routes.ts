/**
 * The static paths of routes with one page or file per source
 * (`src/pages/sources/[slug]*`): the page itself, its text, its citation and
 * its annotations all take a source's id as `slug` and the source as a prop.
 */
import { getArchive, type Source, type Story } from './archive/index.ts';

/** One path per source of the archive: `{ params: { slug }, props: { source } }`. */
export function sourcePaths(): { params: { slug: string }; props: { source: Source } }[] {
  return getArchive().sources.map((source) => ({ params: { slug: source.id }, props: { source } }));
}

/** One path per story (`src/pages/stories/[slug]*`, the story feeds): `{ params: { slug }, props: { story } }`. */
export function storyPaths(): { params: { slug: string }; props: { story: Story } }[] {
  return getArchive().stories.map((story) => ({ params: { slug: story.id }, props: { story } }));
}
