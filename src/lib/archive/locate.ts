/** Finding the line and column of a value in a YAML document, for located messages. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import { topLevelValueOffset } from './fast-yaml.ts';
import { parseYaml } from './source-file.ts';

/** A way to turn a path into a field (e.g. ['annotations', 2, 'exact']) into a 1-based line and column. */
export type Locator = (path: readonly PropertyKey[]) => { line: number; column: number };

/**
 * Builds a locator for a YAML document whose first line is line `firstLine`
 * of its file. A path that does not exist (a missing field) resolves to the
 * nearest existing parent, so the message points where the field belongs.
 * With `key: true`, the position of the key rather than the value.
 */
export function yamlLocator(doc: Document, lines: LineCounter, firstLine: number): Locator {
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        const key = pair.key as Node;
        offset = key.range?.[0] ?? offset;
        node = pair.value;
        if ((node as Node | null)?.range) offset = (node as Node).range![0];
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        node = item;
        offset = item.range?.[0] ?? offset;
      } else {
        break;
      }
    }
    const pos = lines.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
}

/** Locates a key (not its value), e.g. an unknown field, at `path` + key. */
export function yamlKeyLocator(doc: Document, lines: LineCounter, firstLine: number) {
  return (path: readonly PropertyKey[], key: string): { line: number; column: number } => {
    let node: unknown = doc.contents;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (i) => isScalar(i.key) && String(i.key.value) === String(segment),
        );
        node = pair?.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
      } else break;
    }
    if (isMap(node)) {
      const pair = node.items.find((i) => isScalar(i.key) && String(i.key.value) === key);
      const at = (pair?.key as Node | undefined)?.range?.[0];
      if (at !== undefined) {
        const pos = lines.linePos(at);
        return { line: pos.line + firstLine - 1, column: pos.col };
      }
    }
    return yamlLocator(doc, lines, firstLine)(path);
  };
}

/**
 * Locators for a YAML text read without positions (./fast-yaml.ts): a
 * top-level field is found from the lines when they are plain enough, and
 * anything else by parsing the text with `yaml` on the first call only.
 * They answer exactly as `yamlLocator` and `yamlKeyLocator` would.
 */
export function lazyYamlLocators(
  text: string,
  firstLine: number,
): {
  at: Locator;
  keyAt: (path: readonly PropertyKey[], key: string) => { line: number; column: number };
} {
  let full: { at: Locator; keyAt: ReturnType<typeof yamlKeyLocator> } | undefined;
  const parsed = () => {
    if (!full) {
      const { doc, lines } = parseYaml(text);
      full = {
        at: yamlLocator(doc, lines, firstLine),
        keyAt: yamlKeyLocator(doc, lines, firstLine),
      };
    }
    return full;
  };
  return {
    at: (path) => {
      if (!full && path.length === 1 && typeof path[0] === 'string') {
        const offset = topLevelValueOffset(text, path[0]);
        if (offset !== undefined) return linePosition(text, offset, firstLine);
      }
      return parsed().at(path);
    },
    keyAt: (path, key) => parsed().keyAt(path, key),
  };
}

/** The 1-based line and column of `offset` in `text`, whose first line is line `firstLine`. */
function linePosition(
  text: string,
  offset: number,
  firstLine: number,
): { line: number; column: number } {
  let line = firstLine;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
