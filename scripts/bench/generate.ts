/**
 * The benchmark's synthetic archive, generated from the real sources.
 *
 * 1. Each synthetic source takes a real source as its template: the same
 *    outlet and kind, its paragraphs with sentences shuffled and words swapped
 *    (seeded, so every run is identical), a paragraph borrowed from other
 *    sources, and the appearances of canonical quotes planned for it.
 * 2. About five annotations per source, each on a span that occurs exactly
 *    once (checked with the real anchoring engine): quote appearances, claim
 *    evidence, context.
 * 3. N/5 canonical quotes (each appearing in two to four sources, worded
 *    exactly, typographically or slightly differently), N/10 claims, N/20
 *    events, N/10 MDX articles whose <Quote> words are taken from the
 *    annotated spans, and synthetic people and outlets beside the real ones.
 *
 * Everything here is pure: templates in, file contents out.
 */
import { Scalar, stringify } from 'yaml';
import { formatSourceFile } from '../../src/lib/archive/source-file.ts';
import { claimStatuses, stances, type ClaimStatus, type Stance } from '../../src/schemas/index.ts';
import { createAnchorer } from '../../src/lib/text/anchor.ts';
import { textSha256 } from '../../src/lib/text/hash.ts';
import { findSimilarPassages, sharesWords, wordsOf } from '../../src/lib/text/similar.ts';
import { createRandom, seedOf, type Random } from './random.ts';
import {
  blendWording,
  inStory,
  countWords,
  isMdxSafe,
  plainTypography,
  quotedPassages,
  splitParagraphs,
  splitSentences,
  swapWords,
  wordRun,
} from './text.ts';

/** A real source the synthetic ones are derived from. */
export interface Template {
  id: string;
  title: string;
  outlet: string;
  authors: string[];
  url: string;
  kind: string;
  language: string;
  whole: boolean;
  /** The archived text. */
  text: string;
}

/** A person or outlet the generated content may name. */
export interface NamedRecord {
  id: string;
  name: string;
}

/** What to generate. */
export interface GenerateOptions {
  /** How many sources (N). */
  sources: number;
  /** The real sources to derive text from (at least one). */
  templates: readonly Template[];
  /** Real people, reused as speakers. */
  people: readonly NamedRecord[];
  /** Real outlets, reused as publishers. */
  outlets: readonly NamedRecord[];
  /** Seed of the pseudo-random generator. */
  seed?: number;
}

/** One file of the generated content, relative to the content root. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** How much of each kind was generated. */
export interface GeneratedCounts {
  sources: number;
  annotations: number;
  quotes: number;
  appearances: number;
  claims: number;
  events: number;
  articles: number;
  people: number;
  outlets: number;
}

/** An annotation as written in a source's frontmatter. */
interface AnnotationOut {
  id: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  kind: 'quote' | 'claim' | 'context' | 'correction';
  note?: string;
  speaker?: string;
  quote?: string;
  claim?: string;
  stance?: Stance;
}

/** An anchored annotation, remembered for quotes, claims, events and articles. */
interface Passage {
  source: string;
  annotation: string;
  kind: AnnotationOut['kind'];
  /** The annotated span exactly as archived. */
  text: string;
  claim?: string;
}

/** A planned appearance of a canonical quote in one source. */
interface Appearance {
  quote: number;
  speaker: NamedRecord;
  /** The wording as this source prints it. */
  wording: string;
  primary: boolean;
}

const FIRST_NAMES = ['Alex', 'Maria', 'Chen', 'Priya', 'Jonas', 'Amara', 'Lucas', 'Sofia', 'Kenji'];
const LAST_NAMES = [
  'Rivera',
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Novak',
  'Tanaka',
  'Moreau',
  'Silva',
];
const ROLES = ['a company spokesperson', 'a senator', 'a former employee', 'an analyst'];
/** The claim statuses and evidence stances, in the schemas' own order. */
const STATUSES = Object.keys(claimStatuses) as ClaimStatus[];
const STANCES = stances;
const TAGS = ['oracle', 'leaked-audio', 'data-access', 'congress', 'ftc', 'project-texas'];
const CONNECTIVES = [
  'The archive shows how the account shifted.',
  'Read side by side, the reports differ in what they leave out.',
  'That wording matters for what the company later conceded.',
  'Other outlets repeated the line within hours.',
  'The primary text is narrower than the headlines suggest.',
];

