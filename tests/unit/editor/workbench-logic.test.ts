/**
 * The workbench's pure parts: a selection on the page to the stored text, the
 * prefix or suffix that makes a repeated passage unique, id proposals, the
 * YAML edit that changes nothing but the entry, and path safety.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  insertAnnotation,
  removeAnnotation,
  replaceAnnotation,
} from '../../../src/lib/editor/annotation-edit.ts';
import { contentFile } from '../../../src/lib/editor/content-path.ts';
import { idProblem, proposeId } from '../../../src/lib/editor/ids.ts';
import { exactForYaml, selectorFor, storedRange } from '../../../src/lib/editor/selection.ts';
import { fromOwnOrigin } from '../../../src/lib/editor/same-origin.ts';
import { anchor } from '../../../src/lib/text/anchor.ts';
import { paragraphsOf } from '../../../src/lib/text/lines.ts';

const TEXT =
  '“Everything is seen in China,” a member of TikTok’s Trust\u00A0and Safety Department said.\n\n' +
  'The outlet also reported that one engineer was\nreferred to as “Master Admin” in a meeting.\n\n' +
  'A director said the engineer “has access to everything.” Another said the engineer has access to everything too.';
const PARAGRAPHS = paragraphsOf(TEXT);

/** The offset in paragraph `p` of `needle`, as a page's DOM Range would give it. */
const offsetIn = (p: number, needle: string): number => {
  const range = PARAGRAPHS[p] as { start: number; end: number };
  const at = TEXT.slice(range.start, range.end).indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return at;
};

describe('storedRange', () => {
  it('maps a selection through its paragraphs to the archived characters, curly quotes kept', () => {
    const start = offsetIn(0, '“Everything');
    const end = offsetIn(0, ' a member');
    const range = storedRange(TEXT, PARAGRAPHS, {
      start: { paragraph: 0, offset: start },
      end: { paragraph: 0, offset: end },
      // What the browser copies: straight quotes would be fine too.
      selected: '"Everything is seen in China,"',
    });
    expect(range).toEqual({ ok: true, start: 0, end: '“Everything is seen in China,”'.length });
  });

  it('accepts the rendered text of a non-breaking space and a soft line break', () => {
    const s = offsetIn(0, 'Trust');
    const e = offsetIn(0, ' Department') + ' Department'.length;
    const nbsp = storedRange(TEXT, PARAGRAPHS, {
      start: { paragraph: 0, offset: s },
      end: { paragraph: 0, offset: e },
      selected: 'Trust and Safety Department',
    });
    expect(nbsp.ok && TEXT.slice(nbsp.start, nbsp.end)).toBe('Trust\u00A0and Safety Department');
    const s2 = offsetIn(1, 'engineer was');
    const e2 = offsetIn(1, ' as “Master');
    const soft = storedRange(TEXT, PARAGRAPHS, {
      start: { paragraph: 1, offset: s2 },
      end: { paragraph: 1, offset: e2 },
      selected: 'engineer was referred to',
    });
    expect(soft.ok && TEXT.slice(soft.start, soft.end)).toBe('engineer was\nreferred to');
    expect(exactForYaml('engineer was\nreferred to')).toBe('engineer was referred to');
  });

  it('drops spaces at the ends, and reads a backwards selection forwards', () => {
    const range = storedRange(TEXT, PARAGRAPHS, {
      end: { paragraph: 0, offset: offsetIn(0, 'a member') - 1 },
      start: { paragraph: 0, offset: offsetIn(0, ' said.') + ' said'.length },
    });
    expect(range.ok && TEXT.slice(range.start, range.end)).toBe(
      'a member of TikTok’s Trust\u00A0and Safety Department said',
    );
  });

  it('refuses a selection the file no longer holds, one outside the text, and one of spaces only', () => {
    const stale = storedRange(TEXT, PARAGRAPHS, {
      start: { paragraph: 0, offset: 0 },
      end: { paragraph: 0, offset: 12 },
      selected: 'Nothing like it',
    });
    expect(stale).toEqual({ ok: false, reason: expect.stringMatching(/file changed/) });
    expect(
      storedRange(TEXT, PARAGRAPHS, {
        start: { paragraph: 7, offset: 0 },
        end: { paragraph: 7, offset: 3 },
      }).ok,
    ).toBe(false);
    expect(
      storedRange(TEXT, PARAGRAPHS, {
        start: { paragraph: 0, offset: 0 },
        end: { paragraph: 0, offset: 9999 },
      }).ok,
    ).toBe(false);
    const space = offsetIn(0, ' a member');
    expect(
      storedRange(TEXT, PARAGRAPHS, {
        start: { paragraph: 0, offset: space },
        end: { paragraph: 0, offset: space + 1 },
      }),
    ).toEqual({ ok: false, reason: 'the selection holds no text' });
  });
});

