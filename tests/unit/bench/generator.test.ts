import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitSourceFile } from '../../../src/lib/archive/source-file.ts';
import { anchor } from '../../../src/lib/text/anchor.ts';
import { textSha256 } from '../../../src/lib/text/hash.ts';
import {
  appearanceWording,
  generateArchive,
  type Template,
} from '../../../scripts/bench/generate.ts';
import { parsePhases } from '../../../scripts/bench/phases.ts';
import { createRandom, seedOf } from '../../../scripts/bench/random.ts';
import { countScripts, linkedStylesheets } from '../../../scripts/bench/site.ts';
import {
  blendWording,
  inStory,
  isMdxSafe,
  plainTypography,
  quotedPassages,
  splitSentences,
  swapWords,
  wordRun,
} from '../../../scripts/bench/text.ts';

const TEMPLATE: Template = {
  id: 'keyt-2022-09-14-tiktok-wont-commit',
  title: 'TikTok won’t commit to stopping US data flows to China',
  outlet: 'keyt-com',
  authors: ['Brian Fung'],
  url: 'https://keyt.com/news/x',
  kind: 'reprint',
  language: 'en',
  whole: false,
  text: [
    'TikTok repeatedly declined to commit to US lawmakers on Wednesday that the app will cut off flows of US user data to China, promising the outcome “will satisfy all national security concerns.”',
    'Testifying before the Senate Homeland Security Committee, Vanessa Pappas sparred with Sen. Rob Portman. She was confronted twice with a specific request.',
    '“Will TikTok commit to cutting off all data and data flows to China?” Portman asked. TikTok does not operate in China, Pappas said, though it does have an office in China.',
  ].join('\n\n'),
};

const generate = (sources: number, seed?: number) =>
  generateArchive({
    sources,
    templates: [TEMPLATE],
    people: [{ id: 'vanessa-pappas', name: 'Vanessa Pappas' }],
    outlets: [{ id: 'keyt-com', name: 'KEYT' }],
    ...(seed === undefined ? {} : { seed }),
  });

describe('the seeded random generator', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const first = [a.next(), a.next(), a.next()];
    expect([b.next(), b.next(), b.next()]).toEqual(first);
    expect([c.next(), c.next(), c.next()]).not.toEqual(first);
  });

  it('shuffles into a permutation without changing the input', () => {
    const list = [1, 2, 3, 4, 5, 6];
    const shuffled = createRandom(1).shuffle(list);
    expect([...shuffled].sort()).toEqual(list);
    expect(list).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('derives different seeds from different strings', () => {
    expect(seedOf('source:1')).not.toBe(seedOf('source:2'));
  });
});

