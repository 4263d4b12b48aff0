import { describe, expect, test } from 'vitest';
import { yamlKeyLocator, yamlLocator } from '../../../src/lib/archive/locate.ts';
import { parseYaml } from '../../../src/lib/archive/source-file.ts';

const YAML = [
  'title: A title',
  'authors:',
  '  - One',
  '  - Two',
  'annotations:',
  '  - id: first',
  '    exact: some words',
  '  - id: second',
  '    exact: other words',
  '    kind: quote',
].join('\n');

describe('locating a field in YAML', () => {
  const { doc, lines } = parseYaml(YAML);
  const at = yamlLocator(doc, lines, 2);

  test('finds a value, counting from the line the YAML starts on in its file', () => {
    expect(at(['title'])).toEqual({ line: 2, column: 8 });
    expect(at(['annotations', 1, 'kind'])).toEqual({ line: 11, column: 11 });
    expect(at(['authors', 1])).toEqual({ line: 5, column: 5 });
  });

  test('points a missing field at its nearest existing parent', () => {
    expect(at(['annotations', 0, 'kind'])).toEqual({ line: 7, column: 5 });
    expect(at(['annotations', 5, 'id'])).toEqual({ line: 7, column: 3 });
    expect(at(['missing'])).toEqual({ line: 2, column: 1 });
  });

  test('finds a key rather than its value, for unknown fields', () => {
    const keyAt = yamlKeyLocator(doc, lines, 2);
    expect(keyAt(['annotations', 1], 'kind')).toEqual({ line: 11, column: 5 });
    expect(keyAt([], 'annotations')).toEqual({ line: 6, column: 1 });
  });
});
