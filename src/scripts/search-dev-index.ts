/**
 * Under `astro dev`, the search page searches the last build's index (served
 * by src/integrations/dev-search-index.ts) and says how fresh it is. Called
 * once from src/scripts/search-page.ts; the built site never runs it.
 */
import {
  DEV_INDEX_STATUS_PATH,
  devIndexNote,
  type DevIndexStatus,
} from '../lib/search/dev-index.ts';

/** Shows, in the page's `[data-search-dev-index]` note, how old the index searched is; nothing when there is none. */
export async function showDevIndex(root: HTMLElement): Promise<void> {
  const note = root.querySelector<HTMLElement>('[data-search-dev-index]');
  if (!note) return;
  try {
    const response = await fetch(DEV_INDEX_STATUS_PATH, { cache: 'no-store' });
    if (!response.ok) return;
    const text = devIndexNote((await response.json()) as DevIndexStatus, Date.now());
    if (!text) return;
    note.textContent = text;
    note.hidden = false;
  } catch {
    // The note is an aid: without it, search still says when it cannot run.
  }
}
