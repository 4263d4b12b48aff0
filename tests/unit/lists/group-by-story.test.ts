import { describe, expect, test } from 'vitest';
import { groupByStory } from '../../../src/lib/lists/stories.ts';

// The archive's order of stories: most recently updated first.
const STORIES = [
  { id: 'vault-move', title: 'The move' },
  { id: 'night-shift', title: 'The recordings' },
  { id: 'the-response', title: 'The response' },
];
const item = (id: string, ...stories: string[]) => ({ id, stories });
const of = (x: { stories: string[] }) => x.stories;
const shape = (groups: ReturnType<typeof groupByStory<{ id: string; stories: string[] }>>) =>
  groups.map((g) => [g.story?.id ?? null, g.items.map((i) => i.id)]);

describe('a person’s or an outlet’s list grouped by story', () => {
  test('spanning one story is one group with no heading', () => {
    const items = [item('a', 'night-shift'), item('b', 'night-shift')];
    expect(shape(groupByStory(STORIES, items, of))).toEqual([[null, ['a', 'b']]]);
  });

  test('spanning several has a group per story, in the archive’s order, items in their order', () => {
    const items = [item('a', 'night-shift'), item('b', 'vault-move'), item('c', 'night-shift')];
    expect(shape(groupByStory(STORIES, items, of))).toEqual([
      ['vault-move', ['b']],
      ['night-shift', ['a', 'c']],
    ]);
  });

  test('lists an item in several stories under each of them', () => {
    const items = [item('shared', 'the-response', 'night-shift'), item('own', 'the-response')];
    expect(shape(groupByStory(STORIES, items, of))).toEqual([
      ['night-shift', ['shared']],
      ['the-response', ['shared', 'own']],
    ]);
  });

  test('a single item in two stories still shows both headings', () => {
    expect(shape(groupByStory(STORIES, [item('x', 'vault-move', 'night-shift')], of))).toEqual([
      ['vault-move', ['x']],
      ['night-shift', ['x']],
    ]);
  });

  test('puts items of no known story last, without a heading; an empty list has no group', () => {
    const items = [item('a', 'night-shift'), item('b', 'vault-move'), item('lost', 'gone')];
    expect(shape(groupByStory(STORIES, items, of))).toEqual([
      ['vault-move', ['b']],
      ['night-shift', ['a']],
      [null, ['lost']],
    ]);
    expect(groupByStory(STORIES, [], of)).toEqual([]);
  });
});
