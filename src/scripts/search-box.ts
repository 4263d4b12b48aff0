/**
 * The header search box's only behaviour, on every page: `/` focuses the box
 * (unless the reader is typing in a field), and the first focus asks the
 * browser to prefetch Pagefind's files, so the search page's first search is
 * fast. Nothing loads before that focus; the box itself is a plain GET form.
 */
const box = document.querySelector<HTMLInputElement>('#site-search-q');
// On the search page, `/` goes to the page's own (larger) search box.
const target = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? box;

if (box) {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const from = event.target as HTMLElement | null;
    if (from?.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    target?.focus();
  });
  box.addEventListener('focus', warm, { once: true });
}

/** Adds a prefetch hint for a file (fetched at idle priority, kept for the next page). */
function prefetch(href: string): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = href;
  document.head.append(link);
}

/** Prefetches the Pagefind library, its worker, WebAssembly and index metadata. */
function warm(): void {
  const base = '/pagefind/';
  fetch(`${base}pagefind-entry.json`)
    .then((response) => response.json())
    .then((entry: { languages: Record<string, { hash: string; wasm?: string }> }) => {
      for (const file of ['pagefind.js', 'pagefind-worker.js']) prefetch(base + file);
      for (const language of Object.values(entry.languages)) {
        prefetch(`${base}pagefind.${language.hash}.pf_meta`);
        prefetch(`${base}wasm.${language.wasm ?? 'unknown'}.pagefind`);
      }
    })
    // Without a built index (astro dev) there is nothing to warm, and nothing to report.
    .catch(() => undefined);
}
