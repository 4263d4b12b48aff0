/**
 * The detail pages (source, quote, claim, article) on a small fixture archive
 * (tests/fixtures/reader): nested, overlapping and paragraph-crossing
 * annotations, every drift verdict, claims of several statuses, and articles
 * using every author component.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimStatuses } from '../../../src/schemas/records.ts';
import { PROJECT_ROOT, fixtureSite, type FixtureSite } from '../../support/fixture-site.ts';
import { expectNoHorizontalScroll, expectNoScriptButJsonLd } from '../../support/lists-support.ts';
import {
  expectDirectiveMatches,
  expectHighlightedTarget,
  expectSiteLinksResolve,
  mainLinks,
  parseTextFragment,
} from '../../support/reader-support.ts';
import { axeViolations } from '../../support/axe.ts';

test.describe.configure({ mode: 'default' });

const CONTENT = join(PROJECT_ROOT, 'tests/fixtures/reader/content');
const MEDIAITE = 'mediaite-2022-06-18-everything-seen-china';
const DOTLA = 'dotla-undated-tiktok-data-china';
const REGISTER = 'theregister-2022-06-20-tiktok-oracle-default';
const IPHONE = 'iphoneincanada-2022-06-18-tiktok-accessed-us-data';
const DETAIL_PAGES = [
  `/sources/${MEDIAITE}/`,
  `/sources/${DOTLA}/`,
  `/sources/${REGISTER}/`,
  `/sources/${IPHONE}/`,
  '/quotes/everything-seen/',
  '/quotes/oracle-backup/',
  '/quotes/backdoor/',
  '/quotes/has-access/',
  '/claims/backdoor-access/',
  '/claims/traffic-to-oracle/',
  '/claims/staff-in-china-accessed-data/',
  '/claims/master-admin/',
  '/analysis/reading-the-leaked-audio/',
  '/analysis/a-short-note/',
  '/analysis/tables-and-footnotes/',
];

/** A passage link, with or without the passage's own text fragment after its `#a-<id>`. */
function withFragment(url: string): RegExp {
  return new RegExp(`^${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(:~:text=[^#]+)?$`);
}

/** The archived text of a fixture source: everything after the frontmatter. */
function archivedText(id: string): string {
  const raw = readFileSync(join(CONTENT, 'sources', `${id}.txt`), 'utf8');
  return raw.split(/^---$/m).slice(2).join('---').replace(/^\n/, '').replace(/\n+$/, '');
}

let site: FixtureSite;
test.beforeAll(async () => {
  site = await fixtureSite('reader');
});
test.afterAll(async () => {
  await site?.close();
});

test('a source page shows the archived text exactly, paragraph by paragraph', async ({ page }) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const paragraphs = await page
    .locator('.block__text')
    .evaluateAll((ps) => ps.map((p) => p.textContent));
  expect(paragraphs).toEqual(archivedText(MEDIAITE).split(/\n\n/));
});

test('every annotation is a mark with its stable id and its kind in words, not colour alone', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const ids = [
    'first-sentence',
    'seen',
    'admin-context',
    'admin-claim',
    'has-access',
    'backdoor-paraphrase',
    'tools-not-algorithms',
    'backdoor',
    'inaccurate',
  ];
  for (const id of ids) await expect(page.locator(`mark#a-${id}`)).toHaveCount(1);
  // Every passage is named to screen readers (the alternative text of generated content); only
  // passages nested in or touching another show their number.
  const labels = await page.locator('mark.ann[id]').evaluateAll((marks) =>
    marks.map((m) => ({
      content: getComputedStyle(m, '::before').content,
      nested: m.parentElement?.closest('mark.ann') !== null || m.querySelector('mark.ann') !== null,
    })),
  );
  const names = [
    'Claim 1',
    'Quote 2',
    'Context 3',
    'Claim 4',
    'Quote 5',
    'Quote 6',
    'Correction 7',
    'Quote 8',
    'Claim 9',
  ];
  expect(labels.map((l) => l.content.replace(/^"[^"]*" /, ''))).toEqual(
    names.map((name) => `/ "${name}" ": "`),
  );
  for (const [i, label] of labels.entries()) {
    const shown = label.content.startsWith(`"${names[i]?.split(' ')[1]}"`);
    if (label.nested) expect(shown, names[i]).toBe(true);
    else expect(['""', `"${names[i]?.split(' ')[1]}"`]).toContain(label.content.split(' ')[0]);
  }
  expect(labels.filter((l) => l.content.startsWith('"" ')).length).toBeGreaterThan(0);
  // One signal per kind, each of a different form: a highlight, or a line of its own style.
  const signals = await page.locator('mark.ann[id]').evaluateAll((marks) =>
    Object.fromEntries(
      marks.map((m) => {
        const style = getComputedStyle(m);
        const line = style.textDecorationLine === 'none' ? 'no line' : style.textDecorationStyle;
        const highlight = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? '' : ' highlight';
        return [m.className, `${line}${highlight}`] as const;
      }),
    ),
  );
  expect(signals).toEqual({
    'ann ann--claim': 'solid',
    'ann ann--quote': 'no line highlight',
    'ann ann--context': 'dotted',
    'ann ann--correction': 'wavy',
  });
});

