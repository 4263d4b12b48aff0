/** Small builders of archive objects for the list tests. */
import type {
  Annotation,
  Archive,
  Article,
  Claim,
  DriftVerdict,
  Quote,
  Source,
  TimelineEvent,
} from '../../../src/lib/archive/model.ts';
import { indexArchive } from '../../../src/lib/archive/graph.ts';

const at = { file: 'x', line: 1, column: 1 };

/** A source with the given fields; the rest filled with plain defaults. */
export function source(id: string, fields: Partial<Source> = {}): Source {
  return {
    id,
    title: `Title ${id}`,
    summary: 's',
    outlet: 'outlet-a',
    stories: ['story-a'],
    authors: [],
    url: 'unknown',
    published: 'unknown',
    captured: '2026-12-01',
    kind: 'news',
    language: 'en',
    whole: false,
    sha256: '0'.repeat(64),
    text: 'text',
    paragraphs: [],
    annotations: [],
    words: 10,
    textLine: 1,
    location: at,
    ...fields,
  };
}

/** An anchored annotation in `sourceId`. */
export function annotation(
  sourceId: string,
  id: string,
  fields: Partial<Annotation> & { verdict?: DriftVerdict } = {},
): Annotation {
  const { verdict, ...rest } = fields;
  return {
    id,
    sourceId,
    exact: 'x',
    kind: 'quote',
    speaker: 'someone',
    text: 'x',
    start: 0,
    end: 1,
    paragraph: 0,
    location: at,
    ...(verdict ? { drift: { verdict, diff: [], partial: false, compared: '' } } : {}),
    ...rest,
  };
}

/** A claim with the given status and evidence counts. */
export function claim(
  id: string,
  status: Claim['status'],
  evidence: Partial<Record<'supports' | 'relays' | 'disputes', number>> = {},
  statement = `Statement ${id}`,
): Claim {
  const list = (n = 0) => Array.from({ length: n }, (_, i) => annotation('s', `${id}-${i}`));
  return {
    id,
    statement,
    status,
    summary: 'why',
    firstAppearance: { source: 's', annotation: 'a' },
    claimant: 'o',
    stories: ['story-a'],
    history: [{ date: '2026-12-01', status, author: 'Editors', reason: 'First ruling.' }],
    evidence: {
      supports: list(evidence.supports),
      relays: list(evidence.relays),
      disputes: list(evidence.disputes),
    },
    location: at,
  };
}

/** A canonical quote. */
export function quote(
  id: string,
  text: string,
  appearances: Annotation[] = [],
  speaker = 'p',
): Quote {
  return {
    id,
    speaker,
    text,
    source: 's',
    annotation: 'a',
    context: 'c',
    appearances,
    stories: ['story-a'],
    location: at,
  };
}

/** A timeline event. */
export function event(id: string, date: string, title = `Event ${id}`): TimelineEvent {
  return {
    id,
    date,
    title,
    stories: ['story-a'],
    description: 'd',
    evidence: [{ source: 's', annotation: 'a' }],
    location: at,
  };
}

/** An article. */
export function article(id: string, published: string, words = 100): Article {
  return {
    id,
    title: `Article ${id}`,
    description: 'dek',
    stories: ['story-a'],
    published,
    authors: ['A'],
    tags: [],
    corrections: [],
    references: [],
    words,
    location: at,
  };
}

/** An archive of the given parts. */
export function archiveOf(parts: Partial<Parameters<typeof indexArchive>[0]>): Archive {
  return indexArchive({
    sources: [],
    quotes: [],
    claims: [],
    people: [],
    outlets: [],
    events: [],
    articles: [],
    ...parts,
  });
}
