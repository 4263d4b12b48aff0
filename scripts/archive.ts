/**
 * npm run archive -- <capture.txt> | --url <URL> [options]
 *
 * Imports a capture, or a web page, into content/sources/<slug>.txt.
 */
import { readFileSync } from 'node:fs';
import { CaptureError, captureSlug, parseCapture } from '../src/lib/archive/capture.ts';
import { contentRoot } from '../src/lib/archive/paths.ts';
import { slugify } from '../src/lib/archive/slug.ts';
import { archiveCapture } from '../src/lib/editor/archive-source.ts';
import { extractPage } from '../src/lib/editor/extract-page.ts';
import { EditorError, today } from '../src/lib/editor/files.ts';
import { fail, parseCommandLine, printWritten, userPath } from './cli.ts';

const HELP = `Usage:
  npm run archive -- <capture.txt> [--captured YYYY-MM-DD] [--slug ID]
  npm run archive -- --url <URL> --summary "<what the page reports>" [--html saved.html]
                     [--kind KIND] [--captured YYYY-MM-DD] [--slug ID]

Archives a source into content/sources/<slug>.txt: the frontmatter from the
capture's header lines, the text verbatim, its SHA-256, and an empty
annotations list. Creates content/outlets/<id>.yaml when the outlet is new.
Never overwrites a file.

A capture is a text file of header lines (url:, outlet:, title:, author:,
published:, kind:, summary:), a line with ---, then the verbatim excerpts
separated by blank lines.

Options:
  --captured DATE  the day the text was captured (default: today)
  --slug ID        the source's id and file name (default: from the capture's
                   file name, or from the page title with --url)
  --url URL        fetch the page and extract its article text (Readability)
  --html FILE      with --url: read the page from a saved HTML file instead of
                   fetching it
  --story ID       the story it belongs to (repeat for several); may be left
                   out when the content has one story
  --summary TEXT   with --url: what the page reports, in your own words
  --kind KIND      with --url: news (default), reprint, opinion, blog,
                   company-statement, aggregator, transcript, filing or other
  -h, --help       show this help`;

const { values, positionals } = parseCommandLine(
  {
    allowPositionals: true,
    options: {
      captured: { type: 'string' },
      slug: { type: 'string' },
      url: { type: 'string' },
      html: { type: 'string' },
      summary: { type: 'string' },
      kind: { type: 'string' },
      story: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  },
  HELP,
);

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

/** Reads a file the editor named; a missing file is one clear line. */
function readText(file: string): string {
  try {
    return readFileSync(userPath(file), 'utf8');
  } catch {
    throw new EditorError(`cannot read ${file}: check the path`);
  }
}

/** Why a fetch failed, in a few words: the system's error code where there is one. */
function networkProblem(error: unknown): string {
  type Cause = { code?: string; message?: string; errors?: Cause[]; cause?: Cause };
  const e = error as Cause & { name?: string };
  if (e.name === 'TimeoutError') return 'no answer within 20 seconds';
  const cause = e.cause;
  const code = cause?.code ?? cause?.errors?.[0]?.code ?? cause?.cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'no such host',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'timed out',
    EAI_AGAIN: 'name lookup failed',
    'bad port': 'a port web clients may not use',
  };
  const problem = code ?? cause?.message ?? e.message ?? 'network error';
  return words[problem] ? `${words[problem]}${code ? `, ${code}` : ''}` : problem;
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new EditorError(
      `could not fetch ${url} (${networkProblem(error)}): check the address and your connection, or save the page and pass --html`,
    );
  }
  if (!response.ok) {
    throw new EditorError(`fetching ${url} answered ${response.status} ${response.statusText}`);
  }
  return response.text();
}

try {
  const captured = values.captured ?? today();
  const root = contentRoot();
  let written: string[];
  if (values.url) {
    if (positionals.length > 0)
      throw new EditorError('give either a capture file or --url, not both');
    let url: URL;
    try {
      url = new URL(values.url);
    } catch {
      throw new EditorError(`--url "${values.url}" is not a web address`);
    }
    if (!values.summary) {
      throw new EditorError('--url needs --summary "<what the page reports, in your own words>"');
    }
    const html = values.html ? readText(values.html) : await fetchPage(url.href);
    const capture = extractPage(html, url.href);
    capture.fields.summary = values.summary;
    if (values.kind) capture.fields.kind = values.kind;
    const slug = values.slug ?? slugify(capture.fields.title ?? url.pathname);
    const stories = values.story ?? [];
    written = archiveCapture({ capture, slug, contentDir: root, captured, stories });
    console.log(
      'The whole article text was archived: cut it down to the passages under analysis, then run npm run archive:rehash -- <file>.',
    );
  } else {
    const [file, ...extra] = positionals;
    if (!file)
      throw new EditorError('give a capture file, or --url <URL>; see npm run archive -- --help');
    if (extra.length > 0)
      throw new EditorError(`one capture at a time; unexpected ${extra.join(' ')}`);
    if (values.kind)
      throw new EditorError('--kind goes with --url; a capture has its own `kind:` line');
    const raw = readText(file);
    let capture;
    try {
      capture = parseCapture(raw);
    } catch (error) {
      if (error instanceof CaptureError)
        throw new EditorError(`${file}:${error.line}: ${error.message}`);
      throw error;
    }
    const stories = values.story ?? [];
    written = archiveCapture({
      capture,
      slug: values.slug ?? captureSlug(file),
      contentDir: root,
      captured,
      stories,
    });
  }
  printWritten(written);
} catch (error) {
  fail(error);
}
