/**
 * node scripts/bench/split-index.ts DIST [--glob G] [--terms A,B]
 *
 * What would a first search cost if the index Pagefind loads first held only
 * some of the pages? Indexes the pages of a built site that match G into
 * DIST/pagefind-split/ (DIST/pagefind/ is left alone) and measures two
 * searches through that bundle in Chromium, as the benchmark measures the
 * whole index. DIST is typically the dist/ of a `npm run bench -- --keep`
 * folder. The default G is every searchable page but the sources: analysis,
 * quotes, claims and the home page. See docs/performance.md.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { measureSearches } from './search.ts';

const BUNDLE = 'pagefind-split';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    glob: {
      type: 'string',
      default: '{index.html,analysis/**/*.html,quotes/**/*.html,claims/**/*.html}',
    },
    terms: { type: 'string', default: 'oracle,portman' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [distArg] = positionals;
if (values.help || !distArg) {
  console.log('Usage: node scripts/bench/split-index.ts DIST [--glob G] [--terms A,B]');
  process.exit(values.help ? 0 : 2);
}
const dist = resolve(distArg);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`split-index: ${dist} is not a built site (it has no index.html)`);
  process.exit(2);
}

const out = join(dist, BUNDLE);
rmSync(out, { recursive: true, force: true });
try {
  const { pages, ms } = await indexSite(dist, { glob: values.glob, bundle: BUNDLE });
  const meta = readdirSync(out).find((name) => name.endsWith('.pf_meta'));
  const metaBytes = meta ? statSync(join(out, meta)).size : 0;
  console.log(
    `indexed ${pages} pages matching ${values.glob} in ${ms} ms; metadata ${metaBytes} bytes`,
  );
  const measured = await measureSearches(dist, values.terms.split(','), '/', `/${BUNDLE}/`);
  for (const m of measured) {
    console.log(
      `"${m.term}": ${m.bytes} bytes in ${m.requests} requests, ${m.ms} ms, ${m.results} results`,
    );
    for (const t of m.transfers) console.log(`  ${String(t.bytes).padStart(8)}  ${t.path}`);
  }
  console.log(
    JSON.stringify({
      glob: values.glob,
      pages,
      meta_bytes: metaBytes,
      searches: measured.map(({ term, bytes, ms, results }) => ({ term, bytes, ms, results })),
    }),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
