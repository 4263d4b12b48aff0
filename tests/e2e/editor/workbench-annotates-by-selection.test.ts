/**
 * The editor's workbench in `npm run dev` (src/integrations/workbench.ts): on a
 * copy of the real content where The BL's "Everything is seen in China" is not
 * annotated, the editor selects it (a DOM Range), annotates it as an
 * appearance of the canonical quote and saves. The file gains exactly the new
 * entry, the checker passes, the page shows the mark and the quote page the
 * appearance with its verdict. A stale save (by the API and in the panel) and
 * a foreign Origin are refused; a repeated passage gets its prefix; the
 * look-alike hint is answered in one click; a click on a mark edits and
 * deletes; a new quote with its new speaker, and a new claim, are created
 * from the panel (on a copy that lacks Adam Segal, his quote and its
 * annotation), each file exactly as expected; an article lists its quotes and
 * gives a <Quote> to insert; the built site holds no trace of the app. One dev
 * server for every case.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer, type DevServer } from '../../support/dev-server.ts';
import { copyContent, PROJECT_ROOT, takeBuildLock } from '../../support/fixture-site.ts';

const SOURCE = 'thebl-undated-leaked-audio-segal';
const QUOTE = 'everything-seen-in-china';
const PASSAGE = 'Everything is seen in China';
/** The annotation the copy lacks (it is in the real file). */
const REMOVED = `  - id: everything-seen
    exact: 'Everything is seen in China'
    kind: quote
    speaker: trust-and-safety-member
    quote: everything-seen-in-china
    claim: everything-seen-remark
    stance: relays
`;
/** Segal's quote, its annotation and its speaker, which the copy lacks too: the panel creates them. */
const SEGAL = 'Physical location does not matter if the data can still be accessed from China';
const REMOVED_SEGAL = `  - id: segal
    exact: '${SEGAL}'
    kind: quote
    speaker: adam-segal
    quote: segal-physical-location
    note: >-
      Segal's emailed comment to BuzzFeed News, which The BL sets against
      TikTok's statement on where it stores US users' data.
`;
const SEGAL_PERSON = `name: Adam Segal
description: Director of the Digital and Cyberspace Policy Program at the Council on Foreign Relations.
`;
const SEGAL_QUOTE = `speaker: adam-segal
text: ${SEGAL}
source: ${SOURCE}
annotation: segal
context: Emailed to BuzzFeed News, as The BL quotes it.
`;
const API = '/__sourcebook/workbench/';

let content: string;
let work: string;
let server: DevServer;
let releaseLock: () => void = () => {};
let file: string;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  content = copyContent(join(PROJECT_ROOT, 'content'));
  file = join(content, 'sources', `${SOURCE}.txt`);
  const original = readFileSync(file, 'utf8');
  expect(original).toContain(REMOVED);
  expect(original).toContain(REMOVED_SEGAL);
  writeFileSync(file, original.replace(REMOVED, '').replace(REMOVED_SEGAL, ''));
  rmSync(join(content, 'people', 'adam-segal.yaml'));
  rmSync(join(content, 'quotes', 'segal-physical-location.yaml'));
  // The article quoting Segal's passage cites its words without the annotation, until it exists again.
  const article = join(content, 'articles', 'project-texas-and-oracle.mdx');
  const cited = `<Quote source="${SOURCE}" annotation="segal">${SEGAL}</Quote>`;
  expect(readFileSync(article, 'utf8')).toContain(cited);
  writeFileSync(article, readFileSync(article, 'utf8').replace(cited, `“${SEGAL}”`));
  work = mkdtempSync(join(tmpdir(), 'sourcebook-workbench-'));
  releaseLock = takeBuildLock();
  server = await startDevServer(content, join(work, 'cache'));
  await server.waitFor(`/sources/${SOURCE}/`, (status) => status === 200, 180_000);
});

