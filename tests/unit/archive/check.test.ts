import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkArchive, formatDiagnostic } from '../../../src/lib/archive/check.ts';
import type { Diagnostic } from '../../../src/lib/archive/model.ts';
import type { ParsedFiles } from '../../../src/lib/archive/read.ts';
import { BASICS, removeContent, sourceFile, writeContent } from './temp-content.ts';

afterAll(removeContent);

const errors = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
const hints = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'hint');

const TEXT = [
  'The river rose two metres overnight, the mayor said on Tuesday.',
  '',
  'Residents said the river rose faster than in 2019. “We were not warned,” one resident said.',
].join('\n');

/** A source with a quote annotation, its canonical quote, a claim and an event. */
function archiveFiles(annotations: string, extra: Record<string, string> = {}) {
  return {
    ...BASICS,
    'sources/river.txt': sourceFile(TEXT).replace('annotations: []\n', annotations),
    'quotes/not-warned.yaml':
      'speaker: a-speaker\ntext: "We were not warned."\nsource: river\nannotation: not-warned\ncontext: Said to reporters.\n',
    'claims/river-rose.yaml':
      'stories: [test-story]\nstatement: The river rose two metres.\nstatus: supported\nsummary: Reported by the mayor.\nfirstAppearance:\n  source: river\n  annotation: two-metres\nclaimant: a-speaker\nhistory:\n  - date: 2026-12-01\n    status: supported\n    author: Test editors\n    reason: First ruling.\n',
    'events/flood.yaml':
      'stories: [test-story]\ndate: 2022-06\ntitle: Flood\ndescription: The river rose.\nevidence:\n  - source: river\n    annotation: two-metres\n',
    ...extra,
  };
}

const GOOD_ANNOTATIONS = `annotations:
  - id: two-metres
    exact: The river rose two metres overnight
    kind: claim
    claim: river-rose
    stance: relays
  - id: not-warned
    exact: "\\"We were not warned,\\""
    kind: quote
    speaker: a-speaker
    quote: not-warned
`;

describe('a valid archive', () => {
  const { archive, diagnostics } = checkArchive(writeContent(archiveFiles(GOOD_ANNOTATIONS)));

  test('has no errors', () => {
    expect(errors(diagnostics)).toEqual([]);
  });

  test('anchors each annotation to the archived text exactly as captured', () => {
    const source = archive.source.get('river');
    expect(source?.annotations.map((a) => a.text)).toEqual([
      'The river rose two metres overnight',
      '“We were not warned,”',
    ]);
    expect(source?.annotations[1]?.paragraph).toBe(1);
  });

  test('links an annotation to its canonical quote with a drift verdict', () => {
    const quote = archive.quote.get('not-warned');
    expect(quote?.appearances.map((a) => a.id)).toEqual(['not-warned']);
    expect(quote?.appearances[0]?.drift?.verdict).toBe('typographic');
  });

  test('files each annotation naming a claim as evidence under its stance', () => {
    expect(archive.claim.get('river-rose')?.evidence.relays.map((a) => a.id)).toEqual([
      'two-metres',
    ]);
  });
});

test('the prefix suggested for an ambiguous anchor makes it anchor to the first occurrence', () => {
  const ambiguous = `annotations:\n  - id: river-rose\n    exact: river rose\n    kind: context\n`;
  const first = checkArchive(
    writeContent({
      ...BASICS,
      'sources/river.txt': sourceFile(TEXT).replace('annotations: []\n', ambiguous),
    }),
  );
  const [problem] = errors(first.diagnostics);
  expect(problem?.code).toBe('anchor-ambiguous');
  expect(problem?.message).toContain('occurs 2 times');
  const prefix = /`prefix: ("[^`]*")`/.exec(problem?.fix ?? '')?.[1];
  expect(prefix).toBeDefined();
  const fixed = ambiguous.replace('    kind:', `    prefix: ${prefix}\n    kind:`);
  const second = checkArchive(
    writeContent({
      ...BASICS,
      'sources/river.txt': sourceFile(TEXT).replace('annotations: []\n', fixed),
    }),
  );
  expect(errors(second.diagnostics)).toEqual([]);
  const anchored = second.archive.source.get('river')?.annotations[0];
  expect(anchored?.start).toBe(TEXT.indexOf('river rose'));
});

