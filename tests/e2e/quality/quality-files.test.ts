import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { checkHtml } from '../../../scripts/check-html.ts';
import { checkLinks } from '../../../scripts/check-links.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';
import { DIST, htmlFiles, pagePathOf } from '../../support/site-pages.ts';

// These read the files of dist/, which the Playwright webServer has just built.

test('every HTML file of the built site passes the Nu HTML Checker', async () => {
  test.setTimeout(300_000);
  const { files, errors } = checkHtml(DIST);
  expect(files).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('no internal link or #fragment of the built site is broken', async () => {
  test.setTimeout(300_000);
  const { links, errors } = checkLinks(DIST, process.env['SOURCEBOOK_SITE']);
  expect(links).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

/** A policy as a map from directive name to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Why one page's Content-Security-Policy and referrer policy fall short, if they do. */
function policyProblems(path: string, html: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll('meta[http-equiv]')].filter(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  if (metas.length !== 1) return [`${path}: ${metas.length} Content-Security-Policy meta tags`];
  const meta = metas[0]!;
  // A meta policy only governs what comes after it: no script may run before it.
  const firstScript = [...document.querySelectorAll('head script')].find(
    (script) => script.getAttribute('type') !== 'application/ld+json',
  );
  if (
    meta.parentElement?.localName !== 'head' ||
    (firstScript && meta.compareDocumentPosition(firstScript) & 2)
  ) {
    problems.push(`${path}: the Content-Security-Policy meta must come before every script`);
  }
  const policy = parsePolicy(meta.getAttribute('content') ?? '');
  const expectExactly = (name: string, sources: string[]): void => {
    const actual = policy.get(name)?.join(' ');
    if (actual !== sources.join(' '))
      problems.push(`${path}: ${name} is "${actual}", want "${sources.join(' ')}"`);
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'self'"]);
  expectExactly('form-action', ["'self'"]);
  const isHash = (source: string): boolean => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);
  const allowedScript = new Set([
    "'self'",
    ...(path.startsWith('/search/') ? ["'wasm-unsafe-eval'"] : []),
  ]);
  for (const source of policy.get('script-src') ?? ['(missing)']) {
    if (!allowedScript.has(source) && !isHash(source))
      problems.push(`${path}: script-src allows ${source}`);
  }
  for (const [name, sources] of policy) {
    for (const source of sources) {
      const keyword = source.startsWith("'") || (source === 'data:' && name === 'img-src');
      if (!keyword) problems.push(`${path}: ${name} allows the origin ${source}`);
      if (/^'unsafe-(inline|eval|hashes)'$/.test(source))
        problems.push(`${path}: ${name} allows ${source}`);
    }
  }
  const scriptHashes = new Set(policy.get('script-src') ?? []);
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json') continue;
    const hash = `'sha256-${createHash('sha256')
      .update(script.textContent ?? '')
      .digest('base64')}'`;
    // public/_headers allows no inline script at all, so hashes alone are not enough.
    problems.push(
      `${path}: an inline <script${type ? ` type="${type}"` : ''}>${scriptHashes.has(hash) ? '' : ' (not even hashed)'}: move it to a file`,
    );
  }
  const styleHashes = new Set(policy.get('style-src') ?? []);
  for (const style of document.querySelectorAll('style')) {
    const hash = `'sha256-${createHash('sha256')
      .update(style.textContent ?? '')
      .digest('base64')}'`;
    if (!styleHashes.has(hash))
      problems.push(
        `${path}: an inline <style> whose hash ${hash} is not in style-src: move it to a stylesheet or add the hash with Astro.csp.insertStyleHash`,
      );
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name))
        problems.push(`${path}: <${element.localName} ${attribute.name}>`);
      if (attribute.name === 'style')
        problems.push(
          `${path}: <${element.localName} style="…">, which the policy blocks: use a class`,
        );
    }
  }
  const referrer = document.querySelector('meta[name="referrer"]')?.getAttribute('content');
  if (referrer !== 'no-referrer' && referrer !== 'same-origin')
    problems.push(`${path}: the referrer policy is "${referrer}", want no-referrer or same-origin`);
  return problems;
}

test('every page carries a strict Content-Security-Policy and referrer policy', () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(0);
  const problems = files.flatMap((file) =>
    policyProblems(pagePathOf(DIST, file), readFileSync(file, 'utf8')),
  );
  expect(problems).toEqual([]);
});

test('public/_headers gives hosts the same policy, framing refused', () => {
  const text = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');
  const block = text.split(/\n(?=\S)/).find((chunk) => chunk.startsWith('/*'));
  expect(block, 'a /* rule').toBeDefined();
  const headers = new Map(
    (block ?? '')
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
      }),
  );
  const policy = parsePolicy(headers.get('content-security-policy') ?? '');
  expect(policy.get('default-src')).toEqual(["'self'"]);
  expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get('object-src')).toEqual(["'none'"]);
  expect(policy.get('base-uri')).toEqual(["'self'"]);
  expect(policy.get('form-action')).toEqual(["'self'"]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  const index = parseHTML(readFileSync(join(DIST, 'index.html'), 'utf8')).document;
  expect(index.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe(
    headers.get('referrer-policy'),
  );
  // The build copies it to the site root, where hosts look for it.
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(text);
});