test.afterAll(async () => {
  await server?.stop();
  releaseLock();
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** The workbench's panel (inside the toolbar's shadow roots, which Playwright's locators pierce). */
const panel = (page: Page) =>
  page.locator('astro-dev-toolbar-app-canvas[data-app-id="sourcebook-workbench"]');

/** Opens the source page and the workbench. */
async function openWorkbench(page: Page): Promise<void> {
  await page.goto(`${server.base}/sources/${SOURCE}/`);
  await page.locator('button[data-app-id="sourcebook-workbench"]').click();
  await expect(panel(page).getByText('Sourcebook workbench')).toBeVisible();
}

/** Selects the `nth` occurrence of `words` in the archived text, as a mouse would, with a DOM Range. */
async function select(page: Page, words: string, nth = 0): Promise<void> {
  await page.evaluate(
    ([words, nth]) => {
      const texts = document.querySelectorAll('.annotated-text p.block__text');
      let seen = 0;
      for (const p of texts) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          for (let at = n.data.indexOf(words); at >= 0; at = n.data.indexOf(words, at + 1)) {
            if (seen++ !== nth) continue;
            const range = document.createRange();
            range.setStart(n, at);
            range.setEnd(n, at + words.length);
            const selection = document.getSelection() as Selection;
            selection.removeAllRanges();
            selection.addRange(range);
            return;
          }
        }
      }
      throw new Error(`"${words}" (${nth}) is not in the page`);
    },
    [words, nth] as const,
  );
  await panel(page).getByRole('button', { name: 'Annotate the selection' }).click();
}

test('a request from another origin gets 403 and writes nothing', async () => {
  const before = readFileSync(file, 'utf8');
  const post = (headers: Record<string, string>) =>
    fetch(`${server.base}${API}save`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ source: SOURCE }),
    });
  expect((await post({ Origin: 'https://evil.example' })).status).toBe(403);
  expect((await post({})).status).toBe(403);
  expect((await fetch(`${server.base}${API}source?id=${SOURCE}`)).status).toBe(200);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('a passage that occurs twice gets the prefix that singles out the one selected', async ({
  page,
}) => {
  await openWorkbench(page);
  // "a September" is in the second and the third paragraph; the second occurrence is "at a September".
  await select(page, 'a September', 1);
  await expect(panel(page).locator('[data-wb="unique-verdict"]')).toHaveText(/Occurs 2 times/);
  await expect(panel(page).locator('[data-wb="context"]')).toHaveText('prefix: at');
});

