import { describe, expect, it } from 'vitest';
import { firstCapitalVariants, foldFirstCapital } from '../../../src/lib/text/capital.ts';
import { compareWording } from '../../../src/lib/text/drift.ts';
import { normalizeForMatch } from '../../../src/lib/text/normalize.ts';
import {
  isEdited,
  matchQuotation,
  parseQuotation,
  quotationPieces,
  type QuotationMatch,
} from '../../../src/lib/text/quotation.ts';

const TEXT =
  'The company said on Tuesday that it “will not share data with the Chinese government,” ' +
  'adding that the data of US users is stored in Virginia.\n\n' +
  'Engineers in China had access, a director said.';
const norm = normalizeForMatch(TEXT);

/** The original text of each piece found; fails the test when the quotation does not match. */
function found(match: QuotationMatch): string[] {
  expect(match.status).toBe('found');
  return match.status === 'found' ? match.pieces.map((r) => TEXT.slice(r.start, r.end)) : [];
}

describe('parseQuotation and quotationPieces', () => {
  it('splits at every kind of elision, keeping what the writer wrote', () => {
    const words =
      'The company … it will not share [...] data […] with the Chinese government... adding';
    expect(parseQuotation(words).map((p) => p.type)).toEqual([
      'words',
      'elision',
      'words',
      'elision',
      'words',
      'elision',
      'words',
      'elision',
      'words',
    ]);
    expect(
      parseQuotation(words)
        .map((p) => p.text)
        .join(''),
    ).toBe(words);
    expect(quotationPieces(words)).toEqual([
      'The company',
      'it will not share',
      'data',
      'with the Chinese government',
      'adding',
    ]);
  });

  it('joins a one-letter bracket to the word it starts, and cuts at any other bracket', () => {
    expect(quotationPieces('[t]he company said')).toEqual(['the company said']);
    expect(quotationPieces('[TikTok] will not share data')).toEqual(['will not share data']);
    expect(quotationPieces('it [TikTok] will not share')).toEqual(['it', 'will not share']);
    // A one-letter bracket followed by a space is an insertion, not a capital.
    expect(quotationPieces('said [a] director')).toEqual(['said', 'director']);
  });

  it('drops pieces with no words (the full stop after a closing elision)', () => {
    expect(quotationPieces('the Chinese government […].')).toEqual(['the Chinese government']);
    expect(quotationPieces('…')).toEqual([]);
  });

  it('tells an edited quotation from a plain one', () => {
    expect(isEdited('the company said')).toBe(false);
    expect(isEdited('the company … said')).toBe(true);
    expect(isEdited('[t]he company')).toBe(true);
  });
});

describe('matchQuotation', () => {
  it('finds a plain quotation as one piece, typography forgiven', () => {
    expect(
      found(matchQuotation(norm, '"will not share data with the Chinese government,"')),
    ).toEqual(['“will not share data with the Chinese government,”']);
  });

  it('finds each piece of an elided quotation in order', () => {
    const match = matchQuotation(
      norm,
      'it "will not share data … the data of US users is stored in Virginia',
    );
    expect(found(match)).toEqual([
      'it “will not share data',
      'the data of US users is stored in Virginia',
    ]);
    if (match.status === 'found') {
      expect(TEXT.slice(match.span.start, match.span.end)).toMatch(
        /^it “will not share.*Virginia$/s,
      );
    }
  });

  it('accepts a bracketed change of capital, either way, and an unbracketed one at a piece start', () => {
    expect(found(matchQuotation(norm, '[t]he company said on Tuesday'))).toEqual([
      'The company said on Tuesday',
    ]);
    expect(found(matchQuotation(norm, '[E]ngineers in China had access'))).toEqual([
      'Engineers in China had access',
    ]);
    expect(found(matchQuotation(norm, 'Adding that the data of US users is stored'))).toEqual([
      'adding that the data of US users is stored',
    ]);
    expect(found(matchQuotation(norm, '… “[W]ill not share data'))).toEqual([
      '“will not share data',
    ]);
  });

  it('prefers the words as written to an earlier place with the other first capital', () => {
    const text = 'the data is stored. The data is stored in Virginia.';
    const match = matchQuotation(normalizeForMatch(text), 'The data is stored');
    expect(match.status === 'found' && match.span.start).toBe(text.indexOf('The data'));
  });

  it('is the drift verdicts’ rule: a changed first capital, and nothing else about case', () => {
    expect(foldFirstCapital('The company')).toBe(foldFirstCapital('the company'));
    expect(firstCapitalVariants('the company')).toEqual(['the company', 'The company']);
    expect(compareWording('The company said', 'the company said').verdict).toBe('typographic');
    expect(matchQuotation(norm, 'the Company said').status).toBe('missing');
  });

  it('does not accept a bracketed letter that is not the first letter in another case', () => {
    const match = matchQuotation(norm, '[s]he company said');
    expect(match).toMatchObject({ status: 'missing', piece: 'she company said', elsewhere: false });
  });

  it('reports a misquote inside a piece, with the piece', () => {
    const match = matchQuotation(
      norm,
      'The company said … the data of US users is kept in Virginia',
    );
    expect(match).toEqual({
      status: 'missing',
      piece: 'the data of US users is kept in Virginia',
      index: 1,
      elsewhere: false,
    });
  });

  it('reports pieces out of order as found elsewhere', () => {
    const match = matchQuotation(norm, 'stored in Virginia … The company said');
    expect(match).toMatchObject({ status: 'missing', piece: 'The company said', elsewhere: true });
  });

  it('with a range, finds every piece inside it or reports the first outside', () => {
    const second = TEXT.indexOf('Engineers');
    const within = { start: second, end: TEXT.length };
    expect(found(matchQuotation(norm, 'Engineers … had access', within))).toEqual([
      'Engineers',
      'had access',
    ]);
    const outside = matchQuotation(norm, 'The company … had access', within);
    expect(outside).toMatchObject({ status: 'missing', piece: 'The company', elsewhere: true });
    const first = { start: 0, end: second };
    expect(matchQuotation(norm, 'The company … had access', first)).toMatchObject({
      status: 'missing',
      piece: 'had access',
    });
  });

  it('takes the first place of a repeated piece after the one before', () => {
    expect(found(matchQuotation(norm, 'will not share … the … Virginia'))).toEqual([
      'will not share',
      'the',
      'Virginia',
    ]);
    const match = matchQuotation(norm, 'adding … the');
    if (match.status === 'found') {
      expect(match.pieces[1]?.start).toBe(TEXT.indexOf('the data'));
    }
  });

  it('calls words with nothing to check empty', () => {
    expect(matchQuotation(norm, '[…]')).toEqual({ status: 'empty' });
    expect(matchQuotation(norm, '  ')).toEqual({ status: 'empty' });
  });
});
