/** What every editor command shares: arguments, paths, and how it reports files written and errors. */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EditorError } from '../src/lib/editor/files.ts';

/** Prints each path written, one a line. */
export function printWritten(paths: string[]): void {
  for (const path of paths) console.log(`wrote ${path}`);
}

/** Prints one line for an expected error and exits 1; unexpected errors keep their stack. */
export function fail(error: unknown): never {
  if (error instanceof EditorError) {
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

/**
 * Parses the command line; an unknown option or a missing value is one line
 * on stderr and exit status 1, never a stack trace.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, help: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`error: ${(error as Error).message.split('\n')[0]}`);
    console.error(help.split('\n')[0]);
    process.exit(1);
  }
}

/**
 * A path the editor typed, resolved against the folder they ran npm in
 * (npm runs scripts from the project root, and keeps the original folder in
 * INIT_CWD).
 */
export function userPath(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}