test('a save against a file changed since the panel opened is refused', async ({ page }) => {
  const before = readFileSync(file, 'utf8');
  const response = await page.request.post(`${server.base}${API}save`, {
    headers: { Origin: server.base },
    data: {
      source: SOURCE,
      version: '0'.repeat(64),
      annotation: { id: 'stale', exact: PASSAGE, kind: 'context' },
    },
  });
  expect(response.status()).toBe(409);
  const body = (await response.json()) as { stale: boolean; error: string };
  expect(body.stale).toBe(true);
  expect(body.error).toMatch(/changed on disk since the panel opened; nothing was written/);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('the panel refuses a save after the file changed on disk, says so, and reloads', async ({
  page,
}) => {
  await openWorkbench(page);
  await select(page, PASSAGE);
  await expect(panel(page).locator('[data-wb="exact"]')).toHaveText(PASSAGE);
  // The editor re-quotes a value in their editor meanwhile: the same data, another file.
  const quoted = "    exact: 'eight employees gave statements'\n";
  const changed = readFileSync(file, 'utf8').replace(
    quoted,
    '    exact: "eight employees gave statements"\n',
  );
  writeFileSync(file, changed);
  await panel(page).locator('select[name="quote"]').selectOption(QUOTE);
  const reloaded = page.waitForEvent('load', { timeout: 30_000 });
  await panel(page).getByRole('button', { name: 'Save' }).click();
  await expect(panel(page).locator('[data-wb="stale"]')).toContainText(
    'changed on disk since the panel opened; nothing was written',
  );
  await reloaded;
  expect(readFileSync(file, 'utf8')).toBe(changed);
});

test("the checker's look-alike hint is answered in one click, either way", async ({ page }) => {
  await openWorkbench(page);
  const wb = panel(page);
  await wb.getByRole('button', { name: `Distinct from ${QUOTE} (say why)` }).click();
  await expect(wb.locator('[data-wb="exact"]')).toHaveText(PASSAGE);
  await expect(wb.locator('select[name="kind"]')).toHaveValue('context');
  await expect(wb.locator('input[name="distinctFrom"]')).toHaveValue(QUOTE);
  await expect(wb.locator('textarea[name="note"]')).toBeFocused();
  await wb.getByRole('button', { name: `Annotate as an appearance of ${QUOTE}` }).click();
  await expect(wb.locator('select[name="kind"]')).toHaveValue('quote');
  await expect(wb.locator('select[name="quote"]')).toHaveValue(QUOTE);
  await expect(wb.locator('[data-wb="verdict"]')).toHaveText('exact');
});

test('select, annotate as an appearance of a quote, save: the diff is the entry, and it checks', async ({
  page,
}) => {
  const before = readFileSync(file, 'utf8');
  await openWorkbench(page);
  // The checker's look-alike hint is offered in place.
  await expect(
    panel(page).getByRole('button', { name: `Annotate as an appearance of ${QUOTE}` }),
  ).toBeVisible();

  await select(page, PASSAGE);
  const wb = panel(page);
  await expect(wb.locator('[data-wb="exact"]')).toHaveText(PASSAGE);
  await expect(wb.locator('[data-wb="unique-verdict"]')).toHaveText('Unique in this source.');
  await expect(wb.locator('input[name="id"]')).toHaveValue('everything-seen-china');
  await wb.getByLabel('Search quotes by words').fill('everything seen');
  await wb.locator('select[name="quote"]').selectOption(QUOTE);
  await expect(wb.locator('[data-wb="verdict"]')).toHaveText('exact');
  await expect(wb.locator('select[name="speaker"]')).toHaveValue('trust-and-safety-member');
  await wb.locator('select[name="claim"]').selectOption('everything-seen-remark');
  await wb.locator('select[name="stance"]').selectOption('relays');
  await wb.getByRole('button', { name: 'Save' }).click();
  await expect(wb.locator('[data-wb="saved"]')).toBeVisible();

  // The file gains exactly the new entry, after the last annotation; nothing else changes.
  const after = readFileSync(file, 'utf8');
  const entry = `  - id: everything-seen-china
    exact: Everything is seen in China
    kind: quote
    speaker: trust-and-safety-member
    quote: everything-seen-in-china
    claim: everything-seen-remark
    stance: relays
`;
  const end = before.indexOf('---\n', 4);
  expect(after).toBe(before.slice(0, end) + entry + before.slice(end));
  expect(server.output()).toContain(`wrote ${file}`);
  execFileSync('npm', ['run', '-s', 'check'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content },
  });

  // The page reloads with the new mark; the quote page lists the appearance with its verdict.
  await expect(page.locator('#a-everything-seen-china')).toHaveText(PASSAGE, { timeout: 60_000 });
  const quotePage = await server.waitFor(`/quotes/${QUOTE}/`, (_, body) =>
    body.includes(`/sources/${SOURCE}/#a-everything-seen-china`),
  );
  await page.goto(`${server.base}/quotes/${QUOTE}/`);
  const appearance = page.locator(`#appearance-${SOURCE}-everything-seen-china`);
  await expect(appearance).toHaveAttribute('data-verdict', 'exact');
  await expect(appearance.locator('blockquote')).toHaveText(PASSAGE);
  expect(quotePage.status).toBe(200);
});

test('a click on the new mark edits its annotation, then deletes it', async ({ page }) => {
  const withEntry = readFileSync(file, 'utf8');
  await openWorkbench(page);
  const wb = panel(page);
  await page.locator('#a-everything-seen-china').click();
  await expect(wb.getByText('Editing annotation everything-seen-china.')).toBeVisible();
  await expect(wb.locator('select[name="quote"]')).toHaveValue(QUOTE);
  await wb.locator('textarea[name="note"]').fill('Relays *BuzzFeed News*.');
  await expect(wb.locator('[data-wb="preview"] em')).toHaveText('BuzzFeed News');
  await wb.getByRole('button', { name: 'Save' }).click();
  await expect(wb.locator('[data-wb="saved"]')).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(
    withEntry.replace(
      '    stance: relays\n---',
      '    stance: relays\n    note: Relays *BuzzFeed News*.\n---',
    ),
  );

  // A fresh tab: the first one reopens the panel by itself after the reload, to show the outcome.
  const tab = await page.context().newPage();
  await openWorkbench(tab);
  await expect(tab.locator('#a-everything-seen-china')).toBeVisible();
  await tab.locator('#a-everything-seen-china').click();
  await panel(tab).getByRole('button', { name: 'Delete this annotation' }).click();
  await expect(panel(tab).locator('[data-wb="saved"]')).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(
    withEntry.replace(/  - id: everything-seen-china\n[\s\S]*?(?=---)/, ''),
  );
});

/** `npm run check` on the copy: throws (failing the test) with its output when it finds an error. */
function checkPasses(): void {
  execFileSync('npm', ['run', '-s', 'check'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCEBOOK_CONTENT: content },
  });
}