test('the suffix suggested for an ambiguous anchor works when no prefix can tell them apart', () => {
  const text = 'Water rose. Water rose again.';
  const annotation = `annotations:\n  - id: water\n    exact: Water rose\n    kind: context\n`;
  const file = (a: string) => ({
    ...BASICS,
    'sources/water.txt': sourceFile(text).replace('annotations: []\n', a),
  });
  const [problem] = errors(checkArchive(writeContent(file(annotation))).diagnostics);
  const suffix = /`suffix: ("[^`]*")`/.exec(problem?.fix ?? '')?.[1];
  expect(suffix).toBe('"."');
  const fixed = annotation.replace('    kind:', `    suffix: ${suffix}\n    kind:`);
  const result = checkArchive(writeContent(file(fixed)));
  expect(errors(result.diagnostics)).toEqual([]);
  expect(result.archive.source.get('water')?.annotations[0]?.start).toBe(0);
});

test('a source whose frontmatter fails validation still has its annotations anchored and their references checked', () => {
  const annotations = `annotations:\n  - id: said\n    exact: the mayor sayed\n    kind: quote\n    speaker: nobody-known\n`;
  const files = {
    ...BASICS,
    'sources/river.txt': sourceFile(TEXT, { kind: 'newspaper' }).replace(
      'annotations: []\n',
      annotations,
    ),
  };
  const codes = errors(checkArchive(writeContent(files)).diagnostics).map((d) => d.code);
  expect(codes.sort()).toEqual(['anchor-not-found', 'schema', 'unknown-reference']);
});

test('an annotation with an invalid field is still anchored, so both problems are reported at once', () => {
  const annotations = `annotations:\n  - id: rose\n    exact: The river fell\n    kind: fact\n`;
  const files = {
    ...BASICS,
    'sources/river.txt': sourceFile(TEXT).replace('annotations: []\n', annotations),
  };
  const found = errors(checkArchive(writeContent(files)).diagnostics);
  expect(found.map((d) => d.code).sort()).toEqual(['anchor-not-found', 'schema']);
  expect(found.find((d) => d.code === 'anchor-not-found')?.fix).toContain('[-fell-]{+rose+}');
});

test('the hash is checked even when another field of the source is invalid', () => {
  const file = sourceFile(TEXT, { published: '2022-02-30' }).replace('two metres', 'three metres');
  const codes = errors(
    checkArchive(writeContent({ ...BASICS, 'sources/river.txt': file })).diagnostics,
  ).map((d) => d.code);
  expect(codes.sort()).toEqual(['hash-mismatch', 'schema']);
});

test('a reference to a file that exists but is invalid is not reported as unknown', () => {
  const files = archiveFiles(GOOD_ANNOTATIONS, { 'people/a-speaker.yaml': 'name: A speaker\n' });
  const found = errors(checkArchive(writeContent(files)).diagnostics);
  expect(found).toHaveLength(1);
  expect(found[0]?.message).toBe('`description` is missing');
  expect(found[0]?.file).toMatch(/people\/a-speaker\.yaml$/);
});

test('an annotation whose speaker differs from its canonical quote’s speaker is an error', () => {
  const files = archiveFiles(
    GOOD_ANNOTATIONS.replace('speaker: a-speaker', 'speaker: another-speaker'),
  );
  const [problem, ...rest] = errors(checkArchive(writeContent(files)).diagnostics);
  expect(rest).toEqual([]);
  expect(problem?.code).toBe('speaker-mismatch');
  expect(problem?.message).toBe(
    'annotation "not-warned" names speaker "another-speaker", but its quote "not-warned" was said by "a-speaker"',
  );
});

