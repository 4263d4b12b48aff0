/**
 * Field types shared by every content schema: ids, dates that may be
 * `unknown`, web addresses, and safe Markdown notes. Messages are written for
 * editors: what is wrong, and what to write instead.
 */
import { z } from 'zod';

/** What an id looks like: lowercase letters, digits and single hyphens (`master-admin`). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a SHA-256 looks like: 64 lowercase hexadecimal characters. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A lowercase slug used as an id and in URLs: letters, digits and single hyphens. */
export const slug = z
  .string({ error: 'must be an id such as `tiktok-spokesperson` (text, not a number or list)' })
  .regex(ID_PATTERN, {
    error: 'must be lowercase letters, digits and single hyphens, such as `master-admin`',
  });

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A calendar day, YYYY-MM-DD, kept as text so no time zone can shift it. */
export const isoDate = z.preprocess(
  // Astro's frontmatter parser turns an unquoted 2022-06-17 into a Date; the day is what the editor wrote.
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value,
  z
    .string({ error: 'must be a date written YYYY-MM-DD, such as 2022-06-17' })
    .refine(isCalendarDate, {
      error: 'must be a real date written YYYY-MM-DD, such as 2022-06-17',
    }),
);

/** A day (YYYY-MM-DD) or, when only the month is known, a month (YYYY-MM). */
export const dayOrMonth = z
  .string({ error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known' })
  .refine((value) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value) || isCalendarDate(value), {
    error: 'must be a real date written YYYY-MM-DD, or YYYY-MM when only the month is known',
  });

/** The word `unknown`, for facts a capture could not confirm; nothing is ever guessed. */
export const unknownValue = z.literal('unknown');

/** A date that may be `unknown`. */
export const isoDateOrUnknown = z.union([unknownValue, isoDate], {
  error: 'must be a date written YYYY-MM-DD, or `unknown` when the page does not show one',
});

/** An absolute http(s) address. */
export const webUrl = z
  .string({ error: 'must be a web address starting with https:// or http://' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a complete web address starting with https:// or http://');

/** A web address, or `unknown` when it could not be confirmed. */
export const webUrlOrUnknown = z.union([unknownValue, webUrl], {
  error:
    'must be a web address starting with https://, or `unknown` when it could not be confirmed',
});

/**
 * Short Markdown written by an editor (an annotation's note, a summary).
 * Raw HTML is refused rather than escaped, so what the editor sees in the file
 * is what readers get.
 */
export const safeMarkdown = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => !/<\/?[a-z][^>]*>|<!--/i.test(value), {
    error:
      'contains raw HTML, which notes may not use: write Markdown instead (*emphasis*, [link](https://…)) or remove the tag',
    params: {
      fix: 'replace the tag with Markdown (*emphasis*, **strong**, [text](https://…)), or remove it',
    },
  });

/** Plain text written by an editor, one line or a short paragraph. */
export const plainText = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty');

/**
 * The stories a record belongs to: ids from content/stories/. Written on
 * sources, claims, events and articles; at least one, which the checker
 * (src/lib/archive/stories.ts) reports with a located fix rather than here.
 */
export const storyIds = z
  .array(slug, { error: 'must be a list of story ids, such as [leaked-audio]' })
  .default([]);
