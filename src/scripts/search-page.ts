/**
 * The search page: runs Pagefind's JS API in the browser and renders facets
 * with counts and results with the matched words marked. The query, filters
 * and order live in the URL: typing replaces the history entry, choosing a
 * filter or order adds one (so Back undoes it), and a reload restores it all.
 * Archived text is only ever written as text nodes, never as HTML. This is
 * the only page that loads Pagefind: it starts as soon as the page has been
 * painted, since the page is the search UI, and `/` focuses the search field.
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
 * @see https://pagefind.app/docs/multisite/
 */
import type { ExcerptSegment } from '../lib/search/excerpt.ts';
import {
  resultCountMessage,
  shapeResult,
  type PagefindResultData,
  type ResultView,
} from '../lib/search/results.ts';
import {
  FACETS,
  FACET_LABELS,
  hasCriteria,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchStateToHref,
  toggleFilter,
  type Facet,
  type SearchState,
  type SortOrder,
} from '../lib/search/state.ts';
import { facetValueLabel, orderFacetValues } from '../lib/search/facets.ts';
import { SEARCH_BUNDLES, tierCanMatch, type SearchTier } from '../lib/search/bundles.ts';
import { ENTRY_PRELOAD_ATTRIBUTE, preloadedEntryTag } from '../lib/search/preload.ts';
import { searchPhraseAware } from '../lib/search/phrase.ts';
import { ownPagesFirst } from '../lib/search/own-page.ts';
import { reportMatches, wordsAt } from '../lib/search/matched.ts';
import { failureCause } from '../lib/search/failure.ts';
import { WORDS_FILE, nearestWords, type WordList } from '../lib/search/suggest.ts';
import { showDevIndex } from './search-dev-index.ts';

/** Pagefind's module: it makes independent instances. */
interface PagefindModule {
  createInstance(options?: {
    noWorker?: boolean;
    basePath?: string;
    metaCacheTag?: string;
  }): Pagefind;
}

/** One result of a search, before its data is loaded. */
interface PagefindResult {
  /** The page's id within the bundle (the same page has the same id in every instance). */
  id: string;
  /** Pagefind's relevance score (the same for every page of an exact-phrase search). */
  score: number;
  data(): Promise<PagefindResultData & { content?: string; locations?: number[] }>;
}

/** The slice of Pagefind's JS API this page uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options: { filters: Record<string, unknown>; sort: Record<string, string> },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

type FilterCounts = Record<string, Record<string, number>>;

/** Results a section renders at once; "Show more" adds as many again. */
const PAGE_SIZE = 20;
/**
 * Quotes and claims shown at first above the articles and sources, so that
 * both sections start on the first screen and the first results need only a
 * few fragments. When the type filter leaves quotes and claims alone, PAGE_SIZE.
 */
const FIRST_SECTION_SIZE = 5;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;
/** Passed to every instance: the length of an excerpt, in words. */
const PAGEFIND_OPTIONS = { excerptLength: 24 };

/**
 * For an instance of the bundle at `basePath`: the tag of the page's preload
 * hint for that bundle's entry file (src/lib/search/preload.ts), so that
 * Pagefind asks for the very address the browser has already fetched.
 * Nothing when the page has no hint for that bundle: Pagefind then tags the
 * request with the time, as it does by default.
 */
function preloadedTag(basePath: string): { metaCacheTag?: string } {
  const href = document.querySelector(`link[${ENTRY_PRELOAD_ATTRIBUTE}]`)?.getAttribute('href');
  const tag = href ? preloadedEntryTag(href, basePath) : undefined;
  return tag ? { metaCacheTag: tag } : {};
}

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

/**
 * Resolves once the browser has painted the page (or after a short wait, for a
 * tab in the background that does not paint), so Pagefind's start-up never
 * delays the first paint.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A frame callback runs just before the paint; a task queued from it runs just after.
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });
}

/**
 * One section of results (quotes and claims, or articles and sources): its
 * heading with a count, its list, drawn a page at a time, and its "Show more"
 * button. Hidden while it has nothing to show.
 */