/** Sources per story: each story has its own names, and its quotes appear only within it. */
export const STORY_SIZE = 50;

/** The id of story `story` (from 0): its file content/stories/<id>.yaml. */
export function benchStoryId(story: number): string {
  return `story-${pad(story + 1, 4)}`;
}

/** The story id of a generated source, from the number its id ends in. */
function storyOfSource(sourceId: string): string {
  return benchStoryId(storyOf(Number(sourceId.split('-').at(-1))));
}

/** The story a source belongs to. */
export function storyOf(index: number): number {
  return Math.floor(index / STORY_SIZE);
}

/** An ISO date between 2022-06-01 and 2025-12-28, or a month when `monthOnly`. */
function dateIn(random: Random, monthOnly = false): string {
  const year = 2022 + random.int(4);
  const month = year === 2022 ? 6 + random.int(7) : 1 + random.int(12);
  const mm = String(month).padStart(2, '0');
  if (monthOnly) return `${year}-${mm}`;
  return `${year}-${mm}-${String(1 + random.int(28)).padStart(2, '0')}`;
}

/** A YAML string written in double quotes. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** A zero-padded number, so generated ids sort in creation order. */
function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Varies a canonical wording for its j-th appearance: exact, typographic, altered. */
export function appearanceWording(canonical: string, variant: number, random: Random): string {
  switch (variant % 3) {
    case 1:
      return plainTypography(canonical);
    case 2: {
      const swapped = swapWords(canonical, random, 1);
      if (swapped !== canonical) return swapped;
      const words = canonical.split(' ');
      return words.length > 4 ? words.filter((_, i) => i !== 1).join(' ') : canonical;
    }
    default:
      return canonical;
  }
}

/** What every collection's generator shares: the size, the seed and the text pools. */
interface Pools {
  /** How many sources (N). */
  n: number;
  seed: number;
  /** Digits of N: generated ids are zero-padded to it. */
  width: number;
  templates: readonly Template[];
  /** Every sentence of every template. */
  sentences: string[];
  /** Sentences safe to write as MDX prose. */
  proseSentences: string[];
  /** Statements quoted in the templates (or every sentence when there are none). */
  quotable: string[];
  /** Each template's words, for the similarity pre-filter. */
  templateWords: Set<string>[];
}

/** The canonical quotes planned, and where each appears. */
interface QuotePlan {
  canonical: { wording: string; speaker: NamedRecord }[];
  /** The appearances planned in each source, by source index. */
  planned: Map<number, Appearance[]>;
}

/** What the sources step leaves for quotes, claims, events and articles. */
interface SourcesOut {
  passages: Passage[];
  /** Each quote's first anchored appearance, by quote index. */
  quoteFirst: Map<number, Passage>;
  /** Each claim's first anchored evidence, by claim index. */
  claimFirst: Map<number, Passage>;
  annotations: number;
  appearances: number;
  texts: { id: string; title: string; text: string }[];
}

/**
 * Generates the content files of a synthetic archive of `options.sources`
 * sources (plus the real people and outlets, which the caller copies).
 */
export function generateArchive(options: GenerateOptions): {
  files: GeneratedFile[];
  counts: GeneratedCounts;
  /** Each source's id, title and text, for the baseline build. */
  texts: { id: string; title: string; text: string }[];
} {
  const templates = options.templates;
  if (templates.length === 0) throw new Error('the benchmark needs at least one real source');
  const n = Math.max(1, Math.floor(options.sources));
  const sentences = templates.flatMap((t) => splitParagraphs(t.text).flatMap(splitSentences));
  const statements = templates.flatMap((t) => quotedPassages(t.text));
  const pools: Pools = {
    n,
    seed: options.seed ?? 20220617,
    width: String(n).length,
    templates,
    sentences,
    proseSentences: sentences.filter((s) => isMdxSafe(s) && countWords(s) <= 40),
    quotable: statements.length > 0 ? statements : sentences,
    templateWords: templates.map((t) => wordsOf(t.text)),
  };
  const files: GeneratedFile[] = [];
  const people = generatePeople(pools, options.people, files);
  const outlets = generateOutlets(pools, options.outlets, files);
  const claimCount = Math.max(1, Math.round(n / 10));
  const plan = planQuotes(pools, people);
  const sources = generateSources(pools, plan, people, outlets, claimCount, files);
  const quotes = generateQuotes(pools, plan, sources, files);
  const claims = generateClaims(pools, sources, outlets, files);
  const events = generateEvents(pools, sources, files);
  const articles = generateArticles(pools, sources, files);
  generateStories(pools, files);
  return {
    files,
    texts: sources.texts,
    counts: {
      sources: n,
      annotations: sources.annotations,
      quotes,
      appearances: sources.appearances,
      claims,
      events,
      articles,
      people: people.length,
      outlets: outlets.length,
    },
  };
}

