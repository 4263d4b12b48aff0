/**
 * The editor's view at scale: `astro dev` on the generated archive. How long
 * until it serves a source page, how long a page takes once it is up, and how
 * long after an annotation's note is saved the page shows the new words. The
 * edited file is put back as it was.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startDevServer } from '../../tests/support/dev-server.ts';

/** What the dev server measurement found. */
export interface DevMeasure {
  /** From starting `astro dev` to the first source page served. */
  startSeconds: number;
  /** One source page once the server is up: the median of five requests. */
  pageMs: number;
  /** From saving a changed note to the page showing it. */
  editSeconds: number;
}

const NOTE_LINE = /^(\s+note: )/m;

/**
 * Serves `content` with `astro dev` (Astro's cache in `cacheDir`) and
 * measures it. Throws with the server's output if the first page is not
 * served within `startMs` (the server checks the whole archive first), or an
 * answer after that takes more than a few minutes.
 */
export async function measureDevServer(
  content: string,
  cacheDir: string,
  startMs = 300_000,
): Promise<DevMeasure> {
  const sources = join(content, 'sources');
  const file = readdirSync(sources)
    .sort()
    .map((name) => join(sources, name))
    .find((path) => path.endsWith('.txt') && NOTE_LINE.test(readFileSync(path, 'utf8')));
  if (!file) throw new Error(`no source in ${sources} has an annotation with a note to edit`);
  const path = `/sources/${basename(file, '.txt')}/`;
  const ok = (status: number): boolean => status === 200;
  const server = await startDevServer(content, cacheDir);
  try {
    const startSeconds = (await server.waitFor(path, ok, startMs)).ms / 1000;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push((await server.waitFor(path, ok)).ms);
    times.sort((a, b) => a - b);

    const saved = readFileSync(file, 'utf8');
    const marker = `Edited for the benchmark ${Date.now()}`;
    writeFileSync(file, saved.replace(NOTE_LINE, `$1${marker} `));
    let editMs: number;
    try {
      editMs = (await server.waitFor(path, (_, body) => body.includes(marker))).ms;
    } finally {
      writeFileSync(file, saved);
    }
    return { startSeconds, pageMs: times[2] ?? NaN, editSeconds: editMs / 1000 };
  } finally {
    await server.stop();
  }
}
