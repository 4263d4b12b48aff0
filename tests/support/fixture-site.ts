import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** The outcome of building a site from some content. */
export interface BuildResult {
  /** Exit status of `astro build`. */
  status: number;
  /** Everything the build printed. */
  output: string;
  /** The output folder. */
  outDir: string;
}

/**
 * Builds the site from a content folder into a fresh temporary output folder
 * (with its own Astro cache, so builds can run side by side).
 */
export function buildSite(contentDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'sourcebook-site-'));
  const outDir = join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      SOURCEBOOK_CONTENT: resolve(contentDir),
      SOURCEBOOK_OUT: outDir,
      SOURCEBOOK_CACHE: join(work, 'cache'),
      ...env,
    },
    timeout: 300_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`, outDir };
}

/** A fixture site, built and served. */
export interface FixtureSite extends StaticServer {
  outDir: string;
}

/**
 * Builds tests/fixtures/<name>/content (or any content folder) and serves it.
 * Throws with the build's output if the build fails. Call `close()` in afterAll.
 */
export async function fixtureSite(nameOrDir: string): Promise<FixtureSite> {
  const contentDir = nameOrDir.includes('/')
    ? nameOrDir
    : join(PROJECT_ROOT, 'tests/fixtures', nameOrDir, 'content');
  const build = buildSite(contentDir);
  if (build.status !== 0) throw new Error(`fixture ${nameOrDir} failed to build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  return {
    ...server,
    outDir: build.outDir,
    close: async () => {
      await server.close();
      rmSync(resolve(build.outDir, '..'), { recursive: true, force: true });
    },
  };
}

/** Copies a content folder to a temporary folder that a test may change freely. */
export function copyContent(contentDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-content-'));
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}
