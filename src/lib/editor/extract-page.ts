/**
 * `npm run archive -- --url`: extracts an article's text and metadata from a
 * web page with Mozilla's Readability (Firefox Reader View), into a capture.
 * The whole text is the editor's starting point; they cut it down to the
 * passages under analysis.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Capture } from '../archive/capture.ts';
import { EditorError } from './files.ts';

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The YYYY-MM-DD part of an ISO timestamp, or undefined. */
function day(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Extracts a capture from a page's HTML; `url` is the page's address. */
export function extractPage(html: string, url: string): Capture {
  const { document } = parseHTML(html);
  const published = day(
    meta(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
  );
  const metaAuthor = meta(document, 'author', 'article:author', 'dc.creator');
  const siteName = meta(document, 'og:site_name', 'application-name');
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  if (!article?.textContent?.trim()) {
    throw new EditorError(
      `no article text found at ${url}: save the text as a capture file instead`,
    );
  }
  const paragraphs =
    (article.content ?? '')
      ? extractParagraphs(article.content ?? '')
      : [article.textContent.trim()];
  const text = paragraphs.join('\n\n');
  return {
    fields: {
      url,
      outlet: siteName ?? article.siteName ?? new URL(url).hostname.replace(/^www\./, ''),
      title: article.title?.trim() || 'unknown',
      author: article.byline?.trim() || metaAuthor || 'unknown',
      published: day(article.publishedTime ?? undefined) ?? published ?? 'unknown',
      kind: 'news',
      // The page's own description is the outlet's words; the summary must be the editor's (--summary).
      summary: '',
    },
    text,
  };
}

/** The text of each block element of Readability's cleaned HTML, one paragraph each. */
function extractParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h2, h3, h4, li, blockquote, pre')];
  const texts = blocks
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return texts.length > 0 ? texts : [(document.body.textContent ?? '').trim()];
}
