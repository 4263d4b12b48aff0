import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { readYamlFast, topLevelValueOffset } from '../../../src/lib/archive/fast-yaml.ts';
import { lazyYamlLocators, yamlLocator } from '../../../src/lib/archive/locate.ts';
import { parseYaml } from '../../../src/lib/archive/source-file.ts';
import { locate } from '../../../src/lib/archive/diagnostics.ts';
import type { RawRecord } from '../../../src/lib/archive/read.ts';

/** What the checker's slow path reads: `yaml`'s data, or undefined when it reports an error. */
function slowRead(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  return doc.errors.length > 0 ? undefined : { data: doc.toJS() };
}

/** The YAML of every content file of the repository (a source's or article's frontmatter). */
function contentYaml(): string[] {
  const root = join(import.meta.dirname, '../../../content');
  const texts: string[] = [];
  for (const dir of ['sources', 'quotes', 'claims', 'events', 'people', 'outlets', 'articles']) {
    for (const name of readdirSync(join(root, dir))) {
      const raw = readFileSync(join(root, dir, name), 'utf8');
      if (name.endsWith('.yaml')) texts.push(raw);
      else if (name.endsWith('.txt') || name.endsWith('.mdx')) {
        const lines = raw.split('\n');
        texts.push(lines.slice(1, lines.indexOf('---', 1)).join('\n'));
      }
    }
  }
  return texts;
}

describe('reading YAML fast', () => {
  test('resolves every kind of scalar as `yaml` does (YAML 1.2 core schema)', () => {
    const values = [
      '0o17', '0x1f', '0X1F', '0b101', '1_000', '+12', '-12', '-0', '012', '0777', '.inf',
      '-.Inf', '+.INF', '.nan', '1e3', '1E+3', '1.', '.5', '-.5', '+.5', '1.5e-3', '~', 'null',
      'Null', 'NULL', 'nUll', 'True', 'TRUE', 'tRue', 'yes', 'on', '2024-01-01', '12:30',
      '1:20:30', '12345678901234567890', '+0x1', '-0x1', '0x', '0o8', '.', '"12"', "'x'",
    ]; // prettier-ignore
    for (const value of values) {
      const text = `k: ${value}\nl: [${value}]\n`;
      expect(readYamlFast(text), value).toStrictEqual(slowRead(text));
    }
  });

  test('leaves to `yaml` what it rejects and js-yaml would accept', () => {
    const rejected = [
      "text: 'quoted'# a comment stuck to the quote\n",
      'list: [a, b]# a comment stuck to the bracket\n',
      "text: 'a quoted value whose next line\n- is not indented'\n",
      'a: "a quoted value whose next line\nis not indented"\n',
    ];
    for (const text of rejected) {
      expect(slowRead(text), text).toBeUndefined();
      expect(readYamlFast(text), text).toBeUndefined();
    }
  });

  test('leaves to `yaml` what the two parsers read differently', () => {
    const text = '? name: a complex key\ndescription: x\n';
    expect(slowRead(text)).toBeDefined();
    expect(readYamlFast(text)).toBeUndefined();
    expect(readYamlFast('title:\tx\n')).toBeUndefined();
    expect(readYamlFast('title: x\n')).toEqual({ data: { title: 'x' } });
  });

  test('reads every content file as `yaml` does, and any of thousands of broken copies the same way or not at all', () => {
    const texts = contentYaml();
    for (const text of texts) {
      const fast = readYamlFast(text);
      if (fast) expect(fast).toStrictEqual(slowRead(text));
    }
    expect(texts.filter((t) => readYamlFast(t)).length).toBeGreaterThan(texts.length * 0.9);
    // Seeded mutations: deletions and insertions of YAML's significant characters.
    const inserts = [':', '"', "'", '\t', '#', '- ', '\n', ' ', '[', '{', '}', ']', ',', ': ', '|',
      '>', '&a ', '*a', '!', '%', '? ', '\n  ', '\\', '---', '\n- ', '"\n', "'\n", '~', '\ufeff']; // prettier-ignore
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let fastOnes = 0;
    for (let i = 0; i < 3000; i++) {
      let text = texts[random(texts.length)] as string;
      for (let edits = 1 + random(3); edits > 0; edits--) {
        const at = random(text.length + 1);
        text =
          random(3) === 0
            ? text.slice(0, at) + text.slice(at + 1 + random(3))
            : text.slice(0, at) + (inserts[random(inserts.length)] as string) + text.slice(at);
      }
      const fast = readYamlFast(text);
      if (!fast) continue;
      fastOnes++;
      const slow = slowRead(text);
      if (!isDeepStrictEqual(fast, slow))
        expect({ text, fast }).toStrictEqual({ text, fast: slow });
    }
    expect(fastOnes).toBeGreaterThan(1000);
  });
});

describe('locating a top-level field without parsing', () => {
  test('answers as the parsed document does, for every field of every content file', () => {
    let answered = 0;
    for (const text of contentYaml()) {
      const { doc, lines } = parseYaml(text);
      const full = yamlLocator(doc, lines, 2);
      const data = doc.toJS() as Record<string, unknown>;
      for (const key of [...Object.keys(data), 'missing']) {
        if (topLevelValueOffset(text, key) !== undefined) answered++;
        expect(lazyYamlLocators(text, 2).at([key]), key).toEqual(full([key]));
      }
    }
    expect(answered).toBeGreaterThan(500);
  });

  test('finds values on the key line, on a later line, and block scalars at their indicator', () => {
    const text = [
      'title: A title',
      'summary: >-',
      '  folded',
      'stories:',
      '  # a comment',
      '',
      '- first',
      'authors:',
      '  - One',
      'archive:',
      '  url: x',
    ].join('\n');
    const { doc, lines } = parseYaml(text);
    const full = yamlLocator(doc, lines, 5);
    for (const key of ['title', 'summary', 'stories', 'authors', 'archive']) {
      expect(topLevelValueOffset(text, key), key).toBeDefined();
      expect(lazyYamlLocators(text, 5).at([key]), key).toEqual(full([key]));
    }
    expect(lazyYamlLocators(text, 5).at(['authors', 0])).toEqual({ line: 13, column: 5 });
  });

  test('declines what the lines alone cannot tell: an empty value, a key written twice, a quoted key', () => {
    expect(topLevelValueOffset('title:\nsummary: x', 'title')).toBeUndefined();
    expect(topLevelValueOffset('title: a\ntitle: b', 'title')).toBeUndefined();
    expect(topLevelValueOffset('"title": a\nsummary: b', 'summary')).toBeUndefined();
    expect(topLevelValueOffset('title: &anchor a', 'title')).toBeUndefined();
    expect(topLevelValueOffset('title: a', 'summary')).toBeUndefined();
  });
});

describe('a record location', () => {
  test('is looked up when first read, once, and spreads like a plain location', () => {
    const paths: unknown[] = [];
    const record = {
      file: 'content/sources/x.txt',
      at: (path: readonly PropertyKey[]) => {
        paths.push(path);
        return { line: 7, column: 3 };
      },
    } as unknown as RawRecord;
    const location = locate(record, ['annotations', 0]);
    expect(paths).toEqual([]);
    expect(location.file).toBe('content/sources/x.txt');
    expect(paths).toEqual([]);
    expect({ ...location }).toStrictEqual({ file: 'content/sources/x.txt', line: 7, column: 3 });
    expect(location.line).toBe(7);
    expect(paths).toEqual([['annotations', 0]]);
  });
});