test('nested annotations are nested marks; overlapping and paragraph-crossing ones are split into fragments', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  await expect(page.locator('mark#a-first-sentence mark#a-seen')).toHaveCount(1);
  // has-access lies in admin-claim's second fragment, after admin-context ends.
  await expect(
    page.locator('mark[data-a="admin-claim"][data-continued] mark#a-has-access'),
  ).toHaveCount(1);
  // admin-claim starts inside admin-context and ends after it.
  await expect(page.locator('mark#a-admin-context mark#a-admin-claim')).toHaveCount(1);
  await expect(page.locator('mark[data-a="admin-claim"]')).toHaveCount(2);
  const crossing = page.locator('mark[data-a="tools-not-algorithms"]');
  const byParagraph = await crossing.evaluateAll((marks) => {
    const paragraphs = [...document.querySelectorAll('.block__text')];
    const out: Record<number, string> = {};
    for (const m of marks) {
      const i = paragraphs.indexOf(m.closest('p') as Element);
      out[i] = (out[i] ?? '') + m.textContent;
    }
    return out;
  });
  expect(Object.values(byParagraph)).toEqual([
    'almost every algorithm.',
    '“I feel like with these tools',
  ]);
});

test('following a passage link scrolls to the passage and highlights every fragment and its note', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto(`${site.url}/sources/${MEDIAITE}/#a-tools-not-algorithms`);
  await expectHighlightedTarget(page, 'a-tools-not-algorithms');
  const continued = page.locator('mark[data-a="tools-not-algorithms"][data-continued]');
  expect(await continued.count()).toBeGreaterThanOrEqual(1);
  expect(
    await continued.evaluateAll((els) => els.map((el) => getComputedStyle(el).outlineStyle)),
  ).toEqual(Array(await continued.count()).fill('solid'));
  const note = page.locator('#n-tools-not-algorithms');
  const focus = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--focus').trim(),
  );
  const noteBorder = await note.evaluate((el) => getComputedStyle(el).borderLeftColor);
  const probe = await page.evaluate((color) => {
    const el = document.createElement('span');
    el.style.color = color;
    document.body.append(el);
    const rgb = getComputedStyle(el).color;
    el.remove();
    return rgb;
  }, focus);
  expect(noteBorder).toBe(probe);
  // Another annotation is not highlighted.
  expect(
    await page.locator('mark#a-inaccurate').evaluate((el) => getComputedStyle(el).outlineStyle),
  ).toBe('none');
});

