/**
 * npm run bench -- --sources N: generates a synthetic archive of N sources,
 * checks it, builds it, builds a bare-Astro baseline of the same texts,
 * measures search in Chromium, prints a table and, as the very last line,
 * one JSON object with every figure. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaseline } from './baseline.ts';
import { measureDevServer, type DevMeasure } from './dev.ts';
import { generateArchive } from './generate.ts';
import { medianResult, spread } from './median.ts';
import { parsePhases, phaseFigures } from './phases.ts';
import { runTimed, type TimedRun } from './process.ts';
import {
  SLOW_NETWORK,
  measureSearchPage,
  measureSearches,
  type SearchMeasure,
  type SearchPageMeasure,
} from './search.ts';
import { articlePageWeight, siteStats } from './site.ts';
import { readNamed, readTemplates } from './templates.ts';

const HELP = `Usage: npm run bench -- [--sources N] [options]

Generates N synthetic sources (default 10000) derived from content/sources/,
checks and builds them, builds a bare-Astro baseline of the same texts, and
measures search in Chromium. The last line printed is one JSON object.

Options:
  --sources N        how many sources (default 10000)
  --seed S           seed of the generator (default 20220617)
  --terms A,B        the first and second search (default oracle,portman)
  --runs R           check, build and measure R times on the same archive and report
                     each figure's median, with the spread (default 1)
  --json FILE        also write the JSON object to FILE
  --keep             keep the generated content and builds (their folder is printed)
  --no-baseline      skip the baseline build
  --no-search        skip the browser measurements
  --dev              also measure \`astro dev\` on the archive: start-up, a page, and how soon
                     a saved edit shows (not while another dev server of this project runs);
                     on by default at 10,000 sources and above
  --no-dev           skip the \`astro dev\` measurement at any size
  --echo             print the builds' output as they run
  -h, --help         show this help`;

/** The archive size from which the bench measures `astro dev` unless told not to. */
const DEV_BY_DEFAULT_FROM = 10_000;

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const BUILD = join(PROJECT_ROOT, 'scripts/build.ts');

/** The command line, checked. */
interface Options {
  /** How many sources to generate. */
  n: number;
  seed: number;
  terms: string[];
  runs: number;
  json: string | undefined;
  keep: boolean;
  baseline: boolean;
  search: boolean;
  dev: boolean;
  echo: boolean;
}

/** Where one benchmark keeps its files, and what it generated. */
interface Bench {
  options: Options;
  /** The benchmark's folder under .cache/sourcebook-bench/. */
  work: string;
  /** The generated content root. */
  content: string;
  /** The environment every check and build runs in: SOURCEBOOK_CONTENT set. */
  env: NodeJS.ProcessEnv;
  generated: ReturnType<typeof generateArchive>;
  generateSeconds: number;
  /** The baseline projects built so far, deleted when the benchmark ends (see measureRun). */
  baselineDirs: string[];
}

/** Prints progress on stderr, so stdout holds only the table and the JSON line. */
function step(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function fail(message: string, run?: TimedRun): never {
  console.error(`bench: ${message}`);
  if (run) console.error(run.output.split('\n').slice(-60).join('\n'));
  process.exit(1);
}

/**
 * Writes every file the system still holds in memory to disk (`sync`), untimed, so that a
 * timed build does not pay for flushing what was written before it (the baseline, built just
 * after the site, was markedly slower without: docs/performance.md).
 */
function flushWrites(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** A search's figure over both of its steps: quotes and claims, then articles and sources. */
const whole = (m: SearchMeasure, figure: 'bytes' | 'ms' | 'results'): number =>
  m.first[figure] + m.texts[figure];

/** Reads the command line; prints the help, or exits with a message on a bad value. */
function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20220617' },
      terms: { type: 'string', default: 'oracle,portman' },
      runs: { type: 'string', default: '1' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      dev: { type: 'boolean' },
      'no-dev': { type: 'boolean', default: false },
      echo: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const n = Number(values.sources);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--sources must be a whole number of at least 1, not "${values.sources}"`);
    process.exit(2);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a whole number of at least 1, not "${values.runs}"`);
    process.exit(2);
  }
  return {
    n,
    seed: Number(values.seed),
    terms: values.terms.split(','),
    runs,
    json: values.json,
    keep: values.keep,
    baseline: !values['no-baseline'],
    search: !values['no-search'],
    // An editor's wait in `astro dev` is one of the figures that matter at scale.
    dev: !values['no-dev'] && (values.dev ?? n >= DEV_BY_DEFAULT_FROM),
    echo: values.echo,
  };
}

