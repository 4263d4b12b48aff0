/** An analysis article: content/articles/<slug>.mdx, frontmatter then MDX. */
import { z } from 'zod';
import { isoDate, plainText, slug, storyIds } from './fields.ts';

/** One published correction to an article: when it was made, what was wrong and what is right. */
export const correctionSchema = z
  .object(
    {
      /** Day the correction was made, YYYY-MM-DD: not before `published`, not after today. */
      date: isoDate,
      /** What the article said that was wrong, and what is right, in plain sentences. */
      text: plainText,
    },
    { error: 'must be a correction: a `date:` line and a `text:` line' },
  )
  .strict();

export const articleSchema = z
  .object({
    /** The headline. */
    title: plainText,
    /** One or two sentences shown under the headline and in link previews. */
    description: plainText,
    /** The stories it analyses: ids from content/stories/, at least one. */
    stories: storyIds,
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
    /** Corrections, each `{ date, text }`; `updated` must be at least the latest date. */
    corrections: z
      .array(correctionSchema, {
        error:
          'must be a list of corrections, each a `- date: YYYY-MM-DD` item with a `text:` line',
      })
      .default([]),
  })
  .strict()
  .refine((a) => !a.updated || a.updated >= a.published, {
    path: ['updated'],
    message: 'is earlier than `published`: an article cannot be updated before it is published',
    params: { fix: 'write the day of the last substantive revision, on or after `published`' },
  });

/** A correction as written in an article's frontmatter. */
export type CorrectionData = z.infer<typeof correctionSchema>;

export type ArticleData = z.infer<typeof articleSchema>;
