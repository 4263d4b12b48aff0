/**
 * npx node scripts/bench/shards.ts --sources N [--shards K]: a build sharded by
 * story, measured (docs/performance.md, "Past one machine").
 *
 * 1. Runs the bench (main.ts) on a generated archive of N sources: the whole
 *    archive's check and build (one build, one index), keeping its content.
 * 2. Builds the same content as K shards (SOURCEBOOK_SHARD=k/K, src/lib/shards.ts),
 *    one `npm run build` after another, as K jobs of a CI engine would run
 *    them side by side: each shard's build time, peak memory and output.
 * 3. Copies the shards' outputs into one tree, as a deploy would.
 * 4. Measures Pagefind's first and second search across the merged shards'
 *    bundles (`mergeIndex`, as the search page does) against the whole
 *    archive's one index, and a reader's arrival at the search page of each
 *    (its first results: the median of the cold arrivals).
 * Prints a table and, as the last line, one JSON object.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shardSearchPrefix } from '../../src/lib/shards.ts';
import { parsePhases, phaseFigures, type PhaseFigures } from './phases.ts';
import { runTimed } from './process.ts';
import {
  measureSearchPage,
  measureSearches,
  type SearchMeasure,
  type SearchPageMeasure,
} from './search.ts';
import { siteStats } from './site.ts';

const HELP = `Usage: npx node scripts/bench/shards.ts [--sources N] [--shards K] [--terms A,B] [--keep]

Builds a generated archive of N sources (default 10000) whole with the bench, then as K
shards (default 2) with SOURCEBOOK_SHARD, copies the shards into one tree, and measures
search across the merged shards against the whole archive's one index.`;

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(PROJECT_ROOT, 'scripts/bench/main.ts');
const BUILD = join(PROJECT_ROOT, 'scripts/build.ts');

/** The figures of the bench's run of the whole archive that matter here, with the folder it kept. */
interface BenchRun {
  folder: string;
  figures: Record<string, unknown>;
}

/** One shard's build. */
interface ShardFigures {
  shard: string;
  pages: number;
  build_s: number;
  peak_rss_mb: number | null;
  /** As the bench's JSON line names them. */
  phases: PhaseFigures;
  dist_files: number;
  dist_bytes: number;
}

