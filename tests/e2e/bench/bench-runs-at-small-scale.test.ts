import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { withBuildLock } from '../../support/fixture-site.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

// Proves the benchmark works end to end at a small N; it asserts what the run produced,
// never how fast it was (CI machines are too noisy for timed assertions).
test('the benchmark generates 200 sources that pass the checks, builds them and reports every figure', async () => {
  test.setTimeout(420_000); // the bench's own 230 s, after waiting for the build lock
  // The bench builds this project: it waits its turn with every other build and dev server
  // (Astro's generated modules under .astro/ are shared: tests/support/fixture-site.ts).
  const run = withBuildLock(() =>
    spawnSync(process.execPath, ['scripts/bench/main.ts', '--sources', '200'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 230_000,
    }),
  );
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
    'dist_files',
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
    'search_page_slow_network_ms',
  ]) {
    expect(typeof result[key], key).toBe('number');
  }
  const phases = result['phases'] as Record<string, unknown>;
  for (const key of ['load_check_s', 'render_s', 'index_s']) {
    expect(typeof phases[key], `phases.${key}`).toBe('number');
  }
  // Every published byte is counted under one kind, and the HTML and search index are there.
  const byKind = result['dist_bytes_by_kind'] as Record<string, number>;
  expect(Object.values(byKind).reduce((a, b) => a + b, 0)).toBe(result['dist_bytes']);
  expect(byKind['html']).toBeGreaterThan(0);
  expect(byKind['pagefind']).toBeGreaterThan(0);
  expect(byKind['w3c-annotations']).toBeGreaterThan(0);
  // The search page's first results are the median of five cold arrivals.
  expect(result['search_page_first_results_runs_ms']).toHaveLength(5);
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

// With several runs, each run builds into a folder of its own and nothing is deleted until the
// end: deleting a run's files just before the next build made that build slower on this
// machine's file system, so the runs were not measured alike (docs/performance.md).
test('the benchmark builds each of several runs into its own folder and cleans up only at the end', async () => {
  test.setTimeout(420_000); // the bench's own 230 s, after waiting for the build lock
  const run = withBuildLock(() =>
    spawnSync(
      process.execPath,
      ['scripts/bench/main.ts', '--sources', '50', '--runs', '2', '--no-search', '--keep'],
      { cwd: ROOT, encoding: 'utf8', timeout: 230_000 },
    ),
  );
  expect(run.status, run.stderr).toBe(0);
  const kept = /bench: kept (.+)$/m.exec(run.stderr)?.[1];
  expect(kept, run.stderr).toBeTruthy();
  try {
    for (const folder of ['run-1', 'run-2']) {
      expect(existsSync(join(kept as string, folder, 'dist/index.html')), folder).toBe(true);
    }
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      runs: number;
      per_run: Record<string, unknown[]> | null;
    };
    expect(result.runs).toBe(2);
    // per_run lists the figures that differed between the runs, two values each.
    expect(result.per_run).not.toBeNull();
    for (const values of Object.values(result.per_run ?? {})) expect(values).toHaveLength(2);
    // The baseline projects (one per run, named on stderr) are temporary whatever --keep says.
    const baselines = [...run.stderr.matchAll(/bench: baseline build in (.+)$/gm)].map((m) => m[1]);
    expect(baselines).toHaveLength(2);
    for (const dir of baselines) expect(existsSync(dir as string), dir).toBe(false);
  } finally {
    rmSync(kept as string, { recursive: true, force: true });
  }
});