/** The real people, and N/50 synthetic ones so no page lists everything. */
function generatePeople(
  { n }: Pools,
  real: readonly NamedRecord[],
  files: GeneratedFile[],
): NamedRecord[] {
  const people: NamedRecord[] = [...real];
  const syntheticPeople = Math.max(1, Math.round(n / 50));
  for (let k = 0; k < syntheticPeople; k++) {
    const id = `person-${pad(k, 4)}`;
    const name = `${FIRST_NAMES[k % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(k / FIRST_NAMES.length) % LAST_NAMES.length]} ${k + 1}`;
    people.push({ id, name });
    files.push({
      path: `people/${id}.yaml`,
      content: stringify({
        name,
        description: `A synthetic speaker generated for the benchmark, ${ROLES[k % ROLES.length]}.`,
      }),
    });
  }
  return people;
}

/** The real outlets, and N/100 synthetic ones. */
function generateOutlets(
  { n }: Pools,
  real: readonly NamedRecord[],
  files: GeneratedFile[],
): NamedRecord[] {
  const outlets: NamedRecord[] = [...real];
  const syntheticOutlets = Math.max(1, Math.round(n / 100));
  for (let k = 0; k < syntheticOutlets; k++) {
    const id = `outlet-${pad(k, 4)}`;
    const name = `Bench Daily ${k + 1}`;
    outlets.push({ id, name });
    files.push({
      path: `outlets/${id}.yaml`,
      content: stringify({
        name,
        description: 'A synthetic news site generated for the benchmark.',
        url: `https://outlet-${k}.bench.example/`,
      }),
    });
  }
  return outlets;
}

/** Plans N/5 canonical quotes and the two to four sources of its story each appears in. */
function planQuotes(pools: Pools, people: NamedRecord[]): QuotePlan {
  const { n, seed, templates, sentences, quotable, templateWords } = pools;
  const quoteCount = Math.max(1, Math.round(n / 5));
  const planned = new Map<number, Appearance[]>();
  const canonical: { wording: string; speaker: NamedRecord }[] = [];
  for (let q = 0; q < quoteCount; q++) {
    const r = createRandom(seedOf(`quote:${q}:${seed}`));
    // Retry until the wording looks like nothing in the real texts, so the hint for unannotated
    // appearances stays rare, as in a real archive.
    let wording = '';
    for (let attempt = 0; attempt < 6; attempt++) {
      wording = swapWords(blendWording(r.pick(quotable), r.pick(sentences), r), r, 0.4);
      const w = wording;
      const near = templates.filter((_, k) => sharesWords(templateWords[k] as Set<string>, w));
      if (!near.some((t) => findSimilarPassages(t.text, w).length > 0)) break;
    }
    const speaker = r.pick(people);
    canonical.push({ wording, speaker });
    const primary = (q * 5) % n;
    const story = storyOf(primary);
    wording = inStory(wording, story);
    // Other outlets repeat the statement within the same story.
    const base = story * STORY_SIZE;
    const size = Math.min(STORY_SIZE, n - base);
    const where = [primary];
    const extra = 1 + (q % 3);
    for (let j = 1; where.length < Math.min(size, extra + 1) && j < 50; j++) {
      const s = base + ((primary - base + j * 7 + r.int(size)) % size);
      if (!where.includes(s)) where.push(s);
    }
    where.forEach((s, j) => {
      const list = planned.get(s) ?? [];
      list.push({
        quote: q,
        speaker,
        wording: j === 0 ? wording : appearanceWording(wording, j, r),
        primary: j === 0,
      });
      planned.set(s, list);
    });
  }
  return { canonical, planned };
}

