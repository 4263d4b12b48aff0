/**
 * The search page's controller: keeps the search state in step with the URL
 * and the form, runs each search through the Pagefind client
 * (pagefind-client.ts) and has the views (views.ts) draw it. The query,
 * filters and order live in the URL: typing replaces the history entry,
 * choosing a filter or order adds one (so Back undoes it), and a reload
 * restores it all. Every failure is shown on the page with its cause
 * (src/lib/search/failure.ts) and logged; `data-state` on the root says where
 * the page is (`loading`, `typing`, `searching`, `results`, `done`, `idle`,
 * `unavailable`), for tests and tools to wait on.
 */
import { resultCountMessage } from '../../lib/search/results.ts';
import {
  hasCriteria,
  pagefindFilters,
  parseSearchState,
  searchStateToHref,
  toggleFilter,
  type Facet,
  type SearchState,
  type SortOrder,
} from '../../lib/search/state.ts';
import { tierCanMatch, type SearchTier } from '../../lib/search/bundles.ts';
import { reportMatches } from '../../lib/search/matched.ts';
import { failureCause } from '../../lib/search/failure.ts';
import { nearestWords, type WordList } from '../../lib/search/suggest.ts';
import { storyScope, type StoryTitles } from '../../lib/search/scope.ts';
import {
  firstInstance,
  loadPagefind,
  loadWordList,
  mergedInstance,
  searchWith,
  withOwnPagesFirst,
  type FilterCounts,
  type Pagefind,
  type PagefindModule,
  type PagefindResult,
} from './pagefind-client.ts';
import {
  buildFacets,
  PAGE_SIZE,
  ResultSection,
  showScope,
  showSimilarWords,
  showSuggestions,
  updateCounts,
  type FacetBoxes,
} from './views.ts';

/**
 * Quotes and claims shown at first above the articles and sources, so that
 * both sections start on the first screen and the first results need only a
 * few fragments. When the type filter leaves quotes and claims alone, PAGE_SIZE.
 */
const FIRST_SECTION_SIZE = 5;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 200;

/** The parts of the page the controller reads and fills in. */
interface SearchElements {
  form: HTMLFormElement;
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  facetsBox: HTMLElement;
  filtersBox: HTMLDetailsElement;
  status: HTMLElement;
  scope: HTMLElement;
  problem: HTMLElement;
  problemCause: HTMLElement;
  similarNote: HTMLElement;
  none: HTMLElement;
  facetsProblem: HTMLElement;
  textsPending: HTMLElement;
  textsProblem: HTMLElement;
}

