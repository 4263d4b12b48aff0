/**
 * A rehype plugin for articles: GitHub-flavoured Markdown renders a task list
 * item as a bare, disabled checkbox before its text, which leaves the box
 * without a label (axe: "Form elements must have labels"). This wraps the
 * box and the text that follows it in one <label>, so the text names the box.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const isCheckbox = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'input' && node.properties['type'] === 'checkbox';

/** Inline content only: a label may not hold a nested list or a paragraph. */
const isPhrasing = (node: ElementContent): boolean =>
  node.type !== 'element' ||
  !['ul', 'ol', 'p', 'div', 'blockquote', 'table'].includes(node.tagName);

export default function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'label') return SKIP;
      const at = node.children.findIndex(isCheckbox);
      if (at === -1) return;
      let end = at + 1;
      while (end < node.children.length && isPhrasing(node.children[end]!)) end += 1;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: node.children.slice(at, end),
      };
      node.children.splice(at, end - at, label);
      return undefined;
    });
  };
}
