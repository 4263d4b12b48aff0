/** Pure helpers for rendering reading pages: annotated text, links, diffs, notes, contents. */
export * from './annotated-text.ts';
export * from './dates.ts';
export * from './drift-display.ts';
export * from './markdown.ts';
export * from './links.ts';
export * from './reading-time.ts';
export * from './text-fragment.ts';
export * from './toc.ts';
export * from './titles.ts';
export * from './backlinks.ts';
export * from './locate.ts';
