/**
 * The search page's views: what it draws, from the Pagefind client's results
 * and the search state, as DOM nodes. Archived text is only ever written as
 * text nodes, never as HTML. Nothing here searches or changes the URL.
 */
import type { ExcerptSegment } from '../../lib/search/excerpt.ts';
import { shapeResult, type ResultView } from '../../lib/search/results.ts';
import {
  FACETS,
  FACET_LABELS,
  searchStateToHref,
  type SearchState,
} from '../../lib/search/state.ts';
import { facetValueLabel, orderFacetValues } from '../../lib/search/facets.ts';
import { wordsAt, type MatchReport } from '../../lib/search/matched.ts';
import type { StoryScope, StoryTitles } from '../../lib/search/scope.ts';
import type { FilterCounts, PagefindResult } from './pagefind-client.ts';

/** Results a section renders at once; "Show more" adds as many again. */
export const PAGE_SIZE = 20;

/**
 * One section of results (quotes and claims, or articles and sources): its
 * heading with a count, its list, drawn a page at a time, and its "Show more"
 * button. Hidden while it has nothing to show.
 */
export class ResultSection {
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

/** The facets' checkboxes, by facet and value. */
export type FacetBoxes = Map<string, HTMLInputElement>;

/** Builds one fieldset of checkboxes per facet into `box`, once; searches only update counts. */
export function buildFacets(
  box: HTMLElement,
  counts: FilterCounts,
  state: SearchState,
  storyTitles: StoryTitles,
): FacetBoxes {
  const boxes: FacetBoxes = new Map();
  for (const facet of FACETS) {
    const values = orderFacetValues(facet, counts[facet] ?? {});
    if (values.length === 0) continue;
    const fieldset = el('fieldset', 'search-facet');
    fieldset.append(el('legend', '', FACET_LABELS[facet]));
    const ul = el('ul', 'search-facet__values');
    values.forEach((value, i) => {
      const li = el('li');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = `facet-${facet}-${i}`;
      input.name = facet;
      input.value = value;
      input.dataset['facet'] = facet;
      input.checked = state.filters[facet]?.includes(value) ?? false;
      const label = el('label', '', facetValueLabel(facet, value, storyTitles));
      label.htmlFor = input.id;
      const count = el('span', 'search-facet__count');
      label.append(' ', count);
      li.append(input, label);
      ul.append(li);
      boxes.set(`${facet}\u0000${value}`, input);
    });
    fieldset.append(ul);
    box.append(fieldset);
  }
  return boxes;
}

/** Shows, beside each facet value in `box`, how many results choosing it would give. */
export function updateCounts(box: HTMLElement, boxes: FacetBoxes, counts: FilterCounts): void {
  for (const [key, input] of boxes) {
    const [facet = '', value = ''] = key.split('\u0000');
    const n = counts[facet]?.[value] ?? 0;
    const count = input.parentElement?.querySelector('.search-facet__count');
    if (count) count.textContent = `(${n})`;
    // A value no result has is hidden, unless the reader chose it (so it can be unchosen).
    const item = input.closest('li');
    if (item) item.hidden = n === 0 && !input.checked;
  }
  for (const fieldset of box.querySelectorAll('fieldset')) {
    fieldset.hidden = fieldset.querySelector('li:not([hidden])') === null;
  }
}

/**
 * Fills `note` to say which stories the results are limited to, with a link
 * to each hub and one to the same search over the whole archive; hides it
 * when the search is not limited.
 */
export function showScope(note: HTMLElement, scope: StoryScope | null): void {
  note.hidden = scope === null;
  if (!scope) return;
  const parts: (string | Node)[] = [
    `Results are limited to the ${scope.stories.length > 1 ? 'stories' : 'story'} `,
  ];
  scope.stories.forEach((story, i) => {
    if (i > 0) parts.push(i === scope.stories.length - 1 ? ' and ' : ', ');
    const link = el('a', '', story.title);
    link.href = story.href;
    parts.push(link);
  });
  const widen = el('a', '', 'Search the whole archive');
  widen.href = scope.widenHref;
  widen.dataset['searchWiden'] = '';
  note.replaceChildren(...parts, '. ', widen, '.');
}

/**
 * Fills `note` to say that a word of the query is in none of the results
 * drawn, with the words they matched instead (src/lib/search/matched.ts).
 */
export function showSimilarWords(note: HTMLElement, report: MatchReport): void {
  const words = (list: string[]): Node[] =>
    list.flatMap((word, i) => [
      ...(i > 0 ? [document.createTextNode(', ')] : []),
      el('mark', '', word),
    ]);
  const quoted = report.missing.map((word) => `“${word}”`).join(', ');
  note.replaceChildren(
    el('strong', '', `No result has the word${report.missing.length > 1 ? 's' : ''} ${quoted}.`),
    ' ',
    ...(report.similar.length > 0
      ? ['These results match similar words: ', ...words(report.similar), '.']
      : ['These results match other words of the search.']),
  );
  note.hidden = false;
}

/** Fills `list` with links searching each of `words` instead of the query of `state`. */
export function showSuggestions(list: HTMLElement, words: string[], state: SearchState): void {
  list.replaceChildren(
    ...words.flatMap((word, i) => {
      const link = el('a', '', word);
      link.href = searchStateToHref({ ...state, q: word });
      return i > 0 ? [document.createTextNode(', '), link] : [link];
    }),
  );
}

/** One result: title link, what it is, who and when, the passage, and annotated passages. */
export function renderResult(view: ResultView): HTMLLIElement {
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
export function excerpt(segments: ExcerptSegment[], className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const segment of segments) {
    p.append(segment.mark ? el('mark', '', segment.text) : document.createTextNode(segment.text));
  }
  return p;
}

/** Creates an element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}
