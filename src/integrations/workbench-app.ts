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

const API = '/__sourcebook/workbench/';
/** Carries a save's outcome across the reload the content change causes. */
const PENDING = 'sourcebook-workbench-result';

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
  claims: { id: string; statement: string }[];
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
    if (source) sourcePanel(body, source, app);
    else body.innerHTML = '<p>Open a source page to annotate it.</p>';
    const pending = sessionStorage.getItem(PENDING);
    if (pending && source) {
      sessionStorage.removeItem(PENDING);
      app.toggleState({ state: true });
      const messages = body.querySelector('[data-wb="messages"]');
      if (messages) messages.innerHTML = pending;
    }
  },
});

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
      '<option value="">(none)</option>' +
      view.claims
        .map(
          (c) => `<option value="${c.id}">${escape(c.statement.slice(0, 90))} (${c.id})</option>`,
        )
        .join('');
    filterQuotes();
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

  function showPassage(d: {
    exact: string;
    unique: boolean;
    occurrences: number;
    prefix?: string;
    suffix?: string;
  }): void {
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
      claim: value('claim'),
      stance: value('stance'),
      distinctFrom: value('distinctFrom')
        .split(/[\s,]+/)
        .filter(Boolean),
    };
    if (kind === 'quote') {
      annotation['quote'] = value('quote') || value('new-quote-id');
      annotation['speaker'] = value('speaker') || value('new-person-id');
    }
    return annotation;
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
    }
    const { status, data } = await call<{
      error?: string;
      problems?: string[];
      stale?: boolean;
      wrote?: string[];
      errors?: string[];
    }>('save', request);
    if (data.stale) {
      say(`<p class="bad" data-wb="stale">${escape(data.error ?? '')}</p>`);
      setTimeout(() => location.reload(), 2500);
      return;
    }
    if (status !== 200) {
      say(
        `<p class="bad">${escape(data.error ?? 'not saved')}</p>${data.problems ? `<ul>${data.problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>` : ''}`,
      );
      return;
    }
    const errors = data.errors ?? [];
    const result =
      `<p class="ok" data-wb="saved">Saved: ${escape((data.wrote ?? []).join(', '))}</p>` +
      (errors.length > 0
        ? `<p class="bad">The checker found ${errors.length === 1 ? '1 error' : `${errors.length} errors`}:</p><pre data-wb="check-errors">${escape(errors.join('\n'))}</pre>`
        : '<p class="ok">Checked: no errors.</p>');
    say(result);
    // The content change reloads the page; the outcome is shown again after it.
    sessionStorage.setItem(PENDING, result);
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
  field<HTMLSelectElement>('speaker').addEventListener('change', kindChanged);
  field<HTMLTextAreaElement>('note').addEventListener('input', () => {
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => void preview(), 250);
  });
  // While the panel is open, a click on a mark (with nothing selected) edits its annotation.
  document.addEventListener('click', (event) => {
    if (!active) return;
    const mark = (event.target as Element | null)?.closest?.('mark.ann[data-a]');
    if (!mark || !document.getSelection()?.isCollapsed) return;
    editMark(mark.getAttribute('data-a') ?? '');
  });
  app.onToggled(({ state }) => {
    active = state;
    if (state && !view) void load();
  });
}