test('the same id in a .yaml and a .yml file is an error naming both', () => {
  const files = archiveFiles(GOOD_ANNOTATIONS, {
    'people/a-speaker.yml': 'name: A speaker\ndescription: Twice.\n',
  });
  const [problem] = errors(checkArchive(writeContent(files)).diagnostics);
  expect(problem?.file).toMatch(/people\/a-speaker\.yml$/);
  expect(problem?.message).toBe(
    'has the same id "a-speaker" as a-speaker.yaml: two files cannot share an id',
  );
});

test('a source with CRLF line endings and a byte-order mark checks like any other', () => {
  const file = `\uFEFF${sourceFile(TEXT).replace(/\n/g, '\r\n')}`;
  const { archive, diagnostics } = checkArchive(
    writeContent({ ...BASICS, 'sources/river.txt': file }),
  );
  expect(errors(diagnostics)).toEqual([]);
  expect(archive.source.get('river')?.text).toBe(TEXT);
});

test('archived text that looks like markup is kept as literal characters', () => {
  const text =
    'A {brace} and <b>tag</b> and *stars* and _under_ and <script>x</script> and "quotes".';
  const annotations = 'annotations:\n  - id: tag\n    exact: <b>tag</b>\n    kind: context\n';
  const { archive, diagnostics } = checkArchive(
    writeContent({
      ...BASICS,
      'sources/markup.txt': sourceFile(text).replace('annotations: []\n', annotations),
    }),
  );
  expect(errors(diagnostics)).toEqual([]);
  expect(archive.source.get('markup')?.text).toBe(text);
  expect(archive.source.get('markup')?.annotations[0]?.text).toBe('<b>tag</b>');
});

test('a passage that crosses a paragraph break anchors across it', () => {
  const annotations =
    'annotations:\n  - id: across\n    exact: on Tuesday. Residents said\n    kind: context\n';
  const { archive, diagnostics } = checkArchive(
    writeContent({
      ...BASICS,
      'sources/river.txt': sourceFile(TEXT).replace('annotations: []\n', annotations),
    }),
  );
  expect(errors(diagnostics)).toEqual([]);
  expect(archive.source.get('river')?.annotations[0]?.text).toBe('on Tuesday.\n\nResidents said');
});

test('an article quote is verified against the archive, inline or as a block', () => {
  const article = [
    '---',
    'stories: [test-story]',
    'title: Test article',
    'description: A test.',
    'published: 2026-12-01',
    'authors: [Test Desk]',
    '---',
    '',
    'The mayor: <Quote source="river" annotation="two-metres" inline>river rose two metres</Quote>.',
    '',
    '<Quote source="river">We were not warned</Quote>',
    '',
    '<Cite source="river" annotation="not-warned" /> <ClaimRef id="river-rose" />',
    '',
  ].join('\n');
  const { archive, diagnostics } = checkArchive(
    writeContent(archiveFiles(GOOD_ANNOTATIONS, { 'articles/test.mdx': article })),
  );
  expect(errors(diagnostics).map(formatDiagnostic)).toEqual([]);
  expect(archive.article.get('test')?.references.map((r) => r.component)).toEqual([
    'Quote',
    'Quote',
    'Cite',
    'ClaimRef',
  ]);
  expect(archive.citedIn.get('river')?.map((a) => a.id)).toEqual(['test']);
});

test('an article whose frontmatter is invalid still has its quotes checked', () => {
  const article =
    '---\nstories: [test-story]\ntitle: Test\ndescription: A test.\npublished: 2026-13-01\nauthors: [Desk]\n---\n\n<Quote source="river">the river fell</Quote>\n';
  const found = errors(
    checkArchive(writeContent(archiveFiles(GOOD_ANNOTATIONS, { 'articles/test.mdx': article })))
      .diagnostics,
  );
  expect(found.map((d) => d.code).sort()).toEqual(['misquote', 'schema']);
});