/** Generates the N sources, each from a template, with its planned appearances annotated. */
function generateSources(
  pools: Pools,
  plan: QuotePlan,
  people: NamedRecord[],
  outlets: NamedRecord[],
  claimCount: number,
  files: GeneratedFile[],
): SourcesOut {
  const out: SourcesOut = {
    passages: [],
    quoteFirst: new Map(),
    claimFirst: new Map(),
    annotations: 0,
    appearances: 0,
    texts: [],
  };
  for (let i = 0; i < pools.n; i++) {
    generateSource(i, pools, plan, people, outlets, claimCount, out, files);
  }
  return out;
}

/**
 * A source's paragraphs: the template's, each reordered and reworded, one
 * borrowed from other templates, then one per planned appearance of a quote.
 * Draws from `r` in a fixed order, so a seed gives the same text.
 */
function sourceParagraphs(
  r: Random,
  template: Template,
  story: number,
  sentences: readonly string[],
  appearances: readonly { speaker: NamedRecord; wording: string }[],
): string[] {
  const paragraphs = splitParagraphs(template.text).map((p) => {
    const list = splitSentences(p);
    const ordered = r.chance(0.5) ? r.shuffle(list) : list;
    return inStory(swapWords(ordered.join(' '), r, 0.3), story);
  });
  const borrowed = [r.pick(sentences), r.pick(sentences)].map((s) =>
    inStory(swapWords(s, r, 0.5), story),
  );
  paragraphs.splice(1 + r.int(paragraphs.length), 0, borrowed.join(' '));
  for (const a of appearances) paragraphs.push(`${a.speaker.name} said: “${a.wording}”`);
  return paragraphs;
}

/** A source file's frontmatter fields, after its text and annotations are known. */
function sourceFields(
  r: Random,
  template: Template,
  s: { id: string; story: number; outlet: string; text: string; annotations: AnnotationOut[] },
): Record<string, unknown> {
  const host = (() => {
    try {
      return new URL(template.url).hostname;
    } catch {
      return 'news.bench.example';
    }
  })();
  return {
    title: inStory(swapWords(template.title, r, 0.5), s.story),
    summary: `A synthetic capture derived from "${template.title}", generated for the benchmark.`,
    outlet: s.outlet,
    stories: [benchStoryId(s.story)],
    authors: template.authors,
    url: `https://${host}/bench/${s.id}`,
    published: r.chance(0.1) ? 'unknown' : dateIn(r),
    captured: '2026-11-30',
    kind: template.kind,
    language: template.language,
    ...(template.whole ? { whole: true } : {}),
    sha256: textSha256(s.text),
    annotations: s.annotations,
  };
}

