/**
 * Which stories a new source or article is filed under: the `--story` ids an
 * editor gave, each checked against content/stories/, or the only story when
 * the content has one.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../archive/collections.ts';
import { EditorError, today } from './files.ts';

/** The ids of the stories under `contentDir`, sorted. */
export function storyIds(contentDir: string): string[] {
  const dir = join(contentDir, COLLECTIONS.stories.dir);
  if (!existsSync(dir)) return [];
  const ext = COLLECTIONS.stories.extensions;
  return readdirSync(dir)
    .flatMap((name) => {
      const e = ext.find((x) => name.endsWith(x));
      return e && !name.startsWith('.') ? [name.slice(0, -e.length)] : [];
    })
    .sort();
}

/**
 * The stories to file a new record under: `given` when every id names a
 * story, else the only story; an editor error says what to pass otherwise.
 */
export function chooseStories(contentDir: string, given: readonly string[]): string[] {
  const known = storyIds(contentDir);
  const create = 'create one with npm run new -- story "<title>"';
  if (given.length > 0) {
    for (const id of given) {
      if (!known.includes(id)) {
        throw new EditorError(
          known.length === 0
            ? `there is no story "${id}" yet: ${create}`
            : `there is no story "${id}": use one of ${known.join(', ')}, or ${create}`,
        );
      }
    }
    return [...new Set(given)];
  }
  if (known.length === 1) return known;
  if (known.length === 0) throw new EditorError(`there is no story yet: ${create}`);
  throw new EditorError(
    `say which story it belongs to: --story <id> (repeat it for several), one of ${known.join(', ')}`,
  );
}

/** A new story's file: the title, placeholders to replace, developing, started today. */
export function storyFile(title: string, started = today()): string {
  return stringify(
    {
      title,
      dek: `What the story of ${title} is, in one or two sentences.`,
      summary: `The story in brief, in the editors' words, saying only what the archive shows.`,
      status: 'developing',
      started,
      keyClaims: [],
      related: [],
    },
    { lineWidth: 0 },
  );
}