class ResultSection {
  private readonly list: HTMLOListElement;
  private readonly count: HTMLElement;
  private readonly more: HTMLButtonElement;
  private results: PagefindResult[] = [];
  private rendered = 0;
  /** The words each drawn result matched (src/lib/search/matched.ts). */
  matched: string[][] = [];
  /** Bumped by each `show`, so a draw that a newer one replaced stops. */
  private generation = 0;

  readonly element: HTMLElement;

  constructor(element: HTMLElement) {
    this.element = element;
    this.list = element.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.count = element.querySelector<HTMLElement>('[data-search-count]')!;
    this.more = element.querySelector<HTMLButtonElement>('[data-search-more]')!;
    this.more.addEventListener('click', () => void this.renderMore(PAGE_SIZE, true));
  }

  /** Empties the section and hides it. */
  clear(): void {
    this.generation += 1;
    this.results = [];
    this.rendered = 0;
    this.matched = [];
    this.list.replaceChildren();
    this.more.hidden = true;
    this.element.hidden = true;
    this.element.removeAttribute('aria-busy');
  }

  /**
   * Keeps the results on screen, dimmed and busy, until `show` replaces them:
   * while a new search runs, the page below does not collapse and regrow.
   */
  markStale(): void {
    this.generation += 1;
    this.more.hidden = true;
    if (!this.element.hidden) this.element.setAttribute('aria-busy', 'true');
  }

  /**
   * Replaces the results and draws the first `size` of them. What the section
   * showed stays until the first new result is ready to take its place.
   */
  async show(results: PagefindResult[], size: number): Promise<void> {
    if (results.length === 0) {
      this.clear();
      return;
    }
    this.generation += 1;
    this.more.hidden = true;
    this.results = results;
    this.rendered = 0;
    this.matched = [];
    await this.renderMore(size, false, () => {
      this.list.replaceChildren();
      this.count.textContent = `(${results.length})`;
      this.element.hidden = false;
      this.element.removeAttribute('aria-busy');
    });
  }

  /**
   * Renders the next `size` results, each as soon as its data and that of
   * every result above it are in (their requests all start at once), so the
   * first result shows without waiting for the last. Moves focus to the first
   * new one when asked; runs `beforeFirst` just before drawing the first.
   */
  private async renderMore(
    size: number,
    focusFirst: boolean,
    beforeFirst?: () => void,
  ): Promise<void> {
    const generation = this.generation;
    const batch = this.results.slice(this.rendered, this.rendered + size);
    this.more.hidden = true;
    const pending = batch.map((result) => result.data());
    // A newer search may leave some unread: their failures are of no interest then.
    for (const data of pending) data.catch(() => {});
    for (const [i, data] of pending.entries()) {
      const loaded = await data;
      if (generation !== this.generation) return;
      const view = shapeResult(loaded);
      this.matched.push(wordsAt(loaded.content ?? '', loaded.locations ?? []));
      if (i === 0) beforeFirst?.();
      const item = renderResult(view);
      this.list.append(item);
      this.rendered += 1;
      if (focusFirst && i === 0) item.querySelector('a')?.focus();
    }
    this.more.hidden = this.rendered >= this.results.length;
  }
}

