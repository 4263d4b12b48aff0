import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { EditorError } from '../../../src/lib/editor/files.ts';
import {
  missingFields,
  planRecord,
  proposeId,
  RECORD_KINDS,
  SCAFFOLDS,
  suggestedValue,
  takesStories,
} from '../../../src/lib/editor/scaffold.ts';
import { claimStatuses } from '../../../src/schemas/records.ts';

const TODAY = '2026-12-07';

/** Complete values for each kind. */
const VALUES = {
  person: { words: 'Jane Roe', description: 'A TikTok engineer quoted in the leaked audio.' },
  quote: {
    words: 'Everything is seen in China',
    speaker: 'trust-and-safety-member',
    source: 'mediaite-everything-seen',
    annotation: 'everything-seen',
    context: 'Said in a September 2021 meeting.',
  },
  claim: {
    words: "ByteDance staff in China accessed US users' data.",
    claimant: 'buzzfeed-news',
    status: 'supported',
    summary: 'Reported by BuzzFeed News from leaked audio.',
    source: 'mediaite-everything-seen',
    annotation: 'fourteen-statements',
    author: 'Sourcebook editors',
  },
  event: {
    words: 'BuzzFeed News publishes its report',
    date: '2022-06',
    description: 'BuzzFeed News publishes the leaked-audio report.',
    source: 'mediaite-everything-seen',
    annotation: 'fourteen-statements',
  },
} as const;

/** The message of the EditorError `run` throws. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EditorError);
    return (error as Error).message;
  }
  throw new Error('expected an EditorError');
}

describe('proposeId', () => {
  it('makes an id of the first six words, or of a whole name', () => {
    expect(proposeId('quote', '“Everything is seen in China,” a member said')).toBe(
      'everything-is-seen-in-china-a',
    );
    expect(proposeId('person', 'Vanessa Pappas, TikTok chief operating officer')).toBe(
      'vanessa-pappas-tiktok-chief-operating-officer',
    );
    expect(proposeId('event', '一切')).toBe('');
  });
});

describe('suggestedValue', () => {
  it("offers a new claim's status, one the schema accepts, and nothing where there is no default", () => {
    expect(suggestedValue('claim', 'status')).toBe('unverified');
    expect(Object.keys(claimStatuses)).toContain(suggestedValue('claim', 'status'));
    expect(suggestedValue('claim', 'summary')).toBeUndefined();
    expect(suggestedValue('quote', 'status')).toBeUndefined();
  });
});

describe('missingFields', () => {
  it('lists the required values not given, words first, and not the optional ones', () => {
    expect(missingFields('quote', { speaker: 'x' }).map((f) => f.name)).toEqual([
      'words',
      'source',
      'annotation',
      'context',
    ]);
    expect(missingFields('person', { words: 'Jane', description: 'x' })).toEqual([]);
    expect(missingFields('claim', VALUES.claim)).toEqual([]);
  });
});

describe('planRecord', () => {
  it.each(RECORD_KINDS)(
    'writes a %s record that the schema accepts, at <collection>/<id>.yaml',
    (kind) => {
      const planned = planRecord(kind, VALUES[kind], TODAY);
      expect(planned.path).toBe(`${SCAFFOLDS[kind].collection}/${planned.id}.yaml`);
      const data: unknown = parse(planned.text);
      expect(SCAFFOLDS[kind].schema.safeParse(data).success).toBe(true);
    },
  );

  it('writes the words and flags where they belong, a claim with its first ruling dated today', () => {
    const claim = planRecord('claim', VALUES.claim, TODAY, ['leaked-audio']);
    expect(claim.id).toBe('bytedance-staff-in-china-accessed-us');
    expect(parse(claim.text)).toEqual({
      statement: "ByteDance staff in China accessed US users' data.",
      claimant: 'buzzfeed-news',
      stories: ['leaked-audio'],
      status: 'supported',
      summary: 'Reported by BuzzFeed News from leaked audio.',
      firstAppearance: { source: 'mediaite-everything-seen', annotation: 'fourteen-statements' },
      history: [
        {
          date: TODAY,
          status: 'supported',
          author: 'Sourcebook editors',
          reason:
            'First ruling, when the claim entered the ledger; the summary gives the evidence.',
        },
      ],
    });
    expect(parse(planRecord('event', VALUES.event, TODAY, ['leaked-audio']).text)).toEqual({
      title: 'BuzzFeed News publishes its report',
      stories: ['leaked-audio'],
      date: '2022-06',
      description: 'BuzzFeed News publishes the leaked-audio report.',
      evidence: [{ source: 'mediaite-everything-seen', annotation: 'fourteen-statements' }],
    });
    expect(
      parse(
        planRecord('person', { ...VALUES.person, url: 'https://example.org/jane' }, TODAY).text,
      ),
    ).toEqual({
      name: 'Jane Roe',
      description: 'A TikTok engineer quoted in the leaked audio.',
      url: 'https://example.org/jane',
    });
  });

  it('files a record under its stories exactly when its kind carries them, never a person', () => {
    expect(takesStories('person')).toBe(false);
    for (const kind of RECORD_KINDS) {
      const data = parse(planRecord(kind, VALUES[kind], TODAY, ['leaked-audio']).text) as object;
      expect('stories' in data, kind).toBe(takesStories(kind));
      if (takesStories(kind)) expect(data).toMatchObject({ stories: ['leaked-audio'] });
    }
  });

  it('takes --id instead of the proposal, and refuses one that cannot be an id', () => {
    expect(planRecord('person', { ...VALUES.person, id: 'jane' }, TODAY).path).toBe(
      'people/jane.yaml',
    );
    expect(errorOf(() => planRecord('person', { ...VALUES.person, id: 'Jane Roe' }, TODAY))).toBe(
      '"Jane Roe" is not a usable id: lowercase letters, digits and single hyphens',
    );
    expect(errorOf(() => planRecord('event', { ...VALUES.event, words: '一切' }, TODAY))).toBe(
      'cannot make an id from "一切": pass --id',
    );
  });

  it('names the flags missing, and the flag whose value the schema refuses', () => {
    expect(errorOf(() => planRecord('quote', { words: 'x', speaker: 'a' }, TODAY))).toBe(
      'missing --source, --annotation, --context: npm run new -- quote "<the canonical wording>" --source … --annotation … --context …',
    );
    expect(errorOf(() => planRecord('event', { ...VALUES.event, date: '2022-13' }, TODAY))).toBe(
      '--date must be a real date written YYYY-MM-DD, or YYYY-MM when only the month is known',
    );
    expect(errorOf(() => planRecord('claim', { ...VALUES.claim, status: 'true' }, TODAY))).toMatch(
      /^--status must be one of established, supported/,
    );
    expect(
      errorOf(() => planRecord('quote', { ...VALUES.quote, speaker: 'Jane Roe' }, TODAY)),
    ).toMatch(/^--speaker must be lowercase letters/);
  });

  it('keeps words with quote marks and colons intact through YAML', () => {
    const words = `'Everything': "is" seen — TikTok's staff`;
    const planned = planRecord('quote', { ...VALUES.quote, words }, TODAY);
    expect((parse(planned.text) as { text: string }).text).toBe(words);
  });
});