describe('text variation', () => {
  it('splits sentences after closing quotes and before opening ones', () => {
    expect(splitSentences('He said “no.” Then he left. “Why?” she asked.')).toEqual([
      'He said “no.”',
      'Then he left.',
      '“Why?” she asked.',
    ]);
  });

  it('swaps words for their partners, keeping a capital letter', () => {
    expect(swapWords('Data was said to leak; data again.', createRandom(1), 1)).toBe(
      'Information was stated to leak; information again.',
    );
    expect(swapWords('Data was said.', createRandom(1), 0)).toBe('Data was said.');
  });

  it('makes typography plain', () => {
    expect(plainTypography('“It’s — fine”')).toBe('"It\'s - fine"');
  });

  it('finds quoted statements of a sensible length', () => {
    expect(quotedPassages('He called it “a serious national security threat” and “no”.')).toEqual([
      'a serious national security threat',
    ]);
  });

  it('refuses text that MDX would read as syntax', () => {
    expect(isMdxSafe('plain words, with “quotes” — and dashes')).toBe(true);
    for (const bad of ['a {b}', 'a <b>', 'a *b*', 'a_b', 'see https://x.org', 'a [b]'])
      expect(isMdxSafe(bad), bad).toBe(false);
  });

  it('takes a run of consecutive words that is a substring of the text', () => {
    const text = 'one two three four five six seven eight nine ten';
    const run = wordRun(text, createRandom(3)) as string;
    expect(text).toContain(run);
    expect(run.split(' ').length).toBeGreaterThanOrEqual(4);
  });

  it('blends the start of one sentence with the end of another, without quote marks', () => {
    const blend = blendWording(
      '“We have a plan to keep data safe,”',
      'The senator asked for a full answer by July.',
      createRandom(2),
    );
    expect(blend.startsWith('We have')).toBe(true);
    expect(blend.endsWith('by July.')).toBe(true);
    expect(blend).not.toMatch(/[“”"]/);
  });

  it('keeps the real names in the first story and gives every other story its own', () => {
    const text = 'TikTok said Oracle would audit ByteDance.';
    expect(inStory(text, 0)).toBe(text);
    const one = inStory(text, 1);
    const two = inStory(text, 2);
    expect(one).not.toContain('TikTok');
    expect(one).not.toBe(two);
    expect(one.endsWith(' would audit ' + one.split(' ').at(-1))).toBe(true);
  });

  it('words a quote appearance exactly, typographically or altered', () => {
    const canonical = '“It’s fine,” said the company about the data';
    expect(appearanceWording(canonical, 0, createRandom(1))).toBe(canonical);
    expect(appearanceWording(canonical, 1, createRandom(1))).toBe(plainTypography(canonical));
    expect(appearanceWording(canonical, 2, createRandom(1))).not.toBe(canonical);
  });
});

describe('the synthetic archive', () => {
  const { files, counts, texts } = generate(40);
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const sources = files.filter((f) => f.path.startsWith('sources/'));

  it('has the requested sources and the planned proportions of everything else', () => {
    expect(sources).toHaveLength(40);
    expect(texts).toHaveLength(40);
    expect(counts.quotes).toBeGreaterThan(0);
    expect(counts.quotes).toBeLessThanOrEqual(8);
    expect(counts.articles).toBe(4);
    expect(counts.events).toBe(2);
    expect(counts.annotations).toBeGreaterThanOrEqual(40 * 4);
  });

  it('is the same on every run with the same seed, and differs with another seed', () => {
    expect(generate(40).files).toEqual(files);
    expect(generate(40, 1).files).not.toEqual(files);
  });

  it('gives every source a different text, with its correct SHA-256', () => {
    expect(new Set(texts.map((t) => t.text)).size).toBe(40);
    for (const file of sources) {
      const split = splitSourceFile(file.content);
      if ('message' in split) throw new Error(split.message);
      const data = parse(split.yaml) as { sha256: string };
      expect(data.sha256).toBe(textSha256(split.body.replace(/\n+$/, '')));
    }
  });

  it('anchors every annotation exactly once', () => {
    for (const file of sources) {
      const split = splitSourceFile(file.content);
      if ('message' in split) throw new Error(split.message);
      const text = split.body.replace(/\n+$/, '');
      const data = parse(split.yaml) as {
        annotations: { id: string; exact: string; prefix?: string; suffix?: string }[];
      };
      for (const a of data.annotations) {
        expect(anchor(text, a).status, `${file.path} ${a.id}`).toBe('found');
      }
    }
  });

  it('quotes in articles only words found inside the named annotation', () => {
    const articles = files.filter((f) => f.path.startsWith('articles/'));
    let quotes = 0;
    for (const article of articles) {
      for (const [, source, id, words] of article.content.matchAll(
        /<Quote source="([^"]+)" annotation="([^"]+)"(?: inline)?>([^<]+)<\/Quote>/g,
      )) {
        quotes++;
        const content = byPath.get(`sources/${source}.txt`) as string;
        const split = splitSourceFile(content);
        if ('message' in split) throw new Error(split.message);
        const data = parse(split.yaml) as { annotations: { id: string; exact: string }[] };
        const annotation = data.annotations.find((a) => a.id === id);
        expect(annotation?.exact, `${source}#${id}`).toContain(words as string);
      }
    }
    expect(quotes).toBeGreaterThan(0);
  });
});

describe('reading the build output', () => {
  it('finds each phase in Astro’s log lines', () => {
    const lines = [
      {
        t: 1,
        text: '08:00:01 [sourcebook:archive-checks] checked 10 sources and 1 articles in 420 ms',
      },
      { t: 3.5, text: '08:00:03 [content] Synced content' },
      { t: 4, text: '08:00:04 [build] Building static entrypoints...' },
      { t: 6, text: ' generating static routes ' },
      { t: 9, text: '08:00:09 ✓ Completed in 2.95s.' },
      { t: 10, text: '08:00:10 [sourcebook:pagefind] indexed 12 pages in 810 ms' },
    ];
    expect(parsePhases(lines)).toEqual({
      loadCheckSeconds: 3.5,
      archiveChecksSeconds: 0.42,
      bundleSeconds: 2,
      renderSeconds: 2.95,
      indexSeconds: 0.81,
    });
  });

  it('reads render times written in milliseconds and in minutes', () => {
    const lines = (figure: string) => [
      { t: 1, text: ' generating static routes ' },
      { t: 2, text: `08:00:09 ✓ Completed in ${figure}.` },
    ];
    expect(parsePhases(lines('812ms')).renderSeconds).toBe(0.81);
    expect(parsePhases(lines('1m 5s')).renderSeconds).toBe(65);
    expect(parsePhases(lines('1m 5.5s')).renderSeconds).toBe(65.5);
  });
});

describe('weighing a page', () => {
  it('lists linked stylesheets and counts scripts other than JSON-LD', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel=icon href="/f.svg">' +
      '<script type="application/ld+json">{}</script><script type="module" src="/x.js"></script>';
    expect(linkedStylesheets(html)).toEqual(['/_astro/a.css']);
    expect(countScripts(html)).toBe(1);
  });
});