/** One synthetic source: its text, about five annotations, and its file. */
function generateSource(
  i: number,
  { seed, width, templates, sentences }: Pools,
  plan: QuotePlan,
  people: NamedRecord[],
  outlets: NamedRecord[],
  claimCount: number,
  out: SourcesOut,
  files: GeneratedFile[],
): void {
  const { passages, quoteFirst, claimFirst } = out;
  const r = createRandom(seedOf(`source:${i}:${seed}`));
  const template = templates[i % templates.length] as Template;
  const id = `${template.id.split('-')[0]}-${pad(i, width)}`;
  const story = storyOf(i);
  const appearances = plan.planned.get(i) ?? [];
  const paragraphs = sourceParagraphs(r, template, story, sentences, appearances);
  const text = paragraphs.join('\n\n');
  const anchorer = createAnchorer(text);

  const annotations: AnnotationOut[] = [];
  const used = new Set<string>();
  /** Adds an annotation when its span anchors exactly once (with a prefix if it must). */
  const annotate = (a: AnnotationOut): boolean => {
    if (used.has(a.exact)) return false;
    let result = anchorer.anchor({ exact: a.exact });
    if (result.status === 'ambiguous' && result.suggestion) {
      Object.assign(a, result.suggestion);
      result = anchorer.anchor(a);
    }
    if (result.status !== 'found') return false;
    used.add(a.exact);
    annotations.push(a);
    const passage: Passage = {
      source: id,
      annotation: a.id,
      kind: a.kind,
      text: text.slice(result.start, result.end),
      ...(a.claim ? { claim: a.claim } : {}),
    };
    passages.push(passage);
    return true;
  };

  appearances.forEach((a, k) => {
    const quoteId = `quote-${pad(a.quote, width)}`;
    const ok = annotate({
      id: `said-${k + 1}`,
      exact: a.wording,
      kind: 'quote',
      speaker: a.speaker.id,
      quote: quoteId,
    });
    if (!ok) return;
    out.appearances++;
    // The primary appearance names the quote; if it could not be anchored, the first that was.
    const passage = passages[passages.length - 1] as Passage;
    if (a.primary || !quoteFirst.has(a.quote)) quoteFirst.set(a.quote, passage);
  });

  const candidates = r.shuffle(
    paragraphs
      .slice(0, paragraphs.length - appearances.length)
      .flatMap(splitSentences)
      .filter((s) => countWords(s) >= 5 && countWords(s) <= 45),
  );
  let claimSlot = 0;
  for (const exact of candidates) {
    if (annotations.length >= 5) break;
    const k = annotations.length + 1;
    const role = (i + k) % 5;
    if (role <= 1) {
      const claimIndex = (i * 2 + claimSlot) % claimCount;
      const claim = `claim-${pad(claimIndex, width)}`;
      const stance = STANCES[(i + claimSlot) % STANCES.length] as (typeof STANCES)[number];
      if (annotate({ id: `claim-${k}`, exact, kind: 'claim', claim, stance })) {
        claimSlot++;
        if (!claimFirst.has(claimIndex))
          claimFirst.set(claimIndex, passages[passages.length - 1] as Passage);
      }
    } else if (role === 2) {
      annotate({
        id: `speech-${k}`,
        exact,
        kind: 'quote',
        speaker: r.pick(people).id,
        note: 'Attributed in the source; *not* independently confirmed.',
      });
    } else {
      annotate({
        id: `context-${k}`,
        exact,
        kind: i % 40 === 0 ? 'correction' : 'context',
        note: 'Background the later reports leave out.',
      });
    }
  }
  out.annotations += annotations.length;

  const outlet =
    i % 4 === 3 ? (outlets[(i >> 2) % outlets.length] as NamedRecord).id : template.outlet;
  const fields = sourceFields(r, template, { id, story, outlet, text, annotations });
  files.push({ path: `sources/${id}.txt`, content: formatSourceFile(fields, text) });
  out.texts.push({ id, title: fields['title'] as string, text });
}

/** Canonical quotes: every quote with at least one anchored appearance. Returns how many. */
function generateQuotes(
  { width }: Pools,
  plan: QuotePlan,
  { quoteFirst }: SourcesOut,
  files: GeneratedFile[],
): number {
  for (const [q, first] of quoteFirst) {
    const { wording, speaker } = plan.canonical[q] as { wording: string; speaker: NamedRecord };
    files.push({
      path: `quotes/quote-${pad(q, width)}.yaml`,
      content: stringify({
        speaker: speaker.id,
        text: wording,
        source: first.source,
        annotation: first.annotation,
        context: `Reported by ${first.source}; a synthetic quote generated for the benchmark.`,
      }),
    });
  }
  return quoteFirst.size;
}

/** Claims: every claim some annotation gives evidence for. Returns how many. */
function generateClaims(
  { seed, width, sentences }: Pools,
  { claimFirst }: SourcesOut,
  outlets: readonly NamedRecord[],
  files: GeneratedFile[],
): number {
  const claimStatements = sentences.filter((s) => countWords(s) >= 6 && countWords(s) <= 30);
  for (const [c, first] of claimFirst) {
    const r = createRandom(seedOf(`claim:${c}:${seed}`));
    files.push({
      path: `claims/claim-${pad(c, width)}.yaml`,
      content: stringify({
        statement: swapWords(r.pick(claimStatements), r, 0.4),
        stories: [storyOfSource(first.source)],
        claimant: r.pick(outlets).id,
        status: STATUSES[c % STATUSES.length],
        summary: `The archive holds evidence on both sides; see **${first.source}** first.`,
        firstAppearance: { source: first.source, annotation: first.annotation },
        history: [
          {
            date: '2026-01-01',
            status: STATUSES[c % STATUSES.length],
            author: 'Bench editors',
            reason: 'First ruling.',
          },
        ],
      }),
    });
  }
  return claimFirst.size;
}

