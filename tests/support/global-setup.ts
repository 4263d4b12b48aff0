import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_BUILDS_ENV } from './fixture-site.ts';

/**
 * Playwright's global setup: makes the folder where this run keeps the
 * fixture sites it builds, so each is built once however many test files and
 * workers serve it. Workers inherit the variable. Returns the teardown.
 */
export default function globalSetup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'sourcebook-fixture-builds-'));
  process.env[FIXTURE_BUILDS_ENV] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
