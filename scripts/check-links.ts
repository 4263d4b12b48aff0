/**
 * npm run test:links [-- <folder>]
 *
 * Checks every internal link of a built site (default: dist/) against the
 * files themselves: each href, src and srcset that stays on the site (a
 * relative address, or an absolute one on the site's own origin) must name a
 * file that exists, and each #fragment must name an id (or <a name>) on the
 * page it points to. Text fragments (#:~:text=) are not targets and are not
 * checked. A `javascript:` address anywhere is an error. Exits 1 on any
 * broken link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** The outcome of checking a folder. */
export interface LinkCheckResult {
  /** How many HTML files were read. */
  files: number;
  /** How many links were checked. */
  links: number;
  /**
   * Each broken link, once per address and reason:
   * `<attr> "<url>": why (on N pages: first, second, …)`.
   */
  errors: string[];
}

/** The elements and attributes that hold addresses. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['video[poster]', 'poster'],
  ['form[action]', 'action'],
  ['blockquote[cite]', 'cite'],
  ['q[cite]', 'cite'],
];

interface PageLinks {
  ids: Set<string>;
  links: { attribute: string; url: string }[];
}

/** Every .html file under a folder, sorted. */
function htmlFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html'))
      found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** The address a static host serves a file at (`x/index.html` is `/x/`). */
function servedPath(root: string, file: string): string {
  const rel = relative(root, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Reads one page's ids and the addresses it links to. */
function readPage(file: string): PageLinks {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const ids = new Set<string>();
  for (const element of document.querySelectorAll('[id]'))
    ids.add(element.getAttribute('id') ?? '');
  for (const element of document.querySelectorAll('a[name]'))
    ids.add(element.getAttribute('name') ?? '');
  const links: PageLinks['links'] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const element of document.querySelectorAll(selector)) {
      links.push({
        attribute: `${element.localName}[${attribute}]`,
        url: element.getAttribute(attribute) ?? '',
      });
    }
  }
  for (const element of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ attribute: `${element.localName}[srcset]`, url });
    }
  }
  return { ids, links };
}

/**
 * The file a site path is served from, or undefined when none is: `/x/` is
 * `x/index.html`; `/x` must be a file (with trailing slashes always on, `/x`
 * for a folder is a broken link on most static hosts).
 */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (decoded.endsWith('/')) {
    const index = join(path, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Checks every internal link and fragment of the built site in `dir`.
 * `site` is the site's public origin: absolute links to it count as internal.
 */
export function checkLinks(dir: string, site = 'https://sourcebook.example'): LinkCheckResult {
  const root = resolve(dir);
  if (!existsSync(root))
    throw new Error(`${dir} does not exist: build the site first (npm run build)`);
  const siteOrigin = new URL(site).origin;
  const files = htmlFilesUnder(root);
  const pages = new Map<string, PageLinks>();
  for (const file of files) pages.set(file, readPage(file));
  // One message per broken address and reason, naming the pages that use it.
  const broken = new Map<string, Set<string>>();
  const report = (where: string, message: string): void => {
    broken.set(message, (broken.get(message) ?? new Set()).add(where));
  };
  let checked = 0;
  for (const [file, page] of pages) {
    const base = new URL(servedPath(root, file), siteOrigin);
    const where = relative(process.cwd(), file);
    for (const { attribute, url } of page.links) {
      const raw = url.trim();
      if (/^javascript:/i.test(raw.replace(/[\s\u0000-\u001f]/g, ''))) {
        report(where, `${attribute} "${url}": a javascript: address`);
        continue;
      }
      let target: URL;
      try {
        target = new URL(raw, base);
      } catch {
        report(where, `${attribute} "${url}": not a valid address`);
        continue;
      }
      if (target.origin !== siteOrigin) continue;
      checked += 1;
      const targetFile = fileFor(root, target.pathname);
      if (!targetFile) {
        const hint =
          !target.pathname.endsWith('/') && fileFor(root, `${target.pathname}/`)
            ? ' (add the trailing slash)'
            : '';
        report(where, `${attribute} "${url}": no file at ${target.pathname}${hint}`);
        continue;
      }
      const fragment = target.hash.slice(1);
      // A text fragment (#:~:text=…) asks the browser to find words, not an element.
      if (!fragment || fragment.startsWith(':~:') || !targetFile.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment.split(':~:')[0] ?? '');
      } catch {
        id = fragment;
      }
      if (id === '' || id.toLowerCase() === 'top') continue;
      if (!pages.get(targetFile)?.ids.has(id)) {
        report(where, `${attribute} "${url}": no element with id "${id}" on ${target.pathname}`);
      }
    }
  }
  const errors = [...broken].map(([message, onPages]) => {
    const where = [...onPages];
    const shown = where.slice(0, 3).join(', ');
    const more = where.length > 3 ? `, and ${where.length - 3} more` : '';
    return `${message} (on ${where.length} page${where.length === 1 ? '' : 's'}: ${shown}${more})`;
  });
  return { files: files.length, links: checked, errors };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  try {
    const { files, links, errors } = checkLinks(dir, process.env['SOURCEBOOK_SITE']);
    for (const error of errors) console.error(error);
    console.log(
      `Links: ${links} internal links in ${files} HTML files of ${dir}, ${errors.length} broken.`,
    );
    process.exitCode = errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
