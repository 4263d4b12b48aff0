import { describe, expect, it } from 'vitest';
import {
  annotateParagraphs,
  inlineHtml,
  inlineText,
  labelledAnnotations,
  splitAnnotations,
  targetStyles,
  type AnnotationSpan,
  type InlineNode,
} from '../../../src/lib/render/annotated-text.ts';

/** Paragraph ranges of a text whose paragraphs are separated by one blank line. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

function span(text: string, id: string, kind: string, exact: string, from = 0): AnnotationSpan {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`${exact} not in text`);
  return { id, kind, start, end: start + exact.length };
}

function render(text: string, spans: AnnotationSpan[]): string[] {
  return annotateParagraphs(text, paragraphsOf(text), spans).map((p) => inlineHtml(p.children));
}

describe('annotateParagraphs', () => {
  it('keeps a text without annotations as plain paragraphs', () => {
    const text = 'One.\n\nTwo.';
    const result = annotateParagraphs(text, paragraphsOf(text), []);
    expect(result.map((p) => inlineText(p.children))).toEqual(['One.', 'Two.']);
    expect(result.every((p) => p.starting.length === 0)).toBe(true);
  });

  it('wraps one annotation in a mark that carries the anchor id', () => {
    const text = 'He said “Everything is seen in China,” then left.';
    const html = render(text, [span(text, 'seen', 'quote', 'Everything is seen in China')]);
    expect(html).toEqual([
      'He said “<mark id="a-seen" class="ann ann--quote" data-a="seen" data-end="">Everything is seen in China</mark>,” then left.',
    ]);
  });

  it('nests an annotation inside another as a child mark', () => {
    const text = 'A claim with a quote inside it.';
    const html = render(text, [
      span(text, 'inner', 'quote', 'a quote'),
      span(text, 'outer', 'claim', 'A claim with a quote inside'),
    ]);
    expect(html[0]).toBe(
      '<mark id="a-outer" class="ann ann--claim" data-a="outer" data-end="">A claim with <mark id="a-inner" class="ann ann--quote" data-a="inner" data-end="">a quote</mark> inside</mark> it.',
    );
  });

  it('splits the later of two overlapping annotations so the marks nest properly', () => {
    const text = 'alpha beta gamma delta';
    const html = render(text, [
      span(text, 'first', 'context', 'alpha beta gamma'),
      span(text, 'second', 'claim', 'beta gamma delta'),
    ]);
    expect(html[0]).toBe(
      '<mark id="a-first" class="ann ann--context" data-a="first" data-end="">alpha <mark id="a-second" class="ann ann--claim" data-a="second">beta gamma</mark></mark>' +
        '<mark class="ann ann--claim" data-a="second" data-continued="" data-end=""> delta</mark>',
    );
  });

  it('splits an annotation that crosses a paragraph break into one fragment per paragraph', () => {
    const text = 'First paragraph ends here.\n\nSecond begins here.';
    const result = annotateParagraphs(text, paragraphsOf(text), [
      span(text, 'cross', 'correction', 'ends here.\n\nSecond begins'),
    ]);
    expect(result.map((p) => inlineHtml(p.children))).toEqual([
      'First paragraph <mark id="a-cross" class="ann ann--correction" data-a="cross">ends here.</mark>',
      '<mark class="ann ann--correction" data-a="cross" data-continued="" data-end="">Second begins</mark> here.',
    ]);
    expect(result.map((p) => p.starting)).toEqual([['cross'], []]);
    expect(splitAnnotations(result)).toEqual(['cross']);
  });

  it('never changes the text: each paragraph reads back exactly as archived', () => {
    const text = 'a <b> & "c" \'d\' é 😀 end\n\nnext <script>x</script> para';
    const spans = [
      span(text, 'x', 'quote', '<b> & "c"'),
      span(text, 'y', 'claim', '"c" \'d\' é 😀 end\n\nnext'),
      span(text, 'z', 'context', 'script'),
    ];
    const paragraphs = paragraphsOf(text);
    const result = annotateParagraphs(text, paragraphs, spans);
    result.forEach((p, i) => {
      const range = paragraphs[i] as { start: number; end: number };
      expect(inlineText(p.children)).toBe(text.slice(range.start, range.end));
    });
  });

  it('escapes markup in the archived text instead of interpreting it', () => {
    const text = 'next <script>alert("x")</script> & more';
    const html = render(text, [span(text, 'tag', 'context', '<script>')]);
    expect(html[0]).not.toContain('<script>');
    expect(html[0]).toContain('&lt;script&gt;');
    expect(html[0]).toContain('&quot;x&quot;');
    expect(html[0]).toContain('&amp; more');
  });

  it('puts the outer annotation first when two start at the same place', () => {
    const text = 'same start, different ends';
    const result = annotateParagraphs(text, paragraphsOf(text), [
      span(text, 'short', 'quote', 'same start'),
      span(text, 'long', 'claim', 'same start, different'),
    ]);
    const outer = result[0]?.children[0] as InlineNode & { type: 'mark' };
    expect(outer.id).toBe('long');
    expect((outer.children[0] as InlineNode & { type: 'mark' }).id).toBe('short');
    expect(result[0]?.starting).toEqual(['long', 'short']);
  });

  it('gives two annotations over the same passage one mark each, nested', () => {
    const text = 'identical passage here';
    const html = render(text, [
      span(text, 'a', 'quote', 'identical passage'),
      span(text, 'b', 'claim', 'identical passage'),
    ]);
    expect(html[0]).toBe(
      '<mark id="a-a" class="ann ann--quote" data-a="a" data-end=""><mark id="a-b" class="ann ann--claim" data-a="b" data-end="">identical passage</mark></mark> here',
    );
  });

  it('ignores empty annotations', () => {
    const text = 'nothing marked';
    expect(render(text, [{ id: 'empty', kind: 'quote', start: 3, end: 3 }])).toEqual([text]);
  });

  it('adds the visible label only to the first fragment', () => {
    const text = 'one two\n\nthree';
    const result = annotateParagraphs(text, paragraphsOf(text), [
      span(text, 'x', 'quote', 'two\n\nthree'),
    ]);
    const label = (id: string, kind: string) => `${kind} ${id}`;
    expect(inlineHtml(result[0]?.children ?? [], { label })).toContain('data-label="quote x"');
    expect(inlineHtml(result[1]?.children ?? [], { label })).not.toContain('data-label');
  });
});

describe('labelledAnnotations', () => {
  const labelled = (text: string, spans: AnnotationSpan[]): string[] =>
    [...labelledAnnotations(annotateParagraphs(text, paragraphsOf(text), spans))].sort();

  it('labels no passage that stands alone in its text', () => {
    const text = 'One claim here, then words, then a quote there.\n\nAnother claim.';
    expect(
      labelled(text, [
        span(text, 'c', 'claim', 'One claim here'),
        span(text, 'q', 'quote', 'a quote there'),
        span(text, 'd', 'claim', 'Another claim'),
      ]),
    ).toEqual([]);
  });

  it('labels a nested passage and the passage around it', () => {
    const text = 'Before the claim with a quote inside it, after.';
    expect(
      labelled(text, [
        span(text, 'outer', 'claim', 'the claim with a quote inside it'),
        span(text, 'inner', 'quote', 'a quote'),
      ]),
    ).toEqual(['inner', 'outer']);
  });

  it('labels passages that touch, with only spaces or punctuation between them', () => {
    const text = 'First passage, second passage; then words and a third passage.';
    expect(
      labelled(text, [
        span(text, 'one', 'claim', 'First passage'),
        span(text, 'two', 'claim', 'second passage'),
        span(text, 'three', 'claim', 'a third passage'),
      ]),
    ).toEqual(['one', 'two']);
  });

  it('labels overlapping passages, which nest as fragments', () => {
    const text = 'alpha beta gamma delta';
    expect(
      labelled(text, [
        span(text, 'left', 'context', 'alpha beta gamma'),
        span(text, 'right', 'claim', 'beta gamma delta'),
      ]),
    ).toEqual(['left', 'right']);
  });

  it('writes the shown label as data-n on the first fragment only', () => {
    const text = 'one two\n\nthree';
    const result = annotateParagraphs(text, paragraphsOf(text), [
      span(text, 'x', 'quote', 'two\n\nthree'),
    ]);
    const shownLabel = (id: string) => (id === 'x' ? '7' : undefined);
    expect(inlineHtml(result[0]?.children ?? [], { shownLabel })).toContain('data-n="7"');
    expect(inlineHtml(result[1]?.children ?? [], { shownLabel })).not.toContain('data-n');
    expect(inlineHtml(result[0]?.children ?? [])).not.toContain('data-n');
  });
});

describe('targetStyles', () => {
  it('highlights every fragment and the note of the targeted annotation', () => {
    const css = targetStyles(['cross']);
    expect(css).toContain('html:has(#a-cross:target) mark[data-a="cross"]');
    expect(css).toContain('html:has(#a-cross:target) #n-cross');
    // The note shows even where notes are folded away.
    expect(css).toMatch(/#n-cross\)\{[^}]*display:block/);
  });

  it('is empty for a source without annotations', () => {
    expect(targetStyles([])).toBe('');
  });
});
