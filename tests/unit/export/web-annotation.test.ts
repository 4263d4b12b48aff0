import { describe, expect, test } from 'vitest';
import { anchor } from '../../../src/lib/text/anchor.ts';
import { codePointIndex } from '../../../src/lib/export/code-points.ts';
import {
  annotationCollectionProblems,
  annotationPageProblems,
  annotationProblems,
} from '../../support/requirements.ts';
import {
  ANNO_CONTEXT,
  allAnnotationIds,
  allAnnotations,
  annotationCollection,
  editorsAgent,
  generatorAgent,
  annotationPage,
  MOTIVATION_BY_KIND,
  pageCount,
  sourceAnnotationCollection,
  sourceAnnotationIds,
  sourceAnnotations,
  storyAnnotationCollection,
  type AnnotationCollection,
  type AnnotationPage,
  type WebAnnotation,
} from '../../../src/lib/export/web-annotation.ts';
import { fixtureArchive, fixtureSource, SITE } from './fixture.ts';

const WIRE = 'wire-2022-06-18-tide-tables';

function byId(list: WebAnnotation[], id: string): WebAnnotation {
  const found = list.find((a) => a.id.endsWith(`#a-${id}`));
  if (!found) throw new Error(`no annotation ${id}`);
  return found;
}

describe('W3C Web Annotations of one source', () => {
  const source = fixtureSource(WIRE);
  const annotations = sourceAnnotations(SITE, source);

  test('every annotation meets every MUST of the data model', () => {
    for (const a of annotations) expect(annotationProblems(a)).toEqual([]);
    expect(annotations).toHaveLength(4);
  });

  test('the id is the absolute address of the passage anchor on the source page', () => {
    expect(byId(annotations, 'tide-quote').id).toBe(
      `https://open-data.example/sources/${WIRE}/#a-tide-quote`,
    );
    expect(annotations[0]?.['@context']).toBe(ANNO_CONTEXT);
    expect(annotations[0]?.type).toBe('Annotation');
  });

  test('the motivation follows the kind: quote identifies, claim classifies, context comments, correction assesses', () => {
    expect(MOTIVATION_BY_KIND).toEqual({
      quote: 'identifying',
      claim: 'classifying',
      context: 'commenting',
      correction: 'assessing',
    });
    expect(byId(annotations, 'tide-quote').motivation).toBe('identifying');
    expect(byId(annotations, 'tables-read').motivation).toBe('classifying');
    expect(byId(annotations, 'second-harbour').motivation).toBe('commenting');
    expect(byId(annotations, 'script-text').motivation).toBe('assessing');
  });

  test('the note is a Markdown TextualBody, and kind and stance are tags', () => {
    const quote = byId(annotations, 'tide-quote');
    expect(quote.body).toContainEqual({
      type: 'TextualBody',
      value: 'The wave is in the *original* wording.',
      format: 'text/markdown',
      language: 'en',
      purpose: 'commenting',
    });
    expect(quote.body).toContainEqual(
      expect.objectContaining({ type: 'TextualBody', value: 'quote', purpose: 'tagging' }),
    );
    expect(quote.body).toContainEqual({
      type: 'SpecificResource',
      source: 'https://open-data.example/people/dock-engineer/',
      purpose: 'identifying',
    });
    const claim = byId(annotations, 'tables-read');
    expect(claim.body).toContainEqual(
      expect.objectContaining({ value: 'supports', purpose: 'tagging' }),
    );
    expect(claim.body).toContainEqual({
      type: 'SpecificResource',
      source: 'https://open-data.example/claims/tables-read/',
      purpose: 'classifying',
    });
  });

  test('the target is the original address, seen on the capture day, with our archived text cached', () => {
    const target = byId(annotations, 'tables-read').target;
    expect(target.type).toBe('SpecificResource');
    expect(target.source).toBe('https://wire.example.com/tide-tables');
    expect(target.state).toEqual({
      type: 'TimeState',
      sourceDate: '2026-12-01T00:00:00Z',
      cached: `https://open-data.example/sources/${WIRE}/text.txt`,
    });
    expect(byId(annotations, 'tables-read').created).toBe('2026-12-01T00:00:00Z');
    expect(byId(annotations, 'tables-read').modified).toBe('2026-12-01T00:00:00Z');
  });

  test('a source whose original address is unknown is targeted at its archived text on this site', () => {
    const [only] = sourceAnnotations(SITE, fixtureSource('notice-undated'));
    expect(only?.target.source).toBe('https://open-data.example/sources/notice-undated/text.txt');
    expect(only?.target.state.sourceDate).toBe('2026-11-30T00:00:00Z');
  });

  test('positions count code points, so astral characters before a passage count once', () => {
    const target = byId(annotations, 'tables-read').target;
    const [quote, position] = target.selector;
    const chars = Array.from(source.text);
    expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
    // Two astral characters (🌊 and 👷) come before the passage, so UTF-16 offsets are 2 higher.
    expect(source.text.indexOf(quote.exact)).toBe(position.start + 2);
  });

  test('the quote selector records the passage verbatim with up to 32 characters either side', () => {
    const [quote] = byId(annotations, 'script-text').target.selector;
    expect(quote.exact).toBe('</script><!-- not markup -->');
    expect(Array.from(quote.prefix ?? '')).toHaveLength(32);
    expect(quote.suffix).toBe(' & more.');
    const [first] = byId(annotations, 'tide-quote').target.selector;
    expect(first.prefix).toBe('“');
  });

  test('every exported quote selector re-anchors at the exported position (round trip)', () => {
    const index = codePointIndex(source.text);
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      const found = anchor(source.text, quote);
      expect(found.status, a.id).toBe('found');
      if (found.status !== 'found') continue;
      expect(index.toCodePoint(found.start), a.id).toBe(position.start);
      expect(index.toCodePoint(found.end), a.id).toBe(position.end);
    }
  });

  test('annotations come in text order, whatever order the file lists them in', () => {
    const starts = annotations.map((a) => a.target.selector[1].start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });
});

