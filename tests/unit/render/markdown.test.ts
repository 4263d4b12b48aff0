import { describe, expect, it } from 'vitest';
import { isSafeHref, markdownToText, renderMarkdown } from '../../../src/lib/render/markdown.ts';

describe('renderMarkdown', () => {
  it('renders emphasis, strong text, code and links', () => {
    expect(renderMarkdown('*a* **b** `c` [d](https://example.org/)')).toBe(
      '<p><em>a</em> <strong>b</strong> <code>c</code> <a href="https://example.org/" rel="noreferrer">d</a></p>',
    );
  });

  it('keeps links on this site without a rel', () => {
    expect(renderMarkdown('[claim](/claims/x/)', { inline: true })).toBe(
      '<a href="/claims/x/">claim</a>',
    );
  });

  it('drops javascript:, data: and protocol-relative links, keeping their text', () => {
    expect(
      renderMarkdown('[a](javascript:alert(1)) [b](data:text/html,x) [c](//evil.example/)'),
    ).toBe('<p>a b c</p>');
  });

  it('never emits raw HTML from the input', () => {
    const html = renderMarkdown('<script>alert(1)</script> and <b onclick="x">bold</b>');
    expect(html).not.toMatch(/<script|<b |onclick/);
  });

  it('shows an image as its alt text so a note never loads a third-party file', () => {
    expect(renderMarkdown('see ![a chart](https://tracker.example/pixel.png)')).toBe(
      '<p>see a chart</p>',
    );
  });

  it('demotes headings so a note cannot break the page outline', () => {
    expect(renderMarkdown('# Big')).toBe('<p><strong>Big</strong></p>');
  });

  it('unwraps a single paragraph when asked for inline output', () => {
    expect(renderMarkdown('just *this*', { inline: true })).toBe('just <em>this</em>');
    expect(renderMarkdown('one\n\ntwo', { inline: true })).toBe('<p>one</p><p>two</p>');
  });

  it('escapes characters that are special in HTML', () => {
    expect(renderMarkdown('a < b & c > d', { inline: true })).toBe('a &#x3C; b &#x26; c > d');
  });
});

describe('isSafeHref', () => {
  it('accepts http(s), site paths and in-page anchors only', () => {
    expect(isSafeHref('https://a.example/')).toBe(true);
    expect(isSafeHref('http://a.example/')).toBe(true);
    expect(isSafeHref('/sources/x/')).toBe(true);
    expect(isSafeHref('#a-x')).toBe(true);
    expect(isSafeHref('//a.example/')).toBe(false);
    expect(isSafeHref('mailto:a@b.example')).toBe(false);
    expect(isSafeHref('JavaScript:alert(1)')).toBe(false);
  });
});

describe('markdownToText', () => {
  it('gives the plain text of a note', () => {
    expect(markdownToText('A *short* [note](https://example.org/).')).toBe('A short note.');
  });
});
