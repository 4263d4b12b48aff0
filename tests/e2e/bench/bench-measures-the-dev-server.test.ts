/**
 * The benchmark's `--dev` step works end to end on a small archive: it starts
 * `astro dev`, times a page and a saved edit, and puts the edited file back.
 * It asserts what was measured, never how fast (CI machines are too noisy).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureDevServer } from '../../../scripts/bench/dev.ts';
import { copyContent, PROJECT_ROOT, takeBuildLock } from '../../support/fixture-site.ts';

test('the dev server measurement times start-up, a page and an edit, and restores the file', async () => {
  test.setTimeout(240_000);
  const content = copyContent(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'));
  const work = mkdtempSync(join(tmpdir(), 'sourcebook-bench-dev-'));
  const files = () =>
    readdirSync(join(content, 'sources')).map((name) =>
      readFileSync(join(content, 'sources', name), 'utf8'),
    );
  const before = files();
  // The dev server writes Astro's generated files under .astro/, as a build does.
  const release = takeBuildLock();
  try {
    const measured = await measureDevServer(content, join(work, 'cache'));
    for (const value of [measured.startSeconds, measured.pageMs, measured.editSeconds]) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(0);
    }
    expect(files()).toEqual(before);
  } finally {
    release();
    rmSync(content, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
