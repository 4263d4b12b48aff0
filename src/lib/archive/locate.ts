/** Finding the line and column of a value in a YAML document, for located messages. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

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
