import { describe, expect, test } from 'vitest';
import {
  claimIndependence,
  originOf,
  originsForSentence,
  stanceIndependence,
} from '../../../src/lib/archive/independence.ts';
import type { Annotation, Archive, Quote, Source } from '../../../src/lib/archive/model.ts';

const at = { file: 'x', line: 1, column: 1 };

function passage(sourceId: string, id: string, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    sourceId,
    exact: id,
    text: id,
    kind: 'claim',
    start: 0,
    end: 1,
    paragraph: 0,
    location: at,
    ...extra,
  } as Annotation;
}

/** BuzzFeed reports; a blog quotes BuzzFeed's words; two outlets relay it; the company disputes it. */
function graph() {
  const own = passage('buzzfeed-report', 'finding', { claim: 'c', stance: 'supports' });
  const lede = passage('blog-copy', 'lede', {
    claim: 'c',
    stance: 'supports',
    via: 'buzzfeed-news',
    quote: 'lede',
  });
  const relayed = passage('wire-story', 'according-to', {
    claim: 'c',
    stance: 'relays',
    via: 'buzzfeed-news',
  });
  // Quotes the lede with no `via`: its origin is the quote's first report, and that one's origin.
  const quoted = passage('daily-story', 'lede-again', {
    claim: 'c',
    stance: 'relays',
    quote: 'lede',
  });
  const denial = passage('company-post', 'denial', { claim: 'c', stance: 'disputes' });
  const sources: [string, string, Annotation[]][] = [
    ['buzzfeed-report', 'buzzfeed-news', [own]],
    ['blog-copy', 'blog', [lede]],
    ['wire-story', 'wire', [relayed]],
    ['daily-story', 'daily', [quoted]],
    ['company-post', 'company', [denial]],
  ];
  const archive = {
    source: new Map(
      sources.map(([id, outlet, annotations]) => [id, { id, outlet, annotations } as Source]),
    ),
    quote: new Map([['lede', { id: 'lede', source: 'blog-copy', annotation: 'lede' } as Quote]]),
    person: new Map([['ceo', { id: 'ceo', name: 'The CEO', description: 'd', location: at }]]),
    outlet: new Map(
      [
        ['buzzfeed-news', 'BuzzFeed News'],
        ['blog', 'A Blog'],
        ['wire', 'The Wire'],
        ['daily', 'The Daily'],
        ['company', 'The Company'],
      ].map(([id, name]) => [id, { id, name, description: 'd', location: at }]),
    ),
  } as unknown as Archive;
  const evidence = { supports: [own, lede], relays: [relayed, quoted], disputes: [denial] };
  return { archive, evidence, own, lede, relayed, quoted, denial };
}

describe('originOf', () => {
  test('is the party `via` names, the first report of a quote, or else the publishing outlet', () => {
    const { archive, own, lede, quoted, denial } = graph();
    expect(originOf(archive, own)?.name).toBe('BuzzFeed News');
    expect(originOf(archive, lede)?.name).toBe('BuzzFeed News');
    expect(originOf(archive, quoted)?.name).toBe('BuzzFeed News');
    expect(originOf(archive, denial)?.name).toBe('The Company');
  });

  test('names a person when `via` is a person', () => {
    const { archive } = graph();
    expect(originOf(archive, passage('wire-story', 'x', { via: 'ceo' }))).toEqual({
      kind: 'person',
      id: 'ceo',
      name: 'The CEO',
    });
  });

  test('a quote whose first report is the passage itself is its own outlet’s account', () => {
    const { archive } = graph();
    const first = archive.source.get('blog-copy')?.annotations[0] as Annotation;
    delete first.via;
    expect(originOf(archive, first)?.name).toBe('A Blog');
  });
});

describe('stanceIndependence', () => {
  test('says when every passage of a stance comes from one outlet, and how', () => {
    const { archive, evidence } = graph();
    const [supports, relays, disputes] = claimIndependence(archive, { evidence });
    expect(supports?.sentence).toBe(
      'Both supporting passages come from BuzzFeed News: 1 in BuzzFeed News itself, 1 repeating its reporting elsewhere.',
    );
    expect(relays?.sentence).toBe('Both relaying passages repeat the reporting of BuzzFeed News.');
    expect(disputes?.sentence).toBe('The one disputing passage comes from The Company itself.');
    expect(supports?.passages.map((p) => p.own)).toEqual([true, false]);
  });

  test('counts independent origins, most passages first', () => {
    const { archive, own, lede, denial } = graph();
    const mixed = stanceIndependence(archive, 'supports', [own, lede, denial]);
    expect(mixed.origins.map((o) => [o.origin.name, o.own, o.relayed])).toEqual([
      ['BuzzFeed News', 1, 1],
      ['The Company', 1, 0],
    ]);
    expect(mixed.sentence).toBe(
      'The 3 supporting passages come from 2 independent origins: BuzzFeed News (2), The Company (1).',
    );
  });

  test('a relaying passage that names no origin is its outlet’s own account, said so', () => {
    const { archive } = graph();
    const bare = passage('wire-story', 'bare', { claim: 'c', stance: 'relays' });
    expect(stanceIndependence(archive, 'relays', [bare]).sentence).toBe(
      'The one relaying passage is The Wire’s own account: it does not name whose reporting it repeats.',
    );
  });

  test('says nothing about a stance without passages', () => {
    const { archive } = graph();
    expect(stanceIndependence(archive, 'disputes', []).sentence).toBe('');
  });
});

describe('originsForSentence', () => {
  test('counts the origins behind the passages for a claim, leaving out those against it', () => {
    const { archive, evidence } = graph();
    expect(originsForSentence(claimIndependence(archive, { evidence }))).toBe(
      'Every passage for this claim traces back to one origin: BuzzFeed News.',
    );
    const { own, denial } = graph();
    expect(
      originsForSentence(
        claimIndependence(archive, {
          evidence: { supports: [own, denial], relays: [], disputes: [] },
        }),
      ),
    ).toBe(
      'The 2 passages for this claim come from 2 independent origins: BuzzFeed News, The Company.',
    );
  });
});