describe('selectorFor', () => {
  it('says a passage that occurs once is unique, with no prefix or suffix', () => {
    const start = TEXT.indexOf('Master Admin');
    expect(selectorFor(TEXT, start, start + 'Master Admin'.length)).toEqual({
      exact: 'Master Admin',
      unique: true,
      occurrences: 1,
    });
  });

  it('gives a repeated passage the shortest prefix or suffix that lands on the one selected', () => {
    const words = 'has access to everything';
    const first = TEXT.indexOf(words);
    const second = TEXT.indexOf(words, first + 1);
    const one = selectorFor(TEXT, first, first + words.length);
    expect(one).toEqual({ exact: words, unique: false, occurrences: 2, prefix: '“' });
    const two = selectorFor(TEXT, second, second + words.length);
    expect(two).toEqual({ exact: words, unique: false, occurrences: 2, suffix: 'too.' });
    // What the checker will do with them: anchor each on its own occurrence.
    for (const [selector, at] of [
      [one, first],
      [two, second],
    ] as const) {
      const result = anchor(TEXT, selector as NonNullable<typeof one>);
      expect(result).toEqual({ status: 'found', start: at, end: at + words.length });
    }
  });
});

describe('ids', () => {
  it('proposes an id from the telling words and refuses one already taken', () => {
    expect(proposeId('“Everything is seen in China,” a member said', new Set())).toBe(
      'everything-seen-china-member',
    );
    expect(proposeId('Master Admin', new Set(['master-admin']))).toBe('master-admin-2');
    expect(proposeId('It is', new Set())).toBe('it-is');
    expect(proposeId('TikTok’s infiltration of U.S. user data', new Set())).toBe(
      'tiktoks-infiltration-us-user',
    );
    expect(proposeId('the U.S.', new Set())).toBe('us');
    expect(proposeId('“…”', new Set())).toBe('passage');
    expect(idProblem('master-admin', new Set(['master-admin']), 'annotation')).toMatch(
      /already exists/,
    );
    expect(idProblem('Master Admin', new Set(), 'annotation')).toMatch(/is not an id/);
    expect(idProblem('master-admin-2', new Set(['master-admin']), 'annotation')).toBeUndefined();
  });
});

const SOURCE = `---
title: "A title: with a colon"
outlet: some-outlet # where it ran
sha256: 0000
annotations:
  # the headline's remark
  - id: everything-seen
    exact: Everything is seen in China
    kind: quote
    speaker: trust-and-safety-member
    quote: everything-seen-in-china
    note: >-
      The remark the headline
      quotes, folded.
  - id: master-admin
    exact: 'has access to everything'
    kind: quote
    speaker: tiktok-director
tags: [a, b]
---
“Everything is seen in China,” a member said.
`;

