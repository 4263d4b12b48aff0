/** File writing for the editor commands: never overwrite, always say what was written. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath } from '../archive/read.ts';

/** An editor command's error: one line for the user, no stack trace. */
export class EditorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditorError';
  }
}

/**
 * Writes a new file, refusing to replace one that exists. Returns the path
 * for the command to print (relative to the working directory when inside it).
 */
export function writeNewFile(path: string, content: string, instead: string): string {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, content, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new EditorError(`${displayPath(path)} already exists; ${instead}`);
    }
    throw error;
  }
  return displayPath(path);
}

/** Today's date as YYYY-MM-DD in UTC. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The editor's byline as git knows it (`git config user.name`), or undefined. */
export function gitUser(): string | undefined {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