test('each note links the quote with its verdict, the claim with its stance, and the original passage', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const backdoor = page.locator('#n-backdoor');
  await expect(backdoor.locator('a[href="/quotes/backdoor/"]')).toHaveCount(1);
  await expect(backdoor.locator('[data-verdict="exact"]')).toHaveCount(1);
  await expect(backdoor.locator('a[href="/claims/backdoor-access/"]')).toHaveCount(1);
  await expect(backdoor).toContainText('Relays the claim');
  // The articles citing it are named once, in "Cited in", which the note links to.
  await expect(backdoor.locator('a[href="#cited-in"]')).toHaveText('cited in 2 articles');
  const citing = page.locator('.cited-in li', { has: page.locator('a[href="#a-backdoor"]') });
  await expect(citing).toHaveCount(2);
  await expect(citing.filter({ hasText: 'Reading the leaked audio' })).toHaveCount(1);
  const paraphrase = page.locator('#n-backdoor-paraphrase');
  await expect(paraphrase.locator('[data-verdict="paraphrase"]')).toHaveText(
    'Translated or paraphrased',
  );
  await expect(page.locator('#n-inaccurate')).toContainText('Disputes the claim');
  await expect(page.locator('#n-inaccurate [data-status="disputed"]')).toHaveCount(1);
});

test('note Markdown is rendered safely: emphasis and http(s) or site links only', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const note = page.locator('#n-tools-not-algorithms');
  await expect(note.locator('em')).toHaveText('tools');
  await expect(note).toContainText('A link that must not survive: bad.');
  expect(await note.locator('a[href^="javascript:"]').count()).toBe(0);
  await expect(
    page.locator('#n-admin-context a[href="/sources/dotla-undated-tiktok-data-china/"]'),
  ).toHaveCount(1);
});

test('text fragment links to the original page are well formed and find the passage', async ({
  page,
}) => {
  for (const id of [MEDIAITE, REGISTER, IPHONE]) {
    await page.goto(`${site.url}/sources/${id}/`);
    const url = await page.locator('.meta__url').first().getAttribute('href');
    const links = await page
      .locator('.note__original')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    expect(links.length).toBe(await page.locator('mark.ann[id]').count());
    const text = archivedText(id);
    for (const href of links) {
      expect(href.startsWith(`${url}#:~:text=`)).toBe(true);
      expectDirectiveMatches(parseTextFragment(href), text);
    }
  }
  // The Register's third "datacenters" needs context to be found on the original page.
  await page.goto(`${site.url}/sources/${REGISTER}/`);
  const ambiguous = await page.locator('#n-own-datacenters .note__original').getAttribute('href');
  expect(parseTextFragment(ambiguous as string)).toEqual({
    prefix: 'operate its own',
    start: 'datacenters',
    suffix: 'in the US',
  });
});

test('a source whose address is unknown offers no link to the original page', async ({ page }) => {
  await page.goto(`${site.url}/sources/${DOTLA}/`);
  await expect(page.locator('.note__original')).toHaveCount(0);
  await expect(page.locator('.meta')).toContainText('address unknown');
  await expect(page.locator('.meta')).toContainText('unknown (the page shows no date)');
});