describe('the per-source AnnotationCollection', () => {
  test('embeds its only page, which holds every annotation of the source', () => {
    const collection = sourceAnnotationCollection(SITE, fixtureSource(WIRE));
    expect(annotationCollectionProblems(collection)).toEqual([]);
    expect(collection.id).toBe(`https://open-data.example/sources/${WIRE}/annotations.jsonld`);
    expect(collection.total).toBe(4);
    const first = collection.first;
    expect(typeof first).toBe('object');
    if (typeof first === 'object') {
      expect(first.items).toHaveLength(4);
      expect(first.partOf).toBe(collection.id);
      expect(first.startIndex).toBe(0);
    }
  });

  test('a source with no annotations has a total of 0 and no first page', () => {
    const collection = sourceAnnotationCollection(SITE, fixtureSource('plain-no-annotations'));
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(annotationCollectionProblems(collection)).toEqual([]);
  });
});

describe('the archive AnnotationCollection and its pages', () => {
  const all = allAnnotations(SITE, fixtureArchive());

  test('holds every annotation of every source, sources in id order', () => {
    expect(all).toHaveLength(5);
    expect(all.map((a) => a.id.split('/sources/')[1]?.split('/')[0])).toEqual([
      'notice-undated',
      WIRE,
      WIRE,
      WIRE,
      WIRE,
    ]);
    expect(allAnnotations(SITE, fixtureArchive())).toBe(all);
  });

  const ids = allAnnotationIds(SITE, fixtureArchive());

  test('lists the same annotations by IRI, without building them', () => {
    expect(ids).toEqual(all.map((a) => a.id));
    expect(allAnnotationIds(SITE, fixtureArchive())).toBe(ids);
    expect(sourceAnnotationIds(SITE, fixtureSource(WIRE))).toEqual(
      sourceAnnotations(SITE, fixtureSource(WIRE)).map((a) => a.id),
    );
  });

  test('links to its first and last pages, gives the total and describes the agents', () => {
    const collection = annotationCollection(SITE, ids, 2);
    expect(annotationCollectionProblems(collection)).toEqual([]);
    expect(collection).toMatchObject({
      id: 'https://open-data.example/annotations.jsonld',
      type: 'AnnotationCollection',
      total: 5,
      first: 'https://open-data.example/annotations/1.jsonld',
      last: 'https://open-data.example/annotations/3.jsonld',
      creator: editorsAgent(SITE),
      generator: generatorAgent(SITE),
    });
  });

  test('pages chain with next and prev, know their start index and the collection they are part of', () => {
    const pages = [1, 2, 3].map((n) => annotationPage(SITE, ids, n, 2));
    for (const page of pages) expect(annotationPageProblems(page)).toEqual([]);
    expect(pages.map((p) => p?.startIndex)).toEqual([0, 2, 4]);
    expect(pages.map((p) => p?.items.length)).toEqual([2, 2, 1]);
    expect(pages[0]).not.toHaveProperty('prev');
    expect(pages[0]?.next).toBe('https://open-data.example/annotations/2.jsonld');
    expect(pages[1]?.prev).toBe('https://open-data.example/annotations/1.jsonld');
    expect(pages[2]).not.toHaveProperty('next');
    expect(pages[2]?.partOf).toEqual({
      id: 'https://open-data.example/annotations.jsonld',
      label: 'Annotations on the Sourcebook archive',
      total: 5,
      creator: editorsAgent(SITE),
      generator: generatorAgent(SITE),
    });
    expect(pages[0]?.['@context']).toBe(ANNO_CONTEXT);
  });

  test("a page lists its annotations by IRI (the Protocol's PreferContainedIRIs), not described again", () => {
    const pages = [1, 2, 3].map((n) => annotationPage(SITE, ids, n, 2));
    expect(pages.flatMap((p): unknown[] => p?.items ?? [])).toEqual(all.map((a) => a.id));
  });

  test("the source's collection describes each annotation, without @context, naming the agents by IRI", () => {
    const one = sourceAnnotationCollection(SITE, fixtureSource(WIRE));
    expect(one.creator).toBe(editorsAgent(SITE).id);
    expect(one.generator).toBe(generatorAgent(SITE).id);
    const first = one.first as { items: WebAnnotation[] };
    for (const item of first.items) {
      expect(item).not.toHaveProperty('@context');
      expect(item.creator).toBe(editorsAgent(SITE).id);
      expect(item.generator).toBe(generatorAgent(SITE).id);
      expect(annotationProblems(item, true)).toEqual([]);
    }
  });

  test('there is no page 0 and no page past the last', () => {
    expect(annotationPage(SITE, ids, 0, 2)).toBeUndefined();
    expect(annotationPage(SITE, ids, 4, 2)).toBeUndefined();
  });

  test('an empty archive has a total of 0 and no pages', () => {
    const collection = annotationCollection(SITE, []);
    expect(collection.total).toBe(0);
    expect(collection).not.toHaveProperty('first');
    expect(collection).not.toHaveProperty('last');
    expect(annotationCollectionProblems(collection)).toEqual([]);
  });
});

