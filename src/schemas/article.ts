/** An analysis article: content/articles/<slug>.mdx, frontmatter then MDX. */
import { z } from 'zod';
import { isoDate, plainText, slug } from './fields.ts';

export const articleSchema = z
  .object({
    /** The headline. */
    title: plainText,
    /** One or two sentences shown under the headline and in link previews. */
    description: plainText,
    /** Publication day, YYYY-MM-DD. */
    published: isoDate,
    /** Day of the last substantive revision, YYYY-MM-DD. */
    updated: isoDate.optional(),
    /** Bylines. */
    authors: z
      .array(plainText, { error: 'must be a list of names' })
      .min(1, 'needs at least one author'),
    /** Topic tags, lowercase ids. */
    tags: z
      .array(slug, { error: 'must be a list of tags such as [oracle, leaked-audio]' })
      .default([]),
  })
  .strict()
  .refine((a) => !a.updated || a.updated >= a.published, {
    path: ['updated'],
    message: 'is earlier than `published`: an article cannot be updated before it is published',
  });

export type ArticleData = z.infer<typeof articleSchema>;