test('the record shows the SHA-256 and explains what it proves and how to recompute it', async ({
  page,
}) => {
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  await expect(page.locator('.meta__hash')).toHaveText(
    'e74e01b76a2c1dc4c614292a45795df1feb7080bfb292fd60486313b7576dbb3',
  );
  // The explanation is written once, on the open-data page, and linked from every record.
  await page.locator('.meta a.integrity').click();
  await expect(page).toHaveURL(/\/data\/#fingerprint$/);
  const section = page.locator('section:has(#fingerprint)');
  await expect(section).toContainText('It does not prove what the original page said');
  await expect(section).toContainText('content/sources/<slug>.txt');
  await expect(section).toContainText('npm run check');
});

test('"cited in" lists exactly the articles that quote or cite the source', async ({ page }) => {
  const expected: Record<string, string[]> = {
    [MEDIAITE]: ['Tables and footnotes', 'Reading the leaked audio'],
    [DOTLA]: ['Tables and footnotes', 'Reading the leaked audio', 'A short note'],
    [REGISTER]: ['Reading the leaked audio'],
    [IPHONE]: [],
  };
  for (const [id, titles] of Object.entries(expected)) {
    await page.goto(`${site.url}/sources/${id}/`);
    const section = page.locator('section[aria-labelledby="cited-in"]');
    expect(await section.locator('.cited-in__title').allTextContents()).toEqual(titles);
    if (titles.length === 0) await expect(section).toContainText('No analysis article');
  }
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const passages = await page
    .locator('.cited-in__passage')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  // Tables and footnotes: its elided quotation of the first sentence, then its table's two.
  expect(passages).toEqual([
    '#a-first-sentence',
    '#a-has-access',
    '#a-backdoor',
    '#a-backdoor',
    '#a-inaccurate',
  ]);
});

test('a quote page marks the drift of each appearance with del and ins, with a legend and counts', async ({
  page,
}) => {
  await page.goto(`${site.url}/quotes/oracle-backup/`);
  await expect(page.locator('h1 q')).toHaveAttribute(
    'cite',
    /\/sources\/theregister-2022-06-20-tiktok-oracle-default\/#a-still-use$/,
  );
  await expect(page.locator('a[href="/people/albert-calamug/"]')).toHaveText('Albert Calamug');
  await expect(page.locator('.quote-page__first a')).toHaveAttribute(
    'href',
    `/sources/${REGISTER}/#a-still-use`,
  );
  const items = page.locator('.appearance');
  await expect(items).toHaveCount(2);
  const exact = items.filter({ has: page.locator(`a[href="/sources/${REGISTER}/#a-still-use"]`) });
  await expect(exact).toHaveAttribute('data-verdict', 'exact');
  await expect(exact.locator('del, ins')).toHaveCount(0);
  // US ↔ U.S. and datacenters ↔ data centers are house style: "style only", still shown word by word.
  const styled = items.filter({ has: page.locator(`a[href="/sources/${DOTLA}/#a-still-use"]`) });
  await expect(styled).toHaveAttribute('data-verdict', 'style');
  expect(await styled.locator('del').allTextContents()).toContain('US');
  expect(await styled.locator('ins').allTextContents()).toContain('U.S.');
  expect(
    await styled
      .locator('del')
      .first()
      .evaluate((el) => getComputedStyle(el, '::before').content),
  ).toContain('removed');
  await expect(page.locator('.legend')).toContainText('Struck through');
  await expect(page.locator('.counts [data-verdict="exact"]')).toHaveText('1 exact');
  await expect(page.locator('.counts [data-verdict="style"]')).toHaveText('1 style only');
  await expect(page.locator('.counts [data-verdict="altered"]')).toHaveText('0 altered');
  await expect(page.locator('.counts [data-verdict="paraphrase"]')).toHaveText(
    '0 translated or paraphrased',
  );
});

test('a quote page lists every verdict the archive found for it', async ({ page }) => {
  await page.goto(`${site.url}/quotes/everything-seen/`);
  expect(
    await page
      .locator('.appearance')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-verdict'))),
  ).toEqual(['typographic', 'exact', 'exact']);
  await page.goto(`${site.url}/quotes/backdoor/`);
  expect(
    (
      await page
        .locator('.appearance')
        .evaluateAll((li) => li.map((l) => l.getAttribute('data-verdict')))
    ).sort(),
  ).toEqual(['exact', 'paraphrase']);
});

test('a claim page shows its status with the definition, evidence by stance and the articles referring to it', async ({
  page,
}) => {
  await page.goto(`${site.url}/claims/backdoor-access/`);
  await expect(page.locator('h1')).toHaveText(
    "TikTok's internal tools had a backdoor to US user data.",
  );
  await expect(page.locator('.claim-page__status [data-status="disputed"]')).toContainText(
    'Disputed',
  );
  await expect(page.locator('.claim-page__definition')).toContainText(claimStatuses.disputed);
  const stance = (s: string) => page.locator(`section.stance--${s}`);
  await expect(stance('supports')).toHaveCount(0);
  await expect(page.locator('.claim-page__absent')).toHaveText(
    'No passage in the archive supports it.',
  );
  await expect(
    stance('disputes').locator(`a[href="/sources/${MEDIAITE}/#a-inaccurate"]`),
  ).toHaveCount(1);
  await expect(stance('disputes').locator('blockquote')).toContainText(
    'A spokesperson from the consulting firm, however, called this statement “inaccurate.”',
  );
  await expect(stance('relays').locator(`a[href="/sources/${MEDIAITE}/#a-backdoor"]`)).toHaveCount(
    1,
  );
  await expect(page.locator('.claim-page__first a').first()).toHaveAttribute(
    'href',
    `/sources/${MEDIAITE}/#a-backdoor`,
  );
  expect(
    await page.locator('section[aria-labelledby="referenced-in"] a').allTextContents(),
  ).toEqual(['Reading the leaked audio']);
  await page.goto(`${site.url}/claims/master-admin/`);
  await expect(page.locator('section[aria-labelledby="referenced-in"]')).toContainText(
    'No analysis article refers to this claim yet.',
  );
});

test('an article renders verified quotes as blockquotes and q elements citing the exact passage', async ({
  page,
}) => {
  await page.goto(`${site.url}/analysis/reading-the-leaked-audio/`);
  const block = page.locator('figure.quote-block').first();
  await expect(block.locator('blockquote')).toHaveAttribute(
    'cite',
    withFragment(`https://sourcebook.example/sources/${MEDIAITE}/#a-backdoor`),
  );
  await expect(block.locator('figcaption a')).toHaveAttribute(
    'href',
    withFragment(`/sources/${MEDIAITE}/#a-backdoor`),
  );
  await expect(block.locator('figcaption')).toContainText('A consultant in a TikTok meeting');
  const inline = page.locator('q[cite]');
  await expect(inline).toHaveText('Everything is seen in China');
  await expect(inline).toHaveAttribute(
    'cite',
    withFragment(`https://sourcebook.example/sources/${DOTLA}/#a-seen`),
  );
  // A quote without an annotation lands on its words with a text fragment.
  const unannotated = page.locator('figure.quote-block').nth(1).locator('blockquote');
  const cite = (await unannotated.getAttribute('cite')) as string;
  expectDirectiveMatches(parseTextFragment(cite), archivedText(REGISTER));
  await expect(page.locator(`.cite a[href="/sources/${MEDIAITE}/#a-inaccurate"]`)).toHaveText(
    'Mediaite, 18 June 2022',
  );
  const claimRef = page.locator('.claimref').first();
  await expect(claimRef.locator('a')).toHaveAttribute('href', '/claims/backdoor-access/');
  await expect(claimRef).toContainText('Disputed');
});

test('an article has a dek, byline, dates, reading time, a table of contents and related evidence', async ({
  page,
}) => {
  await page.goto(`${site.url}/analysis/reading-the-leaked-audio/`);
  await expect(page.locator('.article-header__dek')).toHaveText(
    'A fixture analysis that quotes, cites and refers to claims, long enough for a table of contents.',
  );
  const byline = page.locator('.article-header__byline');
  await expect(byline).toContainText('By Fixture Desk and Second Writer');
  await expect(byline.locator('time[datetime="2026-12-01"]')).toHaveCount(1);
  await expect(byline.locator('time[datetime="2026-12-02"]')).toHaveCount(1);
  await expect(byline).toContainText('1 min read');
  expect(await page.locator('nav.toc > ol > li > a').allTextContents()).toEqual([
    'What was said',
    'What is disputed',
    'What is established',
  ]);
  for (const href of await page
    .locator('nav.toc a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`[id="${(href as string).slice(1)}"]`)).toHaveCount(1);
  }
  const sources = page.locator('section[aria-labelledby="related-sources"] .related__title');
  await expect(sources).toHaveCount(3);
  const claims = page.locator('section[aria-labelledby="related-claims"] .related__title');
  expect((await claims.allTextContents()).length).toBeGreaterThanOrEqual(2);
  await page.goto(`${site.url}/analysis/a-short-note/`);
  await expect(page.locator('nav.toc')).toHaveCount(0);
});

test('an article in GitHub-flavoured Markdown renders its table, footnote, strikethrough, autolink and task list, quoting from a cell and a note', async ({
  page,
}) => {
  await page.goto(`${site.url}/analysis/tables-and-footnotes/`);
  const prose = page.locator('.prose');
  const rows = prose.locator('table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('td').nth(1).locator('q')).toHaveText(
    'has access to everything',
  );
  await expect(rows.first().locator('td a')).toHaveAttribute(
    'href',
    withFragment(`/sources/${MEDIAITE}/#a-has-access`),
  );
  // The footnote reference leads to the note, which quotes the archive and leads back.
  const noteRef = prose.locator('sup a[data-footnote-ref]');
  await expect(noteRef).toHaveText('1');
  const note = prose.locator(`section.footnotes li${await noteRef.getAttribute('href')}`);
  await expect(note.locator('q')).toHaveText('Everything is seen in China');
  await expect(note.locator('a[href*="#a-seen"]')).toHaveAttribute(
    'href',
    withFragment(`/sources/${DOTLA}/#a-seen`),
  );
  await expect(prose.locator('section.footnotes h2')).toHaveText('Notes');
  await expect(note.locator('a[data-footnote-backref]')).toHaveAttribute(
    'href',
    '#user-content-fnref-seen',
  );
  await expect(prose.locator('del')).toHaveText('Nobody');
  const url =
    'https://www.mediaite.com/tech/leaked-audio-from-tiktok-meetings-reveal-china-freely-grabbing-user-data-everything-is-seen-in-china/';
  await expect(prose.locator(`a[href="${url}"]`)).toHaveText(url);
  const boxes = prose.locator('li.task-list-item input[type="checkbox"][disabled]');
  await expect(boxes).toHaveCount(2);
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  // No quotation mark is rewritten: straight ones stay straight, curly ones curly.
  await expect(prose.locator('p').first()).toContainText(
    `its editors' "straight quotes" stay as typed`,
  );
  await expect(rows.nth(1).locator('q')).toHaveText('there’s some backdoor to access user data');
  // A quotation shortened with an elision and changed in brackets reads exactly as written.
  const edited = prose.locator('p', { hasText: 'Shortened and changed in brackets' }).locator('q');
  await expect(edited).toHaveText(
    '[e]verything is seen in China […] according to Buzzfeed, which found 14 separate statements',
  );
  await expect(edited).toHaveAttribute(
    'cite',
    withFragment(`https://sourcebook.example/sources/${MEDIAITE}/#a-first-sentence`),
  );
  expect(await axeViolations(page, 'the annotated source')).toEqual([]);
});

test('every detail page has breadcrumbs, a unique title and description, working links and no script but JSON-LD', async ({
  page,
  request,
}) => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const path of DETAIL_PAGES) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]')).toHaveCount(1);
    titles.add(await page.title());
    descriptions.add(
      (await page.locator('meta[name="description"]').getAttribute('content')) as string,
    );
    await expectNoScriptButJsonLd(page);
    await expectSiteLinksResolve(request, site.url, await mainLinks(page));
  }
  expect(titles.size).toBe(DETAIL_PAGES.length);
  expect(descriptions.size).toBe(DETAIL_PAGES.length);
});

