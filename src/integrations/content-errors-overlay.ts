/**
 * Content errors in `astro dev`, on the page the editor is looking at: every
 * error as `npm run check` prints it (path:line:column, what is wrong, the
 * fix), the path a link that opens the content file in the editor. Injected
 * into every page by ./workbench.ts, under `astro dev` only; the page itself
 * renders from the records that passed the checks, so pages an error does not
 * touch read as usual beneath the overlay.
 */

interface ContentError {
  file: string;
  line: number;
  column: number;
  text: string;
}

// Above the page, below Astro's dev toolbar (2000000010) and its app windows (999999999): the
// toolbar stays usable, and the workbench's panel stays clickable while there are errors to fix.
const STYLE = `
  :host { all: initial; }
  section { position: fixed; z-index: 999999990; left: 1rem; right: 1rem; bottom: 1rem; max-height: 45vh; overflow: auto;
    background: #2a0d0d; color: #fff; border: 2px solid #ff6b6b; border-radius: 8px; padding: 0.8rem 1rem;
    font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 4px 24px #0008; }
  h2 { font-size: 16px; margin: 0 0 0.4rem; }
  pre { white-space: pre-wrap; margin: 0.4rem 0; font: 13px/1.45 ui-monospace, monospace; }
  a { color: #ffd0d0; }
  button { float: right; font: inherit; background: #fff2; color: #fff; border: 1px solid #fff6; border-radius: 4px; padding: 0.2rem 0.6rem; cursor: pointer; }
  p { margin: 0; opacity: 0.85; }
`;

function render(errors: ContentError[]): void {
  const host = document.createElement('sourcebook-content-errors');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const section = document.createElement('section');
  section.setAttribute('role', 'alert');
  section.setAttribute('aria-label', 'Content errors');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Hide';
  close.addEventListener('click', () => host.remove());
  const title = document.createElement('h2');
  title.textContent = `The content has ${errors.length === 1 ? '1 error' : `${errors.length} errors`} (npm run check prints the same)`;
  const note = document.createElement('p');
  note.textContent =
    'Pages show the records that passed the checks until the errors are fixed; saving the file reloads this page.';
  section.append(close, title, note);
  for (const error of errors) {
    const pre = document.createElement('pre');
    const where = `${error.file}:${error.line}:${error.column}`;
    const link = document.createElement('a');
    link.href = `/__open-in-editor?file=${encodeURIComponent(where)}`;
    link.textContent = where;
    link.title = 'Open the file in your editor';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void fetch(link.href);
    });
    pre.append(link, error.text.slice(where.length));
    section.append(pre);
  }
  root.append(style, section);
  document.body.append(host);
}

async function show(): Promise<void> {
  const response = await fetch('/__sourcebook/workbench/errors');
  if (!response.ok) return;
  const { errors } = (await response.json()) as { errors: ContentError[] };
  if (errors.length > 0) render(errors);
}

void show();
