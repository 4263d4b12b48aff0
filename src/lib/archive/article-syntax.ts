/**
 * The Markdown syntax articles are written in: remark-parse's CommonMark,
 * MDX, and these remark plugins. It is one list, used twice: astro.config.mjs
 * hands it to the unified processor that renders `.mdx`, and the article
 * checker (./articles.ts) parses with it. So the checker finds a `<Quote>`
 * wherever the renderer will show one (a GFM table cell, a footnote) and
 * cannot drift from it when a plugin is added.
 *
 * A plugin here changes syntax, never words: quotations must reach readers as
 * archived, so nothing that rewrites typography (SmartyPants) belongs here.
 */
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';

/** Remark plugins for articles: GitHub-flavoured Markdown (tables, footnotes, strikethrough, autolinks, task lists). */
export const articleRemarkPlugins = [remarkGfm] as const satisfies PluggableList;

/**
 * How remark-rehype renders an article's footnotes: under a visible "Notes"
 * heading (GitHub's default hides it behind a class this site does not
 * define), so sighted readers and screen readers meet the same section.
 */
export const articleRemarkRehypeOptions = {
  footnoteLabel: 'Notes',
  footnoteLabelTagName: 'h2',
  footnoteLabelProperties: {},
  footnoteBackLabel: (referenceIndex: number) => `Back to note ${referenceIndex + 1}`,
};
