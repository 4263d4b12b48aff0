/**
 * The bad-input suite: each folder under tests/fixtures/bad-input/defects/
 * holds one broken content file (one defect each) that replaces or joins a
 * file of the small valid archive in tests/fixtures/bad-input/base/. Each is
 * run through the real check command on a temporary copy, which must print
 * exactly one error, at the right file, line and column, in the expected
 * words, exit 1, print no stack trace, and change no file.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/bad-input');
const BASE = join(FIXTURES, 'base/content');
const DEFECTS = join(FIXTURES, 'defects');
const SOURCE = 'sources/mediaite-everything-seen.txt';
const ARTICLE = 'articles/what-was-seen.mdx';
const QUOTE = 'quotes/everything-seen-in-china.yaml';
const CLAIM = 'claims/china-staff-accessed-data.yaml';
const EVENT = 'events/leaked-audio-reported.yaml';
const STORY = 'stories/leaked-audio.yaml';
const SECOND_STORY = 'stories/follow-up.yaml';

interface Expected {
  /** The file the message names, relative to the content folder. */
  file: string;
  /** `line:column` of the message. */
  at: string;
  /** Words the message must contain. */
  message: string;
  /** Words its `fix:` line(s) must contain, when the fix matters. */
  fix?: string;
}

/** Every defect folder, with the one message it must produce. */
const CASES: Record<string, Expected> = {
  // Files and frontmatter
  'yaml-syntax-error': {
    file: SOURCE,
    at: '3:10',
    message: 'is not valid YAML: a value opened with " is never closed',
    fix: 'end the value with "',
  },
  'yaml-apostrophe-in-single-quotes': {
    file: SOURCE,
    at: '18:35',
    message:
      "is not valid YAML: a value in single quotes contains a ' (an apostrophe or quotation mark)",
    fix: "double every ' inside the value: `note: 'The remark the headline''s words quote.'`; or write it as a block scalar: `note: >-`",
  },
  'yaml-quote-mark-in-double-quotes': {
    file: SOURCE,
    at: '20:35',
    message: 'is not valid YAML: a value in double quotes contains a " (a quotation mark)',
    fix: "put the value in single quotes instead, doubling any ' inside it: `exact: 'Buzzfeed, which found \"14 separate statements\" from nine employees'`; or write it as a block scalar: `exact: >-`",
  },
  'yaml-value-starts-with-quoted-words': {
    file: SOURCE,
    at: '14:41',
    message:
      "is not valid YAML: a value starts with ', so YAML reads it as quoted up to the next '",
    fix: "write it as a block scalar: `exact: >-` with the text on the next line, indented, and no quotes around it; or put the whole value in single quotes, doubling every ' inside it: `exact: '''Everything is seen in China,'' a member'`",
  },
  'duplicate-field': {
    file: SOURCE,
    at: '10:1',
    message: 'is not valid YAML: a field appears twice',
  },
  'no-closing-fence': {
    file: SOURCE,
    at: '28:1',
    message: 'has no closing `---` line after the frontmatter',
    fix: 'add a line with only `---`',
  },
  'no-opening-fence': { file: SOURCE, at: '1:1', message: 'does not start with a `---` line' },
  'empty-text': { file: SOURCE, at: '30:1', message: 'has no archived text after the frontmatter' },
  'wrong-extension': {
    file: 'people/notes.md',
    at: '1:1',
    message: 'is not a .yaml or .yml file',
    fix: 'rename it to end in .yaml',
  },
  'file-name-not-an-id': {
    file: 'people/Jane Doe.yaml',
    at: '1:1',
    message: 'has a file name that cannot be an id: "Jane Doe"',
    fix: 'rename it jane-doe.yaml',
  },
  'duplicate-id-yaml-yml': {
    file: 'events/leaked-audio-reported.yml',
    at: '1:1',
    message: 'has the same id "leaked-audio-reported" as leaked-audio-reported.yaml',
  },
  'outlet-yaml-tab-indent': {
    file: 'outlets/mediaite-com.yaml',
    at: '2:1',
    message: 'is not valid YAML: a tab is used for indentation',
    fix: 'indent with spaces',
  },
  'article-yaml-error': {
    file: ARTICLE,
    at: '2:8',
    message: 'is not valid YAML: a value contains ": "',
    fix: 'put the whole value in double quotes',
  },
  // Stories: membership, a story's own references, the site's identity
  'story-unknown-on-source': {
    file: SOURCE,
    at: '28:11',
    message: 'names story "leaked-audoi", which does not exist',
    fix: 'did you mean "leaked-audio"?',
  },
  'source-without-story': {
    file: SOURCE,
    at: '2:1',
    message: 'belongs to no story: every source names at least one story in `stories`',
    fix: 'add `stories: [follow-up, leaked-audio]`',
  },
  'claim-empty-stories': {
    file: CLAIM,
    at: '13:10',
    message: 'belongs to no story: every claim names at least one story',
    fix: 'this claim belongs to',
  },
  'event-unknown-story': {
    file: EVENT,
    at: '7:11',
    message: 'names story "leaked-video", which does not exist',
    fix: 'did you mean "leaked-audio"?',
  },
  'article-without-story': {
    file: ARTICLE,
    at: '2:1',
    message: 'belongs to no story: every article names at least one story',
  },
  'key-claim-not-in-story': {
    file: SECOND_STORY,
    at: '6:13',
    message: '`keyClaims` names claim "china-staff-accessed-data", which is not in this story',
    fix: 'add follow-up to `stories` in',
  },
  'key-claim-unknown': {
    file: STORY,
    at: '6:13',
    message: '`keyClaims` names claim "china-staff-accesed-data", which does not exist',
    fix: 'did you mean "china-staff-accessed-data"?',
  },
  'story-without-sources': {
    file: 'stories/orphan.yaml',
    at: '1:1',
    message: 'has no sources: no source names "orphan" in its `stories`',
    fix: 'add orphan to `stories` in the sources that belong to it',
  },
  'story-unknown-status': {
    file: SECOND_STORY,
    at: '4:9',
    message: '`status` must be one of developing, concluded',
  },
  'story-related-unknown': {
    file: STORY,
    at: '7:11',
    message: '`related` names story "folow-up", which does not exist',
    fix: 'did you mean "follow-up"?',
  },
  'story-brief-unknown-annotation': {
    file: SECOND_STORY,
    at: '7:9',
    message: 'refers to annotation "everything-sen" of source "mediaite-everything-seen"',
    fix: 'did you mean "everything-seen"?',
  },
  'site-bad-language': {
    file: 'site.yaml',
    at: '6:11',
    message: '`language` must be a BCP 47 language tag',
  },
  // Source fields
  'annotations-not-a-list': {
    file: SOURCE,
    at: '12:14',
    message: '`annotations` must be a list of annotations',
  },
  'number-for-text': {
    file: SOURCE,
    at: '2:8',
    message: '`title` must be text',
    fix: 'put it in quotes, `title: "42"`',
  },
  'impossible-date': {
    file: SOURCE,
    at: '7:12',
    message: '`published` must be a real date written YYYY-MM-DD',
    fix: '2022-02-30 is not a day in the calendar',
  },
  'captured-not-a-date': {
    file: SOURCE,
    at: '8:11',
    message: '`captured` must be a real date written YYYY-MM-DD',
  },
  'malformed-url': {
    file: SOURCE,
    at: '6:6',
    message: '`url` must be a complete web address',
    fix: 'did you mean `url: https://www.mediaite.com/tech/',
  },
  'malformed-archive-url': {
    file: SOURCE,
    at: '9:10',
    message: '`archive` must be a complete web address',
    fix: 'did you mean `archive: https://web.archive.org/',
  },
  'unknown-field': {
    file: SOURCE,
    at: '10:1',
    message: 'has an unknown field `langauge`',
    fix: 'did you mean `language`?',
  },
  'wrong-source-kind': {
    file: SOURCE,
    at: '9:7',
    message: '`kind` must be one of news, reprint, opinion',
  },
  'missing-field': {
    file: SOURCE,
    at: '2:1',
    message: '`summary` is missing',
    fix: 'add `summary:`',
  },
  'authors-not-a-list': { file: SOURCE, at: '5:10', message: '`authors` must be a list' },
  'bad-language-tag': {
    file: SOURCE,
    at: '10:11',
    message: '`language` must be a BCP 47 language tag',
  },
  'whole-not-boolean': {
    file: SOURCE,
    at: '11:8',
    message: '`whole` must be true or false',
    fix: 'write `whole: true` or `whole: false`',
  },
  'sha256-not-hex': {
    file: SOURCE,
    at: '11:9',
    message: '`sha256` must be 64 lowercase hexadecimal characters',
    fix: 'npm run archive:rehash -- ',
  },
  'altered-text': {
    file: SOURCE,
    at: '11:9',
    message: 'archived text changed since capture',
    fix: `npm run archive:rehash -- `,
  },
  // Annotations
  'note-with-html': {
    file: SOURCE,
    at: '18:11',
    message: 'annotation "everything-seen": `note` contains raw HTML',
  },
  'annotation-unknown-field': {
    file: SOURCE,
    at: '24:5',
    message: 'annotation "fourteen-statements": has an unknown field `notes`',
    fix: 'did you mean `note`?',
  },
  'annotation-wrong-kind': {
    file: SOURCE,
    at: '21:11',
    message:
      'annotation "fourteen-statements": `kind` must be one of quote, claim, context, correction',
  },
  'annotation-id-not-an-id': {
    file: SOURCE,
    at: '28:9',
    message: 'annotation "User Data": `id` must be lowercase letters',
  },
  'annotation-exact-a-number': {
    file: SOURCE,
    at: '29:12',
    message: 'annotation "fourteen": `exact` must be text',
    fix: '`exact: "14"`',
  },
  'annotation-exact-invisible': {
    file: SOURCE,
    at: '29:12',
    message: 'annotation "invisible" has an `exact` with no visible characters',
  },
  'annotation-not-a-map': {
    file: SOURCE,
    at: '28:5',
    message: 'annotation 4 (annotations[3]) is not a set of fields',
  },
  'duplicate-annotation-id': {
    file: SOURCE,
    at: '28:9',
    message: 'annotation id "master-admin" is used twice in this source (first at line 24)',
  },
  'quote-without-speaker': {
    file: SOURCE,
    at: '24:5',
    message: 'annotation "master-admin": a quote annotation needs a `speaker`',
  },
  'stance-without-claim': {
    file: SOURCE,
    at: '24:5',
    message: 'annotation "master-admin" has a `stance` but no `claim`',
  },
  'claim-without-stance': {
    file: SOURCE,
    at: '19:5',
    message: 'annotation "fourteen-statements" names a claim, so it needs a `stance`',
  },
  'ambiguous-anchor': {
    file: SOURCE,
    at: '29:12',
    message:
      'annotation "september-meeting": `exact` occurs 2 times in the archived text (lines 33, 35)',
    fix: 'add `prefix: "said"`',
  },
  'anchor-not-found': {
    file: SOURCE,
    at: '25:12',
    message: 'annotation "master-admin": `exact` is not in the archived text',
    fix: 'nearest passage, line 32: "has access to everything"\n    word diff (exact → archived): [-had-]{+has+} access to everything',
  },
  'anchor-prefix-not-found': {
    file: SOURCE,
    at: '15:13',
    message:
      'annotation "everything-seen": `exact` is in the archived text, but not with this `prefix`',
    fix: 'it needs no `prefix`',
  },
  // References
  'unknown-outlet': {
    file: SOURCE,
    at: '4:9',
    message: 'refers to outlet "mediaite", which does not exist',
    fix: 'did you mean "mediaite-com"?',
  },
  'unknown-speaker': {
    file: SOURCE,
    at: '16:14',
    message: 'refers to person "trust-and-safety", which does not exist',
    fix: 'did you mean "trust-and-safety-member"?',
  },
  'unknown-quote': {
    file: SOURCE,
    at: '17:12',
    message: 'refers to quote "everything-is-seen", which does not exist',
    fix: 'create content/quotes/everything-is-seen.yaml',
  },
  'unknown-claim': {
    file: SOURCE,
    at: '22:12',
    message: 'refers to claim "china-accessed-data", which does not exist',
    fix: 'did you mean "china-staff-accessed-data"?',
  },
  'speaker-differs-from-quote': {
    file: SOURCE,
    at: '16:14',
    message:
      'annotation "everything-seen" names speaker "tiktok-director", but its quote "everything-seen-in-china" was said by "trust-and-safety-member"',
    fix: 'write `speaker: trust-and-safety-member`',
  },
  // People, outlets, quotes, claims, events
  'person-missing-name': {
    file: 'people/tiktok-director.yaml',
    at: '1:1',
    message: '`name` is missing',
  },
  'person-malformed-url': {
    file: 'people/tiktok-director.yaml',
    at: '3:6',
    message: '`url` must be a complete web address',
  },
  'outlet-unknown-field': {
    file: 'outlets/mediaite-com.yaml',
    at: '3:1',
    message: 'has an unknown field `urls`',
    fix: 'did you mean `url`?',
  },
  'quote-unknown-speaker': {
    file: QUOTE,
    at: '1:10',
    message: 'refers to person "trust-safety-member", which does not exist',
    fix: 'did you mean "trust-and-safety-member"?',
  },
  'quote-unknown-annotation': {
    file: QUOTE,
    at: '4:13',
    message:
      'refers to annotation "everything-is-seen" in source "mediaite-everything-seen", which has no such annotation',
    fix: 'did you mean "everything-seen"?',
  },
  'quote-unknown-source': {
    file: QUOTE,
    at: '4:13',
    message: 'refers to source "mediaite-2022", which does not exist',
  },
  'quote-context-html': { file: QUOTE, at: '5:10', message: '`context` contains raw HTML' },
  'quote-text-empty': { file: QUOTE, at: '2:7', message: '`text` must not be empty' },
  'quote-first-report-not-an-appearance': {
    file: QUOTE,
    at: '4:13',
    message: 'names annotation "master-admin" in "mediaite-everything-seen" as the first report',
    fix: 'add `quote: everything-seen-in-china` to that annotation',
  },
  'claim-wrong-status': {
    file: CLAIM,
    at: '2:9',
    message: '`status` must be one of established, supported, disputed, unverified, false',
  },
  'claim-unknown-claimant': {
    file: CLAIM,
    at: '7:11',
    message: '`claimant` names "mediaite", which is neither a person nor an outlet',
    fix: 'did you mean "mediaite-com"?',
  },
  'claim-without-history': {
    file: CLAIM,
    at: '1:1',
    message: '`history` is missing',
  },
  'claim-status-not-last-ruling': {
    file: CLAIM,
    at: '2:9',
    message:
      'is `established`, but the last ruling in `history` gives `supported`: add a ruling to `history`',
  },
  'claim-rulings-out-of-order': {
    file: CLAIM,
    at: '13:11',
    message: 'is earlier than the ruling before it (2026-12-01)',
  },
  'annotation-unknown-via': {
    file: SOURCE,
    at: '24:10',
    message: '`via` names "buzzfeed", which is neither a person nor an outlet',
    fix: 'use the file name of one in content/people/ or content/outlets/',
  },
  'claim-first-appearance-incomplete': {
    file: CLAIM,
    at: '5:3',
    message: '`firstAppearance.annotation` is missing',
  },
  'event-impossible-month': {
    file: EVENT,
    at: '1:7',
    message: '`date` must be a real date written YYYY-MM-DD, or YYYY-MM',
  },
  'event-no-evidence': {
    file: EVENT,
    at: '4:11',
    message: '`evidence` needs at least one piece of evidence',
  },
  'event-evidence-not-a-list': {
    file: EVENT,
    at: '4:11',
    message: '`evidence` must be a list of { source, annotation } references',
  },
  'event-unknown-annotation': {
    file: EVENT,
    at: '5:5',
    message: 'refers to annotation "fourteen" in source "mediaite-everything-seen"',
    fix: 'did you mean "fourteen-statements"?',
  },
  // Articles
  'article-misquote': {
    file: ARTICLE,
    at: '11:32',
    message: '<Quote> does not match the archived text of "mediaite-everything-seen"',
    fix: 'word diff (article → archived): Everything is [-visible-]{+seen+} in China',
  },
  'article-misquote-in-elided-quote': {
    file: ARTICLE,
    at: '13:1',
    message: '<Quote> does not match the archived text of "mediaite-everything-seen"',
    fix: 'word diff (article → archived): which found 14 [-distinct-]{+separate+} statements from nine employees',
  },
  'article-quote-outside-annotation': {
    file: ARTICLE,
    at: '13:1',
    message:
      '<Quote> words are in "mediaite-everything-seen" but not inside its annotation "master-admin"',
    fix: 'write annotation="fourteen-statements"',
  },
  'article-unknown-component': {
    file: ARTICLE,
    at: '17:1',
    message: 'uses <Callout>, which is not a Sourcebook component',
    fix: '<Quote>, <Cite>, <ClaimRef>',
  },
  'article-expression-attribute': {
    file: ARTICLE,
    at: '15:31',
    message: '<Cite> attribute `source` is an expression',
    fix: 'write it as source="value"',
  },
  'article-mdx-syntax-error': {
    file: ARTICLE,
    at: '17:9',
    message: 'is not valid MDX: Unexpected end of file in expression',
    fix: 'write \\{ for a literal brace',
  },
  'article-unclosed-tag': {
    file: ARTICLE,
    at: '17:10',
    message: 'is not valid MDX: Expected a closing tag for `<Quote>`',
    fix: 'close <Quote> with </Quote>',
  },
  'article-wrong-closing-tag': {
    file: ARTICLE,
    at: '13:92',
    message: 'Unexpected closing tag `</Cite>`',
    fix: 'write </Quote> here',
  },
  'article-unknown-source': {
    file: ARTICLE,
    at: '15:31',
    message: '<Cite> refers to source "mediaite", which does not exist',
    fix: 'did you mean "mediaite-everything-seen"?',
  },
  'article-unknown-annotation': {
    file: ARTICLE,
    at: '15:31',
    message: '<Cite> refers to annotation "fourteen" in "mediaite-everything-seen"',
    fix: 'did you mean annotation="fourteen-statements"?',
  },
  'article-unknown-claim': {
    file: ARTICLE,
    at: '15:114',
    message: '<ClaimRef> refers to claim "china-accessed-data", which does not exist',
  },
  'article-missing-authors': { file: ARTICLE, at: '2:1', message: '`authors` is missing' },
  'article-updated-before-published': {
    file: ARTICLE,
    at: '5:10',
    message: '`updated` is earlier than `published`',
  },
  'article-correction-before-published': {
    file: ARTICLE,
    at: '7:11',
    message: '`corrections[0].date` 2026-11-20 is earlier than `published` 2026-12-01',
    fix: 'on or after the publication day',
  },
  'article-correction-in-the-future': {
    file: ARTICLE,
    at: '7:11',
    message: '`corrections[0].date` 2999-01-01 is after today',
    fix: 'write the day the correction was made',
  },
  'article-correction-after-updated': {
    file: ARTICLE,
    at: '5:10',
    message: '`updated` 2026-12-02 is earlier than the latest correction (2026-12-03)',
    fix: 'write `updated: 2026-12-03`',
  },
  'article-correction-without-updated': {
    file: ARTICLE,
    at: '6:3',
    message: 'has corrections but no `updated`',
    fix: 'add `updated: 2026-12-03`',
  },
  'article-correction-without-text': {
    file: ARTICLE,
    at: '7:5',
    message: '`corrections[0].text` is missing',
  },
  'article-corrections-not-a-list': {
    file: ARTICLE,
    at: '6:14',
    message: '`corrections` must be a list of corrections',
  },
  'article-count-unknown-kind': {
    file: ARTICLE,
    at: '17:19',
    message: '<Count> cannot count "source"',
    fix: 'did you mean of="sources"?',
  },
  'article-count-unknown-quote': {
    file: ARTICLE,
    at: '17:1',
    message: '<Count> refers to quote "everything-is-seen", which does not exist',
    fix: 'create content/quotes/everything-is-seen.yaml',
  },
  'article-quote-without-source': {
    file: ARTICLE,
    at: '13:1',
    message: '<Quote> needs a `source`',
  },
  'article-quote-unknown-attribute': {
    file: ARTICLE,
    at: '13:1',
    message: '<Quote> has an unknown attribute `speaker`',
  },
  'article-empty-quote': { file: ARTICLE, at: '17:1', message: '<Quote> has no words inside it' },
};

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the base content with the defect's files laid over it. */
function contentWith(defect: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcebook-bad-input-'));
  copies.push(dir);
  cpSync(BASE, dir, { recursive: true });
  if (defect) cpSync(join(DEFECTS, defect), dir, { recursive: true });
  return dir;
}

