/**
 * The checker reads articles with the renderer's remark plugins
 * (src/lib/archive/article-syntax.ts): GitHub-flavoured Markdown's tables and
 * footnotes are parsed as such, and a <Quote> inside either is found and
 * verified like any other.
 */
import { afterAll, expect, test } from 'vitest';
import { articleRemarkPlugins } from '../../../src/lib/archive/article-syntax.ts';
import { checkArchive, formatDiagnostic } from '../../../src/lib/archive/check.ts';
import { BASICS, removeContent, sourceFile, writeContent } from './temp-content.ts';

afterAll(removeContent);

const TEXT =
  'Residents said the river rose faster than in 2019. “We were not warned,” one resident said.';

/** An article with a GFM table, a footnote, strikethrough, an autolink and a task list. */
function article(footnoteQuote: string): string {
  return [
    '---',
    'stories: [test-story]',
    'title: Tables and footnotes',
    'description: A test.',
    'published: 2026-12-01',
    'authors: [Test Desk]',
    '---',
    '',
    '| Who | Said |',
    '| --- | --- |',
    '| A resident | <Quote source="river" inline>the river rose faster than in 2019</Quote> |',
    '',
    'The warning came late.[^late] ~~Nobody~~ Few knew; see https://news.example.org/page.',
    '',
    '- [x] checked',
    '- [ ] not yet',
    '',
    `[^late]: One resident: <Quote source="river" inline>${footnoteQuote}</Quote>.`,
    '',
  ].join('\n');
}

function check(body: string) {
  return checkArchive(
    writeContent({ ...BASICS, 'sources/river.txt': sourceFile(TEXT), 'articles/gfm.mdx': body }),
  );
}

test('the article syntax is GitHub-flavoured Markdown and nothing that rewrites words', () => {
  expect(articleRemarkPlugins.map((plugin) => plugin.name)).toEqual(['remarkGfm']);
});

test('a <Quote> in a table cell and one in a footnote are both found and verified', () => {
  const { archive, diagnostics } = check(article('“We were not warned,”'));
  expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  expect(archive.article.get('gfm')?.references.map((r) => [r.component, r.location.line])).toEqual(
    [
      ['Quote', 11],
      ['Quote', 18],
    ],
  );
});

test('a misquote in a footnote fails the check at its line', () => {
  const { diagnostics } = check(article('We were warned'));
  const found = diagnostics.filter((d) => d.severity === 'error');
  expect(found.map((d) => [d.code, d.line])).toEqual([['misquote', 18]]);
  expect(formatDiagnostic(found[0]!)).toMatch(
    /^.*articles\/gfm\.mdx:18:\d+ error: <Quote> does not match/,
  );
});
