import { describe, expect, it } from 'vitest';
import {
  encodeTextTerm,
  formatTextDirective,
  passageDirective,
  textFragmentUrl,
} from '../../../src/lib/render/text-fragment.ts';

describe('encodeTextTerm', () => {
  it('percent-encodes the characters the text directive syntax uses', () => {
    expect(encodeTextTerm('a-b')).toBe('a%2Db');
    expect(encodeTextTerm('a,b')).toBe('a%2Cb');
    expect(encodeTextTerm('a&b')).toBe('a%26b');
    expect(encodeTextTerm('a b')).toBe('a%20b');
    expect(encodeTextTerm('50%')).toBe('50%25');
    expect(encodeTextTerm('#1')).toBe('%231');
  });

  it('also encodes characters encodeURIComponent leaves alone', () => {
    expect(encodeTextTerm("it's (really) ~*!")).toBe('it%27s%20%28really%29%20%7E%2A%21');
  });

  it('encodes typographic quotes and other non-ASCII text as UTF-8', () => {
    expect(encodeTextTerm('“seen” — é')).toBe('%E2%80%9Cseen%E2%80%9D%20%E2%80%94%20%C3%A9');
  });

  it('round-trips through decodeURIComponent', () => {
    const term = 'U.S.-based, “world-renowned” & more: 100% (sure)';
    expect(decodeURIComponent(encodeTextTerm(term))).toBe(term);
  });
});

describe('formatTextDirective', () => {
  it('writes start alone', () => {
    expect(formatTextDirective({ start: 'seen in China' })).toBe('text=seen%20in%20China');
  });

  it('writes prefix-,start,end,-suffix in the order the spec gives', () => {
    expect(
      formatTextDirective({ prefix: 'said', start: 'one two', end: 'three', suffix: 'after' }),
    ).toBe('text=said-,one%20two,three,-after');
  });

  it('keeps a hyphen inside a term distinct from the prefix and suffix markers', () => {
    expect(formatTextDirective({ prefix: 'non-stop', start: 'x', suffix: 'well-known' })).toBe(
      'text=non%2Dstop-,x,-well%2Dknown',
    );
  });
});

describe('textFragmentUrl', () => {
  it('appends the directive after #:~:', () => {
    expect(textFragmentUrl('https://example.org/a?b=c', { start: 'x' })).toBe(
      'https://example.org/a?b=c#:~:text=x',
    );
  });

  it('keeps an existing fragment before the directive', () => {
    expect(textFragmentUrl('https://example.org/a#section', { start: 'x' })).toBe(
      'https://example.org/a#section:~:text=x',
    );
  });

  it('replaces a directive the address already has', () => {
    expect(textFragmentUrl('https://example.org/a#:~:text=old', { start: 'new' })).toBe(
      'https://example.org/a#:~:text=new',
    );
  });
});

describe('passageDirective', () => {
  const range = (text: string, exact: string) => {
    const start = text.indexOf(exact);
    return { start, end: start + exact.length };
  };

  it('matches a short passage whole, with whitespace collapsed', () => {
    const text = 'He said   that everything\nis seen. Then he left.';
    expect(passageDirective(text, range(text, 'everything\nis seen'))).toEqual({
      start: 'everything is seen',
    });
  });

  it('matches a long passage by its first and last words', () => {
    const text = 'Intro. one two three four five six seven eight nine ten eleven twelve. Outro.';
    expect(
      passageDirective(
        text,
        range(text, 'one two three four five six seven eight nine ten eleven twelve.'),
      ),
    ).toEqual({
      start: 'one two three four',
      end: 'nine ten eleven twelve.',
    });
  });

  it('uses start and end terms for a passage that crosses a paragraph', () => {
    const text = 'First ends here.\n\nSecond begins here.';
    const paragraphs = [
      { start: 0, end: 16 },
      { start: 18, end: text.length },
    ];
    expect(passageDirective(text, range(text, 'ends here.\n\nSecond begins'), paragraphs)).toEqual({
      start: 'ends here.',
      end: 'Second begins',
    });
  });

  it('adds the words around a passage that occurs more than once', () => {
    const text = 'our own datacenters and its own datacenters too';
    const second = text.lastIndexOf('datacenters');
    expect(passageDirective(text, { start: second, end: second + 'datacenters'.length })).toEqual({
      prefix: 'and its own',
      start: 'datacenters',
      suffix: 'too',
    });
  });

  it('adds no context for a passage that occurs once', () => {
    const text = 'a unique passage here';
    expect(passageDirective(text, range(text, 'unique passage'))).toEqual({
      start: 'unique passage',
    });
  });

  it('adds no prefix when the passage starts inside a word', () => {
    const text = 'abc and xabc and abc';
    const start = text.indexOf('abc', 9);
    const directive = passageDirective(text, { start, end: start + 3 });
    expect(directive.prefix).toBeUndefined();
    expect(directive.suffix).toBe('and abc');
  });
});
