/**
 * Reading the real content the synthetic archive is derived from: the
 * sources' texts and metadata, and the people and outlets (copied as they are).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitSourceFile } from '../../src/lib/archive/source-file.ts';
import type { NamedRecord, Template } from './generate.ts';

/** The real sources under `<root>/sources`, as templates. */
export function readTemplates(root: string): Template[] {
  const dir = join(root, 'sources');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => {
      const split = splitSourceFile(readFileSync(join(dir, name), 'utf8'));
      if ('message' in split) return [];
      const data = (parse(split.yaml) ?? {}) as Record<string, unknown>;
      const text = split.body.replace(/\n+$/, '');
      if (text.trim() === '') return [];
      return [
        {
          id: name.slice(0, -'.txt'.length),
          title: String(data['title'] ?? 'Untitled'),
          outlet: String(data['outlet'] ?? ''),
          authors: Array.isArray(data['authors']) ? data['authors'].map(String) : [],
          url: String(data['url'] ?? 'unknown'),
          kind: String(data['kind'] ?? 'news'),
          language: String(data['language'] ?? 'en'),
          whole: data['whole'] === true,
          text,
        },
      ];
    });
}

/** The records of a YAML collection (people, outlets): ids and names, and the raw files. */
export function readNamed(
  root: string,
  collection: 'people' | 'outlets',
): { records: NamedRecord[]; files: { path: string; content: string }[] } {
  const dir = join(root, collection);
  const records: NamedRecord[] = [];
  const files: { path: string; content: string }[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch {
    return { records, files };
  }
  for (const name of names) {
    const content = readFileSync(join(dir, name), 'utf8');
    const data = (parse(content) ?? {}) as Record<string, unknown>;
    records.push({ id: name.replace(/\.ya?ml$/, ''), name: String(data['name'] ?? name) });
    files.push({ path: `${collection}/${name}`, content });
  }
  return { records, files };
}