/** Generates the synthetic archive, with the real people and outlets, under `content`. */
function generate(options: Options, work: string): Bench {
  const content = join(work, 'content');
  step(`generating ${options.n} sources in ${work}`);
  const started = performance.now();
  const real = join(PROJECT_ROOT, 'content');
  const people = readNamed(real, 'people');
  const outlets = readNamed(real, 'outlets');
  const generated = generateArchive({
    sources: options.n,
    seed: options.seed,
    templates: readTemplates(real),
    people: people.records,
    outlets: outlets.records,
  });
  for (const file of [...generated.files, ...people.files, ...outlets.files]) {
    const path = join(content, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  return {
    options,
    work,
    content,
    env: { ...process.env, SOURCEBOOK_CONTENT: content },
    generated,
    generateSeconds: (performance.now() - started) / 1000,
    baselineDirs: [],
  };
}

/** `npm run check` without and with hints; stops the benchmark on any error. */
async function checkContent(bench: Bench) {
  step('npm run check');
  const check = await runTimed('npm', ['run', '--silent', 'check', '--', '--no-hints'], {
    cwd: PROJECT_ROOT,
    env: bench.env,
    outputFile: join(bench.work, 'check.txt'),
  });
  const checkHints = await runTimed('npm', ['run', '--silent', 'check'], {
    cwd: PROJECT_ROOT,
    env: bench.env,
    outputFile: join(bench.work, 'check-hints.txt'),
  });
  const summary = /checked .* (\d+) errors?, (\d+) hints?/.exec(checkHints.output);
  if (check.status !== 0 || checkHints.status !== 0 || !summary)
    fail('the generated content does not pass npm run check', check);
  return { check, checkHints, hints: Number(summary[2]) };
}

/** The production build, as `npm run build` runs it: astro build, then the Pagefind index. */
async function buildSite(bench: Bench, runDir: string, siteDist: string) {
  step('npm run build');
  flushWrites();
  const build = await runTimed(process.execPath, [BUILD], {
    cwd: PROJECT_ROOT,
    env: { ...bench.env, SOURCEBOOK_OUT: siteDist, SOURCEBOOK_CACHE: join(runDir, 'cache') },
    echo: bench.options.echo,
  });
  if (build.status !== 0) fail('npm run build failed', build);
  return { build, phases: parsePhases(build.lines) };
}

/** The bare-Astro baseline of the same texts, in a temporary project of its own. */
async function buildBaseline(bench: Bench): Promise<{ run: TimedRun; pages: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-baseline-'));
  step(`baseline build in ${dir}`);
  bench.baselineDirs.push(dir);
  writeBaseline(dir, PROJECT_ROOT, bench.generated.texts);
  flushWrites();
  const run = await runTimed(process.execPath, [ASTRO, 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      BASELINE_OUT: join(dir, 'dist'),
      BASELINE_CACHE: join(dir, 'cache'),
    },
    echo: bench.options.echo,
  });
  if (run.status !== 0) fail('the baseline build failed', run);
  return { run, pages: siteStats(join(dir, 'dist')).pages };
}

/** Pagefind's API and the search page, in Chromium, against the built site. */
async function measureSearch(
  bench: Bench,
  siteDist: string,
): Promise<{ searches: SearchMeasure[]; searchPage: SearchPageMeasure }> {
  step('searching in Chromium');
  const start = existsSync(join(siteDist, 'index.html')) ? '/' : '/404.html';
  const searches = await measureSearches(siteDist, bench.options.terms, start);
  step('searching through the search page in Chromium');
  const searchPage = await measureSearchPage(siteDist, bench.options.terms[0] ?? 'oracle');
  return { searches, searchPage };
}

/**
 * One check, build, baseline build and set of browser measurements of the archive.
 *
 * Each run builds into folders of its own, and nothing is deleted until every run is done:
 * on ext4 without a journal (the benchmark machine), creating the site's files soon after
 * deleting the previous run's made the build much slower (docs/performance.md).
 */
async function measureRun(bench: Bench, run: number) {
  const { options } = bench;
  const runDir = options.runs > 1 ? join(bench.work, `run-${run}`) : bench.work;
  const siteDist = join(runDir, 'dist');
  // Other work on the machine skews every figure, so the load at the start is reported too.
  const loadAtStart = loadavg()[0] ?? 0;
  const checked = await checkContent(bench);
  const { build, phases } = await buildSite(bench, runDir, siteDist);
  const baseline = options.baseline ? await buildBaseline(bench) : undefined;
  const stats = siteStats(siteDist);
  const article = articlePageWeight(siteDist);
  const search = options.search ? await measureSearch(bench, siteDist) : undefined;
  let dev: DevMeasure | string | null = null;
  if (options.dev) {
    step('astro dev: start-up, a page, an edit');
    // The first page waits for the whole archive's check: allow for the archive's size.
    const startMs = Math.max(300_000, options.n * 20);
    // A dev server that fails is reported beside the other figures rather than losing them all.
    dev = await measureDevServer(bench.content, join(bench.work, 'dev-cache'), startMs).catch(
      (error: unknown) => `failed: ${String((error as Error).message ?? error).split('\n')[0]}`,
    );
  }
  return figures({
    bench,
    loadAtStart,
    checked,
    build,
    phases,
    baseline,
    stats,
    article,
    search,
    dev,
  });
}

/** Every figure of one run, as the JSON line reports it. */
function figures(m: {
  bench: Bench;
  loadAtStart: number;
  checked: Awaited<ReturnType<typeof checkContent>>;
  build: TimedRun;
  phases: ReturnType<typeof parsePhases>;
  baseline: { run: TimedRun; pages: number } | undefined;
  stats: ReturnType<typeof siteStats>;
  article: ReturnType<typeof articlePageWeight>;
  search: Awaited<ReturnType<typeof measureSearch>> | undefined;
  dev: DevMeasure | string | null;
}) {
  const { bench, build, phases, stats, article } = m;
  const dev = typeof m.dev === 'string' ? null : m.dev;
  const { counts } = bench.generated;
  const baseline = m.baseline?.run;
  const [first, second] = m.search?.searches ?? [];
  const searchPage = m.search?.searchPage ?? null;
  return {
    sources: bench.options.n,
    annotations: counts.annotations,
    quotes: counts.quotes,
    claims: counts.claims,
    events: counts.events,
    articles: counts.articles,
    pages: stats.pages,
    generate_s: round(bench.generateSeconds),
    build_s: round(build.wallSeconds),
    baseline_build_s: baseline ? round(baseline.wallSeconds) : null,
    baseline_pages: baseline ? (m.baseline?.pages ?? 0) : null,
    overhead_ratio: baseline ? round(build.wallSeconds / baseline.wallSeconds) : null,
    pages_per_s: round(stats.pages / build.wallSeconds, 1),
    peak_rss_mb: build.peakRssMb,
    peak_rss_by_process_mb: build.peakBreakdownMb,
    baseline_peak_rss_mb: baseline?.peakRssMb ?? null,
    check_s: round(m.checked.check.wallSeconds),
    check_with_hints_s: round(m.checked.checkHints.wallSeconds),
    check_hints: m.checked.hints,
    phases: phaseFigures(phases),
    dist_files: stats.distFiles,
    dist_bytes: stats.distBytes,
    dist_bytes_by_kind: Object.fromEntries(stats.distByKind.map((k) => [k.kind, k.bytes])),
    dist_files_by_kind: Object.fromEntries(stats.distByKind.map((k) => [k.kind, k.files])),
    index_bytes: stats.indexBytes,
    index_files: stats.indexFiles,
    // The first search's first results: the quotes and claims bundle, as the search page
    // shows them first; `_whole` adds the articles and sources (both bundles merged).
    first_search_term: first?.term ?? null,
    first_search_bytes: first?.first.bytes ?? null,
    first_search_ms: first?.first.ms ?? null,
    first_search_results: first?.first.results ?? null,
    first_search_transfers: first?.first.transfers ?? null,
    first_search_whole_bytes: first ? whole(first, 'bytes') : null,
    first_search_whole_ms: first ? whole(first, 'ms') : null,
    first_search_whole_results: first ? whole(first, 'results') : null,
    first_search_texts_transfers: first?.texts.transfers ?? null,
    second_search_term: second?.term ?? null,
    second_search_bytes: second?.first.bytes ?? null,
    second_search_ms: second?.first.ms ?? null,
    second_search_results: second?.first.results ?? null,
    second_search_whole_bytes: second ? whole(second, 'bytes') : null,
    second_search_whole_ms: second ? whole(second, 'ms') : null,
    second_search_whole_results: second ? whole(second, 'results') : null,
    search_page_first_results_ms: searchPage?.firstResultsMs ?? null,
    search_page_first_results_runs_ms: searchPage?.firstResultsRunsMs ?? null,
    search_page_first_results_bytes: searchPage?.firstResultsBytes ?? null,
    search_page_settled_ms: searchPage?.settledMs ?? null,
    search_page_settled_bytes: searchPage?.settledBytes ?? null,
    search_page_typed_ms: searchPage?.typed.ms ?? null,
    search_page_typed_bytes: searchPage?.typed.bytes ?? null,
    search_page_slow_network_ms: searchPage?.slowNetworkMs ?? null,
    search_page_requests: searchPage?.requests ?? null,
    search_page_transfers: searchPage?.transfers ?? null,
    dev_start_s: dev ? round(dev.startSeconds) : null,
    dev_page_ms: dev ? round(dev.pageMs, 1) : null,
    dev_edit_s: dev ? round(dev.editSeconds) : null,
    dev_error: typeof m.dev === 'string' ? m.dev : null,
    article_page: article?.path ?? null,
    article_page_bytes_gzip: article?.gzipBytes ?? null,
    article_page_scripts: article?.scripts ?? null,
    load_average_at_start: round(m.loadAtStart),
  };
}

type RunFigures = ReturnType<typeof figures>;
type Result = RunFigures & { runs: number; per_run: Record<string, number[]> | null };

const kb = (bytes: number | null): string =>
  bytes === null ? '?' : `${(bytes / 1024).toFixed(1)} KB`;

/** The table's two rows for one search, read from its `<which>_search_*` figures. */
function searchRows(result: Result, which: 'first' | 'second'): [string, string][] {
  const figure = (name: string) =>
    (result as Record<string, unknown>)[`${which}_search_${name}`] as number | null;
  const term = figure('term');
  if (term === null) return [];
  return [
    [
      `${which} search "${term}": quotes and claims`,
      `${figure('ms')} ms, ${kb(figure('bytes'))}, ${figure('results')} results`,
    ],
    [
      '  with articles and sources',
      `${figure('whole_ms')} ms, ${kb(figure('whole_bytes'))}, ${figure('whole_results')} results`,
    ],
  ];
}

/** The table's rows for the search page: arriving, settled, typed, over a slow network. */
function searchPageRows(result: Result): [string, string][] {
  const skipped = result.search_page_first_results_ms === null;
  return [
    [
      `search page "${result.first_search_term ?? ''}": first results`,
      skipped
        ? 'skipped'
        : `${result.search_page_first_results_ms} ms after navigation (median of ${result.search_page_first_results_runs_ms?.length ?? 1} cold arrivals), ${kb(result.search_page_first_results_bytes)}`,
    ],
    [
      '  with facets filled in',
      result.search_page_settled_ms === null
        ? 'skipped'
        : `${result.search_page_settled_ms} ms, ${kb(result.search_page_settled_bytes)} in ${result.search_page_requests} requests`,
    ],
    [
      '  typed once the page has loaded',
      result.search_page_typed_ms === null
        ? 'skipped'
        : `${result.search_page_typed_ms} ms from the keystroke (200 ms pause included), ${kb(result.search_page_typed_bytes)}`,
    ],
    [
      `  arriving over a slow network (${SLOW_NETWORK.latencyMs} ms, ${SLOW_NETWORK.downloadBitsPerSecond / 1e6} Mbit/s)`,
      result.search_page_slow_network_ms === null
        ? 'skipped'
        : `${result.search_page_slow_network_ms} ms after navigation to the first results`,
    ],
  ];
}

/** The table printed before the JSON line: one row per figure, then per-run values. */
function tableRows(result: Result, n: number): [string, string][] {
  const ph = result.phases;
  const rows: [string, string][] = [
    ['sources / pages', `${n} / ${result.pages}`],
    [
      'annotations, quotes, claims, events, articles',
      `${result.annotations}, ${result.quotes}, ${result.claims}, ${result.events}, ${result.articles}`,
    ],
    [
      'npm run check (--no-hints / with hints)',
      `${result.check_s} s / ${result.check_with_hints_s} s (${result.check_hints} hints)`,
    ],
    ['build (wall)', `${result.build_s} s, ${result.pages_per_s} pages/s`],
    [
      '  load and checks / archive checks',
      `${ph.load_check_s ?? '?'} s / ${ph.archive_checks_s ?? '?'} s`,
    ],
    [
      '  bundle / render / index',
      `${ph.bundle_s ?? '?'} s / ${ph.render_s ?? '?'} s / ${ph.index_s ?? '?'} s`,
    ],
    [
      'baseline build (wall)',
      result.baseline_build_s === null
        ? 'skipped'
        : `${result.baseline_build_s} s (${result.baseline_pages} pages)`,
    ],
    ['overhead ratio', result.overhead_ratio === null ? 'n/a' : String(result.overhead_ratio)],
    [
      'peak RSS (build tree / baseline)',
      `${result.peak_rss_mb ?? '?'} MB / ${result.baseline_peak_rss_mb ?? '?'} MB`,
    ],
    ['dist', `${(result.dist_bytes / 1e6).toFixed(1)} MB in ${result.dist_files} files`],
    [
      'dist by kind',
      Object.entries(result.dist_bytes_by_kind)
        .map(
          ([kind, bytes]) =>
            `${kind} ${(bytes / 1e6).toFixed(1)} MB (${result.dist_files_by_kind[kind]} files)`,
        )
        .join(', '),
    ],
    [
      'pagefind index',
      `${(result.index_bytes / 1e6).toFixed(1)} MB in ${result.index_files} files`,
    ],
    ...searchRows(result, 'first'),
    ...searchRows(result, 'second'),
    ...searchPageRows(result),
    [
      'astro dev: first page / a page / an edit shown',
      result.dev_error !== null
        ? result.dev_error
        : result.dev_start_s === null
          ? `skipped (--dev turns it on; on by default from ${DEV_BY_DEFAULT_FROM.toLocaleString('en')} sources)`
          : `${result.dev_start_s} s / ${result.dev_page_ms} ms / ${result.dev_edit_s} s`,
    ],
    [
      'article page (gzip HTML+CSS)',
      result.article_page_bytes_gzip === null
        ? 'no article page'
        : `${kb(result.article_page_bytes_gzip)}, ${result.article_page_scripts} scripts (${result.article_page})`,
    ],
  ];
  for (const key of [
    'build_s',
    'overhead_ratio',
    'first_search_ms',
    'search_page_first_results_ms',
    'search_page_slow_network_ms',
    'search_page_typed_ms',
  ]) {
    const values = result.per_run?.[key];
    if (values) rows.push([`  ${key} per run`, values.join(', ')]);
  }
  return rows;
}

/** Prints the table, writes the JSON file when asked, and prints the JSON line last. */
function report(result: Result, options: Options, work: string): void {
  const rows = tableRows(result, options.n);
  const width = Math.max(...rows.map(([k]) => k.length));
  const medians = options.runs > 1 ? `, medians of ${options.runs} runs` : '';
  console.log(`\nSourcebook benchmark, ${options.n} sources${medians}\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log('');
  if (options.json) writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
  if (options.keep) step(`kept ${work}`);
  console.log(JSON.stringify(result));
}

/** Generates, then checks, builds and measures `--runs` times, then reports the medians. */
async function main(): Promise<void> {
  const options = parseOptions();
  // The content must live under the project root: Astro's content store refuses entries whose
  // file lies outside it, and MDX under node_modules is not compiled. .cache/ is ignored by git,
  // lint, Prettier and the type checker.
  const benchRoot = join(PROJECT_ROOT, '.cache/sourcebook-bench');
  mkdirSync(benchRoot, { recursive: true });
  const work = mkdtempSync(join(benchRoot, `n${options.n}-`));
  const baselineDirs: string[] = [];
  try {
    const bench = { ...generate(options, work), baselineDirs };
    const measured: RunFigures[] = [];
    for (let run = 1; run <= options.runs; run++) {
      if (options.runs > 1) step(`run ${run} of ${options.runs}`);
      measured.push(await measureRun(bench, run));
    }
    const result: Result = {
      ...medianResult(measured),
      runs: options.runs,
      per_run: options.runs > 1 ? spread(measured) : null,
    };
    report(result, options, work);
  } finally {
    for (const dir of baselineDirs) rmSync(dir, { recursive: true, force: true });
    if (!options.keep) rmSync(work, { recursive: true, force: true });
  }
}

await main();