describe('every collection, walked as a client walks it', () => {
  const archive = fixtureArchive();
  const perPage = 2;
  const ids = allAnnotationIds(SITE, archive);
  const archivePages = Array.from({ length: pageCount(ids.length, perPage) }, (_, i) =>
    annotationPage(SITE, ids, i + 1, perPage),
  ).filter((p): p is AnnotationPage => p !== undefined);
  const byIri = new Map(archivePages.map((page) => [page.id, page]));
  const sources = [...archive.sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const sourceCollections = sources.map((s) => sourceAnnotationCollection(SITE, s));
  const story = { id: 'open-data-story', title: 'Open data' };
  const storyCollection = storyAnnotationCollection(SITE, archive, story);

  /** The items of `collection`: its first page (embedded or by IRI), then each next. */
  function walk(collection: AnnotationCollection): (WebAnnotation | string)[] {
    const items: (WebAnnotation | string)[] = [];
    let page =
      typeof collection.first === 'string' ? byIri.get(collection.first) : collection.first;
    while (page !== undefined) {
      items.push(...page.items);
      page = page.next === undefined ? undefined : byIri.get(page.next);
    }
    return items;
  }
  const idOf = (item: WebAnnotation | string): string =>
    typeof item === 'string' ? item : item.id;

  test('each annotation is described in full exactly once, in its source’s collection', () => {
    const described = [
      ...sourceCollections.flatMap(walk),
      ...walk(annotationCollection(SITE, ids, perPage)),
      ...walk(storyCollection),
    ].filter((item) => typeof item === 'object');
    expect(described.map(idOf)).toEqual(all());
    expect(new Set(described.map(idOf)).size).toBe(described.length);
  });

  test('walking the archive’s collection from first through next reaches every annotation once', () => {
    const collection = annotationCollection(SITE, ids, perPage);
    const items = walk(collection);
    expect(items.map(idOf)).toEqual(all());
    expect(items.length).toBe(collection.total);
    expect(archivePages.length).toBe(3);
  });

  test('walking each source’s collection reaches exactly its annotations, and stops there', () => {
    sources.forEach((source, i) => {
      const collection = sourceCollections[i] as AnnotationCollection;
      expect(walk(collection).map(idOf)).toEqual(sourceAnnotations(SITE, source).map((a) => a.id));
      expect(collection.total).toBe(source.annotations.length);
    });
  });

  test('walking a story’s collection reaches exactly the annotations of its sources, by IRI', () => {
    expect(annotationCollectionProblems(storyCollection)).toEqual([]);
    const items = walk(storyCollection);
    for (const item of items) expect(typeof item).toBe('string');
    const inStory = sources.filter((s) => s.stories.includes(story.id));
    expect(inStory.length).toBeGreaterThan(0);
    expect(items).toEqual(inStory.flatMap((s) => sourceAnnotationIds(SITE, s)));
    expect(storyCollection).toMatchObject({
      id: 'https://open-data.example/stories/open-data-story/annotations.jsonld',
      total: items.length,
      creator: editorsAgent(SITE).id,
      generator: generatorAgent(SITE).id,
    });
  });

  test('a story with no annotated source has a total of 0 and no first page', () => {
    const empty = storyAnnotationCollection(SITE, archive, { id: 'no-such-story', title: 'None' });
    expect(empty.total).toBe(0);
    expect(empty).not.toHaveProperty('first');
    expect(annotationCollectionProblems(empty)).toEqual([]);
  });

  function all(): string[] {
    return allAnnotations(SITE, archive).map((a) => a.id);
  }
});

describe('the data model checker', () => {
  test('finds the MUSTs an annotation breaks', () => {
    const problems = annotationProblems({
      '@context': 'http://example.com/other',
      id: 'relative/id',
      type: 'Note',
      motivation: 'quoting',
      created: '2022-06-18',
      target: {
        source: 'https://x.example/',
        selector: [{ type: 'TextPositionSelector', start: -1, end: 2.5 }],
      },
    });
    expect(problems.join('\n')).toMatch(/@context/);
    expect(problems.join('\n')).toMatch(/id must be/);
    expect(problems.join('\n')).toMatch(/type must/);
    expect(problems.join('\n')).toMatch(/quoting is not a motivation/);
    expect(problems.join('\n')).toMatch(/created must be an xsd:dateTime/);
    expect(problems.join('\n')).toMatch(/non-negative integer start/);
    expect(problems.join('\n')).toMatch(/non-negative integer end/);
  });

  test('an annotation with no target is refused', () => {
    expect(
      annotationProblems({
        '@context': ANNO_CONTEXT,
        id: 'https://x.example/a',
        type: 'Annotation',
      }),
    ).toEqual(['https://x.example/a: an annotation must have at least one target']);
  });
});
