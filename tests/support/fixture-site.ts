import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Where the lock that serialises builds of this project lives. */
const BUILD_LOCK = join(
  tmpdir(),
  `sourcebook-build-${PROJECT_ROOT.replace(/[^a-z0-9]+/gi, '-')}.lock`,
);

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Takes the lock shared by every process building or serving this project,
 * waiting for it; returns the function that releases it. Astro writes
 * generated modules under the project's .astro/ folder whatever the output
 * folder, so two builds at once (two Playwright workers, say), or a build and
 * a dev server, can read each other's half-written files. A lock left by a
 * dead process is taken over.
 */
export function takeBuildLock(): () => void {
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      return () => rmSync(BUILD_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(BUILD_LOCK, 'pid'), 'utf8'));
      } catch {
        // The owner has made the folder but not yet written its pid.
      }
      if (Number.isFinite(owner) && !alive(owner))
        rmSync(BUILD_LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${BUILD_LOCK}`);
      else sleep(250);
    }
  }
}

/** Runs `fn` holding the build lock ({@link takeBuildLock}). */
export function withBuildLock<T>(fn: () => T): T {
  const release = takeBuildLock();
  try {
    return fn();
  } finally {
    release();
  }
}

/**
 * Builds the site from a content folder into a fresh temporary output folder
 * with its own Astro cache. Builds from several test processes take turns.
 */
export function buildSite(contentDir: string, env: NodeJS.ProcessEnv = {}): BuildResult {
  return withBuildLock(() => buildSiteNow(contentDir, env));
}

function buildSiteNow(contentDir: string, env: NodeJS.ProcessEnv): BuildResult {
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
 * Builds tests/fixtures/<name>/content (or any content folder), with `env`
 * added to the build's environment, and serves it.
 * Throws with the build's output if the build fails. Call `close()` in afterAll.
 */
export async function fixtureSite(
  nameOrDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<FixtureSite> {
  const contentDir = nameOrDir.includes('/')
    ? nameOrDir
    : join(PROJECT_ROOT, 'tests/fixtures', nameOrDir, 'content');
  const build = buildSite(contentDir, env);
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
