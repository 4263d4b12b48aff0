import { describe, expect, test } from 'vitest';
import {
  annotationAnchor,
  annotationOfAnchor,
  correctionAnchor,
  CORRECTIONS_ANCHOR,
  eventAnchor,
  noteAnchor,
  urls,
} from '../../src/lib/urls.ts';

describe('anchors', () => {
  test('an annotation is `a-<id>` on its source page, its note `n-<id>`', () => {
    expect(annotationAnchor('backdoor')).toBe('a-backdoor');
    expect(noteAnchor('backdoor')).toBe('n-backdoor');
    expect(eventAnchor('leak')).toBe('e-leak');
  });

  test('an annotation anchor reads back to its id, with or without a text fragment', () => {
    expect(annotationOfAnchor(annotationAnchor('backdoor'))).toBe('backdoor');
    expect(annotationOfAnchor('a-backdoor:~:text=Everything')).toBe('backdoor');
    expect(annotationOfAnchor('a-')).toBe('');
  });

  test('an anchor that is not an annotation’s reads back to nothing', () => {
    expect(annotationOfAnchor('n-backdoor')).toBeUndefined();
    expect(annotationOfAnchor('about-a-thing')).toBeUndefined();
    expect(annotationOfAnchor('')).toBeUndefined();
  });

  test('corrections are counted from 1 as written', () => {
    expect(CORRECTIONS_ANCHOR).toBe('corrections');
    expect(correctionAnchor(0)).toBe('correction-1');
    expect(correctionAnchor(2)).toBe('correction-3');
  });
});

describe('urls', () => {
  test('each kind of page has its folder, ending in a slash', () => {
    expect(urls.home()).toBe('/');
    expect(urls.source('ft-2022')).toBe('/sources/ft-2022/');
    expect(urls.quote('q')).toBe('/quotes/q/');
    expect(urls.claim('c')).toBe('/claims/c/');
    expect(urls.person('p')).toBe('/people/p/');
    expect(urls.outlet('o')).toBe('/outlets/o/');
    expect(urls.article('a')).toBe('/analysis/a/');
    expect(urls.corrections()).toBe('/corrections/');
    expect(urls.search()).toBe('/search/');
  });

  test('a passage is its source page, at the annotation’s anchor when one is given', () => {
    expect(urls.passage('ft-2022')).toBe('/sources/ft-2022/');
    expect(urls.passage('ft-2022', 'backdoor')).toBe('/sources/ft-2022/#a-backdoor');
    const anchor = urls.passage('ft-2022', 'backdoor').split('#')[1]!;
    expect(annotationOfAnchor(anchor)).toBe('backdoor');
  });

  test('an event is its entry on the timeline', () => {
    expect(urls.event('leak')).toBe('/timeline/#e-leak');
  });

  test('an article’s corrections sit at its foot, one correction by its number', () => {
    expect(urls.articleCorrections('a')).toBe('/analysis/a/#corrections');
    expect(urls.articleCorrections('a', 0)).toBe('/analysis/a/#correction-1');
  });

  test('a source’s exports sit beside its page', () => {
    expect(urls.sourceText('s')).toBe('/sources/s/text.txt');
    expect(urls.sourceCsl('s')).toBe('/sources/s/source.csl.json');
    expect(urls.sourceAnnotations('s')).toBe('/sources/s/annotations.jsonld');
  });

  test('the open data and feeds', () => {
    expect(urls.api('claims')).toBe('/api/claims.json');
    expect(urls.apiSchema('claims')).toBe('/api/schemas/claims.json');
    expect(urls.annotationPage(2)).toBe('/annotations/2.jsonld');
    expect(urls.feed('analysis')).toBe('/rss/analysis.xml');
    expect(urls.robots()).toBe('/robots.txt');
  });

  test('a list keeps page 1 at its own address, the others under page/', () => {
    expect(urls.listPage(urls.sources(), 1)).toBe('/sources/');
    expect(urls.listPage(urls.sources(), 12)).toBe('/sources/page/12/');
  });
});