test('a re-check with the files parsed before reuses an unchanged article, and reads a changed one', () => {
  const good =
    '---\nstories: [test-story]\ntitle: Test\ndescription: A test.\npublished: 2026-12-01\nauthors: [Desk]\n---\n\n<Quote source="river">We were not warned</Quote>\n';
  const root = writeContent(archiveFiles(GOOD_ANNOTATIONS, { 'articles/test.mdx': good }));
  const parsed: ParsedFiles = new Map();
  expect(errors(checkArchive(root, { parsed }).diagnostics)).toEqual([]);

  // The file is unchanged, so its record is the same object: the parsed body is reused, not
  // the (here tampered) body text, which would fail to parse.
  const entry = [...parsed.entries()].find(([path]) => path.endsWith('test.mdx'))![1];
  entry.record!.body = '<Quote source="river"';
  expect(errors(checkArchive(root, { parsed }).diagnostics)).toEqual([]);

  // A changed file is read and parsed again.
  writeFileSync(join(root, 'articles/test.mdx'), good.replace('</Quote>', ''));
  expect(errors(checkArchive(root, { parsed }).diagnostics).map((d) => d.code)).toEqual([
    'mdx-syntax',
  ]);
  // Without the files parsed before, nothing is reused.
  writeFileSync(join(root, 'articles/test.mdx'), good);
  expect(errors(checkArchive(root).diagnostics)).toEqual([]);
});

