/**
 * npx node scripts/bench/shards.ts --sources N: the pieces of a build sharded
 * by story, measured (docs/performance.md, "Past one machine").
 *
 * 1. Runs the bench (main.ts) on an archive of N / 2 sources twice, with two
 *    seeds: two shards, each the stories (of 50 sources) of one half of an
 *    archive of N, with its own search bundles. Each shard's check, build
 *    time and peak memory are the bench's.
 * 2. Runs the bench on the whole archive of N sources: one build, one index.
 * 3. Serves the first shard's site with the second shard's bundles beside it
 *    under /shard-2/, and measures Pagefind's first and second search with
 *    both shards' bundles merged in the browser (`mergeIndex`), against the
 *    same searches on the whole archive's single index.
 * Prints a table and, as the last line, one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SEARCH_BUNDLES } from '../../src/lib/search/bundles.ts';
import { measureSearches, type SearchMeasure } from './search.ts';

const HELP = `Usage: npx node scripts/bench/shards.ts [--sources N] [--terms A,B] [--keep]

Builds two shards of N / 2 sources and the whole archive of N (default 10000) with the
bench, then measures search across the two shards' merged indexes against the whole one.`;

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(PROJECT_ROOT, 'scripts/bench/main.ts');
/** The seed of the whole archive is the bench's default; the shards take two others. */
const SHARD_SEEDS = [20220618, 20220619];
/** Where the second shard's bundles are served, beside the first shard's site. */
const SECOND_SHARD = '/shard-2/';

/** The figures of one bench run that matter here, with the folder it kept. */
interface BenchRun {
  folder: string;
  figures: Record<string, unknown>;
}

function fail(message: string): never {
  console.error(`shards: ${message}`);
  process.exit(1);
}

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

/** A search's first results (quotes and claims) and whole results (articles and sources too). */
const searchFigures = (m: SearchMeasure | undefined) => ({
  first_results_bytes: m?.first.bytes ?? null,
  first_results_ms: m?.first.ms ?? null,
  first_results: m?.first.results ?? null,
  whole_bytes: m ? m.first.bytes + m.texts.bytes : null,
  whole_ms: m ? m.first.ms + m.texts.ms : null,
  whole_results: m ? m.first.results + m.texts.results : null,
});

const SHARD_FIGURES = [
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
  const terms = values.terms.split(',').filter(Boolean);
  const common = ['--no-baseline', '--no-dev', '--no-search'];

  const shards = SHARD_SEEDS.map((seed) =>
    bench(['--sources', String(n / 2), '--seed', String(seed), ...common]),
  );
  const whole = bench(['--sources', String(n), ...common]);

  const served = mkdtempSync(join(tmpdir(), 'sourcebook-shards-'));
  try {
    process.stderr.write('shards: serving the first shard with the second beside it\n');
    cpSync(join(shards[0]!.folder, 'dist'), served, { recursive: true });
    for (const dir of [SEARCH_BUNDLES.first.dir, SEARCH_BUNDLES.texts.dir])
      cpSync(join(shards[1]!.folder, 'dist', dir), join(served, SECOND_SHARD, dir), {
        recursive: true,
      });
    process.stderr.write('shards: searching the merged shards in Chromium\n');
    const merged = await measureSearches(served, terms, '/', [SECOND_SHARD]);
    process.stderr.write('shards: searching the whole archive in Chromium\n');
    const single = await measureSearches(join(whole.folder, 'dist'), terms, '/');

    const pick = (run: BenchRun) =>
      Object.fromEntries(SHARD_FIGURES.map((key) => [key, run.figures[key] ?? null]));
    const result = {
      sources: n,
      shards: shards.map(pick),
      whole: pick(whole),
      search_terms: terms,
      merged_first_search: searchFigures(merged[0]),
      single_first_search: searchFigures(single[0]),
      merged_second_search: searchFigures(merged[1]),
      single_second_search: searchFigures(single[1]),
    };
    printTable(result);
    console.log(JSON.stringify(result));
  } finally {
    rmSync(served, { recursive: true, force: true });
    if (!values.keep)
      for (const run of [...shards, whole]) rmSync(run.folder, { recursive: true, force: true });
  }
}

/** The table before the JSON line. */
function printTable(result: {
  shards: Record<string, unknown>[];
  whole: Record<string, unknown>;
  merged_first_search: ReturnType<typeof searchFigures>;
  single_first_search: ReturnType<typeof searchFigures>;
  merged_second_search: ReturnType<typeof searchFigures>;
  single_second_search: ReturnType<typeof searchFigures>;
}): void {
  const kb = (bytes: number | null) => (bytes === null ? '?' : `${(bytes / 1024).toFixed(1)} KB`);
  const row = (label: string, m: ReturnType<typeof searchFigures>) =>
    `${label.padEnd(44)} ${kb(m.first_results_bytes)}, ${m.first_results_ms} ms (${m.first_results} results); whole ${kb(m.whole_bytes)}, ${m.whole_ms} ms`;
  const build = (label: string, f: Record<string, unknown>) =>
    `${label.padEnd(44)} ${String(f['sources'])} sources, ${String(f['pages'])} pages: check ${String(f['check_s'])} s, build ${String(f['build_s'])} s, peak ${String(f['peak_rss_mb'])} MB`;
  console.log(
    [
      ...result.shards.map((f, i) => build(`shard ${i + 1}`, f)),
      build('whole archive', result.whole),
      row('first search, merged shards', result.merged_first_search),
      row('first search, one index', result.single_first_search),
      row('second search, merged shards', result.merged_second_search),
      row('second search, one index', result.single_second_search),
    ].join('\n'),
  );
}

await main();
