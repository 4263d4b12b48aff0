/**
 * Diagnostics: locating a field of a content file, recording an error there,
 * ordering the problems found and printing them for a terminal.
 */
import type { Diagnostic, Location } from './model.ts';
import type { RawRecord } from './read.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/**
 * Where a field of a record is written (the start of the file for an empty
 * path). The line and column are found when first read: every record and
 * annotation carries its location, but only those a message names are looked
 * up (finding one may parse the file again: ./fast-yaml.ts).
 */
export function locate(record: RawRecord, path: readonly PropertyKey[] = []): Location {
  let found: { line: number; column: number } | undefined;
  return {
    file: record.file,
    get line() {
      return (found ??= record.at(path)).line;
    },
    get column() {
      return (found ??= record.at(path)).column;
    },
  };
}

/** Records an error at `at`, with a fix line when there is one. */
export function reportError(
  diagnostics: Diagnostic[],
  at: Location,
  code: DiagnosticCode,
  message: string,
  fix?: string,
): void {
  diagnostics.push({ severity: 'error', code, ...at, message, ...(fix ? { fix } : {}) });
}

/** A count of diagnostics, worded the one way every message uses: `1 error`, `3 errors`, `0 hints`. */
export function diagnosticCount(count: number, severity: Diagnostic['severity']): string {
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}

/** Orders diagnostics by file, then line, then column. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Formats a diagnostic for a terminal: `path:line:column error: message`, then the fix. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column} ${d.severity}: ${d.message}`;
  return d.fix ? `${head}\n  fix: ${d.fix}` : head;
}
