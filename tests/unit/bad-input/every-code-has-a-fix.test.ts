/**
 * Every diagnostic code, walked from the one table that defines them
 * (src/lib/archive/diagnostic-codes.ts): each error code is produced by some
 * broken file of the bad-input suite (tests/fixtures/bad-input/defects/), and
 * every error any of them produces has a `fix:` line, as EDITING.md promises.
 * A new code without a broken file to show it, or an error without a fix,
 * fails here.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import {
  DIAGNOSTIC_CODES,
  diagnosticCodes,
  type DiagnosticCode,
} from '../../../src/lib/archive/diagnostic-codes.ts';
import type { Diagnostic } from '../../../src/lib/archive/model.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad-input');
const DEFECTS = join(FIXTURES, 'defects');
const work = mkdtempSync(join(tmpdir(), 'sourcebook-codes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every diagnostic the check gives on each defect folder laid over the base, by defect. */
const found: [string, Diagnostic][] = readdirSync(DEFECTS).flatMap((defect) => {
  const dir = join(work, defect);
  cpSync(join(FIXTURES, 'base/content'), dir, { recursive: true });
  cpSync(join(DEFECTS, defect), dir, { recursive: true });
  const { diagnostics } = checkArchive(dir, { hints: true, today: '2026-12-07' });
  return diagnostics.map((d): [string, Diagnostic] => [defect, d]);
});

test('the table lists each code once, with its severity and what it is about', () => {
  const codes = diagnosticCodes();
  expect(codes.length).toBeGreaterThanOrEqual(30);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) {
    expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(['error', 'hint']).toContain(DIAGNOSTIC_CODES[code].severity);
    expect(DIAGNOSTIC_CODES[code].about.length).toBeGreaterThan(10);
  }
});

test('every diagnostic carries a code of the table, with the severity the table gives it', () => {
  for (const [defect, d] of found) {
    expect(diagnosticCodes(), defect).toContain(d.code);
    expect(d.severity, `${defect}: ${d.code}`).toBe(DIAGNOSTIC_CODES[d.code].severity);
  }
});

test('every error code is produced by some broken file of the bad-input suite', () => {
  const produced = new Set(found.map(([, d]) => d.code));
  const errors = diagnosticCodes().filter((code) => DIAGNOSTIC_CODES[code].severity === 'error');
  const missing = errors.filter((code: DiagnosticCode) => !produced.has(code));
  expect(missing, 'add a defect folder that produces each of these').toEqual([]);
});

test('every error has a fix: line', () => {
  const without = found
    .filter(([, d]) => d.severity === 'error' && !d.fix?.trim())
    .map(([defect, d]) => `${defect}: [${d.code}] ${d.message}`);
  expect(without).toEqual([]);
});
