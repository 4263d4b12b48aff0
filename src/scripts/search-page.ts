/**
 * The search page: runs Pagefind's JS API in the browser and renders facets
 * with counts and results with the matched words marked. The query, filters
 * and order live in the URL: typing replaces the history entry, choosing a
 * filter or order adds one (so Back undoes it), and a reload restores it all.
 * Archived text is only ever written as text nodes, never as HTML. This is
 * the only page that loads Pagefind: it starts as soon as the page has been
 * painted, since the page is the search UI, and `/` focuses the search field.
 *
 * Three parts: the Pagefind client (search/pagefind-client.ts: loading the
 * bundles, searching), the views (search/views.ts: results, facets, notes, as
 * DOM nodes) and the controller (search/controller.ts: the state, the URL, the
 * form, and what the page says when something fails).
 *
 * Results come in two sections, from the two bundles the build writes
 * (SEARCH_BUNDLES in src/lib/search/bundles.ts): quotes and claims first,
 * from a small index that a first search downloads alone, then articles and
 * sources, from the texts bundle that Pagefind merges in afterwards and that
 * shares the first bundle's WebAssembly. The first section's instance runs on
 * the page's own thread (its index is small, and Pagefind's worker script
 * would only add to the first download); the rest run in Pagefind's worker.
 * An archive with no quote or claim yet has an empty first bundle (the page's
 * `data-search-tiers` says so): the texts are then searched alone.
 *
 * Facets come last: their counts need every filter's index, which on a large
 * archive weighs as much as Pagefind's page metadata (about 110 KB at 10,000
 * sources), so they load once both sections are drawn. And they are counted
 * apart: once an instance of Pagefind has the filters, it counts every result
 * against every filter value in each search (at 10,000 sources 123 ms of a
 * search that takes 20 ms without), so only a third instance loads them all.
 *
 * @see https://pagefind.app/docs/api/
 */
import { SearchController } from './search/controller.ts';
import { showDevIndex } from './search-dev-index.ts';

/**
 * `/` focuses the search field, unless the reader is typing in another field.
 * Only this page has the shortcut: reading pages ship no JavaScript, so their
 * header search box is a plain form.
 */
function listenForSlash(input: HTMLInputElement | null): void {
  if (!input) return;
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const from = event.target as HTMLElement | null;
    if (from?.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    input.focus();
  });
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) {
  listenForSlash(root.querySelector<HTMLInputElement>('[data-search-primary]'));
  // Under astro dev, search uses the last build's index: say how old it is.
  if (import.meta.env.DEV) void showDevIndex(root);
  void new SearchController(root).start();
}