/** SHA-256 of every file's path and bytes under `dir`. */
function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/** What `npm run check` runs, from package.json: `node scripts/check.ts`. */
const CHECK_SCRIPT = (
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts['check'] as string;

/**
 * Runs the check on a content folder: through npm itself, or (for the many
 * defect runs, to keep the suite fast) the exact command npm runs for
 * `npm run check`, with npm's PATH, without npm's own start-up.
 */
function runCheck(
  content: string,
  via: 'npm' | 'script',
): Promise<{ code: number; output: string }> {
  const [command, ...args] =
    via === 'npm' ? ['npm', 'run', '-s', 'check'] : CHECK_SCRIPT.split(' ');
  const env = {
    ...process.env,
    SOURCEBOOK_CONTENT: content,
    NO_COLOR: '1',
    PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
  };
  return new Promise((resolve) => {
    execFile(command as string, args, { cwd: PROJECT_ROOT, env }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, output: `${stdout}${stderr}` });
    });
  });
}

const STACK_TRACE =
  /^\s+at .+(:\d+:\d+\)?|\(native\))$|\b(TypeError|ReferenceError|SyntaxError|RangeError)\b|node:internal/m;

test('npm run check reports a defect the same way', async () => {
  const { code, output } = await runCheck(contentWith('unknown-outlet'), 'npm');
  expect(output).toContain(' error: refers to outlet "mediaite", which does not exist');
  expect(code).toBe(1);
});

