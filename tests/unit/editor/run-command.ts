/** Running the editor's npm commands for real, on temporary content. */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

/** What a command printed and how it ended. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run -s <script> -- <args>` in the project with SOURCEBOOK_CONTENT set. */
export function npmRun(
  script: string,
  args: string[],
  content: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '-s', script, '--', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, SOURCEBOOK_CONTENT: content, NO_COLOR: '1', ...env },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0;
        resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
      },
    );
  });
}

const copies: string[] = [];

/** A temporary copy of the small valid archive used by the bad-input suite. */
export function baseContentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-editor-'));
  copies.push(dir);
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'), dir, { recursive: true });
  return dir;
}

/** Removes every copy made; call in afterAll. */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` with its text, by path relative to `dir`. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** A fixture path under tests/fixtures/captures/. */
export const capturePath = (name: string): string =>
  join(PROJECT_ROOT, 'tests/fixtures/captures', name);

/** Output that looks like a crash rather than a message for an editor. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$|node:internal|\bTypeError\b|\bReferenceError\b/m;
