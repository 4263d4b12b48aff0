/**
 * The editor's view at scale: `astro dev` on the generated archive. How long
 * until it serves a source page, how long a page takes once it is up, and how
 * long after an annotation's note is saved the page shows the new words. The
 * edited file is put back as it was.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { freePort } from '../../tests/support/free-port.ts';

/** What the dev server measurement found. */
export interface DevMeasure {
  /** From starting `astro dev` to the first source page served. */
  startSeconds: number;
  /** One source page once the server is up: the median of five requests. */
  pageMs: number;
  /** From saving a changed note to the page showing it. */
  editSeconds: number;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const NOTE_LINE = /^(\s+note: )/m;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

/**
 * Serves `content` with `astro dev` (Astro's cache in `cacheDir`) and
 * measures it. Throws with the server's output if it does not answer as
 * expected within a few minutes.
 */
export async function measureDevServer(content: string, cacheDir: string): Promise<DevMeasure> {
  const sources = join(content, 'sources');
  const file = readdirSync(sources)
    .sort()
    .map((name) => join(sources, name))
    .find((path) => path.endsWith('.txt') && NOTE_LINE.test(readFileSync(path, 'utf8')));
  if (!file) throw new Error(`no source in ${sources} has an annotation with a note to edit`);
  const port = await freePort();
  const url = `http://localhost:${port}/sources/${basename(file, '.txt')}/`;
  const server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content, SOURCEBOOK_CACHE: cacheDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => server.once('exit', () => done()));

  /** Asks for the page until `accept` holds; returns how long that took, in ms. */
  const until = async (accept: (status: number, body: string) => boolean): Promise<number> => {
    const started = performance.now();
    while (performance.now() - started < 300_000) {
      try {
        const response = await fetch(url);
        if (accept(response.status, await response.text())) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      if (server.exitCode !== null) break;
      await sleep(100);
    }
    throw new Error(`astro dev did not serve ${url} as expected:\n${output.slice(-4000)}`);
  };

  try {
    const startSeconds = (await until((status) => status === 200)) / 1000;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(await until((status) => status === 200));
    times.sort((a, b) => a - b);

    const saved = readFileSync(file, 'utf8');
    const marker = `Edited for the benchmark ${Date.now()}`;
    writeFileSync(file, saved.replace(NOTE_LINE, `$1${marker} `));
    let editMs: number;
    try {
      editMs = await until((_, body) => body.includes(marker));
    } finally {
      writeFileSync(file, saved);
    }
    return {
      startSeconds,
      pageMs: times[2] ?? NaN,
      editSeconds: editMs / 1000,
    };
  } finally {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
}