test('every defect folder is in the table, and the table has at least 40', () => {
  expect(readdirSync(DEFECTS).sort()).toEqual(Object.keys(CASES).sort());
  expect(Object.keys(CASES).length).toBeGreaterThanOrEqual(40);
});

test('the check script is a plain node command, so running it directly is what npm runs', () => {
  // Node options (the heap the check may take) are words of the command like any other.
  expect(CHECK_SCRIPT).toMatch(/^node (--[a-z-]+=[\w.]+ )*scripts\/check\.ts$/);
});

test('the base content passes npm run check with no errors', async () => {
  const { code, output } = await runCheck(contentWith(undefined), 'npm');
  expect(output).toMatch(/: 0 errors, 0 hints$/m);
  expect(code).toBe(0);
});

describe.concurrent('a broken content file gets one located message', () => {
  for (const [defect, expected] of Object.entries(CASES)) {
    test(defect, async () => {
      const content = contentWith(defect);
      const before = treeHash(content);
      const { code, output } = await runCheck(content, 'script');
      const errors = output.split('\n').filter((line) => / error: /.test(line));
      expect(errors, output).toHaveLength(1);
      const head = `${join(content, expected.file)}:${expected.at} error: `;
      expect(errors[0]?.startsWith(head), `${output}\nexpected to start with ${head}`).toBe(true);
      expect(errors[0]).toContain(expected.message);
      if (expected.fix !== undefined) {
        const fix = output.slice(output.indexOf(errors[0] as string)).split('\n  fix: ')[1] ?? '';
        expect(fix, output).toContain(expected.fix);
      }
      expect(output).toMatch(/: 1 error, \d+ hints?$/m);
      expect(output).not.toMatch(STACK_TRACE);
      expect(code).toBe(1);
      expect(treeHash(content)).toBe(before);
    });
  }
});
