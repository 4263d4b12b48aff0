import { describe, expect, it, test } from 'vitest';
import { articlesByClaim } from '../../../src/lib/render/backlinks.ts';
import { displayDate } from '../../../src/lib/render/dates.ts';
import {
  countVerdicts,
  displayDiff,
  driftDisplay,
  hasChanges,
} from '../../../src/lib/render/drift-display.ts';
import { htmlToText, locateWords, passageInContext } from '../../../src/lib/render/locate.ts';
import { readingMinutes, readingTimeLabel } from '../../../src/lib/render/reading-time.ts';
import { shorten, sourceTitles } from '../../../src/lib/render/titles.ts';
import { tableOfContents } from '../../../src/lib/render/toc.ts';

describe('readingMinutes', () => {
  it('rounds to the nearest minute at 230 words a minute', () => {
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
    expect(readingMinutes(1300)).toBe(6);
  });

  it('never says less than one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(10)).toBe(1);
    expect(readingTimeLabel(-5)).toBe('1 min read');
  });
});

describe('tableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase() });

  it('lists h2s with their h3s when there are at least three sections', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B'), h(4, 'deep'), h(2, 'C')])).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [] },
    ]);
  });

  it('is empty for a short article', () => {
    expect(tableOfContents([h(2, 'A'), h(3, 'A1'), h(2, 'B')])).toEqual([]);
  });

  it('leaves out h3s that come before any h2', () => {
    const toc = tableOfContents([h(3, 'orphan'), h(2, 'A'), h(2, 'B'), h(2, 'C')]);
    expect(toc.flatMap((e) => e.children)).toEqual([]);
  });
});

describe('displayDiff', () => {
  it('makes whitespace-only changes visible and describes them', () => {
    expect(
      displayDiff([
        { type: 'same', text: 'a' },
        { type: 'del', text: ' ' },
        { type: 'ins', text: '\n' },
        { type: 'same', text: 'b' },
      ]),
    ).toEqual([
      { type: 'same', shown: 'a' },
      { type: 'del', shown: '␣', description: 'a space' },
      { type: 'ins', shown: '↵', description: 'a line break' },
      { type: 'same', shown: 'b' },
    ]);
  });

  it('keeps changed words as they are', () => {
    expect(displayDiff([{ type: 'ins', text: 'U.S. ' }])).toEqual([
      { type: 'ins', shown: 'U.S. ' },
    ]);
  });

  it('tells a diff with changes from one without', () => {
    expect(hasChanges([{ type: 'same', text: 'x' }])).toBe(false);
    expect(hasChanges([{ type: 'del', text: 'x' }])).toBe(true);
  });
});

describe('countVerdicts', () => {
  it('counts every verdict, zero when absent', () => {
    expect(countVerdicts(['exact', 'altered', 'exact', undefined])).toEqual({
      exact: 2,
      typographic: 0,
      style: 0,
      altered: 1,
      paraphrase: 0,
    });
  });
});

describe('displayDate', () => {
  it('formats a day and a month without any time zone shift', () => {
    expect(displayDate('2022-06-01')).toEqual({
      known: true,
      datetime: '2022-06-01',
      text: '1 June 2022',
    });
    expect(displayDate('2022-12')).toEqual({
      known: true,
      datetime: '2022-12',
      text: 'December 2022',
    });
  });

  it('reports unknown and malformed dates as unknown', () => {
    expect(displayDate('unknown')).toEqual({ known: false, text: 'unknown' });
    expect(displayDate('2022-13')).toEqual({ known: false, text: 'unknown' });
    expect(displayDate(undefined)).toEqual({ known: false, text: 'unknown' });
  });
});

