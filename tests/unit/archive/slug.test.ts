import { expect, test } from 'vitest';
import { slugify } from '../../../src/lib/archive/slug.ts';

test.each([
  ['dot.LA', 'dot-la'],
  ['The Epoch Times', 'the-epoch-times'],
  ['newsroom.tiktok.com', 'newsroom-tiktok-com'],
  ['Café Müller', 'cafe-muller'],
  ['  --Already--slugged--  ', 'already-slugged'],
  ['TikTok won’t commit: “US data”', 'tiktok-won-t-commit-us-data'],
  ['一切', ''],
  ['', ''],
])('slugify(%j) is %j', (name, slug) => {
  expect(slugify(name)).toBe(slug);
});

test('a slug is always a valid id or empty', () => {
  for (const name of ['A & B', 'x__y', '2022-06-17 report', 'ÉÀÇ', '🙂 emoji 🙂']) {
    expect(slugify(name)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
  }
});
