import { describe, expect, it } from 'vitest';
import {
  anchoredDirective,
  firstMatchIsPassage,
  foldForMatch,
  passageLink,
  searchFragments,
  wordsLink,
  type PageModel,
} from '../../../src/lib/render/passage-fragment.ts';
import { annotation, archiveOf, source } from '../lists/build.ts';

/** A page of paragraphs separated by blank lines, with `beside` shown before them. */
function page(paragraphs: string[], beside: string[] = []): PageModel {
  const text = paragraphs.join('\n\n');
  const ranges = [];
  let at = 0;
  for (const p of paragraphs) {
    ranges.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  return { text, paragraphs: ranges, beside };
}

/** The range of the `nth` (0-based) occurrence of `words` in the page's text. */
function rangeOf(model: PageModel, words: string, nth = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = model.text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`no ${words}`);
  return { start, end: start + words.length };
}

describe('foldForMatch', () => {
  it('keeps one unit for one, folding case, accents, typographic quotes and dashes', () => {
    const text = 'Élan “Seen” — it’s';
    expect(foldForMatch(text)).toBe('elan "seen" - it\'s');
    expect(foldForMatch(text)).toHaveLength(text.length);
  });
});

describe('anchoredDirective', () => {
  it('matches a short passage whole when it occurs once on the page', () => {
    const model = page(['One said the Master Admin could see everything.']);
    expect(anchoredDirective(model, rangeOf(model, 'Master Admin'))).toEqual({
      start: 'Master Admin',
    });
  });

  it('adds words before the passage when its words occur earlier in the text', () => {
    const model = page(['The Master Admin spoke.', 'He was called a Master Admin by staff.']);
    expect(anchoredDirective(model, rangeOf(model, 'Master Admin', 1))).toEqual({
      start: 'Master Admin',
      prefix: 'a',
    });
  });

  it('uses words after the passage when it opens its paragraph', () => {
    const model = page([
      'Everything is seen, one said.',
      'Everything is seen in China, said another.',
    ]);
    expect(anchoredDirective(model, rangeOf(model, 'Everything is seen', 1))).toEqual({
      start: 'Everything is seen',
      suffix: 'in',
    });
  });

  it('sets the passage apart from the title and notes shown before the text', () => {
    const model = page(
      ['Staff said “Everything is seen in China,” a director added.'],
      ['Leaked audio: ‘Everything Is Seen in China’'],
    );
    const directive = anchoredDirective(model, rangeOf(model, 'Everything is seen in China'));
    expect(directive).toEqual({ start: 'Everything is seen in China', prefix: 'said “' });
    // Without the prefix the title, folded, would be the first match.
    expect(
      firstMatchIsPassage(model, rangeOf(model, 'Everything is seen in China'), {
        start: 'Everything is seen in China',
      }),
    ).toBe(false);
  });

  it('never takes punctuation alone as context', () => {
    const model = page(['“Seen,” he said.', 'Later: “Seen” was all.']);
    const directive = anchoredDirective(model, rangeOf(model, 'Seen', 1));
    expect(directive?.prefix).toBe('Later: “');
  });

  it('matches a long passage by its ends, grown when a note repeats its first words', () => {
    const passage = 'We will still use our US and Singapore data centers for backup, as we said';
    const model = page([`${passage}.`], ['The note quotes "We will still use" only.']);
    expect(anchoredDirective(model, rangeOf(model, passage))).toEqual({
      start: 'We will still use our US',
      end: 'centers for backup, as we said',
    });
  });

  it('splits a passage that crosses a paragraph into the ends of each', () => {
    const model = page(['Alpha beta gamma delta epsilon.', 'Zeta eta theta iota.']);
    const range = { start: model.text.indexOf('gamma'), end: model.text.indexOf(' theta') };
    expect(anchoredDirective(model, range)).toEqual({
      start: 'gamma delta epsilon.',
      end: 'Zeta eta',
    });
  });

  it('gives no fragment for a passage cut inside a word', () => {
    const model = page(['Backdoors were found.']);
    expect(anchoredDirective(model, { start: 0, end: 'Backdoor'.length })).toBeUndefined();
  });

  it('gives no fragment when no context sets the passage apart', () => {
    const model = page(['Yes.', 'Yes.'], []);
    expect(anchoredDirective(model, rangeOf(model, 'Yes.', 1))).toBeUndefined();
  });
});

describe('firstMatchIsPassage', () => {
  it('checks the end of a long match lands where the passage ends', () => {
    const model = page(['Start here and end there, then end there again.']);
    const range = rangeOf(model, 'Start here and end there, then end there');
    expect(firstMatchIsPassage(model, range, { start: 'Start here', end: 'end there' })).toBe(
      false,
    );
    expect(firstMatchIsPassage(model, range, { start: 'Start here', end: 'then end there' })).toBe(
      true,
    );
  });

  it('takes a suffix into account for a passage matched whole', () => {
    const model = page(['seen in Ohio, and seen in China.']);
    const range = rangeOf(model, 'seen', 1);
    expect(firstMatchIsPassage(model, range, { start: 'seen' })).toBe(false);
    expect(firstMatchIsPassage(model, range, { start: 'seen', suffix: 'in China' })).toBe(true);
  });
});

describe('links on a source page of an archive', () => {
  const text = 'Staff said Everything is seen in China that day.\n\nBackdoors were found.';
  const annotations = [
    annotation('s', 'seen', {
      start: text.indexOf('Everything'),
      end: text.indexOf(' that'),
      note: 'The note repeats *Everything is seen in China*.',
    }),
    // Starts and ends inside words: no fragment can match it whole.
    annotation('s', 'cut', { start: text.indexOf('ackdoor'), end: text.indexOf('s were') }),
  ];
  const archive = archiveOf({
    sources: [
      source('s', {
        title: 'Everything is seen in China',
        text,
        paragraphs: [
          { start: 0, end: text.indexOf('\n') },
          { start: text.indexOf('Backdoors'), end: text.length },
        ],
        annotations,
      }),
    ],
  });

  it('links a passage to its anchor with a fragment that skips the title and the note', () => {
    expect(passageLink(archive, 's', 'seen')).toBe(
      '/sources/s/#a-seen:~:text=said-,Everything%20is%20seen%20in%20China',
    );
  });

  it('links to the anchor alone when no fragment lands on the passage, and to the page without one', () => {
    expect(passageLink(archive, 's', 'cut')).toBe('/sources/s/#a-cut');
    expect(passageLink(archive, 's')).toBe('/sources/s/');
  });

  it('lists each fragment for the search index, and links unmarked words by a fragment', () => {
    expect(searchFragments(archive, 's')).toBe(
      'a-seen:~:text=said-,Everything%20is%20seen%20in%20China',
    );
    const start = text.indexOf('Backdoors');
    expect(wordsLink(archive, 's', { start, end: start + 'Backdoors were found'.length })).toBe(
      '/sources/s/#:~:text=Backdoors%20were%20found',
    );
    expect(wordsLink(archive, 'missing', { start: 0, end: 1 })).toBe('/sources/missing/');
  });
});

describe('a long passage whose first words the notes repeat', () => {
  it('is matched whole when its ends cannot set it apart', () => {
    const passage = 'A member of the safety team in a September meeting said that';
    const model = page(
      [`${passage} all was seen.`],
      ['A member of the safety team in a September meeting'],
    );
    expect(anchoredDirective(model, rangeOf(model, passage))).toEqual({ start: passage });
  });
});