function fail(message: string): never {
  console.error(`shards: ${message}`);
  process.exit(1);
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Runs the bench with `args` and --keep; returns its JSON line and its kept folder. */
function bench(args: string[]): BenchRun {
  process.stderr.write(`shards: npm run bench -- ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [BENCH, ...args, '--keep'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.stderr.write(run.stderr);
  if (run.status !== 0) fail(`the bench failed:\n${run.stdout.slice(-4000)}`);
  const folder = /bench: kept (.+)$/m.exec(run.stderr)?.[1];
  const json = run.stdout.trim().split('\n').at(-1);
  if (!folder || !json) fail('the bench printed no kept folder or JSON line');
  return { folder, figures: JSON.parse(json) as Record<string, unknown> };
}

/** Builds shard `k` of `count` of the content under `work` with `npm run build`, timed as the bench times a build. */
async function buildShard(work: string, k: number, count: number): Promise<ShardFigures> {
  const shard = `${k}/${count}`;
  process.stderr.write(`shards: SOURCEBOOK_SHARD=${shard} npm run build\n`);
  const dir = join(work, `shard-${k}`);
  const dist = join(dir, 'dist');
  const run = await runTimed(process.execPath, [BUILD], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      SOURCEBOOK_CONTENT: join(work, 'content'),
      SOURCEBOOK_OUT: dist,
      SOURCEBOOK_CACHE: join(dir, 'cache'),
      SOURCEBOOK_SHARD: shard,
    },
  });
  if (run.status !== 0) fail(`shard ${shard} failed to build:\n${run.output.slice(-4000)}`);
  const stats = siteStats(dist);
  const phases = parsePhases(run.lines);
  return {
    shard,
    pages: stats.pages,
    build_s: round(run.wallSeconds),
    peak_rss_mb: run.peakRssMb,
    phases: phaseFigures(phases),
    dist_files: stats.distFiles,
    dist_bytes: stats.distBytes,
  };
}

/** A search's first results (quotes and claims) and whole results (articles and sources too). */
const searchFigures = (m: SearchMeasure | undefined) => ({
  first_results_bytes: m?.first.bytes ?? null,
  first_results_ms: m?.first.ms ?? null,
  first_results: m?.first.results ?? null,
  whole_bytes: m ? m.first.bytes + m.texts.bytes : null,
  whole_ms: m ? m.first.ms + m.texts.ms : null,
  whole_results: m ? m.first.results + m.texts.results : null,
});

/** A reader's arrival at the search page: time and bytes to the first results drawn. */
const pageFigures = (m: SearchPageMeasure) => ({
  first_results_ms: m.firstResultsMs,
  first_results_runs_ms: m.firstResultsRunsMs,
  first_results_bytes: m.firstResultsBytes,
  settled_ms: m.settledMs,
  settled_bytes: m.settledBytes,
});

const WHOLE_FIGURES = [
  'sources',
  'pages',
  'check_s',
  'build_s',
  'peak_rss_mb',
  'phases',
  'dist_files',
  'dist_bytes',
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: '10000' },
      shards: { type: 'string', default: '2' },
      terms: { type: 'string', default: 'oracle,portman' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const n = Number(values.sources);
  if (!Number.isInteger(n) || n < 100 || n % 100 !== 0)
    fail(`--sources must be a whole number of hundreds, 100 or more (got "${values.sources}")`);
  const count = Number(values.shards);
  if (!Number.isInteger(count) || count < 2)
    fail(`--shards must be a whole number, 2 or more (got "${values.shards}")`);
  const terms = values.terms.split(',').filter(Boolean);

  const whole = bench(['--sources', String(n), '--no-baseline', '--no-dev', '--no-search']);
  try {
    const shards: ShardFigures[] = [];
    for (let k = 1; k <= count; k += 1) shards.push(await buildShard(whole.folder, k, count));

    process.stderr.write('shards: copying the shards into one tree\n');
    const merged = join(whole.folder, 'merged');
    mkdirSync(merged, { recursive: true });
    for (let k = 1; k <= count; k += 1)
      cpSync(join(whole.folder, `shard-${k}`, 'dist'), merged, { recursive: true });
    const others = Array.from({ length: count - 1 }, (_, i) => `/${shardSearchPrefix(i + 2)}`);

    const wholeDist = join(whole.folder, 'dist');
    process.stderr.write('shards: searching the merged shards in Chromium\n');
    const mergedSearches = await measureSearches(merged, terms, '/', others);
    process.stderr.write('shards: searching the whole archive in Chromium\n');
    const single = await measureSearches(wholeDist, terms, '/');
    const term = terms[0] ?? 'oracle';
    process.stderr.write('shards: arriving at the search page of each in Chromium\n');
    const mergedPage = await measureSearchPage(merged, term);
    const singlePage = await measureSearchPage(wholeDist, term);

    const mergedStats = siteStats(merged);
    const result = {
      sources: n,
      shard_count: count,
      shards,
      whole: Object.fromEntries(WHOLE_FIGURES.map((key) => [key, whole.figures[key] ?? null])),
      merged: { pages: mergedStats.pages, dist_files: mergedStats.distFiles },
      search_terms: terms,
      merged_first_search: searchFigures(mergedSearches[0]),
      single_first_search: searchFigures(single[0]),
      merged_second_search: searchFigures(mergedSearches[1]),
      single_second_search: searchFigures(single[1]),
      merged_search_page: pageFigures(mergedPage),
      single_search_page: pageFigures(singlePage),
    };
    printTable(result);
    console.log(JSON.stringify(result));
  } finally {
    if (values.keep) process.stderr.write(`shards: kept ${whole.folder}\n`);
    else rmSync(whole.folder, { recursive: true, force: true });
  }
}

/** The table before the JSON line. */
function printTable(result: {
  shards: ShardFigures[];
  whole: Record<string, unknown>;
  merged: { pages: number; dist_files: number };
  merged_first_search: ReturnType<typeof searchFigures>;
  single_first_search: ReturnType<typeof searchFigures>;
  merged_second_search: ReturnType<typeof searchFigures>;
  single_second_search: ReturnType<typeof searchFigures>;
  merged_search_page: ReturnType<typeof pageFigures>;
  single_search_page: ReturnType<typeof pageFigures>;
}): void {
  const kb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1024).toFixed(1)} KB`);
  const row = (label: string, m: ReturnType<typeof searchFigures>) =>
    `${label.padEnd(44)} ${kb(m.first_results_bytes)}, ${m.first_results_ms} ms (${m.first_results} results); whole ${kb(m.whole_bytes)}, ${m.whole_ms} ms`;
  const page = (label: string, m: ReturnType<typeof pageFigures>) =>
    `${label.padEnd(44)} first results ${m.first_results_ms} ms (median), ${kb(m.first_results_bytes)}; settled ${m.settled_ms} ms, ${kb(m.settled_bytes)}`;
  const build = (label: string, f: Record<string, unknown>) => {
    const ph = (f['phases'] ?? {}) as Record<string, unknown>;
    return `${label.padEnd(44)} ${String(f['pages'])} pages, ${String(f['dist_files'])} files: build ${String(f['build_s'])} s (render ${String(ph['render_s'] ?? '?')} s, index ${String(ph['index_s'] ?? '?')} s), peak ${String(f['peak_rss_mb'])} MB`;
  };
  console.log(
    [
      ...result.shards.map((f) => build(`shard ${f.shard}`, { ...f })),
      build('whole archive', result.whole),
      `${'merged shards'.padEnd(44)} ${result.merged.pages} pages, ${result.merged.dist_files} files`,
      row('first search, merged shards', result.merged_first_search),
      row('first search, one index', result.single_first_search),
      row('second search, merged shards', result.merged_second_search),
      row('second search, one index', result.single_second_search),
      page('search page, merged shards', result.merged_search_page),
      page('search page, one index', result.single_search_page),
    ].join('\n'),
  );
}

await main();
