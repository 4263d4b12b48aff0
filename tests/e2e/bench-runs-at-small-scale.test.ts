import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

// Proves the benchmark works end to end at a small N; it asserts what the run produced,
// never how fast it was (CI machines are too noisy for timed assertions).
test('the benchmark generates 200 sources that pass the checks, builds them and reports every figure', async () => {
  test.setTimeout(240_000);
  const run = spawnSync(process.execPath, ['scripts/bench/main.ts', '--sources', '200'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 230_000,
  });
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stdout.trim().split('\n');
  const result = JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown>;
  expect(result['sources']).toBe(200);
  // npm run check passed (the bench exits 1 otherwise); the generator made what was asked.
  expect(result['annotations']).toBeGreaterThanOrEqual(900);
  expect(result['quotes']).toBe(40);
  expect(result['articles']).toBe(20);
  expect(result['pages']).toBeGreaterThan(200);
  for (const key of [
    'build_s',
    'baseline_build_s',
    'overhead_ratio',
    'pages_per_s',
    'peak_rss_mb',
    'check_s',
    'dist_bytes',
    'index_bytes',
    'index_files',
    'first_search_bytes',
    'first_search_ms',
    'second_search_bytes',
    'second_search_ms',
    'first_search_whole_bytes',
    'first_search_whole_ms',
    'second_search_whole_bytes',
    'second_search_whole_ms',
    'search_page_first_results_ms',
    'search_page_first_results_bytes',
    'search_page_settled_ms',
    'search_page_settled_bytes',
    'search_page_typed_ms',
    'search_page_typed_bytes',
  ]) {
    expect(typeof result[key], key).toBe('number');
  }
  const phases = result['phases'] as Record<string, unknown>;
  for (const key of ['load_check_s', 'render_s', 'index_s']) {
    expect(typeof phases[key], `phases.${key}`).toBe('number');
  }
  expect(result['first_search_results']).toBeGreaterThan(0);
  // The whole search adds the articles and sources to the quotes and claims found first.
  expect(result['first_search_whole_results'] as number).toBeGreaterThan(
    result['first_search_results'] as number,
  );
  expect(result['first_search_whole_bytes'] as number).toBeGreaterThan(
    result['first_search_bytes'] as number,
  );
  // The search page's facets load after its first results, so they add bytes, never remove any.
  expect(result['search_page_settled_bytes'] as number).toBeGreaterThanOrEqual(
    result['search_page_first_results_bytes'] as number,
  );
  expect(result['search_page_first_results_bytes'] as number).toBeGreaterThan(0);
  expect(run.stdout).toContain('overhead ratio');
});