/** The source file's frontmatter with `entry` added after the last annotation. */
const withEntryAdded = (before: string, entry: string): string => {
  const end = before.indexOf('---\n', 4);
  return before.slice(0, end) + entry + before.slice(end);
};

test('a new quote and its new speaker, created from the panel: three files, as expected, that check', async ({
  page,
}) => {
  const before = readFileSync(file, 'utf8');
  await openWorkbench(page);
  await select(page, SEGAL);
  const wb = panel(page);
  await expect(wb.locator('[data-wb="unique-verdict"]')).toHaveText('Unique in this source.');
  await wb.locator('input[name="id"]').fill('segal');
  await expect(wb.locator('select[name="quote"]')).toHaveValue('');
  await wb.locator('input[name="new-quote-id"]').fill('segal-physical-location');
  await wb
    .locator('input[name="new-quote-context"]')
    .fill('Emailed to BuzzFeed News, as The BL quotes it.');
  await expect(wb.locator('select[name="speaker"]')).toHaveValue('');
  await wb.locator('input[name="new-person-id"]').fill('adam-segal');
  await wb.locator('input[name="new-person-name"]').fill('Adam Segal');
  await wb
    .locator('input[name="new-person-description"]')
    .fill(
      'Director of the Digital and Cyberspace Policy Program at the Council on Foreign Relations.',
    );
  await wb.getByRole('button', { name: 'Save' }).click();
  await expect(wb.locator('[data-wb="saved"]')).toBeVisible();

  expect(readFileSync(join(content, 'people', 'adam-segal.yaml'), 'utf8')).toBe(SEGAL_PERSON);
  expect(readFileSync(join(content, 'quotes', 'segal-physical-location.yaml'), 'utf8')).toBe(
    SEGAL_QUOTE,
  );
  expect(readFileSync(file, 'utf8')).toBe(
    withEntryAdded(
      before,
      `  - id: segal
    exact: ${SEGAL}
    kind: quote
    speaker: adam-segal
    quote: segal-physical-location
`,
    ),
  );
  checkPasses();

  await expect(page.locator('#a-segal')).toHaveText(SEGAL, { timeout: 60_000 });
  await server.waitFor('/quotes/segal-physical-location/', (status) => status === 200);
  await page.goto(`${server.base}/quotes/segal-physical-location/`);
  const appearance = page.locator(`#appearance-${SOURCE}-segal`);
  await expect(appearance).toHaveAttribute('data-verdict', 'exact');
  await expect(page.getByRole('link', { name: 'Adam Segal' }).first()).toBeVisible();
});

