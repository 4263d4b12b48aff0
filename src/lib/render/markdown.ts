/**
 * Safe rendering of the short Markdown an editor writes in notes, summaries
 * and context fields. The schema already refuses raw HTML; this renderer also
 * never emits it, keeps only http(s) and site-relative links, turns images
 * into their alt text (a note must never make a reader's browser fetch a
 * third-party file) and demotes headings to bold paragraphs, so a note cannot
 * break the outline of the page it sits in.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';

/** True for an address a note may link to: http(s), or a path on this site. */
export function isSafeHref(href: string): boolean {
  if (/^\/(?!\/)/.test(href) || href.startsWith('#')) return true;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function textOf(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function clean(children: (ElementContent | RootContent)[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'text') {
      out.push(child);
      continue;
    }
    if (child.type !== 'element') continue;
    const element: Element = { ...child, children: clean(child.children) };
    if (element.tagName === 'img') {
      const alt = typeof element.properties['alt'] === 'string' ? element.properties['alt'] : '';
      if (alt) out.push({ type: 'text', value: alt });
      continue;
    }
    if (/^h[1-6]$/.test(element.tagName)) {
      out.push({
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: element.children },
        ],
      });
      continue;
    }
    if (element.tagName === 'a') {
      const href = element.properties['href'];
      if (typeof href !== 'string' || !isSafeHref(href)) {
        out.push(...element.children);
        continue;
      }
      element.properties = { href };
      // Readers' visits are nobody else's business: outbound links send no referrer.
      if (!href.startsWith('/') && !href.startsWith('#'))
        element.properties['rel'] = ['noreferrer'];
    }
    out.push(element);
  }
  return out;
}

/**
 * Renders short Markdown to an HTML string that is safe to insert with
 * `set:html`: any HTML in the input is shown as text or dropped, never
 * interpreted; links keep only http(s) or site-relative addresses.
 *
 * @param markdown CommonMark text (no GFM extensions).
 * @param options.inline Unwrap a single paragraph, for use inside a sentence or list item.
 */
export function renderMarkdown(markdown: string, options: { inline?: boolean } = {}): string {
  const hast = toHast(fromMarkdown(markdown)) as HastRoot;
  let children = clean(hast.children).filter(
    (node) => !(node.type === 'text' && node.value.trim() === ''),
  );
  const only = children[0];
  if (options.inline && children.length === 1 && only?.type === 'element' && only.tagName === 'p') {
    children = only.children;
  }
  return toHtml({ type: 'root', children }, { allowDangerousHtml: false });
}

/** The plain text of short Markdown, for meta descriptions and attributes. */
export function markdownToText(markdown: string): string {
  const hast = toHast(fromMarkdown(markdown)) as HastRoot;
  return hast.children.map(textOf).join(' ').replace(/\s+/g, ' ').trim();
}