describe('the YAML edit', () => {
  const entry = {
    id: 'new-one',
    exact: '“Master Admin”',
    kind: 'quote',
    speaker: 'tiktok-director',
    quote: 'master-admin-remark',
    note: 'Said in a meeting: the director’s words.',
  };

  it('appends the entry and changes no other byte of the file', () => {
    const out = insertAnnotation(SOURCE, entry);
    const added = `  - id: new-one
    exact: “Master Admin”
    kind: quote
    speaker: tiktok-director
    quote: master-admin-remark
    note: "Said in a meeting: the director’s words."
`;
    const at = SOURCE.indexOf('tags:');
    expect(out).toBe(SOURCE.slice(0, at) + added + SOURCE.slice(at));
    const data = parse(out.split('---\n')[1] as string) as { annotations: { id: string }[] };
    expect(data.annotations.map((a) => a.id)).toEqual([
      'everything-seen',
      'master-admin',
      'new-one',
    ]);
    expect(data.annotations[2]).toEqual(entry);
  });

  it('refuses an id the source already has', () => {
    expect(() => insertAnnotation(SOURCE, { ...entry, id: 'master-admin' })).toThrow(
      /already exists/,
    );
  });

  it('replaces one entry in place, keeping the comment above it and everything else', () => {
    const out = replaceAnnotation(SOURCE, 'everything-seen', {
      id: 'everything-seen',
      exact: 'Everything is seen in China',
      kind: 'context',
    });
    const before = SOURCE.indexOf('  - id: everything-seen');
    const after = SOURCE.indexOf('  - id: master-admin');
    expect(out).toBe(
      SOURCE.slice(0, before) +
        '  - id: everything-seen\n    exact: Everything is seen in China\n    kind: context\n' +
        SOURCE.slice(after),
    );
  });

  it('removes an entry, and the last one leaves an empty list', () => {
    const out = removeAnnotation(SOURCE, 'master-admin');
    const start = SOURCE.indexOf('  - id: master-admin');
    expect(out).toBe(SOURCE.slice(0, start) + SOURCE.slice(SOURCE.indexOf('tags:')));
    const empty = removeAnnotation(out, 'everything-seen');
    expect(empty).toContain(
      "annotations: []\n  # the headline's remark\ntags: [a, b]\n---\n“Everything",
    );
    expect(
      (parse(empty.split('---\n')[1] as string) as { annotations: unknown[] }).annotations,
    ).toEqual([]);
    // And an entry can be added to the empty list again.
    const again = insertAnnotation(empty, entry);
    expect(
      (parse(again.split('---\n')[1] as string) as { annotations: unknown[] }).annotations,
    ).toEqual([entry]);
    expect(again.endsWith('---\n“Everything is seen in China,” a member said.\n')).toBe(true);
  });

  it('adds the list to a source that has none, and never touches the archived text', () => {
    const bare = '---\ntitle: T\n---\nText: with --- and annotations: inside.\n';
    const out = insertAnnotation(bare, { id: 'text', exact: 'Text', kind: 'context' });
    expect(out).toBe(
      '---\ntitle: T\nannotations:\n  - id: text\n    exact: Text\n    kind: context\n---\nText: with --- and annotations: inside.\n',
    );
  });

  it('refuses a file it cannot edit safely', () => {
    expect(() => insertAnnotation(SOURCE.replace(/\n/g, '\r\n'), entry)).toThrow(/line endings/);
    expect(() => insertAnnotation('title: T\n', entry)).toThrow(/---/);
    expect(() => removeAnnotation(SOURCE, 'nothing')).toThrow(/not in this source/);
  });
});

describe('contentFile', () => {
  it('names files under the content root only', () => {
    expect(contentFile('/c', 'sources', 'abc-1')).toBe('/c/sources/abc-1.txt');
    expect(contentFile('/c', 'quotes', 'abc')).toBe('/c/quotes/abc.yaml');
    for (const id of ['../x', '/etc/passwd', 'a/b', '..', '', 'A', 'a..b', 'a\u0000b', 3]) {
      expect(() => contentFile('/c', 'sources', id)).toThrow(/is not an id/);
    }
    expect(() => contentFile('/c', '../sources', 'a')).toThrow(/does not write/);
    expect(() => contentFile('/c', 'articles', 'a')).toThrow(/does not write/);
    expect(() => contentFile('/c', 'constructor', 'a')).toThrow(/does not write/);
  });
});

describe('fromOwnOrigin', () => {
  const own = { host: 'localhost:4321', origin: 'http://localhost:4321' };
  it('lets the dev server’s own pages in', () => {
    expect(fromOwnOrigin(own, 'POST', 4321)).toBe(true);
    expect(fromOwnOrigin({ host: '127.0.0.1:4321' }, 'GET', 4321)).toBe(true);
    expect(fromOwnOrigin({ ...own, 'sec-fetch-site': 'same-origin' }, 'POST', 4321)).toBe(true);
  });
  it('refuses another site, a rebound name, another port and a POST without Origin', () => {
    expect(fromOwnOrigin({ ...own, origin: 'https://evil.example' }, 'POST', 4321)).toBe(false);
    expect(fromOwnOrigin({ ...own, origin: 'http://localhost:9999' }, 'POST', 4321)).toBe(false);
    expect(
      fromOwnOrigin(
        { host: 'evil.example:4321', origin: 'http://evil.example:4321' },
        'POST',
        4321,
      ),
    ).toBe(false);
    expect(fromOwnOrigin({ host: 'localhost:4321' }, 'POST', 4321)).toBe(false);
    expect(fromOwnOrigin({ host: 'localhost:4322' }, 'GET', 4321)).toBe(false);
    expect(
      fromOwnOrigin({ host: 'localhost:4321', 'sec-fetch-site': 'cross-site' }, 'GET', 4321),
    ).toBe(false);
    expect(fromOwnOrigin({}, 'GET', 4321)).toBe(false);
  });
});
