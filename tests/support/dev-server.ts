/**
 * `astro dev` on a content folder, for the tests and the benchmark: started on
 * a free port with its own Astro cache, its output kept, asked for a page
 * until it answers as expected, and stopped with its children.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './fixture-site.ts';

/** A running dev server. */
export interface DevServer {
  /** `http://localhost:<port>`. */
  base: string;
  /** Everything the server has printed so far. */
  output(): string;
  /**
   * Asks for `path` every 100 ms until `accept` holds of the answer; returns
   * it with the milliseconds it took. Throws, with the server's output, after
   * `ms` or as soon as the server exits.
   */
  waitFor(
    path: string,
    accept: (status: number, body: string) => boolean,
    ms?: number,
  ): Promise<{ status: number; body: string; ms: number }>;
  /** Stops the server and waits until it has exited. */
  stop(): Promise<void>;
}

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** The heap `npm run dev` gives Astro (package.json): three quarters of the machine's memory. */
const HEAP = '--max-old-space-size-percentage=75';

/** A local port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `astro dev` on `content`, with Astro's cache in `cacheDir`. */
export async function startDevServer(content: string, cacheDir: string): Promise<DevServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  // As `npm run dev` starts it: a large archive's content store outgrows Node's default heap.
  const server = spawn(process.execPath, [HEAP, ASTRO, 'dev', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content, SOURCEBOOK_CACHE: cacheDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  server.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((done) => server.once('exit', () => done()));

  return {
    base,
    output: () => printed,
    async waitFor(path, accept, ms = 300_000) {
      const started = performance.now();
      let last = { status: 0, body: '' };
      while (performance.now() - started < ms && server.exitCode === null) {
        try {
          const response = await fetch(`${base}${path}`);
          last = { status: response.status, body: await response.text() };
          if (accept(last.status, last.body)) return { ...last, ms: performance.now() - started };
        } catch {
          // Not listening yet.
        }
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(
        `astro dev never answered ${path} as expected (last: ${last.status}):\n${printed.slice(-4000)}`,
      );
    },
    async stop() {
      if (server.pid && server.exitCode === null) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
      await exited;
    },
  };
}
