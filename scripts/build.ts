/**
 * npm run build
 *
 * Builds the site into a fresh temporary folder and only when `astro build`
 * succeeds swaps it in for dist/ (or SOURCEBOOK_OUT). Astro empties its output
 * folder when a build starts, so a build that fails half-way (a content error,
 * a crash) would otherwise leave no site, or half of one; this way the
 * previous dist/ stays whole until a complete new one replaces it.
 * The Pagefind index is written after `astro build` has exited (SOURCEBOOK_PAGEFIND=after),
 * so the build's memory is released before Pagefind takes its own.
 * Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { INDEX_AFTER_BUILD_ENV, indexSite } from '../src/integrations/pagefind.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(process.env['SOURCEBOOK_OUT'] ?? join(root, 'dist'));
const insideProject = !relative(root, out).startsWith('..');
// The half-built folder lives where no linter, type check or git looks; beside the output folder (same disk, so the swap is a rename) when that is outside the project.
const scratchParent = insideProject
  ? join(root, 'node_modules/.cache/sourcebook-build')
  : dirname(out);
mkdirSync(scratchParent, { recursive: true });
const building = join(scratchParent, `.${basename(out)}.building-${process.pid}`);
const previous = join(scratchParent, `.${basename(out)}.previous-${process.pid}`);

// Astro's own entry point rather than npx, which would stay alive beside the build for nothing.
const result = spawnSync(
  process.execPath,
  [
    // Astro's process may take three quarters of the machine's memory: Node's default heap (about
    // 4 GB) stops the build of an archive of some 50,000 sources or more, whose content store and
    // checked archive outgrow it (docs/performance.md, "100,000 sources"). `npm run check` and
    // `npm run dev` are given the same (package.json).
    '--max-old-space-size-percentage=75',
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      // Vite's bundler (Rolldown, in Astro's process) allocates with mimalloc, which by default
      // keeps memory it has freed through the whole render; returned at once, Astro's peak is
      // lower and steadier, at no cost in time (docs/performance.md).
      MIMALLOC_PURGE_DELAY: '0',
      ...process.env,
      SOURCEBOOK_OUT: building,
      [INDEX_AFTER_BUILD_ENV]: 'after',
    },
  },
);

let status = result.status;
if (status === 0) {
  try {
    const { pages, ms } = await indexSite(building);
    console.log(`[sourcebook:pagefind] indexed ${pages} pages in ${ms} ms`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    const hint = (error as { hint?: unknown }).hint;
    if (typeof hint === 'string') console.error(`hint: ${hint}`);
    status = 1;
  }
}

if (status !== 0) {
  rmSync(building, { recursive: true, force: true });
  const kept = existsSync(out)
    ? `the previous ${relative(process.cwd(), out) || out} is unchanged`
    : 'nothing was written';
  console.error(
    `\nThe build failed, so ${kept}. Fix the errors above and run npm run build again.`,
  );
  process.exit(status ?? 1);
}

if (existsSync(out)) renameSync(out, previous);
try {
  renameSync(building, out);
} catch (error) {
  // Put the previous site back rather than leave none.
  if (existsSync(previous)) renameSync(previous, out);
  rmSync(building, { recursive: true, force: true });
  throw error;
}
rmSync(previous, { recursive: true, force: true });