test('detail pages fit a 320 px screen and keep touch targets of note links at least 44 px tall', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of DETAIL_PAGES) {
    await page.goto(`${site.url}${path}`);
    await expectNoHorizontalScroll(page);
  }
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  for (const summary of await page.locator('.block__summary').all()) await summary.click();
  const heights = await page
    .locator('.note__links a, .note__head a, .breadcrumbs a')
    // Shown links only: a folded "Cite" block's links are not rendered until it is opened.
    .evaluateAll((as) =>
      as.filter((a) => a.getClientRects().length > 0).map((a) => a.getBoundingClientRect().height),
    );
  expect(heights.length).toBeGreaterThan(3);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
});

test('notes fold under a summary after their paragraph on a phone and sit open beside the text on a wide screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  const summary = page.locator('.block__summary').first();
  await expect(summary).toHaveText('2 notes: Claim 1, Quote 2');
  await expect(page.locator('#n-seen')).toBeHidden();
  await summary.click();
  await expect(page.locator('#n-seen')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${site.url}/sources/${MEDIAITE}/`);
  await expect(page.locator('.block__summary').first()).toBeHidden();
  await expect(page.locator('#n-seen')).toBeVisible();
  const text = await page.locator('.block__text').first().boundingBox();
  const note = await page.locator('#n-first-sentence').boundingBox();
  expect(note?.x ?? 0).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
});