describe('hints', () => {
  const long = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
  const files = {
    ...archiveFiles(GOOD_ANNOTATIONS),
    'sources/long.txt': sourceFile(`${long}\n\nOne resident said: we were not warned.`),
    'sources/whole.txt': sourceFile(long, { whole: true }),
    'claims/unsupported.yaml':
      'stories: [test-story]\nstatement: Nobody was warned.\nstatus: unverified\nsummary: No evidence yet.\nfirstAppearance:\n  source: river\n  annotation: not-warned\nclaimant: a-speaker\nhistory:\n  - date: 2026-12-01\n    status: unverified\n    author: Test editors\n    reason: First ruling.\n',
    'outlets/new-outlet.yaml':
      'name: New Outlet\ndescription: Publisher of “A page”. Say what kind of publication this is.\n',
  };
  const found = hints(checkArchive(writeContent(files), { hints: true }).diagnostics);
  const byCode = (code: string) => found.filter((d) => d.code === code);

  test('a passage over 60 words gets the long-passage hint, unless the source is whole', () => {
    expect(byCode('long-passage').map((d) => d.file)).toEqual([
      expect.stringMatching(/long\.txt$/),
    ]);
    expect(byCode('long-passage')[0]?.message).toContain('passage of 70 words');
  });

  test('an unannotated passage like a canonical quote gets a hint with its line', () => {
    const [hint] = byCode('unannotated-appearance');
    expect(hint?.file).toMatch(/long\.txt$/);
    expect(hint?.message).toContain('looks like quote "not-warned"');
    const lines = files['sources/long.txt'].split('\n');
    expect(hint?.line).toBe(lines.findIndex((l) => l.startsWith('One resident said')) + 1);
  });

  test('the passage an unannotated-appearance hint quotes starts and ends on whole words', () => {
    const text = 'Senators wrote that the app represents a national security threat.';
    const result = checkArchive(
      writeContent({
        ...BASICS,
        'sources/letters.txt': sourceFile(text),
        'sources/river.txt': sourceFile(TEXT, {}, GOOD_ANNOTATIONS),
        'quotes/not-warned.yaml': archiveFiles('')['quotes/not-warned.yaml'],
        'quotes/serious-threat.yaml':
          'speaker: a-speaker\ntext: a serious national security threat\nsource: river\nannotation: not-warned\ncontext: Test.\n',
      }),
      { hints: true },
    );
    const hint = result.diagnostics.find((d) => d.message.includes('"serious-threat"'));
    expect(hint?.message).toMatch(/^"represents a national security threat" looks like quote/);
    // The same facts as data, for the workbench: the quote, and the passage's place in the text.
    expect(hint?.data).toMatchObject({ kind: 'look-alike', quote: 'serious-threat' });
    const data = hint?.data;
    const stored = result.archive.source.get('letters')?.text ?? '';
    expect(data && stored.slice(data.start, data.end)).toBe(
      'represents a national security threat',
    );
    expect(data?.similarity).toBeGreaterThan(0.5);
    expect(data?.similarity).toBeLessThanOrEqual(1);
  });

  test('a passage annotated as distinct from a canonical quote gets no hint for it', () => {
    const text = 'Senators wrote that the app represents a national security threat.';
    const content = (distinctFrom: string) =>
      writeContent({
        ...BASICS,
        'sources/letters.txt': sourceFile(
          text,
          {},
          [
            'annotations:',
            '  - id: senators-summary',
            "    exact: 'represents a national security threat'",
            '    kind: claim',
            `    ${distinctFrom}`,
            "    note: The outlet's own summary, not the commissioner's words.",
            '',
          ].join('\n'),
        ),
        'sources/river.txt': sourceFile(TEXT, {}, GOOD_ANNOTATIONS),
        'quotes/not-warned.yaml': archiveFiles('')['quotes/not-warned.yaml'],
        'quotes/serious-threat.yaml':
          'speaker: a-speaker\ntext: a serious national security threat\nsource: river\nannotation: not-warned\ncontext: Test.\n',
      });
    const judged = checkArchive(content('distinctFrom: [serious-threat]'), { hints: true });
    expect(judged.diagnostics.filter((d) => d.message.includes('"serious-threat"'))).toEqual([]);
    const unknown = checkArchive(content('distinctFrom: [no-such-quote]'), { hints: true });
    const about = errors(unknown.diagnostics).filter((d) => d.message.includes('no-such-quote'));
    expect(about.map((d) => [d.message, d.file.endsWith('letters.txt')])).toEqual([
      ['refers to quote "no-such-quote", which does not exist', true],
    ]);
  });

  test('a claim no annotation names gets a hint', () => {
    expect(byCode('claim-without-evidence').map((d) => d.message)).toEqual([
      'claim "unsupported" has no evidence: no annotation in the archive names it',
    ]);
  });

  test('an outlet description still in its stub form gets a hint at the description', () => {
    const [hint] = byCode('outlet-stub');
    expect(hint?.file).toMatch(/outlets\/new-outlet\.yaml$/);
    expect(hint?.line).toBe(2);
  });

  test('hints are never errors', () => {
    expect(found.every((d) => d.severity === 'hint')).toBe(true);
  });
});

test('diagnostics come sorted by file, line and column, formatted path:line:column', () => {
  const files = archiveFiles(
    GOOD_ANNOTATIONS.replace('kind: claim', 'kind: claims').replace(
      'speaker: a-speaker',
      'speaker: nobody',
    ),
  );
  const found = errors(checkArchive(writeContent(files)).diagnostics);
  const keys = found.map((d) => `${d.file}:${String(d.line).padStart(5, '0')}`);
  expect(keys).toEqual([...keys].sort());
  const text = formatDiagnostic(found.find((d) => d.message.includes('`kind`')) as Diagnostic);
  expect(text).toMatch(
    /^\S+river\.txt:\d+:\d+ error: annotation "two-metres": `kind` must be one of/,
  );
  expect(text).toContain('\n  fix: did you mean `kind: claim`?');
});

test('an empty content folder checks with no errors and an empty archive', () => {
  const { archive, diagnostics } = checkArchive(writeContent({}));
  expect(diagnostics).toEqual([]);
  expect(archive.sources).toEqual([]);
});
