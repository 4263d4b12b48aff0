/**
 * The workbench's panel in Astro's dev toolbar (only under `astro dev`; see
 * ./workbench.ts). On a source page: select a passage, see what the anchoring
 * engine makes of it, annotate it (a quote appearance, a claim, context, a
 * correction), save; click a mark to edit or delete it; answer the checker's
 * look-alike hints in one click. On an article page: the article's quotes
 * with their verification status, and a search to insert a `<Quote>`.
 *
 * Everything it knows comes from the dev server's workbench endpoints; it
 * writes nothing itself.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { proposeId } from '../lib/editor/ids.ts';
import { urls } from '../lib/urls.ts';

const API = '/__sourcebook/workbench/';
/** Carries a save's outcome across the reload the content change causes. */
const PENDING = 'sourcebook-workbench-result';
/** A save's outcome, shown again on every load of the page until `until` (ms since the epoch). */
interface Pending {
  html: string;
  until: number;
}
/** Keeps a save's outcome, to be shown again after the reloads the content change causes. */
function keepOutcome(html: string): void {
  sessionStorage.setItem(PENDING, JSON.stringify({ html, until: Date.now() + 15_000 }));
}
/** Keeps what the editor typed across the reload after a save refused for a stale file. */
const DRAFT = 'sourcebook-workbench-draft';
/** The claim list's choice that opens the new claim's fields (never an id: ids have no `+`). */
const NEW_CLAIM = '+new';

interface AnnotationView {
  id: string;
  kind: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  note?: string;
  speaker?: string;
  quote?: string;
  claim?: string;
  stance?: string;
  distinctFrom?: string[];
  via?: string;
  text: string;
}

interface SourceView {
  id: string;
  file: string;
  version: string;
  annotations: AnnotationView[];
  hints: string[];
  lookAlikes: { quote: string; passage: string; start: number; end: number; message: string }[];
  errors: string[];
  quotes: { id: string; text: string; speaker: string; speakerName: string }[];
  people: { id: string; name: string }[];
  outlets: { id: string; name: string }[];
  claims: { id: string; statement: string }[];
  stories: { id: string; title: string }[];
  /** What a new claim starts from: this source's stories and outlet, the byline, the status. */
  sourceStories: string[];
  outlet?: string;
  author: string;
  claimStatuses: string[];
  status?: string;
}

interface Described {
  exact: string;
  unique: boolean;
  occurrences: number;
  prefix?: string;
  suffix?: string;
  proposedId: string;
  version: string;
  error?: string;
}

async function call<T>(path: string, body?: unknown): Promise<{ status: number; data: T }> {
  const response = await fetch(API + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, data: (await response.json()) as T };
}

/** A selection's ends as (paragraph, offset) in the page's archived-text paragraphs. */
function pageSelection(): { start: End; end: End; selected: string } | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const paragraphs = [...document.querySelectorAll('.annotated-text p.block__text')];
  const end = (node: Node, offset: number): End | undefined => {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const p = element?.closest('p.block__text');
    if (!p) return undefined;
    const before = document.createRange();
    before.setStart(p, 0);
    before.setEnd(node, offset);
    return { paragraph: paragraphs.indexOf(p), offset: before.toString().length };
  };
  const start = end(range.startContainer, range.startOffset);
  const finish = end(range.endContainer, range.endOffset);
  if (!start || !finish) return undefined;
  return { start, end: finish, selected: range.toString() };
}

interface End {
  paragraph: number;
  offset: number;
}

