import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  return withBuildLock(() =>
    buildSiteNow(contentDir, env, mkdtempSync(join(tmpdir(), 'sourcebook-site-'))),
  );
}

function buildSiteNow(contentDir: string, env: NodeJS.ProcessEnv, work: string): BuildResult {
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

/**
 * The environment variable naming the folder where one test run keeps the
 * fixture sites it has built (set by tests/support/global-setup.ts).
 */
export const FIXTURE_BUILDS_ENV = 'SOURCEBOOK_FIXTURE_BUILDS';

/**
 * Builds a fixture site once per test run: the first caller builds it into
 * the run's fixture-builds folder, every later caller (another test file, or
 * the same file's `beforeAll` in the other worker) gets that build. The key
 * is the content folder and the added environment, so a fixture built with
 * other settings is a build of its own. Outside a Playwright run (no
 * fixture-builds folder) each call builds afresh.
 */
function buildFixtureOnce(
  contentDir: string,
  env: NodeJS.ProcessEnv,
): BuildResult & { shared: boolean } {
  const root = process.env[FIXTURE_BUILDS_ENV];
  if (!root) return { ...buildSite(contentDir, env), shared: false };
  const key = createHash('sha256')
    .update(JSON.stringify([resolve(contentDir), Object.entries(env).sort()]))
    .digest('hex')
    .slice(0, 16);
  const work = join(root, key);
  const done = join(work, 'built');
  return withBuildLock(() => {
    if (existsSync(done))
      return { ...(JSON.parse(readFileSync(done, 'utf8')) as BuildResult), shared: true };
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const build = buildSiteNow(contentDir, env, work);
    // A failed build is not kept: the next caller tries again and sees the same output.
    if (build.status === 0) writeFileSync(done, JSON.stringify(build));
    return { ...build, shared: true };
  });
}

/** A fixture site, built and served. */
export interface FixtureSite extends StaticServer {
  outDir: string;
}

/**
 * Builds tests/fixtures/<name>/content (or any content folder), with `env`
 * added to the build's environment, once per test run, and serves it.
 * Tests must not change a fixture site's files (copy the content with
 * {@link copyContent} and build that instead).
 * Throws with the build's output if the build fails. Call `close()` in afterAll.
 */
export async function fixtureSite(
  nameOrDir: string,
  env: NodeJS.ProcessEnv = {},
): Promise<FixtureSite> {
  const contentDir = nameOrDir.includes('/')
    ? nameOrDir
    : join(PROJECT_ROOT, 'tests/fixtures', nameOrDir, 'content');
  const build = buildFixtureOnce(contentDir, env);
  if (build.status !== 0) throw new Error(`fixture ${nameOrDir} failed to build:\n${build.output}`);
  const server = await serveStatic(build.outDir);
  return {
    ...server,
    outDir: build.outDir,
    close: async () => {
      await server.close();
      // A shared build belongs to the run: global teardown removes it.
      if (!build.shared) rmSync(resolve(build.outDir, '..'), { recursive: true, force: true });
    },
  };
}

/** Copies a content folder to a temporary folder that a test may change freely. */
export function copyContent(contentDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-content-'));
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}
