import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { PROJECT_ROOT, withBuildLock } from '../../support/fixture-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/hostile/content');

/** A scratch folder inside the project (content must live under the project root). */
function scratch(prefix: string): string {
  const parent = join(PROJECT_ROOT, 'node_modules/.cache/sourcebook-quality');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** One hash over every file's path and bytes under a folder. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return `${files.length} files ${hash.digest('hex')}`;
}

/**
 * Runs an npm script of the project with extra environment; returns status and
 * output. Builds take turns with other test processes' (they share .astro/).
 */
function npm(args: string[], env: NodeJS.ProcessEnv): { status: number; output: string } {
  const run = (): { status: number; output: string } => {
    const result = spawnSync('npm', ['run', '--silent', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 300_000,
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  };
  return args[0] === 'build' ? withBuildLock(run) : run();
}

test('npm run check writes nothing under content/', () => {
  test.setTimeout(120_000);
  const contentDir = join(PROJECT_ROOT, 'content');
  const before = treeHash(contentDir);
  npm(['check'], {});
  expect(treeHash(contentDir)).toBe(before);
});

test('neither the build nor the check writes into the content folder they read', () => {
  test.setTimeout(300_000);
  const work = scratch('unchanged-');
  try {
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const before = treeHash(content);
    const env = {
      SOURCEBOOK_CONTENT: content,
      SOURCEBOOK_OUT: join(work, 'dist'),
      SOURCEBOOK_CACHE: join(work, 'cache'),
    };
    const check = npm(['check'], env);
    expect(check.status, check.output).toBe(0);
    const build = npm(['build'], env);
    expect(build.status, build.output).toBe(0);
    expect(treeHash(content)).toBe(before);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a failed build leaves the previous site whole and no half-built folder behind', () => {
  test.setTimeout(300_000);
  const work = scratch('failed-build-');
  try {
    const content = join(work, 'content');
    const out = join(work, 'dist');
    cpSync(FIXTURE, content, { recursive: true });
    const env = {
      SOURCEBOOK_CONTENT: content,
      SOURCEBOOK_OUT: out,
      SOURCEBOOK_CACHE: join(work, 'cache'),
    };
    const first = npm(['build'], env);
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(out, 'sources/hostile-markup/index.html'))).toBe(true);
    const built = treeHash(out);

    // Break the content: a silent edit of the archived text no longer matches its sha256.
    const source = join(content, 'sources/hostile-markup.txt');
    const original = readFileSync(source, 'utf8');
    const broken = original.replace('typed into the page', 'typed into this page');
    expect(broken).not.toBe(original);
    writeFileSync(source, broken);
    const second = npm(['build'], env);
    expect(second.status, 'the build fails').not.toBe(0);
    expect(second.output).toContain('hostile-markup.txt');
    expect(second.output).toMatch(/previous .* is unchanged/);
    expect(treeHash(out), 'the previous dist/ is untouched').toBe(built);
    const leftovers = [
      ...readdirSync(work),
      ...readdirSync(join(PROJECT_ROOT, 'node_modules/.cache/sourcebook-build')),
    ].filter((name) => name.startsWith('.dist.'));
    expect(leftovers).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('npm run archive refuses to overwrite a source and says what to do instead', () => {
  const work = scratch('archive-');
  try {
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const before = treeHash(content);
    const capture = join(PROJECT_ROOT, 'tests/fixtures/hostile/captures/hostile-markup.txt');
    const run = npm(['archive', '--', capture, '--captured', '2026-12-02'], {
      SOURCEBOOK_CONTENT: content,
    });
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/hostile-markup\.txt already exists; .+/);
    expect(run.output).toMatch(/--slug|edit|remove|rehash/);
    expect(treeHash(content)).toBe(before);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('npm run new refuses to overwrite an article and says what to do instead', () => {
  const work = scratch('new-');
  try {
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    const env = { SOURCEBOOK_CONTENT: content };
    const args = ['new', '--', 'article', 'A hostile headline', '--author', 'Test Fixture'];
    const first = npm(args, env);
    expect(first.status, first.output).toBe(0);
    const article = join(content, 'articles/a-hostile-headline.mdx');
    const written = readFileSync(article, 'utf8');
    const second = npm(args, env);
    expect(second.status).not.toBe(0);
    expect(second.output).toMatch(
      /a-hostile-headline\.mdx already exists; choose another title or --slug/,
    );
    expect(readFileSync(article, 'utf8')).toBe(written);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