async function start(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-primary]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('[data-search-sort]')!;
  const facetsBox = root.querySelector<HTMLElement>('[data-search-facets]')!;
  const filtersBox = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const problem = root.querySelector<HTMLElement>('[data-search-problem]')!;
  const problemCause = root.querySelector<HTMLElement>('[data-problem-cause]')!;
  const similarNote = root.querySelector<HTMLElement>('[data-search-similar]')!;
  const none = root.querySelector<HTMLElement>('[data-search-none]')!;
  const facetsProblem = root.querySelector<HTMLElement>('[data-search-facets-problem]')!;
  const textsPending = root.querySelector<HTMLElement>('[data-search-pending]')!;
  const textsProblem = root.querySelector<HTMLElement>('[data-search-texts-problem]')!;
  const sections: Record<SearchTier, ResultSection> = {
    first: new ResultSection(root.querySelector<HTMLElement>('[data-search-section="first"]')!),
    texts: new ResultSection(root.querySelector<HTMLElement>('[data-search-section="texts"]')!),
  };

  let state = parseSearchState(new URLSearchParams(location.search));
  syncForm();
  // On a narrow screen the filters fold away above the results, unless some are chosen.
  const wide = matchMedia('(min-width: 48rem)');
  filtersBox.open = wide.matches || Object.keys(pagefindFilters(state)).length > 0;
  wide.addEventListener('change', () => {
    if (wide.matches) filtersBox.open = true;
  });
  root.dataset['state'] = 'loading';
  if (import.meta.env.DEV) void showDevIndex(root);
  await afterFirstPaint();

  // The bundles that hold pages: an archive with no quote or claim yet has no first bundle.
  const hasFirstBundle = (root.dataset['searchTiers'] ?? '').split(' ').includes('first');
  let pagefindModule: PagefindModule;
  /**
   * Finds the quotes and claims, on the page's thread (and loads a filter's
   * index only when the reader filters by it); null without a first bundle.
   */
  let firstFinder: Pagefind | null = null;
  /** Finds results in both bundles, in Pagefind's worker; started after the first results. */
  let wholeFinder: Promise<Pagefind | null> | null = null;
  /** The indexed words, for suggestions; loaded the first time a search finds nothing. */
  let wordList: Promise<WordList> | null = null;
  /** Why the texts bundle could not be loaded, the last time it failed. */
  let textsFailure: unknown = null;
  try {
    // A runtime path, so the bundler leaves it alone: the index exists only after a build.
    const url = `${SEARCH_BUNDLES.first.path}pagefind.js`;
    pagefindModule = (await import(/* @vite-ignore */ url)) as PagefindModule;
    if (hasFirstBundle) {
      firstFinder = pagefindModule.createInstance({
        noWorker: true,
        ...preloadedTag(SEARCH_BUNDLES.first.path),
      });
      await firstFinder.options(PAGEFIND_OPTIONS);
      await firstFinder.init();
    } else {
      wholeFinder = mergedInstance();
      if (!(await wholeFinder)) throw textsFailure;
    }
  } catch (error) {
    fail(error);
    return;
  }

  /** Every value's count with no query or filter; null until the facets have loaded. */
  let totals: FilterCounts | null = null;
  /** Counts the results per facet value; null until the facets have loaded, or if they cannot. */
  let counter: Pagefind | null = null;
  let checkboxes = new Map<string, HTMLInputElement>();
  let searchId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // Pending until the pause after typing has run its search (tests and tools wait on it).
    root.dataset['state'] = 'typing';
    typingTimer = setTimeout(
      () => commit({ ...state, q: input.value.trim() }, 'replace'),
      TYPING_DELAY_MS,
    );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit({ ...state, q: input.value.trim() }, 'replace');
  });
  sortSelect.addEventListener('change', () => {
    commit({ ...state, sort: sortSelect.value as SortOrder }, 'push');
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const facet = box.dataset['facet'] as Facet | undefined;
    if (!facet) return;
    commit(
      toggleFilter({ ...state, q: input.value.trim() }, facet, box.value, box.checked),
      'push',
    );
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(new URLSearchParams(location.search));
    syncForm();
    void run().catch(fail);
  });

  await run().catch(fail);
  await loadFacets();

  /**
   * An instance over both bundles: the first, with the texts merged in. Its
   * WebAssembly and first metadata come from the browser's cache; only the
   * texts' metadata is new. Null if the texts bundle cannot be loaded (the
   * quotes and claims are still found). Without a first bundle, the texts alone.
   */
  async function mergedInstance(): Promise<Pagefind | null> {
    try {
      if (!hasFirstBundle) {
        const instance = pagefindModule.createInstance({
          basePath: SEARCH_BUNDLES.texts.path,
          ...preloadedTag(SEARCH_BUNDLES.texts.path),
        });
        await instance.options(PAGEFIND_OPTIONS);
        await instance.init();
        return instance;
      }
      const instance = pagefindModule.createInstance(preloadedTag(SEARCH_BUNDLES.first.path));
      await instance.options(PAGEFIND_OPTIONS);
      await instance.init();
      await instance.mergeIndex(SEARCH_BUNDLES.texts.path);
      return instance;
    } catch (error) {
      console.error('Search: the articles and sources could not be loaded.', error);
      textsFailure = error;
      return null;
    }
  }

  /**
   * Loads every filter's values and their counts, builds the facets, then
   * counts the current search's results per value. Without them, search still
   * works: the facets stay hidden.
   */
  async function loadFacets(): Promise<void> {
    const instance = await mergedInstance();
    try {
      if (!instance) throw textsFailure;
      totals = await instance.filters();
      counter = instance;
    } catch (error) {
      console.error('Search: the filters could not be loaded.', error);
      facetsProblem.textContent = `The filters could not be loaded (${failureCause(error)}); search still works without them.`;
      facetsProblem.hidden = false;
      totals = {};
    }
    checkboxes = buildFacets(totals);
    facetsBox.hidden = checkboxes.size === 0;
    await count(searchId);
  }

  /**
   * Counts the results of search `id` per facet value and marks the page
   * settled, unless a newer search has started (it counts its own results).
   */
  async function count(id: number): Promise<void> {
    const counts = counter && hasCriteria(state) ? (await searchWith(counter)).filters : totals;
    if (id !== searchId) return;
    if (counts) updateCounts(counts);
    root.dataset['state'] = hasCriteria(state) ? 'done' : 'idle';
  }

  /**
   * Runs a Pagefind search for the current state; a phrase in quotes is
   * searched and ranked as src/lib/search/phrase.ts explains.
   */
  function searchWith(pagefind: Pagefind): ReturnType<Pagefind['search']> {
    // Browsing by filters alone has no relevance to rank by, so newest comes first.
    const sort = pagefindSort(state.q === '' && state.sort === 'relevance' ? 'newest' : state.sort);
    const filters = pagefindFilters(state);
    if (state.q === '') return pagefind.search(null, { filters, sort });
    return searchPhraseAware(
      state.q,
      (term) => pagefind.search(term, { filters, sort }),
      state.sort !== 'relevance',
    );
  }

  /** Records a new state in the URL and searches with it. */
  function commit(next: SearchState, how: 'push' | 'replace'): void {
    const href = searchStateToHref(next);
    const changed = href !== searchStateToHref(state);
    state = next;
    if (how === 'push' && changed) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
    if (changed) void run().catch(fail);
  }

  /** Puts the state into the form controls (after a reload or Back). */
  function syncForm(): void {
    if (input.value.trim() !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    for (const box of root.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      box.checked = state.filters[box.dataset['facet'] as Facet]?.includes(box.value) ?? false;
    }
  }

  /**
   * Searches with the current state and shows the results: the quotes and
   * claims first, then the articles and sources. `data-state` becomes `done`
   * (or `idle` with nothing to search for) once both sections and the facet
   * counts are in place; until the facets have loaded, that is their job.
   */
  async function run(): Promise<void> {
    const id = ++searchId;
    root.dataset['state'] = 'searching';
    textsPending.hidden = true;
    textsProblem.hidden = true;
    similarNote.hidden = true;
    none.hidden = true;
    if (!hasCriteria(state)) {
      sections.first.clear();
      sections.texts.clear();
      status.textContent = '';
      if (totals) {
        updateCounts(totals);
        root.dataset['state'] = 'idle';
      }
      return;
    }
    const types = state.filters.type;
    // A type filter skips the bundle that cannot match it.
    const inFirst = firstFinder !== null && tierCanMatch('first', types);
    const inTexts = tierCanMatch('texts', types);

    let first = firstFinder && inFirst ? (await searchWith(firstFinder)).results : [];
    if (state.q !== '' && state.sort === 'relevance') {
      first = await withOwnPagesFirst(first, state.q, FIRST_SECTION_SIZE);
    }
    if (id !== searchId) return;
    // The articles and sources of the last search stay, dimmed, until this one's replace them.
    if (inTexts) sections.texts.markStale();
    else sections.texts.clear();
    await sections.first.show(first, inTexts ? FIRST_SECTION_SIZE : PAGE_SIZE);
    if (id !== searchId) return;

    let texts: PagefindResult[] = [];
    if (inTexts) {
      textsPending.hidden = false;
      wholeFinder ??= mergedInstance();
      const whole = await wholeFinder;
      // The merged instance finds the quotes and claims again: they are shown above.
      const shown = new Set(first.map((result) => result.id));
      if (whole) texts = (await searchWith(whole)).results.filter((r) => !shown.has(r.id));
      if (state.q !== '' && state.sort === 'relevance') {
        texts = await withOwnPagesFirst(texts, state.q, FIRST_SECTION_SIZE);
      }
      if (id !== searchId) return;
      textsPending.hidden = true;
      textsProblem.hidden = whole !== null;
      if (!whole) showTextsFailure();
      // The next search tries again, in case the connection is back.
      if (!whole) wholeFinder = null;
      await sections.texts.show(texts, PAGE_SIZE);
      if (id !== searchId) return;
    }

    const filtered = Object.keys(pagefindFilters(state)).length > 0;
    status.textContent = resultCountMessage(first.length + texts.length, state.q, filtered);
    showSimilarWords();
    if (first.length + texts.length === 0 && state.q !== '') await showNothingFound(id);
    if (id !== searchId) return;
    if (totals) await count(id);
    else root.dataset['state'] = 'results'; // the facets are still loading
  }

  /**
   * Says so when a word of the query is in none of the results drawn, and
   * shows the words they matched instead (src/lib/search/matched.ts).
   */
  function showSimilarWords(): void {
    const report = reportMatches(state.q, [...sections.first.matched, ...sections.texts.matched]);
    if (!report) return;
    const words = (list: string[]): Node[] =>
      list.flatMap((word, i) => [
        ...(i > 0 ? [document.createTextNode(', ')] : []),
        el('mark', '', word),
      ]);
    const quoted = report.missing.map((word) => `“${word}”`).join(', ');
    similarNote.replaceChildren(
      el('strong', '', `No result has the word${report.missing.length > 1 ? 's' : ''} ${quoted}.`),
      ' ',
      ...(report.similar.length > 0
        ? ['These results match similar words: ', ...words(report.similar), '.']
        : ['These results match other words of the search.']),
    );
    similarNote.hidden = false;
  }

  /**
   * Nothing found: offers the indexed words nearest to the query (loaded the
   * first time a search finds nothing) and the quote and claim lists.
   */
  async function showNothingFound(id: number): Promise<void> {
    const suggest = none.querySelector<HTMLElement>('[data-search-suggest]')!;
    const list = none.querySelector<HTMLElement>('[data-search-suggestions]')!;
    wordList ??= fetch(`/${WORDS_FILE}`).then((response) => {
      if (!response.ok) throw new Error(`${WORDS_FILE}: HTTP ${response.status}`);
      return response.json() as Promise<WordList>;
    });
    let words: string[] = [];
    try {
      words = nearestWords(state.q, await wordList);
    } catch (error) {
      console.error('Search: no word suggestions.', error);
      wordList = null; // the next search that finds nothing tries again
    }
    if (id !== searchId) return;
    list.replaceChildren(
      ...words.flatMap((word, i) => {
        const link = el('a', '', word);
        link.href = searchStateToHref({ ...state, q: word });
        return i > 0 ? [document.createTextNode(', '), link] : [link];
      }),
    );
    suggest.hidden = words.length === 0;
    none.hidden = false;
  }

  /** Adds why the articles and sources could not be searched to the note that says so. */
  function showTextsFailure(): void {
    const cause = textsProblem.querySelector<HTMLElement>('[data-search-texts-cause]');
    if (cause) cause.textContent = ` What went wrong: ${failureCause(textsFailure)}.`;
  }

  /**
   * Search cannot run: the page says so and why, and logs the error. Under
   * `astro dev` there is no index to load, and the page says that instead.
   */
  function fail(error: unknown): void {
    console.error('Search failed.', error);
    problem.hidden = false;
    problem.querySelector<HTMLElement>(
      import.meta.env.DEV ? '[data-problem-dev]' : '[data-problem-load]',
    )!.hidden = false;
    problemCause.textContent = `What went wrong: ${failureCause(error)}.`;
    problemCause.hidden = false;
    for (const section of Object.values(sections)) section.clear();
    textsPending.hidden = true;
    root.dataset['state'] = 'unavailable';
  }

  /** Builds one fieldset of checkboxes per facet, once; searches only update counts. */
  function buildFacets(counts: FilterCounts): Map<string, HTMLInputElement> {
    const boxes = new Map<string, HTMLInputElement>();
    for (const facet of FACETS) {
      const values = orderFacetValues(facet, counts[facet] ?? {});
      if (values.length === 0) continue;
      const fieldset = el('fieldset', 'search-facet');
      fieldset.append(el('legend', '', FACET_LABELS[facet]));
      const ul = el('ul', 'search-facet__values');
      values.forEach((value, i) => {
        const li = el('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `facet-${facet}-${i}`;
        box.name = facet;
        box.value = value;
        box.dataset['facet'] = facet;
        box.checked = state.filters[facet]?.includes(value) ?? false;
        const label = el('label', '', facetValueLabel(facet, value));
        label.htmlFor = box.id;
        const count = el('span', 'search-facet__count');
        label.append(' ', count);
        li.append(box, label);
        ul.append(li);
        boxes.set(`${facet}\u0000${value}`, box);
      });
      fieldset.append(ul);
      facetsBox.append(fieldset);
    }
    return boxes;
  }

  /** Shows, beside each facet value, how many results choosing it would give. */
  function updateCounts(counts: FilterCounts): void {
    for (const [key, box] of checkboxes) {
      const [facet = '', value = ''] = key.split('\u0000');
      const n = counts[facet]?.[value] ?? 0;
      const count = box.parentElement?.querySelector('.search-facet__count');
      if (count) count.textContent = `(${n})`;
      // A value no result has is hidden, unless the reader chose it (so it can be unchosen).
      const item = box.closest('li');
      if (item) item.hidden = n === 0 && !box.checked;
    }
    for (const fieldset of facetsBox.querySelectorAll('fieldset')) {
      fieldset.hidden = fieldset.querySelector('li:not([hidden])') === null;
    }
  }
}

/**
 * The results with any of the first `n` whose title is the query itself moved
 * to the top (src/lib/search/own-page.ts). Their data is the first the
 * section draws anyway; a title that cannot be loaded leaves the order as it
 * is (the section then reports the failure when it draws that result).
 */
async function withOwnPagesFirst(
  results: PagefindResult[],
  q: string,
  n: number,
): Promise<PagefindResult[]> {
  const head = results.slice(0, n);
  const titles = new Map<PagefindResult, string | undefined>();
  await Promise.all(
    head.map(async (result) => {
      const title = await result.data().then(
        (data) => data.meta['title'],
        () => undefined,
      );
      titles.set(result, title);
    }),
  );
  return [...ownPagesFirst(head, (r) => titles.get(r), q), ...results.slice(n)];
}

/** One result: title link, what it is, who and when, the passage, and annotated passages. */
function renderResult(view: ResultView): HTMLLIElement {
  const li = el('li', 'search-result');
  const title = el('h3', 'search-result__title');
  const link = el('a', '', view.title);
  link.href = view.href;
  title.append(link);
  const facts = el('p', 'search-result__facts');
  const parts: (string | Node)[] = [];
  if (view.typeLabel) parts.push(el('span', 'search-result__type', view.typeLabel));
  if (view.status) parts.push(el('span', 'search-result__status', view.status));
  if (view.byline) parts.push(view.byline);
  if (view.date) {
    const time = el('time', '', view.date);
    time.dateTime = view.datetime;
    parts.push(time);
  }
  parts.forEach((part, i) => facts.append(...(i > 0 ? [' · ', part] : [part])));
  li.append(title, facts, excerpt(view.segments, 'search-result__excerpt'));
  if (view.passages.length > 0) {
    const passages = el('ul', 'search-result__passages');
    for (const passage of view.passages) {
      const item = el('li');
      const a = el('a', '', passage.title);
      a.href = passage.href;
      item.append(a, excerpt(passage.segments, 'search-result__excerpt'));
      passages.append(item);
    }
    li.append(passages);
  }
  return li;
}

/** An excerpt paragraph, marked words in <mark>, everything as text nodes. */
function excerpt(segments: ExcerptSegment[], className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const segment of segments) {
    p.append(segment.mark ? el('mark', '', segment.text) : document.createTextNode(segment.text));
  }
  return p;
}

/** Creates an element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

// Last, once every declaration above (the ResultSection class included) is in place.
const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) {
  listenForSlash(root.querySelector<HTMLInputElement>('[data-search-primary]'));
  void start(root);
}
