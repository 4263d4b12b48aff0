import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeQuoteInQuotedValue } from '../../../src/lib/archive/yaml-quotes.ts';

/** What the YAML parser says of `text`, as the checker sees it: the first error's code and offset. */
function problem(text: string) {
  const error = parseDocument(text).errors[0];
  expect(error?.code).toBe('UNEXPECTED_TOKEN');
  return describeQuoteInQuotedValue(text, error?.pos[0] ?? 0);
}

/** The repaired line a fix proposes, parsed back: it must be valid YAML holding the words. */
function repairedValue(fix: string): unknown {
  const line = /`([^`]+: '(?:[^']|'')*')`/.exec(fix)?.[1] ?? '';
  return (parseDocument(line).toJS() as Record<string, unknown>)['exact'];
}

describe('describeQuoteInQuotedValue', () => {
  it('finds an apostrophe inside a single-quoted value, at the apostrophe', () => {
    const text = "annotations:\n  - id: a\n    exact: 'TikTok's tools are here'\n    kind: quote\n";
    const found = problem(text);
    expect(found?.message).toBe(
      "a value in single quotes contains a ' (an apostrophe or quotation mark), which ends the value early",
    );
    expect(found?.offset).toBe(text.indexOf("'s tools"));
    expect(found?.fix).toContain("`exact: 'TikTok''s tools are here'`");
    expect(found?.fix).toContain('`exact: >-`');
    expect(repairedValue(found?.fix ?? '')).toBe("TikTok's tools are here");
  });

  it('finds a quotation mark inside a double-quoted value and proposes single quotes', () => {
    const text = 'exact: "He said "no" today, it\'s said"\nkind: quote\n';
    const found = problem(text);
    expect(found?.message).toBe(
      'a value in double quotes contains a " (a quotation mark), which ends the value early',
    );
    expect(found?.offset).toBe(text.indexOf('"no'));
    expect(repairedValue(found?.fix ?? '')).toBe('He said "no" today, it\'s said');
  });

  it('finds a value that starts with a quoted word and goes on', () => {
    const text = "exact: 'Everything' is seen\nkind: quote\n";
    const found = problem(text);
    expect(found?.message).toBe(
      "a value starts with ', so YAML reads it as quoted up to the next ', but it goes on after that",
    );
    expect(found?.fix).toMatch(/^write it as a block scalar: `exact: >-`/);
    expect(found?.offset).toBe(text.indexOf("' is"));
    expect(repairedValue(found?.fix ?? '')).toBe("'Everything' is seen");
  });

  it('finds the opening of a value that runs over several lines', () => {
    const text = "note: 'A note that runs\n  over TikTok's lines'\nkind: quote\n";
    const found = problem(text);
    expect(found?.offset).toBe(text.indexOf("'s lines"));
    expect(found?.fix).toContain("double every ' inside the value");
  });

  it('proposes no one-line repair for a value that goes on over the next line', () => {
    const text = "exact: 'TikTok's tools\n  are here'\nkind: quote\n";
    const found = problem(text);
    expect(found?.offset).toBe(text.indexOf("'s tools"));
    expect(found?.fix).toMatch(
      /^double every ' inside the value \(TikTok''s\); or write it as a block scalar/,
    );
  });

  it('leaves other mistakes alone', () => {
    expect(describeQuoteInQuotedValue('title: [a, b\n', 12)).toBeUndefined();
    expect(describeQuoteInQuotedValue('title: plain value\n', 10)).toBeUndefined();
  });
});
