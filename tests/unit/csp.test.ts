import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { cspHash } from '../../src/lib/csp.ts';

test('a CSP hash is the base64 SHA-256 of the exact UTF-8 text, prefixed sha256-', () => {
  const css = '#a-x:target { outline: 2px solid; } /* “curly” */';
  const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
  expect(cspHash(css)).toBe(`sha256-${expected}`);
  expect(cspHash(`${css} `)).not.toBe(cspHash(css));
});
