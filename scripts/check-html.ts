/**
 * npm run test:html [-- <folder>]
 *
 * Validates every HTML file of a built site (default: dist/) with the W3C Nu
 * HTML Checker (the vnu-jar package, run with Java in one process) and prints
 * each error as file:line:column: message. Exits 1 on any error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { diagnosticCount } from '../src/lib/archive/diagnostics.ts';

/** One message of the Nu checker's JSON output. */
export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** The outcome of validating a folder. */
export interface HtmlCheckResult {
  /** How many HTML files were checked. */
  files: number;
  /** Each error, located: `file:line:column: message`. */
  errors: string[];
}

/** Every .html file under a folder, sorted. */
function htmlFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html'))
      found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

/** The path of vnu.jar inside the installed vnu-jar package. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
}

/**
 * Runs the Nu HTML Checker once over every HTML file of `dir` and returns its
 * errors (warnings are not reported). Throws when Java is missing.
 */
export function checkHtml(dir: string): HtmlCheckResult {
  const root = resolve(dir);
  if (!existsSync(root))
    throw new Error(`${dir} does not exist: build the site first (npm run build)`);
  const files = htmlFilesUnder(root);
  if (files.length === 0) return { files: 0, errors: [] };
  const java = process.env['JAVA'] ?? 'java';
  const run = spawnSync(
    java,
    [
      '-Xss4m',
      '-jar',
      vnuJarPath(),
      '--errors-only',
      '--format',
      'json',
      '--exit-zero-always',
      ...files,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.error) {
    throw new Error(
      `cannot run ${java} (${run.error.message}): install a Java runtime (Debian: apt-get install default-jre-headless)`,
    );
  }
  // The checker writes its JSON report to stderr.
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu HTML Checker did not answer in JSON:\n${run.stdout}${run.stderr}`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url ? relative(root, new URL(m.url).pathname) : '(checker)';
      const where = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? m.lastColumn ?? 1}` : '';
      const extract = m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
      return `${join(dir, file)}${where}: ${m.message}${extract}`;
    });
  return { files: files.length, errors };
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  try {
    const { files, errors } = checkHtml(dir);
    for (const error of errors) console.error(error);
    console.log(
      `Nu HTML Checker: ${files} HTML files in ${dir}, ${diagnosticCount(errors.length, 'error')}.`,
    );
    process.exitCode = errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
