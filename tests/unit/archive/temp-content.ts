/** Small content folders written to temporary directories, for checker tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatSourceFile } from '../../../src/lib/archive/source-file.ts';
import { textSha256 } from '../../../src/lib/text/hash.ts';

const made: string[] = [];

/** Writes `files` (path relative to the content root → text) to a new temporary folder. */
export function writeContent(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'sourcebook-check-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** Removes every folder `writeContent` made; call in afterAll. */
export function removeContent(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** The fields every valid source needs, with an outlet `example-outlet`. */
export const SOURCE_FIELDS = {
  title: 'A test page',
  summary: 'What the test page reports.',
  outlet: 'example-outlet',
  stories: ['test-story'],
  authors: [],
  url: 'https://news.example.org/page',
  published: '2022-06-17',
  captured: '2026-12-01',
  kind: 'news',
  language: 'en',
  annotations: [],
};

/**
 * A source file with a correct sha256: `fields` override SOURCE_FIELDS, and
 * `annotations` (YAML text starting `annotations:`) replaces the empty list.
 */
export function sourceFile(
  body: string,
  fields: Record<string, unknown> = {},
  annotations?: string,
): string {
  const file = formatSourceFile({ ...SOURCE_FIELDS, sha256: textSha256(body), ...fields }, body);
  return annotations === undefined ? file : file.replace('annotations: []\n', annotations);
}

/** A story every record in a test archive belongs to. */
export const STORY = 'stories: [test-story]\n';

/** An outlet, two people and a story every test archive can refer to. */
export const BASICS = {
  'stories/test-story.yaml':
    "title: A test story\ndek: What the test story is.\nsummary: The test story in brief.\nstatus: developing\nstarted: '2022-06'\n",
  'outlets/example-outlet.yaml': 'name: Example Outlet\ndescription: A news site used in tests.\n',
  'people/a-speaker.yaml': 'name: A speaker\ndescription: Someone quoted in tests.\n',
  'people/another-speaker.yaml':
    'name: Another speaker\ndescription: Someone else quoted in tests.\n',
};
