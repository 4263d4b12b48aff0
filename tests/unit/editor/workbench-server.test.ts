/**
 * The workbench's endpoints' logic (src/lib/editor/workbench.ts) on a copy of
 * a fixture's content: what a selection anchors to, and saves that write only
 * what the checker accepts, say what they wrote, and refuse the rest with
 * nothing written.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  answer,
  contentErrors,
  describeSelection,
  driftOf,
  save,
  sourceView,
  type WorkbenchContext,
} from '../../../src/lib/editor/workbench.ts';
import { today } from '../../../src/lib/editor/files.ts';
import { planRecord } from '../../../src/lib/editor/scaffold.ts';
import { copyContent, PROJECT_ROOT } from '../../support/fixture-site.ts';

const SOURCE = 'mediaite-everything-seen';
let root: string;
let ctx: WorkbenchContext;
let logged: string[];
const file = () => join(root, 'sources', `${SOURCE}.txt`);
const version = () => sourceView(ctx, SOURCE).body['version'] as string;

beforeEach(() => {
  root = copyContent(join(PROJECT_ROOT, 'tests/fixtures/bad-input/base/content'));
  logged = [];
  ctx = { root, log: (line) => logged.push(line) };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The paragraph and offset of the `nth` occurrence of `words`, as the panel sends them. */
function selection(words: string, nth = 0) {
  const text = readFileSync(file(), 'utf8').split(/\n---\n/)[1] as string;
  const paragraphs = text.split('\n\n');
  let seen = 0;
  for (const [p, paragraph] of paragraphs.entries()) {
    for (let at = paragraph.indexOf(words); at >= 0; at = paragraph.indexOf(words, at + 1)) {
      if (seen++ === nth) {
        return {
          start: { paragraph: p, offset: at },
          end: { paragraph: p, offset: at + words.length },
          selected: words,
        };
      }
    }
  }
  throw new Error(`no "${words}" (${nth})`);
}

