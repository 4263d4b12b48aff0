import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { contentSecurityPolicy, cspHash } from '../../src/lib/csp.ts';

test('a CSP hash is the base64 SHA-256 of the exact UTF-8 text, prefixed sha256-', () => {
  const css = '#a-x:target { outline: 2px solid; } /* “curly” */';
  const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
  expect(cspHash(css)).toBe(`sha256-${expected}`);
  expect(cspHash(`${css} `)).not.toBe(cspHash(css));
});

test('a page policy allows only the site itself, plus WebAssembly and inline styles by hash when asked', () => {
  expect(contentSecurityPolicy()).toBe(
    "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';form-action 'self';script-src 'self';style-src 'self'",
  );
  const css = 'mark:target { outline: 2px solid; }';
  const policy = contentSecurityPolicy({ allowWasm: true, inlineStyles: [css] });
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy.endsWith(`style-src 'self' '${cspHash(css)}'`)).toBe(true);
  expect(policy).not.toContain('unsafe-inline');
});