const STYLE = `
  /* Beside the text, not over it: the editor reads the passage while filling the form. */
  astro-dev-toolbar-window {
    position: fixed; top: 1rem; right: 1rem; left: auto; bottom: auto; transform: none;
    width: min(34rem, 45vw); max-height: calc(100vh - 6rem); overflow: auto; box-sizing: border-box;
  }
  .wb { font: 14px/1.4 system-ui, sans-serif; display: grid; gap: 0.6rem; }
  .wb h2 { font-size: 16px; margin: 0; }
  .wb h3 { font-size: 14px; margin: 0.4rem 0 0; }
  .wb pre { white-space: pre-wrap; margin: 0; padding: 0.4rem; background: #0006; border-radius: 4px; font: 13px/1.4 ui-monospace, monospace; }
  .wb label { display: grid; gap: 0.2rem; }
  .wb input, .wb select, .wb textarea { box-sizing: border-box; width: 100%; min-width: 0; font: inherit; padding: 0.25rem; background: #fff; color: #111; border-radius: 3px; border: 1px solid #888; }
  .wb textarea { min-height: 4rem; }
  .wb .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: end; }
  .wb .row > * { flex: 1 1 10rem; min-width: 0; }
  .wb fieldset { border: 1px solid #fff3; border-radius: 4px; display: grid; gap: 0.4rem; min-width: 0; }
  .wb * { box-sizing: border-box; }
  .wb button { font: inherit; padding: 0.3rem 0.7rem; cursor: pointer; border-radius: 4px; border: 1px solid #aaa; background: #2b2f3a; color: #fff; }
  .wb .ok { color: #8fe39a; }
  .wb .bad { color: #ff9b9b; }
  .wb .muted { opacity: 0.75; }
  .wb ul { margin: 0; padding-left: 1.1rem; }
  .wb [hidden] { display: none; }
  .wb .preview { background: #fff1; padding: 0.3rem; border-radius: 4px; }
  .wb a { color: #9cc9ff; }
  .wb label.check { display: flex; gap: 0.4rem; align-items: center; }
  .wb label.check input { width: auto; }
`;

const FORM = `
  <section data-wb="selection" hidden>
    <h3>Passage, as stored</h3>
    <pre data-wb="exact"></pre>
    <p data-wb="unique"></p>
    <pre data-wb="context" hidden></pre>
  </section>
  <form data-wb="form" hidden>
    <div class="row">
      <label>Id <input name="id" required /></label>
      <label>Kind
        <select name="kind">
          <option value="quote">quote</option><option value="claim">claim</option>
          <option value="context">context</option><option value="correction">correction</option>
        </select>
      </label>
    </div>
    <fieldset data-wb="quote-fields">
      <legend>Canonical quote</legend>
      <label>Search quotes by words <input name="quote-search" autocomplete="off" /></label>
      <label>Quote <select name="quote"><option value="">(none: a new canonical quote)</option></select></label>
      <p data-wb="drift"></p>
      <div data-wb="new-quote">
        <div class="row">
          <label>New quote's id <input name="new-quote-id" /></label>
          <label>Speaker <select name="speaker"><option value="">(a new person)</option></select></label>
        </div>
        <label>Context (when, where, to whom) <input name="new-quote-context" /></label>
        <div class="row" data-wb="new-person">
          <label>New person's id <input name="new-person-id" /></label>
          <label>Name <input name="new-person-name" /></label>
          <label>Who they are <input name="new-person-description" /></label>
        </div>
      </div>
    </fieldset>
    <fieldset data-wb="claim-fields">
      <legend>Claim</legend>
      <div class="row">
        <label>Claim <select name="claim"><option value="">(none)</option></select></label>
        <label>Stance <select name="stance"><option value="">(none)</option><option>supports</option><option>relays</option><option>disputes</option></select></label>
      </div>
      <div data-wb="new-claim" hidden>
        <label>Statement (the claim, plainly, in one sentence) <textarea name="new-claim-statement"></textarea></label>
        <div class="row">
          <label>New claim's id <input name="new-claim-id" /></label>
          <label>Claimant (who made it) <select name="new-claim-claimant"></select></label>
          <label>Status <select name="new-claim-status"></select></label>
        </div>
        <fieldset data-wb="new-claim-stories"><legend>Stories it belongs to</legend></fieldset>
        <label>Summary (why it has this status, citing only the archive) <textarea name="new-claim-summary"></textarea></label>
        <label>First ruling's byline <input name="new-claim-author" /></label>
      </div>
    </fieldset>
    <label>Distinct from (quote ids, comma-separated) <input name="distinctFrom" /></label>
    <label>Note (Markdown) <textarea name="note"></textarea></label>
    <div class="preview" data-wb="preview"></div>
    <div class="row">
      <button type="submit" data-wb="save">Save</button>
      <button type="button" data-wb="delete" hidden>Delete this annotation</button>
    </div>
  </form>
  <section data-wb="messages" aria-live="polite"></section>
  <section data-wb="hints"></section>
`;

