/**
 * npm run lighthouse [-- <folder>] [--runs=N]
 *
 * A report, not a gate: serves the built site (default: dist/; run npm run
 * build first) on 127.0.0.1 and runs Lighthouse (lighthouse@12.2.3, mobile
 * defaults) in the system Chromium on the home page, the first analysis
 * article, the first source page and the search page (those that exist),
 * each N times (default 2, since performance scores are timing-sensitive).
 * It prints the four category scores and the paint and shift metrics of every
 * run and writes them all into docs/quality.md between the lighthouse markers.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, systemChromium } from '../tests/support/browser.ts';
import { sitePages } from '../tests/support/site-pages.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
const dir = resolve(folder ?? join(root, 'dist'));
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 2;
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs wants a whole number, not ${runsArg}`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The metrics shown beside the scores: the ones a static page can lose marks on. */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

/** The pages to measure: a label and a path. */
function pagesToMeasure(paths: string[]): [string, string][] {
  const first = (prefix: string): string | undefined =>
    paths.find((path) => path.startsWith(prefix) && path !== prefix);
  const chosen: [string, string | undefined][] = [
    ['Home', paths.includes('/') ? '/' : undefined],
    ['Article', first('/analysis/')],
    ['Source', first('/sources/')],
    ['Search', paths.includes('/search/') ? '/search/' : undefined],
  ];
  return chosen.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

const lighthouseCli = join(
  createRequire(import.meta.url).resolve('lighthouse/package.json'),
  '..',
  'cli',
  'index.js',
);
const chromePath = process.env['CHROME_PATH'] ?? systemChromium();
const server = await serveStatic(dir);
const rows: string[] = [];
try {
  for (const [label, path] of pagesToMeasure(sitePages(dir)))
    for (let run = 1; run <= RUNS; run++) {
      // Asynchronously: the static server answers from this same process.
      let stdout: string;
      try {
        ({ stdout } = await promisify(execFile)(
          process.execPath,
          [
            lighthouseCli,
            `${server.url}${path}`,
            '--output=json',
            '--output-path=stdout',
            '--quiet',
            `--only-categories=${CATEGORIES.join(',')}`,
            `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
          ],
          {
            encoding: 'utf8',
            maxBuffer: 64 * 1024 * 1024,
            timeout: 180_000,
            env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
          },
        ));
      } catch (error) {
        console.error(`Lighthouse failed on ${path} (run ${run}): ${(error as Error).message}`);
        process.exitCode = 1;
        continue;
      }
      const report = JSON.parse(stdout) as {
        categories: Record<string, { score: number | null }>;
        audits: Record<
          string,
          { score: number | null; title: string; scoreDisplayMode: string; displayValue?: string }
        >;
      };
      const scores = CATEGORIES.map((id) => Math.round((report.categories[id]?.score ?? 0) * 100));
      const failing = Object.entries(report.audits)
        .filter(
          ([, audit]) =>
            audit.score !== null &&
            audit.score < 1 &&
            ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode),
        )
        .map(([id]) => id);
      const metrics = METRICS.map(([id]) =>
        (report.audits[id]?.displayValue ?? '?').replace(/\s/g, ' '),
      );
      rows.push(
        `| ${label} | \`${path}\` | ${run} | ${scores.join(' | ')} | ${metrics.join(' | ')} | ${failing.join(', ') || '—'} |`,
      );
      console.log(
        `${label} ${path} (run ${run}): ${CATEGORIES.map((id, i) => `${id} ${scores[i]}`).join(', ')}; ${METRICS.map(([, name], i) => `${name} ${metrics[i]}`).join(', ')}`,
      );
      if (failing.length > 0) console.log(`  below full marks: ${failing.join(', ')}`);
    }
} finally {
  await server.close();
}

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} with lighthouse 12.2.3 (mobile defaults, simulated throttling) in ${chromePath ?? "Playwright's Chromium"}, ${RUNS} run${RUNS === 1 ? '' : 's'} per page:`,
  '',
  `| Page | Path | Run | Performance | Accessibility | Best practices | SEO | ${METRICS.map(([, name]) => name).join(' | ')} | Audits below full marks |`,
  `| --- | --- | --- | --- | --- | --- | --- | ${METRICS.map(() => '---').join(' | ')} | --- |`,
  ...rows,
].join('\n');
const doc = join(root, 'docs/quality.md');
const text = readFileSync(doc, 'utf8');
const start = '<!-- lighthouse:start -->';
const end = '<!-- lighthouse:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`docs/quality.md has no ${start} … ${end} markers`);
writeFileSync(doc, `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`);
console.log('Wrote the scores into docs/quality.md.');
