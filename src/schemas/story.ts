/**
 * A story the site follows: one file `content/stories/<slug>.yaml`, the file
 * name being its id and URL slug. Sources, claims, events and articles name
 * the stories they belong to in their `stories` field; quotes belong to the
 * stories of the sources they appear in.
 */
import { z } from 'zod';
import { dayOrMonth, isoDate, plainText, safeMarkdown, slug } from './fields.ts';
import { passageRef } from './records.ts';

/** A paragraph of a story's brief, with the passages it rests on. */
export const briefParagraphSchema = z
  .object({
    /** One paragraph in the editor's words, saying only what the passages say. */
    text: plainText,
    /** The archived passages it rests on: `{ source, annotation }`, at least one. */
    passages: z
      .array(passageRef, { error: 'must be a list of { source, annotation } references' })
      .min(1, 'needs at least one passage: a { source, annotation } in the archive'),
  })
  .strict();

/** Whether a story is still followed. */
export const storyStatuses = {
  developing: 'Still followed: new sources, claims and analysis may be added.',
  concluded: 'No longer followed: the archive is kept as it stands.',
} as const;

export type StoryStatus = keyof typeof storyStatuses;
const statusNames = Object.keys(storyStatuses) as [StoryStatus, ...StoryStatus[]];

export const storySchema = z
  .object({
    /** The story's name, as the front page and its hub show it. */
    title: plainText,
    /** What the story is, in one or two sentences, under its title. */
    dek: plainText,
    /** The story in brief, in the editor's words (short Markdown), citing only what the archive holds. */
    summary: safeMarkdown,
    /** The story in brief, paragraph by paragraph, each citing the passages it rests on. */
    brief: z
      .array(briefParagraphSchema, {
        error: 'must be a list of paragraphs: `- text: …` with `passages:`',
      })
      .default([]),
    /** `developing` while the story is followed, `concluded` once it is retired. */
    status: z.enum(statusNames, { error: `must be one of ${statusNames.join(', ')}` }),
    /** When the story began: YYYY-MM-DD, or YYYY-MM when only the month is known. */
    started: dayOrMonth,
    /** Day of the last update, YYYY-MM-DD; when absent, its newest source's publication or event. */
    updated: isoDate.optional(),
    /** Claim ids shown first on the story's hub, in order; each must belong to the story. */
    keyClaims: z
      .array(slug, { error: 'must be a list of claim ids, such as [china-staff-accessed-us-data]' })
      .default([]),
    /** Other stories a reader of this one may want: story ids. */
    related: z
      .array(slug, { error: 'must be a list of story ids, such as [project-texas]' })
      .default([]),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;