export default defineToolbarApp({
  init(canvas, app) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    const panel = document.createElement('astro-dev-toolbar-window');
    panel.innerHTML = `<div class="wb"><h2>Sourcebook workbench</h2><div data-wb="body"></div></div>`;
    canvas.append(style, panel);
    const body = panel.querySelector('[data-wb="body"]') as HTMLElement;
    const source = /^\/sources\/([a-z0-9-]+)\/?$/.exec(location.pathname)?.[1];
    const article = /^\/analysis\/([a-z0-9-]+)\/?$/.exec(location.pathname)?.[1];
    if (source) sourcePanel(body, source, app);
    else if (article) articlePanel(body, article, app);
    else
      body.innerHTML =
        '<p>Open a source page to annotate it, or an article to check its quotes.</p>';
    const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as Pending | null;
    // Kept for a few seconds, not one load: a save of several files may reload the page twice.
    if (!pending || Date.now() > pending.until) {
      sessionStorage.removeItem(PENDING);
      // A draft kept across a reload opens the panel again, to put it back.
      if (source && sessionStorage.getItem(DRAFT)?.includes(`"source":"${source}"`))
        app.toggleState({ state: true });
    } else if (source) {
      app.toggleState({ state: true });
      const messages = body.querySelector('[data-wb="messages"]');
      if (messages) messages.innerHTML = pending.html;
    }
  },
});

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
  );

interface ArticleQuote {
  words: string;
  source?: string;
  annotation?: string;
  line: number;
  verified: boolean;
  errors: string[];
}

/** On an article page: its quotes with their verification status, and a search to insert one. */
function articlePanel(body: HTMLElement, articleId: string, app: App): void {
  body.innerHTML = `<section data-wb="article-quotes"><p class="muted">Loading the article's quotes…</p></section>
    <section><h3>Insert a quote</h3>
      <label>Search the archive's annotations by words <input name="annotation-search" autocomplete="off" /></label>
      <ul data-wb="found"></ul></section>`;
  const list = body.querySelector('[data-wb="article-quotes"]') as HTMLElement;
  const found = body.querySelector('[data-wb="found"]') as HTMLElement;
  const search = body.querySelector('[name="annotation-search"]') as HTMLInputElement;
  let elements: string[] = [];
  async function load(): Promise<void> {
    const { status, data } = await call<{ file: string; quotes: ArticleQuote[]; error?: string }>(
      `article?id=${articleId}`,
    );
    if (status !== 200) {
      list.innerHTML = `<p class="bad">${escapeHtml(data.error ?? '')}</p>`;
      return;
    }
    const items = data.quotes.map(
      (q) =>
        `<li data-wb="article-quote">${q.verified ? '<span class="ok">verified</span>' : '<span class="bad">not verified</span>'} line ${q.line}: “${escapeHtml(q.words)}” <span class="muted">(${escapeHtml(q.source ?? '')}${q.annotation ? `#${escapeHtml(q.annotation)}` : ''})</span>${q.errors.length > 0 ? `<pre>${escapeHtml(q.errors.join('\n'))}</pre>` : ''}</li>`,
    );
    list.innerHTML = `<h3>Quotes in ${escapeHtml(data.file)} (${data.quotes.length})</h3>${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>No &lt;Quote&gt; yet.</p>'}`;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const { data } = await call<{
        found: { kind: string; text: string; element: string; source: string }[];
      }>(`annotations?q=${encodeURIComponent(search.value)}`);
      elements = data.found.map((f) => f.element);
      found.innerHTML = data.found
        .map(
          (f, i) =>
            `<li><code>${escapeHtml(f.element)}</code> <button type="button" data-copy="${i}">Copy</button></li>`,
        )
        .join('');
    }, 200);
  });
  found.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('[data-copy]');
    if (!button) return;
    const element = elements[Number(button.getAttribute('data-copy'))] ?? '';
    void navigator.clipboard.writeText(element).then(
      () => (button.textContent = 'Copied'),
      () => (button.textContent = 'Select it and copy'),
    );
  });
  app.onToggled(({ state }) => {
    if (state) void load();
  });
}

type App = Parameters<NonNullable<Parameters<typeof defineToolbarApp>[0]['init']>>[1];