describe('the workbench on a fixture', () => {
  it('describes a selection: stored text, uniqueness, an id not yet taken', () => {
    const reply = describeSelection(ctx, { source: SOURCE, selection: selection('Master Admin') });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      exact: 'Master Admin',
      unique: true,
      proposedId: 'master-admin-2',
    });
    const repeated = describeSelection(ctx, {
      source: SOURCE,
      selection: selection('a September meeting', 1),
    });
    expect(repeated.body).toMatchObject({
      unique: false,
      occurrences: 2,
      suffix: ', with',
    });
  });

  it('gives the drift verdict of a passage against a canonical quote', () => {
    const reply = driftOf(ctx, {
      quote: 'everything-seen-in-china',
      exact: 'everything is seen in China',
    });
    expect(reply.body['verdict']).toBe('typographic');
  });

  it('saves a new quote with its appearance, says what it wrote, and the checker passes', () => {
    const before = readFileSync(file(), 'utf8');
    const reply = save(ctx, {
      source: SOURCE,
      version: version(),
      annotation: {
        id: 'master-admin-words',
        exact: 'Master Admin',
        kind: 'quote',
        speaker: 'tiktok-director',
        quote: 'master-admin',
      },
      newQuote: {
        id: 'master-admin',
        context: 'Said of an engineer in a September meeting, according to BuzzFeed News.',
      },
    });
    expect(reply.body['errors']).toEqual([]);
    expect(reply.status).toBe(200);
    const quoteFile = join(root, 'quotes', 'master-admin.yaml');
    expect(logged).toEqual([`wrote ${quoteFile}`, `wrote ${file()}`]);
    expect(readFileSync(quoteFile, 'utf8')).toBe(
      'speaker: tiktok-director\ntext: Master Admin\nsource: mediaite-everything-seen\nannotation: master-admin-words\ncontext: Said of an engineer in a September meeting, according to BuzzFeed News.\n',
    );
    // The new entry ends the annotations list: before the next top-level key, or the closing ---.
    const next = /\n(?:[a-zA-Z]+:|---\n)/g;
    next.lastIndex = before.indexOf('\nannotations:\n') + 1;
    const end = (next.exec(before)?.index ?? -1) + 1;
    expect(end).toBeGreaterThan(0);
    expect(readFileSync(file(), 'utf8')).toBe(
      `${before.slice(0, end)}  - id: master-admin-words\n    exact: Master Admin\n    kind: quote\n    speaker: tiktok-director\n    quote: master-admin\n${before.slice(end)}`,
    );
    expect(contentErrors(ctx).body['errors']).toEqual([]);
  });

  it('refuses, with nothing written, a stale file, a repeated passage, a taken id, an unknown quote, an invalid person', () => {
    const before = readFileSync(file(), 'utf8');
    const stale = save(ctx, { source: SOURCE, version: 'x', annotation: {} });
    expect(stale.status).toBe(409);
    expect(stale.body['stale']).toBe(true);
    const refused = save(ctx, {
      source: SOURCE,
      version: version(),
      annotation: {
        id: 'master-admin',
        exact: 'a September meeting',
        kind: 'quote',
        speaker: 'nobody-new',
        quote: 'no-such-quote',
      },
      newPerson: { id: 'nobody-new', name: 'Nobody' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body['problems']).toEqual([
      'annotation "master-admin" already exists: choose another id',
      'person `description`: must be text',
      'there is no quote "no-such-quote": pick one from the list or create it',
      'the passage occurs 2 times: add a prefix or suffix',
    ]);
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'people', 'nobody-new.yaml'))).toBe(false);
    expect(logged).toEqual([]);
  });

  it('saves a new claim with the passage as its first appearance, written as npm run new -- claim writes it', () => {
    const before = readFileSync(file(), 'utf8');
    const annotation = {
      id: 'master-admin',
      exact: 'has access to everything',
      kind: 'quote',
      speaker: 'tiktok-director',
      claim: 'one-engineer-access-everything',
      stance: 'relays',
    };
    const newClaim = {
      id: 'one-engineer-access-everything',
      statement: 'One engineer in China had access to all US user data.',
      claimant: 'mediaite-com',
      stories: ['leaked-audio'],
      status: 'unverified',
      summary: 'Relayed from BuzzFeed News; nothing in the archive confirms it.',
      author: 'Fixture editors',
    };
    // Refused, with nothing written and every problem named: no story among two, the id taken.
    const refused = save(ctx, {
      source: SOURCE,
      version: version(),
      replaces: 'master-admin',
      annotation: { ...annotation, claim: 'china-staff-accessed-data' },
      newClaim: { ...newClaim, id: 'china-staff-accessed-data', stories: [], summary: ' ' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body['problems']).toEqual([
      'claim "china-staff-accessed-data" already exists: choose another id',
      'the new claim needs its summary',
      'say which story the new claim belongs to: one of follow-up, leaked-audio',
    ]);
    expect(readFileSync(file(), 'utf8')).toBe(before);
    expect(logged).toEqual([]);

    const reply = save(ctx, {
      source: SOURCE,
      version: version(),
      replaces: 'master-admin',
      annotation,
      newClaim,
    });
    expect(reply.body['errors']).toEqual([]);
    expect(reply.status).toBe(200);
    const claimFile = join(root, 'claims', `${newClaim.id}.yaml`);
    expect(logged).toEqual([`wrote ${claimFile}`, `wrote ${file()}`]);
    const flags = Object.fromEntries(Object.entries(newClaim).filter(([k]) => k !== 'stories'));
    const scaffolded = planRecord(
      'claim',
      {
        ...(flags as Record<string, string>),
        words: newClaim.statement,
        source: SOURCE,
        annotation: annotation.id,
      },
      today(),
      newClaim.stories,
    );
    expect(readFileSync(claimFile, 'utf8')).toBe(scaffolded.text);
    expect(scaffolded.text).toContain(
      `firstAppearance:\n  source: ${SOURCE}\n  annotation: master-admin\n`,
    );
    expect(readFileSync(file(), 'utf8')).toBe(
      before.replace(
        '    speaker: tiktok-director\n',
        '    speaker: tiktok-director\n    claim: one-engineer-access-everything\n    stance: relays\n',
      ),
    );
    expect(contentErrors(ctx).body['errors']).toEqual([]);
  });

  it('deletes an annotation, and refuses a path outside the content root', () => {
    const reply = save(ctx, {
      source: SOURCE,
      version: version(),
      replaces: 'master-admin',
      delete: true,
    });
    expect(reply.status).toBe(200);
    expect(readFileSync(file(), 'utf8')).not.toContain('id: master-admin');
    expect(answer(() => sourceView(ctx, '../quotes/everything-seen-in-china')).status).toBe(400);
    writeFileSync(join(root, 'x.txt'), 'x');
    expect(answer(() => save(ctx, { source: '../x' })).status).toBe(400);
  });
});
