/**
 * The source page on the real archive reads as text: the notes sit beside
 * the archived paragraphs without moving them, the page stays within twice
 * the height of its text alone, a followed passage shows its note on a
 * phone without a tap, and every source says where else a reader can check
 * it (archive look-ups, or what to do when the address is unknown).
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { checkArchive } from '../../../src/lib/archive/check.ts';
import { waybackLookupUrl } from '../../../src/lib/render/provenance.ts';
import { PROJECT_ROOT } from '../../support/fixture-site.ts';

const { archive } = checkArchive(join(PROJECT_ROOT, 'content'));
const DOTLA = '/sources/dotla-undated-tiktok-data-china/';

test('the dot.LA source page is at most twice the height of its text alone at 1280 px, with no gap in the text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(DOTLA);
  const measured = await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.block__text')];
    const lineHeight = parseFloat(getComputedStyle(paragraphs[0] as HTMLElement).lineHeight);
    const gaps = paragraphs
      .slice(1)
      .map(
        (p, i) =>
          p.getBoundingClientRect().top -
          (paragraphs[i] as HTMLElement).getBoundingClientRect().bottom,
      );
    // The archived text alone: the same paragraphs as plain text, at the same width, font and spacing.
    const first = paragraphs[0] as HTMLElement;
    const style = getComputedStyle(first);
    const alone = document.createElement('div');
    alone.style.cssText = `position:absolute;left:0;top:0;width:${first.getBoundingClientRect().width}px;font:${style.font};line-height:${style.lineHeight}`;
    for (const p of paragraphs) {
      const copy = document.createElement('p');
      copy.textContent = p.textContent;
      copy.style.cssText = `margin:0 0 ${getComputedStyle(p.parentElement as HTMLElement).marginBottom};white-space:pre-line`;
      alone.append(copy);
    }
    document.body.append(alone);
    const textAlone = alone.getBoundingClientRect().height;
    alone.remove();
    return {
      pageHeight: document.documentElement.scrollHeight,
      textAlone,
      lineHeight,
      gaps,
      paragraphs: paragraphs.length,
    };
  });
  expect(measured.paragraphs).toBeGreaterThan(5);
  expect(measured.textAlone).toBeGreaterThan(900);
  expect(
    measured.pageHeight,
    `page ${measured.pageHeight} px, text alone ${measured.textAlone} px`,
  ).toBeLessThanOrEqual(2 * measured.textAlone);
  for (const gap of measured.gaps) expect(gap).toBeLessThanOrEqual(2 * measured.lineHeight);
  // The notes are beside the text, not under it.
  const text = await page.locator('.block__text').first().boundingBox();
  const note = await page.locator('.note').first().boundingBox();
  expect(note?.x ?? 0).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
});

test('on every source page at 1280 px the notes never push the archived paragraphs apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const source of archive.sources.filter((s) => s.annotations.length > 0)) {
    await page.goto(`/sources/${source.id}/`);
    const worst = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('.block__text')];
      const line = parseFloat(getComputedStyle(ps[0] as Element).lineHeight);
      const gaps = ps
        .slice(1)
        .map((p, i) => p.getBoundingClientRect().top - ps[i]!.getBoundingClientRect().bottom);
      return Math.max(0, ...gaps) / line;
    });
    expect(worst, source.id).toBeLessThanOrEqual(2);
  }
});

test('on a phone a followed passage shows its own note without a tap, and only that one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const source = archive.sources.find((s) => s.id === 'dotla-undated-tiktok-data-china')!;
  // Two passages that start in the same paragraph: the fold holds both notes.
  const [target, sibling] = ['us-staff-rely', 'reported-on-friday'];
  expect(source.annotations.map((a) => a.id)).toEqual(expect.arrayContaining([target, sibling]));
  await page.goto(DOTLA);
  await expect(page.locator(`#n-${target}`)).toBeHidden();
  await page.goto(`${DOTLA}#a-${target}`);
  await expect(page.locator(`#n-${target}`)).toBeVisible();
  await expect(page.locator(`#n-${sibling}`)).toBeHidden();
  await expect(page.locator(`[id="a-${target}"]`)).toBeInViewport();
  // The note sits after its paragraph, not before it.
  const mark = await page.locator(`[id="a-${target}"]`).boundingBox();
  const note = await page.locator(`#n-${target}`).boundingBox();
  expect(note?.y ?? 0).toBeGreaterThan(mark?.y ?? 0);
});

test('marks carry one signal per kind, and a number only where passages nest or touch', async ({
  page,
}) => {
  await page.goto(DOTLA);
  const marks = await page.locator('mark.ann[id]').evaluateAll((els) =>
    els.map((m) => {
      const style = getComputedStyle(m);
      const before = getComputedStyle(m, '::before').content;
      return {
        kind: m.className.replace('ann ann--', ''),
        signal: `${style.textDecorationLine} ${style.textDecorationStyle} ${style.backgroundColor !== 'rgba(0, 0, 0, 0)'}`,
        shown: m.hasAttribute('data-n'),
        spoken: before,
        nestedOrTouching:
          m.parentElement?.closest('mark.ann') !== null || m.querySelector('mark.ann') !== null,
      };
    }),
  );
  const signals = new Map<string, Set<string>>();
  for (const m of marks) signals.set(m.kind, (signals.get(m.kind) ?? new Set()).add(m.signal));
  for (const [kind, set] of signals) expect([...set], kind).toHaveLength(1);
  expect(new Set([...signals.values()].map((s) => [...s][0])).size).toBe(signals.size);
  // Passages standing alone show no number (on this page, half of them); every one is named to
  // screen readers.
  expect(marks.filter((m) => !m.shown).length).toBeGreaterThanOrEqual(marks.length / 2);
  for (const m of marks) expect(m.spoken).toMatch(/\/ "(Quote|Claim|Context|Correction) \d+"/);
  for (const m of marks.filter((x) => x.nestedOrTouching)) expect(m.shown).toBe(true);
});

test('every source with an address links to archive look-ups, labelled as look-ups; an unknown address says what to do instead', async ({
  page,
}) => {
  for (const source of archive.sources) {
    await page.goto(`/sources/${source.id}/`);
    const record = page.locator('dl.meta');
    if (source.url === 'unknown') {
      await expect(record.locator('.meta__lookup')).toHaveCount(0);
      await expect(record).toContainText('address unknown');
      await expect(record).toContainText('search the web for its');
      await expect(record).toContainText('own site');
    } else {
      const lookups = record.locator('.meta__lookup');
      await expect(lookups).toHaveCount(2);
      await expect(lookups.first()).toHaveAttribute('href', waybackLookupUrl(source.url));
      await expect(record).toContainText('Look-ups');
      await expect(record).toContainText('not captures we have checked');
      // A look-up is not presented as the original: no Robust Links attributes on it.
      expect(await lookups.first().getAttribute('data-originalurl')).toBeNull();
    }
    if (source.published === 'unknown') await expect(record).toContainText('when we captured it');
    if (source.archive) await expect(record.locator(`a[href="${source.archive}"]`)).toHaveCount(1);
  }
});