function sourcePanel(body: HTMLElement, sourceId: string, app: App): void {
  body.innerHTML = `<p class="muted">Select a passage of the archived text, or click a mark to edit it.</p>
    <div class="row"><button type="button" data-wb="use-selection">Annotate the selection</button></div>${FORM}`;
  const $ = <T extends Element>(name: string): T => body.querySelector(`[data-wb="${name}"]`) as T;
  const form = $<HTMLFormElement>('form');
  const field = <T extends Element>(name: string): T => form.querySelector(`[name="${name}"]`) as T;
  const messages = $<HTMLElement>('messages');
  let view: SourceView | undefined;
  let current: { exact: string; prefix?: string; suffix?: string; version: string } | undefined;
  let replaces: string | undefined;
  let active = false;
  let claimIdEdited = false;
  let claimantChosen = false;
  /** Set when a stale save has kept the draft for the reload it causes. */
  let draftKept = false;
  let saving = false;
  /** The passage as the panel shows it. */
  let shown: Shown | undefined;

  const say = (html: string): void => {
    messages.innerHTML = html;
  };
  const escape = (text: string): string =>
    text.replace(
      /[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string,
    );

  async function load(): Promise<void> {
    const { status, data } = await call<SourceView & { error?: string }>(`source?id=${sourceId}`);
    if (status !== 200)
      return say(`<p class="bad">${escape(data.error ?? 'could not load the source')}</p>`);
    view = data;
    fillLists();
    renderHints();
    if (data.errors.length > 0) {
      say(`<p class="bad">This file has errors:</p><pre>${escape(data.errors.join('\n'))}</pre>`);
    }
  }

  function fillLists(): void {
    if (!view) return;
    const speaker = field<HTMLSelectElement>('speaker');
    speaker.innerHTML =
      '<option value="">(a new person)</option>' +
      view.people
        .map((p) => `<option value="${p.id}">${escape(p.name)} (${p.id})</option>`)
        .join('');
    const claim = field<HTMLSelectElement>('claim');
    claim.innerHTML =
      `<option value="">(none)</option><option value="${NEW_CLAIM}">(a new claim)</option>` +
      view.claims
        .map(
          (c) => `<option value="${c.id}">${escape(c.statement.slice(0, 90))} (${c.id})</option>`,
        )
        .join('');
    field<HTMLSelectElement>('new-claim-claimant').innerHTML =
      '<option value="">(choose)</option>' +
      [
        ...view.people.map((p) => ({ ...p, what: 'person' })),
        ...view.outlets.map((o) => ({ ...o, what: 'outlet' })),
      ]
        .map((r) => `<option value="${r.id}">${escape(r.name)} (${r.what}: ${r.id})</option>`)
        .join('');
    field<HTMLSelectElement>('new-claim-status').innerHTML = view.claimStatuses
      .map((status) => `<option>${status}</option>`)
      .join('');
    $<HTMLElement>('new-claim-stories').innerHTML =
      '<legend>Stories it belongs to</legend>' +
      view.stories
        .map(
          (story) =>
            `<label class="check"><input type="checkbox" name="new-claim-story" value="${story.id}" /> ${escape(story.title)} (${story.id})</label>`,
        )
        .join('');
    filterQuotes();
  }

  /** The new claim's fields, empty, with the defaults a new claim starts from. */
  function resetNewClaim(): void {
    if (!view) return;
    for (const name of ['statement', 'id', 'summary'])
      field<HTMLInputElement>(`new-claim-${name}`).value = '';
    claimIdEdited = false;
    field<HTMLSelectElement>('new-claim-status').value = view.status ?? '';
    field<HTMLInputElement>('new-claim-author').value = view.author;
    // The story, when there is no choice to make: the content's only one, or this source's only one.
    const only =
      view.stories.length === 1
        ? view.stories[0]?.id
        : view.sourceStories.length === 1
          ? view.sourceStories[0]
          : undefined;
    for (const box of form.querySelectorAll<HTMLInputElement>('[name="new-claim-story"]'))
      box.checked = box.value === only;
    claimantDefault();
  }

  /** Who made the claim, until the editor says: the speaker of a quote, else the source's outlet. */
  function claimantDefault(): void {
    const claimant = field<HTMLSelectElement>('new-claim-claimant');
    if (claimantChosen) return;
    const speaker =
      field<HTMLSelectElement>('kind').value === 'quote'
        ? field<HTMLSelectElement>('speaker').value
        : '';
    claimant.value = speaker || view?.outlet || '';
  }

  function claimChanged(): void {
    const isNew = field<HTMLSelectElement>('claim').value === NEW_CLAIM;
    $<HTMLElement>('new-claim').hidden = !isNew;
    if (isNew) claimantDefault();
  }

  /** The new claim's id follows its statement (src/lib/editor/ids.ts) until the editor edits it. */
  function claimStatementChanged(): void {
    if (claimIdEdited) return;
    const taken = new Set(view?.claims.map((c) => c.id) ?? []);
    const statement = field<HTMLTextAreaElement>('new-claim-statement').value;
    field<HTMLInputElement>('new-claim-id').value = statement.trim()
      ? proposeId(statement, taken, 'claim')
      : '';
  }

  function filterQuotes(): void {
    if (!view) return;
    const words = field<HTMLInputElement>('quote-search')
      .value.toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    const select = field<HTMLSelectElement>('quote');
    const chosen = select.value;
    const matches = view.quotes.filter((q) => {
      const hay = `${q.id} ${q.text} ${q.speakerName}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    select.innerHTML =
      '<option value="">(none: a new canonical quote)</option>' +
      matches
        .map(
          (q) =>
            `<option value="${q.id}">${escape(q.text.slice(0, 80))} — ${escape(q.speakerName)} (${q.id})</option>`,
        )
        .join('');
    if (matches.some((q) => q.id === chosen)) select.value = chosen;
    void quoteChosen();
  }

  async function quoteChosen(): Promise<void> {
    const id = field<HTMLSelectElement>('quote').value;
    const drift = $<HTMLElement>('drift');
    $<HTMLElement>('new-quote').hidden = id !== '';
    if (!id || !current) {
      drift.textContent = '';
      return;
    }
    const quote = view?.quotes.find((q) => q.id === id);
    if (quote) field<HTMLSelectElement>('speaker').value = quote.speaker;
    const { status, data } = await call<{
      verdict: string;
      diff: string;
      partial: boolean;
      error?: string;
    }>('drift', {
      quote: id,
      exact: current.exact,
    });
    drift.innerHTML =
      status === 200
        ? `Drift against the canonical wording: <strong data-wb="verdict">${data.verdict}</strong>${data.partial ? ' (part of it)' : ''}${data.verdict === 'exact' ? '' : `<pre>${escape(data.diff)}</pre>`}`
        : `<span class="bad">${escape(data.error ?? '')}</span>`;
  }

  function kindChanged(): void {
    const kind = field<HTMLSelectElement>('kind').value;
    $<HTMLElement>('quote-fields').hidden = kind !== 'quote';
    const person = $<HTMLElement>('new-person');
    person.hidden = field<HTMLSelectElement>('speaker').value !== '';
  }

  /** Everything the form holds, to be put back by {@link restoreDraft}. */
  function draft(): Draft {
    const values: Record<string, string> = {};
    for (const element of form.querySelectorAll<HTMLInputElement>('[name]')) {
      if (element.type !== 'checkbox') values[element.name] = element.value;
    }
    const stories = [
      ...form.querySelectorAll<HTMLInputElement>('[name="new-claim-story"]:checked'),
    ].map((box) => box.value);
    return {
      source: sourceId,
      current,
      shown,
      replaces,
      values,
      stories,
      claimIdEdited,
      claimantChosen,
    };
  }

  /** Puts back a draft kept across a reload, its passage to be saved against the file as it is now. */
  function restoreDraft(): void {
    const kept = sessionStorage.getItem(DRAFT);
    sessionStorage.removeItem(DRAFT);
    if (!kept || !view) return;
    const d = JSON.parse(kept) as Draft;
    if (d.source !== sourceId || !d.current || !d.shown) return;
    current = { ...d.current, version: view.version };
    replaces = d.replaces;
    showPassage(d.shown);
    openForm({});
    for (const [name, value] of Object.entries(d.values))
      field<HTMLInputElement>(name).value = value;
    for (const box of form.querySelectorAll<HTMLInputElement>('[name="new-claim-story"]'))
      box.checked = d.stories.includes(box.value);
    claimIdEdited = d.claimIdEdited;
    claimantChosen = d.claimantChosen;
    filterQuotes();
    field<HTMLSelectElement>('quote').value = d.values['quote'] ?? '';
    kindChanged();
    claimChanged();
    void quoteChosen();
    void preview();
    if (messages.innerHTML === '')
      say('<p data-wb="draft-kept">The page reloaded; your draft is back.</p>');
  }

  /** The source's view, loaded once (again after a failed load), then any kept draft put back. */
  let loading: Promise<void> | undefined;
  function ready(): Promise<void> {
    loading ??= load()
      .then(restoreDraft)
      .finally(() => {
        if (!view) loading = undefined;
      });
    return loading;
  }

  function showPassage(d: Shown): void {
    shown = d;
    $<HTMLElement>('selection').hidden = false;
    $<HTMLElement>('exact').textContent = d.exact;
    $<HTMLElement>('unique').innerHTML = d.unique
      ? '<span class="ok" data-wb="unique-verdict">Unique in this source.</span>'
      : `<span data-wb="unique-verdict">Occurs ${d.occurrences} times: the prefix or suffix below singles this one out.</span>`;
    const context = $<HTMLElement>('context');
    context.hidden = d.unique;
    context.textContent = d.unique
      ? ''
      : [
          d.prefix !== undefined ? `prefix: ${d.prefix}` : '',
          d.suffix !== undefined ? `suffix: ${d.suffix}` : '',
        ]
          .filter(Boolean)
          .join('\n');
  }

  function openForm(values: Partial<AnnotationView>): void {
    form.hidden = false;
    field<HTMLInputElement>('id').value = values.id ?? '';
    field<HTMLSelectElement>('kind').value = values.kind ?? 'quote';
    field<HTMLInputElement>('quote-search').value = '';
    filterQuotes();
    field<HTMLSelectElement>('quote').value = values.quote ?? '';
    field<HTMLSelectElement>('speaker').value = values.speaker ?? '';
    field<HTMLSelectElement>('claim').value = values.claim ?? '';
    field<HTMLSelectElement>('stance').value = values.stance ?? '';
    field<HTMLInputElement>('distinctFrom').value = (values.distinctFrom ?? []).join(', ');
    field<HTMLTextAreaElement>('note').value = values.note ?? '';
    field<HTMLInputElement>('new-quote-id').value = values.id ?? '';
    $<HTMLButtonElement>('delete').hidden = replaces === undefined;
    claimantChosen = false;
    resetNewClaim();
    claimChanged();
    kindChanged();
    void quoteChosen();
    void preview();
  }

  async function describe(request: string, payload: unknown): Promise<void> {
    const { status, data } = await call<Described>(request, payload);
    if (status !== 200)
      return say(`<p class="bad">${escape(data.error ?? 'the selection cannot be used')}</p>`);
    current = data;
    replaces = undefined;
    showPassage(data);
    say('');
    openForm({ id: data.proposedId });
  }

  async function useSelection(): Promise<void> {
    const selection = pageSelection();
    if (!selection) return say('<p class="bad">Select a passage of the archived text first.</p>');
    await describe('select', { source: sourceId, selection });
  }

  function editMark(id: string): void {
    const annotation = view?.annotations.find((a) => a.id === id);
    if (!annotation || !view) return;
    replaces = id;
    current = { exact: annotation.exact, version: view.version };
    if (annotation.prefix !== undefined) current.prefix = annotation.prefix;
    if (annotation.suffix !== undefined) current.suffix = annotation.suffix;
    showPassage({
      ...current,
      exact: annotation.text,
      unique: annotation.prefix === undefined && annotation.suffix === undefined,
      occurrences: 1,
    });
    openForm(annotation);
    say(`<p>Editing annotation <code>${id}</code>.</p>`);
  }

  let previewTimer: ReturnType<typeof setTimeout> | undefined;
  async function preview(): Promise<void> {
    const markdown = field<HTMLTextAreaElement>('note').value;
    const { data } = await call<{ html: string }>('preview', { markdown });
    $<HTMLElement>('preview').innerHTML = data.html;
  }

  function annotationFromForm(): Record<string, unknown> {
    const value = (name: string): string => field<HTMLInputElement>(name).value.trim();
    const kind = value('kind');
    const annotation: Record<string, unknown> = {
      id: value('id'),
      exact: current?.exact,
      prefix: current?.prefix,
      suffix: current?.suffix,
      kind,
      note: field<HTMLTextAreaElement>('note').value,
      claim: value('claim') === NEW_CLAIM ? value('new-claim-id') : value('claim'),
      stance: value('stance'),
      distinctFrom: value('distinctFrom')
        .split(/[\s,]+/)
        .filter(Boolean),
      // A field the form does not show (`via`) is kept as it was written.
      via: view?.annotations.find((a) => a.id === replaces)?.via,
    };
    if (kind === 'quote') {
      annotation['quote'] = value('quote') || value('new-quote-id');
      annotation['speaker'] = value('speaker') || value('new-person-id');
    }
    return annotation;
  }

  function newClaimFromForm(): Record<string, unknown> {
    const value = (name: string): string =>
      field<HTMLInputElement>(`new-claim-${name}`).value.trim();
    return {
      id: value('id'),
      statement: value('statement'),
      claimant: value('claimant'),
      status: value('status'),
      summary: value('summary'),
      author: value('author'),
      stories: [...form.querySelectorAll<HTMLInputElement>('[name="new-claim-story"]:checked')].map(
        (box) => box.value,
      ),
    };
  }

  async function save(del: boolean): Promise<void> {
    if (!current) return;
    const request: Record<string, unknown> = { source: sourceId, version: current.version };
    if (replaces) request['replaces'] = replaces;
    if (del) request['delete'] = true;
    else {
      const annotation = annotationFromForm();
      request['annotation'] = annotation;
      const value = (name: string): string => field<HTMLInputElement>(name).value.trim();
      if (annotation['kind'] === 'quote' && !value('quote')) {
        request['newQuote'] = { id: value('new-quote-id'), context: value('new-quote-context') };
        if (!value('speaker')) {
          request['newPerson'] = {
            id: value('new-person-id'),
            name: value('new-person-name'),
            description: value('new-person-description'),
          };
        }
      }
      if (value('claim') === NEW_CLAIM) request['newClaim'] = newClaimFromForm();
    }
    // A save that writes reloads the page, maybe before its answer arrives: that form is saved.
    saving = true;
    const { status, data } = await call<{
      error?: string;
      problems?: string[];
      stale?: boolean;
      wrote?: string[];
      errors?: string[];
    }>('save', request).finally(() => (saving = false));
    if (data.stale) {
      const message = `<p class="bad" data-wb="stale">${escape(data.error ?? '')}</p>`;
      say(message);
      // What the editor typed comes back after the reload, against the file as it is now.
      sessionStorage.setItem(DRAFT, JSON.stringify(draft()));
      draftKept = true;
      keepOutcome(
        `${message}<p data-wb="draft-kept">Your draft is kept: check the passage and save again.</p>`,
      );
      setTimeout(() => location.reload(), 2500);
      return;
    }
    if (status !== 200) {
      say(
        `<p class="bad">Not saved: ${escape(data.error ?? 'refused')}. Correct these and save again; the form keeps what you typed.</p>${data.problems ? `<ul>${data.problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : ''}`,
      );
      // The answer is below the form: bring it into view, where the editor is looking.
      messages.scrollIntoView({ block: 'nearest' });
      return;
    }
    const errors = data.errors ?? [];
    // The pages of the records this save created, to see them as readers will.
    const created = [
      ...(request['newQuote']
        ? [urls.quote(String((request['newQuote'] as { id: string }).id))]
        : []),
      ...(request['newClaim']
        ? [urls.claim(String((request['newClaim'] as { id: string }).id))]
        : []),
    ];
    const result =
      `<p class="ok" data-wb="saved">Saved: ${escape((data.wrote ?? []).join(', '))}</p>` +
      (created.length > 0
        ? `<p>New: ${created.map((href) => `<a href="${escape(href)}">${escape(href)}</a>`).join(', ')}</p>`
        : '') +
      (errors.length > 0
        ? `<p class="bad">The checker found ${errors.length === 1 ? '1 error' : `${errors.length} errors`}:</p><pre data-wb="check-errors">${escape(errors.join('\n'))}</pre>`
        : '<p class="ok">Checked: no errors.</p>');
    say(result);
    // The content change reloads the page; the outcome is shown again after it.
    keepOutcome(result);
    form.hidden = true;
    await load();
  }

  function renderHints(): void {
    const hints = $<HTMLElement>('hints');
    if (!view || view.hints.length === 0) {
      hints.innerHTML = '';
      return;
    }
    const items = view.lookAlikes.map(
      (l, i) =>
        `<li>${escape(l.message)}<div class="row"><button type="button" data-look="${i}" data-answer="appearance">Annotate as an appearance of ${escape(l.quote)}</button><button type="button" data-look="${i}" data-answer="distinct">Distinct from ${escape(l.quote)} (say why)</button></div></li>`,
    );
    const others = view.hints.filter((h) => !view?.lookAlikes.some((l) => h.includes(l.message)));
    hints.innerHTML = `<h3>The checker's hints for this source</h3><ul>${items.join('')}${others.map((h) => `<li><pre>${escape(h)}</pre></li>`).join('')}</ul>`;
  }

  async function answerHint(index: number, answer: string): Promise<void> {
    const look = view?.lookAlikes[index];
    if (!look) return;
    await describe('look-alike', { source: sourceId, start: look.start, end: look.end });
    if (answer === 'appearance') {
      field<HTMLSelectElement>('kind').value = 'quote';
      field<HTMLSelectElement>('quote').value = look.quote;
    } else {
      field<HTMLSelectElement>('kind').value = 'context';
      field<HTMLInputElement>('distinctFrom').value = look.quote;
      field<HTMLTextAreaElement>('note').value = `Not quote "${look.quote}": `;
      field<HTMLTextAreaElement>('note').focus();
    }
    kindChanged();
    await quoteChosen();
  }

  body.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-wb="use-selection"]')) void useSelection();
    else if (target.closest('[data-wb="delete"]')) void save(true);
    const look = target.closest('[data-look]');
    if (look)
      void answerHint(
        Number(look.getAttribute('data-look')),
        look.getAttribute('data-answer') ?? '',
      );
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(false);
  });
  field<HTMLInputElement>('quote-search').addEventListener('input', filterQuotes);
  field<HTMLSelectElement>('quote').addEventListener('change', () => void quoteChosen());
  field<HTMLSelectElement>('kind').addEventListener('change', kindChanged);
  field<HTMLSelectElement>('speaker').addEventListener('change', () => {
    kindChanged();
    claimantDefault();
  });
  field<HTMLSelectElement>('claim').addEventListener('change', claimChanged);
  field<HTMLTextAreaElement>('new-claim-statement').addEventListener(
    'input',
    claimStatementChanged,
  );
  field<HTMLInputElement>('new-claim-id').addEventListener('input', () => (claimIdEdited = true));
  field<HTMLSelectElement>('new-claim-claimant').addEventListener(
    'change',
    () => (claimantChosen = true),
  );
  field<HTMLTextAreaElement>('note').addEventListener('input', () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void preview(), 250);
  });
  // While the panel is open, a click on a mark (with nothing selected) edits its annotation.
  document.addEventListener('click', (event) => {
    if (!active) return;
    const mark = (event.target as Element | null)?.closest?.('mark.ann[data-a]');
    if (!mark || !document.getSelection()?.isCollapsed) return;
    // A click as soon as the panel opens waits for the source's annotations.
    void ready().then(() => editMark(mark.getAttribute('data-a') ?? ''));
  });
  // A reload (any content file saved, by the workbench or in an editor) keeps an open form's draft.
  window.addEventListener('pagehide', () => {
    if (!form.hidden && current && !draftKept && !saving)
      sessionStorage.setItem(DRAFT, JSON.stringify(draft()));
  });
  app.onToggled(({ state }) => {
    active = state;
    if (state) void ready();
  });
}

/** The passage as the panel shows it: its stored text, and whether it is unique. */
interface Shown {
  exact: string;
  unique: boolean;
  occurrences: number;
  prefix?: string;
  suffix?: string;
}

/** What the form held when a save was refused for a stale file. */
interface Draft {
  /** The source page it was typed on. */
  source: string;
  current: { exact: string; prefix?: string; suffix?: string; version: string } | undefined;
  shown: Shown | undefined;
  replaces: string | undefined;
  values: Record<string, string>;
  stories: string[];
  claimIdEdited: boolean;
  claimantChosen: boolean;
}
