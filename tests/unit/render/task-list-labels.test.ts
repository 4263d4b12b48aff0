import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { expect, test } from 'vitest';
import rehypeTaskListLabels from '../../../src/lib/render/task-list-labels.ts';

const checkbox = (checked: boolean): Element => ({
  type: 'element',
  tagName: 'input',
  properties: { type: 'checkbox', checked, disabled: true },
  children: [],
});

function item(...children: Element['children']): Root {
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'li',
        properties: { className: ['task-list-item'] },
        children,
      },
    ],
  };
}

test('a task list item’s checkbox and its text are wrapped in one label', () => {
  const tree = item(checkbox(true), { type: 'text', value: ' Quote the archive' });
  rehypeTaskListLabels()(tree);
  expect(toHtml(tree)).toBe(
    '<li class="task-list-item"><label><input type="checkbox" checked disabled> Quote the archive</label></li>',
  );
});

test('a nested list stays outside the label', () => {
  const nested: Element = { type: 'element', tagName: 'ul', properties: {}, children: [] };
  const tree = item(checkbox(false), { type: 'text', value: ' Parent' }, nested);
  rehypeTaskListLabels()(tree);
  expect(toHtml(tree)).toBe(
    '<li class="task-list-item"><label><input type="checkbox" disabled> Parent</label><ul></ul></li>',
  );
});

test('elements without a checkbox are left alone', () => {
  const tree = item({ type: 'text', value: 'Plain item' });
  rehypeTaskListLabels()(tree);
  expect(toHtml(tree)).toBe('<li class="task-list-item">Plain item</li>');
});
