import { describe, expect, test } from 'vitest';
import { outletRecord, outletRecords } from '../../../src/lib/lists/outlets.ts';
import { quotesBySpeaker, quotesOf } from '../../../src/lib/lists/people.ts';
import { annotation, archiveOf, quote, source } from './build.ts';

function sample() {
  const later = source('later', { published: '2022-07-01', outlet: 'wire' });
  later.annotations = [
    annotation('later', 'q2', { speaker: 'chew', start: 50, verdict: 'paraphrase', quote: 'q' }),
    annotation('later', 'q1', { speaker: 'chew', start: 10, verdict: 'exact', quote: 'q' }),
    annotation('later', 'ctx', { kind: 'context', speaker: undefined as never }),
  ];
  const earlier = source('earlier', { published: '2022-06-18', outlet: 'wire' });
  earlier.annotations = [
    annotation('earlier', 'e1', { speaker: 'chew', verdict: 'altered', quote: 'q' }),
  ];
  const undated = source('undated', { outlet: 'blog' });
  undated.annotations = [annotation('undated', 'u1', { speaker: 'pappas' })];
  return archiveOf({
    sources: [later, undated, earlier],
    quotes: [quote('q', 'Canonical', [], 'chew'), quote('r', 'Another', [], 'chew')],
  });
}

describe('quotesBySpeaker', () => {
  test('lists a speaker’s passages in source date order, then by position in the text', () => {
    const chew = quotesOf(sample(), 'chew');
    expect(chew.passages.map((p) => `${p.source.id}#${p.annotation.id}`)).toEqual([
      'earlier#e1',
      'later#q1',
      'later#q2',
    ]);
    expect(chew.quotes.map((q) => q.id)).toEqual(['r', 'q']);
  });

  test('ignores annotations that are not quotes, and answers empty for someone never quoted', () => {
    const archive = sample();
    expect([...quotesBySpeaker(archive).keys()].sort()).toEqual(['chew', 'pappas']);
    expect(quotesOf(archive, 'nobody')).toEqual({ passages: [], quotes: [] });
  });

  test('computes the index once per archive', () => {
    const archive = sample();
    expect(quotesBySpeaker(archive)).toBe(quotesBySpeaker(archive));
  });
});

describe('outletRecords', () => {
  test('counts the quotes each outlet carried and how many drifted', () => {
    const wire = outletRecord(sample(), 'wire');
    expect(wire.sources.map((s) => s.id)).toEqual(['earlier', 'later']);
    expect(wire.quotes).toBe(3);
    expect(wire.drifted).toBe(2);
    expect(wire.annotations).toBe(4);
    const blog = outletRecord(sample(), 'blog');
    expect([blog.quotes, blog.drifted]).toEqual([1, 0]);
  });

  test('answers zeros for an outlet with no sources, and memoises per archive', () => {
    const archive = sample();
    expect(outletRecord(archive, 'silent')).toEqual({
      sources: [],
      quotes: 0,
      drifted: 0,
      annotations: 0,
    });
    expect(outletRecords(archive)).toBe(outletRecords(archive));
  });
});