/** Finds the page's parts by their `data-search-*` attributes (src/components/search/SearchApp.astro). */
function searchElements(root: HTMLElement): SearchElements {
  const find = <T extends HTMLElement>(selector: string): T => root.querySelector<T>(selector)!;
  return {
    form: find<HTMLFormElement>('[data-search-form]'),
    input: find<HTMLInputElement>('[data-search-primary]'),
    sortSelect: find<HTMLSelectElement>('[data-search-sort]'),
    facetsBox: find('[data-search-facets]'),
    filtersBox: find<HTMLDetailsElement>('[data-search-filters]'),
    status: find('[data-search-status]'),
    scope: find('[data-search-scope]'),
    problem: find('[data-search-problem]'),
    problemCause: find('[data-problem-cause]'),
    similarNote: find('[data-search-similar]'),
    none: find('[data-search-none]'),
    facetsProblem: find('[data-search-facets-problem]'),
    textsPending: find('[data-search-pending]'),
    textsProblem: find('[data-search-texts-problem]'),
  };
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

/** The search page at `root`, from its first paint on. */
export class SearchController {
  private readonly root: HTMLElement;
  private readonly ui: SearchElements;
  private readonly sections: Record<SearchTier, ResultSection>;
  /** The bundles that hold pages: an archive with no quote or claim yet has no first bundle. */
  private readonly hasFirstBundle: boolean;
  private state: SearchState;
  /** Each story's title by id, written into the page by the build. */
  private readonly storyTitles: StoryTitles;
  private pagefind: PagefindModule | null = null;
  /** Finds the quotes and claims, on the page's thread; null without a first bundle. */
  private firstFinder: Pagefind | null = null;
  /** Finds results in both bundles, in Pagefind's worker; started after the first results. */
  private wholeFinder: Promise<Pagefind | null> | null = null;
  /** The indexed words, for suggestions; loaded the first time a search finds nothing. */
  private wordList: Promise<WordList> | null = null;
  /** Why the texts bundle could not be loaded, the last time it failed. */
  private textsFailure: unknown = null;
  /** Every value's count with no query or filter; null until the facets have loaded. */
  private totals: FilterCounts | null = null;
  /** Counts the results per facet value; null until the facets have loaded, or if they cannot. */
  private counter: Pagefind | null = null;
  private checkboxes: FacetBoxes = new Map();
  private searchId = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(root: HTMLElement) {
    this.root = root;
    this.ui = searchElements(root);
    this.sections = {
      first: new ResultSection(root.querySelector<HTMLElement>('[data-search-section="first"]')!),
      texts: new ResultSection(root.querySelector<HTMLElement>('[data-search-section="texts"]')!),
    };
    this.hasFirstBundle = (root.dataset['searchTiers'] ?? '').split(' ').includes('first');
    this.state = parseSearchState(new URLSearchParams(location.search));
    // Story titles by id, as an attribute: the page's policy allows no inline script, data included.
    this.storyTitles = JSON.parse(root.dataset['searchStories'] ?? '{}') as StoryTitles;
  }

  /** Restores the state from the URL, loads Pagefind after the first paint, then searches. */
  async start(): Promise<void> {
    this.syncForm();
    this.foldFilters();
    this.root.dataset['state'] = 'loading';
    await afterFirstPaint();
    try {
      await this.loadFinders();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.listen();
    await this.run().catch((error: unknown) => this.fail(error));
    await this.loadFacets();
  }

  /** On a narrow screen the filters fold away above the results, unless some are chosen. */
  private foldFilters(): void {
    const wide = matchMedia('(min-width: 48rem)');
    const { filtersBox } = this.ui;
    filtersBox.open = wide.matches || Object.keys(pagefindFilters(this.state)).length > 0;
    wide.addEventListener('change', () => {
      if (wide.matches) filtersBox.open = true;
    });
  }

  /** Loads Pagefind and the instance the first results come from; throws why it could not. */
  private async loadFinders(): Promise<void> {
    this.pagefind = await loadPagefind();
    if (this.hasFirstBundle) {
      this.firstFinder = await firstInstance(this.pagefind);
    } else {
      this.wholeFinder = this.mergedOrNull();
      if (!(await this.wholeFinder)) throw this.textsFailure;
    }
  }

  /**
   * The instance over both bundles, or null if the texts bundle cannot be
   * loaded (the quotes and claims are still found); the cause is kept to show.
   */
  private async mergedOrNull(): Promise<Pagefind | null> {
    try {
      return await mergedInstance(this.pagefind!, this.hasFirstBundle);
    } catch (error) {
      console.error('Search: the articles and sources could not be loaded.', error);
      this.textsFailure = error;
      return null;
    }
  }

  /** Searches as the reader types, submits, sorts, filters or goes Back. */
  private listen(): void {
    const { form, input, sortSelect, facetsBox } = this.ui;
    input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      // Pending until the pause after typing has run its search (tests and tools wait on it).
      this.root.dataset['state'] = 'typing';
      this.typingTimer = setTimeout(
        () => this.commit({ ...this.state, q: input.value.trim() }, 'replace'),
        TYPING_DELAY_MS,
      );
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.commit({ ...this.state, q: input.value.trim() }, 'replace');
    });
    sortSelect.addEventListener('change', () => {
      this.commit({ ...this.state, sort: sortSelect.value as SortOrder }, 'push');
    });
    facetsBox.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const facet = box.dataset['facet'] as Facet | undefined;
      if (!facet) return;
      const next = toggleFilter(
        { ...this.state, q: input.value.trim() },
        facet,
        box.value,
        box.checked,
      );
      this.commit(next, 'push');
    });
    // "Search the whole archive" drops the story filter without leaving the page.
    this.ui.scope.addEventListener('click', (event) => {
      const scope = storyScope(this.state, this.storyTitles);
      if (!scope || !(event.target as HTMLElement).matches('[data-search-widen]')) return;
      event.preventDefault();
      this.commit({ ...scope.widen, q: input.value.trim() }, 'push');
      this.syncForm();
    });
    window.addEventListener('popstate', () => {
      this.state = parseSearchState(new URLSearchParams(location.search));
      this.syncForm();
      void this.run().catch((error: unknown) => this.fail(error));
    });
  }

  /**
   * Loads every filter's values and their counts, builds the facets, then
   * counts the current search's results per value. Without them, search still
   * works: the facets stay hidden, and the page says why.
   */
  private async loadFacets(): Promise<void> {
    const instance = await this.mergedOrNull();
    const { facetsBox, facetsProblem } = this.ui;
    try {
      if (!instance) throw this.textsFailure;
      this.totals = await instance.filters();
      this.counter = instance;
    } catch (error) {
      console.error('Search: the filters could not be loaded.', error);
      facetsProblem.textContent = `The filters could not be loaded (${failureCause(error)}); search still works without them.`;
      facetsProblem.hidden = false;
      this.totals = {};
    }
    this.checkboxes = buildFacets(facetsBox, this.totals, this.state, this.storyTitles);
    facetsBox.hidden = this.checkboxes.size === 0;
    await this.count(this.searchId);
  }

  /**
   * Counts the results of search `id` per facet value and marks the page
   * settled, unless a newer search has started (it counts its own results).
   */
  private async count(id: number): Promise<void> {
    const { counter, state } = this;
    const counts =
      counter && hasCriteria(state) ? (await searchWith(counter, state)).filters : this.totals;
    if (id !== this.searchId) return;
    if (counts) updateCounts(this.ui.facetsBox, this.checkboxes, counts);
    this.root.dataset['state'] = hasCriteria(this.state) ? 'done' : 'idle';
  }

  /** Records a new state in the URL and searches with it. */
  private commit(next: SearchState, how: 'push' | 'replace'): void {
    const href = searchStateToHref(next);
    const changed = href !== searchStateToHref(this.state);
    this.state = next;
    if (how === 'push' && changed) history.pushState(null, '', href);
    else history.replaceState(null, '', href);
    if (changed) void this.run().catch((error: unknown) => this.fail(error));
  }

  /** Puts the state into the form controls and the story note (after a reload or Back). */
  private syncForm(): void {
    const { input, sortSelect } = this.ui;
    showScope(this.ui.scope, storyScope(this.state, this.storyTitles));
    if (input.value.trim() !== this.state.q) input.value = this.state.q;
    sortSelect.value = this.state.sort;
    for (const box of this.root.querySelectorAll<HTMLInputElement>('input[data-facet]')) {
      box.checked = this.state.filters[box.dataset['facet'] as Facet]?.includes(box.value) ?? false;
    }
  }

  /**
   * Searches with the current state and shows the results: the quotes and
   * claims first, then the articles and sources. `data-state` becomes `done`
   * (or `idle` with nothing to search for) once both sections and the facet
   * counts are in place; until the facets have loaded, that is their job.
   */
  private async run(): Promise<void> {
    const id = ++this.searchId;
    this.root.dataset['state'] = 'searching';
    const { textsPending, textsProblem, similarNote, none, status } = this.ui;
    textsPending.hidden = true;
    textsProblem.hidden = true;
    similarNote.hidden = true;
    none.hidden = true;
    showScope(this.ui.scope, storyScope(this.state, this.storyTitles));
    if (!hasCriteria(this.state)) {
      this.showNoSearch();
      return;
    }
    const types = this.state.filters.type;
    // A type filter skips the bundle that cannot match it.
    const inTexts = tierCanMatch('texts', types);
    const first = await this.runFirst(id, tierCanMatch('first', types), inTexts);
    if (first === null) return;
    const texts = inTexts ? await this.runTexts(id, first) : [];
    if (texts === null) return;

    const found = first.length + texts.length;
    const filtered = Object.keys(pagefindFilters(this.state)).length > 0;
    status.textContent = resultCountMessage(found, this.state.q, filtered);
    const report = reportMatches(this.state.q, [
      ...this.sections.first.matched,
      ...this.sections.texts.matched,
    ]);
    if (report) showSimilarWords(similarNote, report);
    if (found === 0 && this.state.q !== '') await this.showNothingFound(id);
    if (id !== this.searchId) return;
    if (this.totals) await this.count(id);
    else this.root.dataset['state'] = 'results'; // the facets are still loading
  }

  /** Nothing to search for: no results, and the facets' counts over everything. */
  private showNoSearch(): void {
    this.sections.first.clear();
    this.sections.texts.clear();
    this.ui.status.textContent = '';
    if (this.totals) {
      updateCounts(this.ui.facetsBox, this.checkboxes, this.totals);
      this.root.dataset['state'] = 'idle';
    }
  }

  /**
   * Searches the quotes and claims (when the filters let them match) and
   * draws them; null when search `id` was replaced meanwhile.
   */
  private async runFirst(
    id: number,
    inFirst: boolean,
    inTexts: boolean,
  ): Promise<PagefindResult[] | null> {
    const { firstFinder, state } = this;
    let first = firstFinder && inFirst ? (await searchWith(firstFinder, state)).results : [];
    if (state.q !== '' && state.sort === 'relevance') {
      first = await withOwnPagesFirst(first, state.q, FIRST_SECTION_SIZE);
    }
    if (id !== this.searchId) return null;
    // The articles and sources of the last search stay, dimmed, until this one's replace them.
    if (inTexts) this.sections.texts.markStale();
    else this.sections.texts.clear();
    await this.sections.first.show(first, inTexts ? FIRST_SECTION_SIZE : PAGE_SIZE);
    return id === this.searchId ? first : null;
  }

  /**
   * Searches the articles and sources, leaving out the quotes and claims
   * already shown, and draws them; says why when their bundle cannot be
   * loaded. Null when search `id` was replaced meanwhile.
   */
  private async runTexts(id: number, first: PagefindResult[]): Promise<PagefindResult[] | null> {
    const { textsPending, textsProblem } = this.ui;
    const state = this.state;
    textsPending.hidden = false;
    this.wholeFinder ??= this.mergedOrNull();
    const whole = await this.wholeFinder;
    // The merged instance finds the quotes and claims again: they are shown above.
    const shown = new Set(first.map((result) => result.id));
    let texts: PagefindResult[] = [];
    if (whole) texts = (await searchWith(whole, state)).results.filter((r) => !shown.has(r.id));
    if (state.q !== '' && state.sort === 'relevance') {
      texts = await withOwnPagesFirst(texts, state.q, FIRST_SECTION_SIZE);
    }
    if (id !== this.searchId) return null;
    textsPending.hidden = true;
    textsProblem.hidden = whole !== null;
    if (!whole) this.showTextsFailure();
    // The next search tries again, in case the connection is back.
    if (!whole) this.wholeFinder = null;
    await this.sections.texts.show(texts, PAGE_SIZE);
    return id === this.searchId ? texts : null;
  }

  /**
   * Nothing found: offers the indexed words nearest to the query (loaded the
   * first time a search finds nothing) and the quote and claim lists.
   */
  private async showNothingFound(id: number): Promise<void> {
    const { none } = this.ui;
    const suggest = none.querySelector<HTMLElement>('[data-search-suggest]')!;
    const list = none.querySelector<HTMLElement>('[data-search-suggestions]')!;
    this.wordList ??= loadWordList();
    let words: string[] = [];
    try {
      words = nearestWords(this.state.q, await this.wordList);
    } catch (error) {
      console.error('Search: no word suggestions.', error);
      this.wordList = null; // the next search that finds nothing tries again
    }
    if (id !== this.searchId) return;
    showSuggestions(list, words, this.state);
    suggest.hidden = words.length === 0;
    none.hidden = false;
  }

  /** Adds why the articles and sources could not be searched to the note that says so. */
  private showTextsFailure(): void {
    const cause = this.ui.textsProblem.querySelector<HTMLElement>('[data-search-texts-cause]');
    if (cause) cause.textContent = ` What went wrong: ${failureCause(this.textsFailure)}.`;
  }

  /**
   * Search cannot run: the page says so and why, and logs the error. Under
   * `astro dev` there is no index to load, and the page says that instead.
   */
  private fail(error: unknown): void {
    const { problem, problemCause, textsPending } = this.ui;
    console.error('Search failed.', error);
    problem.hidden = false;
    problem.querySelector<HTMLElement>(
      import.meta.env.DEV ? '[data-problem-dev]' : '[data-problem-load]',
    )!.hidden = false;
    problemCause.textContent = `What went wrong: ${failureCause(error)}.`;
    problemCause.hidden = false;
    for (const section of Object.values(this.sections)) section.clear();
    textsPending.hidden = true;
    this.root.dataset['state'] = 'unavailable';
  }
}
