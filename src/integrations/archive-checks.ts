import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { diagnosticCount } from '../lib/archive/diagnostics.ts';
import { formatDiagnostic, loadArchive } from '../lib/archive/index.ts';
import { contentRoot } from '../lib/archive/paths.ts';
import { listPageSize } from '../lib/lists/paginate.ts';
import { shardFromEnv } from '../lib/shards.ts';

/**
 * Runs the archive checks before Astro builds anything, so a bad anchor, a
 * misquote or an altered text stops the build with every located message.
 *
 * 1. On `astro:config:setup`, checks the settings read from the environment
 *    (SOURCEBOOK_LIST_PAGE_SIZE, SOURCEBOOK_SHARD), then the content root, once.
 * 2. Prints every error, `path:line:column` first.
 * 3. In `astro build`, fails the build if there is any; in `astro dev`, keeps
 *    serving so the editor can fix the file and reload.
 */
export default function archiveChecks(): AstroIntegration {
  return {
    name: 'sourcebook:archive-checks',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        try {
          listPageSize();
          shardFromEnv();
        } catch (error) {
          throw buildError(
            `A setting in the environment is not valid: ${(error as Error).message}`,
            'fix or unset the variable named above (ARCHITECTURE.md lists each one and its default), then build again',
            error,
          );
        }
        const started = performance.now();
        const { archive, diagnostics } = loadArchive(contentRoot());
        const errors = diagnostics.filter((d) => d.severity === 'error');
        for (const d of errors) logger.error(formatDiagnostic(d));
        const ms = Math.round(performance.now() - started);
        if (errors.length > 0 && command === 'build') {
          throw buildError(
            `The content has ${diagnosticCount(errors.length, 'error')}, listed above.`,
            'fix each file at the path:line:column shown, as its `fix:` line says (npm run check lists them too), then build again',
          );
        }
        logger.info(
          `checked ${archive.sources.length} sources and ${archive.articles.length} articles in ${ms} ms`,
        );
      },
    },
  };
}

/**
 * A build-time failure as Astro reports it (as Starlight does): what went
 * wrong, a hint saying what to do, and the error that caused it, if any.
 */
export function buildError(message: string, hint: string, cause?: unknown): AstroError {
  const error = new AstroError(message, hint);
  if (cause !== undefined) error.cause = cause;
  return error;
}