/** N/20 timeline events, each shown by one to three annotated passages. Returns how many. */
function generateEvents(
  { n, seed, width, templates }: Pools,
  { passages }: SourcesOut,
  files: GeneratedFile[],
): number {
  const eventCount = Math.max(1, Math.round(n / 20));
  for (let e = 0; e < eventCount; e++) {
    const r = createRandom(seedOf(`event:${e}:${seed}`));
    const evidence = Array.from({ length: 1 + r.int(3) }, () => r.pick(passages));
    const unique = [...new Map(evidence.map((p) => [`${p.source}#${p.annotation}`, p])).values()];
    files.push({
      path: `events/event-${pad(e, width)}.yaml`,
      content: stringify({
        date: dateIn(r, r.chance(0.2)),
        title: swapWords(r.pick(templates).title, r, 0.5),
        stories: [...new Set(unique.map((p) => storyOfSource(p.source)))].sort(),
        description: `A synthetic event generated for the benchmark, shown by ${unique.length} passage(s).`,
        evidence: unique.map((p) => ({ source: p.source, annotation: p.annotation })),
      }),
    });
  }
  return eventCount;
}

/** N/10 MDX articles quoting, citing and naming claims from the passages. Returns how many. */
function generateArticles(
  { n, seed, width, templates, proseSentences }: Pools,
  { passages, claimFirst }: SourcesOut,
  files: GeneratedFile[],
): number {
  const articleCount = Math.max(1, Math.round(n / 10));
  const claimIds = new Set([...claimFirst.keys()].map((c) => `claim-${pad(c, width)}`));
  for (let k = 0; k < articleCount; k++) {
    const r = createRandom(seedOf(`article:${k}:${seed}`));
    const body: string[] = [];
    const stories = new Set<string>();
    const prose = (count: number): string =>
      Array.from({ length: count }, () => swapWords(r.pick(proseSentences), r, 0.3)).join(' ');
    for (let p = 0; p < 8; p++) {
      const passage = r.pick(passages);
      stories.add(storyOfSource(passage.source));
      const words = wordRun(passage.text, r);
      const attrs = `source="${passage.source}" annotation="${passage.annotation}"`;
      if (p % 3 === 0 && words) {
        body.push(`${prose(2)} ${r.pick(CONNECTIVES)}`, '', `<Quote ${attrs}>${words}</Quote>`);
      } else if (words) {
        body.push(`${prose(2)} As one source put it, <Quote ${attrs} inline>${words}</Quote>.`);
      } else {
        body.push(`${prose(2)} See <Cite ${attrs} />.`);
      }
      if (passage.claim && claimIds.has(passage.claim)) {
        body.push('', `${prose(1)} The ledger tracks this as <ClaimRef id="${passage.claim}" />.`);
      }
      body.push('', `${prose(3)} <Cite ${attrs} />`, '');
    }
    const title = `Analysis ${k + 1}: ${swapWords(r.pick(templates).title, r, 0.5)}`;
    // The date is quoted: Astro's glob loader would read a bare YAML date as a Date object.
    const frontmatter = stringify({
      title,
      description: 'A synthetic analysis generated for the benchmark, quoting the archive.',
      stories: [...stories].sort(),
      published: quoted(dateIn(r)),
      authors: ['Sourcebook bench desk'],
      tags: r.shuffle(TAGS).slice(0, 2),
    });
    files.push({
      path: `articles/analysis-${pad(k, width)}.mdx`,
      content: `---\n${frontmatter}---\n\n${body.join('\n')}\n`,
    });
  }
  return articleCount;
}

/** One story record per group of STORY_SIZE sources, as content/stories/<id>.yaml. */
function generateStories({ n }: Pools, files: GeneratedFile[]): void {
  for (let s = 0; s <= storyOf(n - 1); s++) {
    files.push({
      path: `stories/${benchStoryId(s)}.yaml`,
      content: stringify({
        title: `Benchmark story ${s + 1}`,
        dek: `Sources ${s * STORY_SIZE + 1} to ${Math.min(n, (s + 1) * STORY_SIZE)} of the synthetic archive.`,
        summary: 'A synthetic story generated for the benchmark.',
        status: 'developing',
        started: '2022-06',
      }),
    });
  }
}