describe('sourceTitles', () => {
  const outletName = (id: string) => ({ a: 'Outlet A', b: 'Outlet B' })[id] ?? id;

  it('keeps unique headlines and names untitled pages after their outlet', () => {
    const titles = sourceTitles(
      [
        { id: 'x', title: 'Headline', outlet: 'a', published: '2022-06-18' },
        { id: 'y', title: 'unknown', outlet: 'b', published: 'unknown' },
      ],
      outletName,
    );
    expect([...titles.values()]).toEqual(['Headline', 'Untitled page from Outlet B']);
  });

  it('makes shared headlines unique with the outlet, then the date, then the id', () => {
    const titles = sourceTitles(
      [
        { id: 'x', title: 'Same', outlet: 'a', published: '2022-06-18' },
        { id: 'y', title: 'Same', outlet: 'b', published: '2022-06-19' },
        { id: 'z', title: 'Same', outlet: 'b', published: '2022-06-20' },
        { id: 'u1', title: 'unknown', outlet: 'a', published: 'unknown' },
        { id: 'u2', title: 'unknown', outlet: 'a', published: 'unknown' },
      ],
      outletName,
    );
    expect(new Set(titles.values()).size).toBe(5);
    expect(titles.get('x')).toBe('Same (Outlet A)');
    expect(titles.get('y')).toBe('Same (Outlet B, 2022-06-19)');
    expect(titles.get('u1')).toBe('Untitled page from Outlet A [u1]');
  });
});

describe('articlesByClaim', () => {
  it('lists the articles referring to each claim, newest first, once each', () => {
    const older = { id: 'older', published: '2022-01-01', references: [{ claim: 'c' }] };
    const newer = {
      id: 'newer',
      published: '2023-01-01',
      references: [{ claim: 'c' }, { claim: 'c' }, {}],
    };
    const map = articlesByClaim([older, newer]);
    expect(map.get('c')?.map((a) => a.id)).toEqual(['newer', 'older']);
    expect(map.has('d')).toBe(false);
  });
});

describe('locateWords', () => {
  it('finds quoted words despite typographic quotes and spacing', () => {
    const text = 'He said “it’s   fine” today.';
    const range = locateWords(text, "it's fine");
    expect(range && text.slice(range.start, range.end)).toBe('it’s   fine');
  });

  it('answers undefined for words not in the text', () => {
    expect(locateWords('abc', 'xyz')).toBeUndefined();
  });
});

describe('htmlToText', () => {
  it('strips tags and decodes character references', () => {
    expect(htmlToText('<em>it&#39;s</em> &amp; &#x201C;x&#x201D; &lt;b&gt;')).toBe(
      "it's & “x” <b>",
    );
  });
});

describe('shorten', () => {
  it('keeps short text as it is', () => {
    expect(shorten('Short title', 20)).toBe('Short title');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('Leaked Audio from TikTok Meetings Reveal China Freely Grabbing', 30)).toBe(
      'Leaked Audio from TikTok…',
    );
  });

  it('cuts a single long word where it must', () => {
    expect(shorten('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('passageInContext', () => {
  it('shows a short passage with the words around it in its paragraph', () => {
    const text =
      'Other paragraph.\n\nA spokesperson called this statement “inaccurate.” Then more text follows here.';
    const start = text.indexOf('inaccurate');
    const result = passageInContext(
      text,
      { start, end: start + 'inaccurate'.length },
      [
        { start: 0, end: 16 },
        { start: 18, end: text.length },
      ],
      3,
    );
    expect(result).toEqual({
      before: '…this statement “',
      passage: 'inaccurate',
      after: '.” Then more…',
    });
  });

  it('adds no ellipsis when the whole paragraph fits', () => {
    const text = 'one two three';
    expect(passageInContext(text, { start: 4, end: 7 }, [{ start: 0, end: 13 }])).toEqual({
      before: 'one ',
      passage: 'two',
      after: ' three',
    });
  });
});

describe('driftDisplay', () => {
  const changed = [
    { type: 'del' as const, text: 'a' },
    { type: 'ins' as const, text: 'b' },
  ];
  test('shows a paraphrase as two wordings side by side, other changes as a word diff', () => {
    expect(driftDisplay('paraphrase', changed)).toBe('side-by-side');
    expect(driftDisplay('altered', changed)).toBe('diff');
    expect(driftDisplay('style', changed)).toBe('diff');
    expect(driftDisplay('typographic', changed)).toBe('diff');
  });

  test('shows nothing for an exact appearance or one without changes', () => {
    expect(driftDisplay('exact', changed)).toBe('none');
    expect(driftDisplay('typographic', [{ type: 'same', text: 'a' }])).toBe('none');
  });
});
