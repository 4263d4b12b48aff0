/**
 * Every quote and every claim in content/ is searched for by its own wording,
 * as typed and in double quotes (an exact phrase), on the real search page:
 * its own page must be the first result the page shows. The ranks are
 * printed, so a change to the index or the page's ordering can be compared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { openSearch, resultHrefs, settled } from '../../support/search-support.ts';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'content');

/** Each quote's text and each claim's statement, with the address of its page. */
function ownWordings(): { href: string; words: string }[] {
  const read = (dir: string, field: 'text' | 'statement', path: string) =>
    readdirSync(join(CONTENT, dir))
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => {
        const data = parse(readFileSync(join(CONTENT, dir, name), 'utf8')) as Record<
          string,
          string
        >;
        return { href: `/${path}/${name.replace(/\.yaml$/, '')}/`, words: data[field] ?? '' };
      });
  return [...read('quotes', 'text', 'quotes'), ...read('claims', 'statement', 'claims')];
}

/** Types a query into the search box and waits for the page to settle on its results. */
async function search(page: Page, q: string): Promise<string[]> {
  await page.locator('#search-q').fill(q);
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^(\\d+|No) results? for “${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`),
  );
  await settled(page);
  return resultHrefs(page);
}

test('each quote and claim is the first result for its own wording, quoted or not', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const wordings = ownWordings();
  expect(wordings.length).toBeGreaterThanOrEqual(67);
  await openSearch(page, '', '');
  const misses: string[] = [];
  const lines: string[] = [];
  for (const { href, words } of wordings) {
    for (const q of [words, `"${words}"`]) {
      const hrefs = await search(page, q);
      const rank = hrefs.indexOf(href) + 1;
      lines.push(`${rank || '-'}\t${href}\t${q.startsWith('"') ? 'quoted' : 'plain'}`);
      if (rank !== 1) misses.push(`${href} (${rank || 'not shown'}) for ${q}`);
    }
  }
  console.log(lines.join('\n'));
  expect(misses).toEqual([]);
});
