/**
 * npm run check: runs every content check without building, prints each
 * problem as path:line:column, and exits 1 if there is any error.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';
import { parseCommandLine } from './cli.ts';

const HELP = `Usage: npm run check [-- --no-hints]

Checks everything under content/ (or SOURCEBOOK_CONTENT): schemas, anchors,
references, hashes, article quotes; prints errors and hints as
path:line:column, and exits 1 if there is any error. Writes nothing.

Options:
  --no-hints   skip hints (long passages, unannotated quote appearances)
  -h, --help   show this help`;

const { values } = parseCommandLine(
  { options: { 'no-hints': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } },
  HELP,
);
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

// Node keeps the compiled modules between runs, which halves the start-up time of a check; the
// checker is imported only after the cache is on.
enableCompileCache(join(import.meta.dirname, '../node_modules/.cache/node-compile'));
const { checkArchive, formatDiagnostic } = await import('../src/lib/archive/check.ts');
const { contentRoot } = await import('../src/lib/archive/paths.ts');
const { diagnosticCount } = await import('../src/lib/archive/diagnostics.ts');

const started = performance.now();
const { archive, diagnostics } = checkArchive(contentRoot(), { hints: !values['no-hints'] });
for (const d of diagnostics) console.log(formatDiagnostic(d));
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const hints = diagnostics.length - errors;
const annotations = archive.sources.reduce((n, s) => n + s.annotations.length, 0);
const ms = Math.round(performance.now() - started);
console.log(
  `checked ${archive.sources.length} sources, ${annotations} annotations, ${archive.quotes.length} quotes, ${archive.claims.length} claims, ${archive.events.length} events, ${archive.articles.length} articles in ${ms} ms: ${diagnosticCount(errors, 'error')}, ${diagnosticCount(hints, 'hint')}`,
);
// exitCode rather than exit(): exit() can cut off output still being written to a pipe.
process.exitCode = errors > 0 ? 1 : 0;