test('a new claim, created from the panel: refused until complete with nothing typed lost, then written as npm run new -- claim writes it', async ({
  page,
}) => {
  const before = readFileSync(file, 'utf8');
  const passage = 'TikTok’s infiltration of U.S. user data';
  const statement = 'The leaked recordings show TikTok’s infiltration of U.S. user data.';
  const summary = 'The BL relays BuzzFeed News’ report; the archive does not hold the recordings.';
  await openWorkbench(page);
  await select(page, passage);
  const wb = panel(page);
  await expect(wb.locator('[data-wb="exact"]')).toHaveText(passage);
  await wb.locator('select[name="kind"]').selectOption('claim');
  await wb.locator('select[name="claim"]').selectOption({ label: '(a new claim)' });
  await wb.locator('textarea[name="new-claim-statement"]').fill(statement);
  // The id follows the statement; the claimant starts as the source's outlet, the status as unverified.
  await expect(wb.locator('input[name="new-claim-id"]')).toHaveValue(
    'leaked-recordings-show-tiktoks',
  );
  await expect(wb.locator('select[name="new-claim-claimant"]')).toHaveValue('thebl-com');
  await expect(wb.locator('select[name="new-claim-status"]')).toHaveValue('unverified');
  await wb.locator('select[name="stance"]').selectOption('relays');
  await wb.locator('input[name="new-claim-author"]').fill('Sourcebook editors');

  // No story (the source has two) and no summary: refused, nothing written, the form as it was.
  await wb.getByRole('button', { name: 'Save' }).click();
  await expect(wb.getByText('the new claim needs its summary')).toBeVisible();
  await expect(wb.getByText('say which story the new claim belongs to')).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(before);
  await expect(wb.locator('textarea[name="new-claim-statement"]')).toHaveValue(statement);
  await expect(wb.locator('input[name="new-claim-author"]')).toHaveValue('Sourcebook editors');
  // A reload (any content file saved meanwhile) keeps the draft too: the panel reopens with it.
  await page.reload();
  await expect(wb.locator('[data-wb="draft-kept"]')).toBeVisible();
  await expect(wb.locator('[data-wb="exact"]')).toHaveText(passage);
  await expect(wb.locator('textarea[name="new-claim-statement"]')).toHaveValue(statement);
  await expect(wb.locator('select[name="claim"]')).toHaveValue('+new');
  await expect(wb.locator('select[name="stance"]')).toHaveValue('relays');

  await wb.getByLabel('(leaked-audio)', { exact: false }).check();
  await wb.locator('textarea[name="new-claim-summary"]').fill(summary);
  await wb.getByRole('button', { name: 'Save' }).click();
  await expect(wb.locator('[data-wb="saved"]')).toBeVisible();

  const id = 'leaked-recordings-show-tiktoks';
  const annotation = 'tiktoks-infiltration-us-user';
  const today = new Date().toISOString().slice(0, 10);
  expect(readFileSync(join(content, 'claims', `${id}.yaml`), 'utf8')).toBe(`statement: ${statement}
claimant: thebl-com
status: unverified
summary: ${summary}
firstAppearance:
  source: ${SOURCE}
  annotation: ${annotation}
history:
  - date: ${today}
    status: unverified
    author: Sourcebook editors
    reason: First ruling, when the claim entered the ledger; the summary gives the evidence.
stories:
  - leaked-audio
`);
  expect(readFileSync(file, 'utf8')).toBe(
    withEntryAdded(
      before,
      `  - id: ${annotation}
    exact: ${passage}
    kind: claim
    claim: ${id}
    stance: relays
`,
    ),
  );
  checkPasses();

  await expect(page.locator(`#a-${annotation}`)).toHaveText(passage, { timeout: 60_000 });
  const evidence = `/sources/${SOURCE}/#a-${annotation}`;
  await server.waitFor(
    `/claims/${id}/`,
    (status, body) => status === 200 && body.includes(evidence),
  );
  // The panel's outcome links to the new claim's page.
  await panel(page)
    .getByRole('link', { name: `/claims/${id}/` })
    .click();
  await expect(page).toHaveURL(`${server.base}/claims/${id}/`);
  await expect(page.locator(`a[href="${evidence}"]`).first()).toBeVisible();
});

test('on an article: its quotes with their status, and a search that gives the <Quote> to insert', async ({
  page,
}) => {
  await page.goto(`${server.base}/analysis/how-the-quotes-travelled/`);
  await page.locator('button[data-app-id="sourcebook-workbench"]').click();
  const quotes = panel(page).locator('[data-wb="article-quote"]');
  await expect(quotes.first()).toBeVisible();
  expect(await quotes.count()).toBeGreaterThan(3);
  await expect(quotes.filter({ hasText: 'not verified' })).toHaveCount(0);
  await expect(quotes.filter({ hasText: 'Master Admin' }).first()).toContainText('verified');
  await panel(page).getByLabel("Search the archive's annotations by words").fill('master admin');
  await expect(
    panel(page).getByText(
      '<Quote source="thebl-undated-leaked-audio-segal" annotation="master-admin">Master Admin</Quote>',
    ),
  ).toBeVisible();
});

test('the built site holds no trace of the workbench', () => {
  const dist = join(PROJECT_ROOT, process.env['SOURCEBOOK_OUT'] ?? 'dist');
  const traces = ['sourcebook-workbench', '__sourcebook/workbench', 'dev-toolbar', 'workbench-app'];
  const found: string[] = [];
  let files = 0;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|js|css|json|xml)$/.test(name)) {
        files++;
        const text = readFileSync(path, 'utf8');
        for (const trace of traces) if (text.includes(trace)) found.push(`${path}: ${trace}`);
      }
    }
  };
  walk(dist);
  expect(files).toBeGreaterThan(50);
  expect(found).toEqual([]);
});
