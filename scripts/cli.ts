/** What every editor command shares: how it reports files written and errors. */
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
