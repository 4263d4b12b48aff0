/**
 * An archived source: one file `content/sources/<slug>.txt`, YAML frontmatter
 * between `---` lines, then the verbatim excerpts as captured. The file name
 * is the source's id and URL slug.
 */
import { z } from 'zod';
import { annotationSchema } from './annotation.ts';
import {
  isoDate,
  isoDateOrUnknown,
  plainText,
  SHA256_PATTERN,
  slug,
  storyIds,
  webUrl,
  webUrlOrUnknown,
} from './fields.ts';

/** What kind of page a source is. */
export const sourceKinds = [
  'news',
  'reprint',
  'opinion',
  'blog',
  'company-statement',
  'aggregator',
  'transcript',
  'filing',
  'other',
] as const;

export const sourceSchema = z
  .object({
    /** The headline as it appears on the page, or `unknown`. */
    title: plainText,
    /** What the page reports, in the editor's own words (never the outlet's). */
    summary: plainText,
    /** Who published it: an id from content/outlets/. */
    outlet: slug,
    /** The stories it belongs to: ids from content/stories/, at least one. */
    stories: storyIds,
    /** Bylines as they appear on the page; an empty list when none is shown. */
    authors: z.array(plainText, { error: 'must be a list, such as [Emily Baker-White] or []' }),
    /** The original address, or `unknown` when it could not be confirmed. */
    url: webUrlOrUnknown,
    /** Publication date shown on the page, YYYY-MM-DD, or `unknown`. */
    published: isoDateOrUnknown,
    /** The day the text was captured, YYYY-MM-DD. */
    captured: isoDate,
    /** Address of an archived copy (Wayback Machine, perma.cc), when one exists. */
    archive: webUrl.optional(),
    /** What kind of page this is. */
    kind: z.enum(sourceKinds, { error: `must be one of ${sourceKinds.join(', ')}` }),
    /** The language of the archived text, as a BCP 47 tag such as en or zh-Hans. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
        error: 'must be a BCP 47 language tag such as en, de or zh-Hans',
      })
      .default('en'),
    /** True when the site's owner supplied the whole text, which silences the long-passage hint. */
    whole: z.boolean({ error: 'must be true or false' }).default(false),
    /** SHA-256 of the normalised archived text; `npm run archive:rehash` recomputes it. */
    sha256: z
      .string({ error: 'must be the 64-character SHA-256 of the archived text' })
      .regex(SHA256_PATTERN, {
        error:
          'must be 64 lowercase hexadecimal characters: run `npm run archive:rehash -- <file>` to compute it',
      }),
    /** Standoff annotations on the archived text. */
    annotations: z.array(annotationSchema, { error: 'must be a list of annotations' }).default([]),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof sourceKinds)[number];
