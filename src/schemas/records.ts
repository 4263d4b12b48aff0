/**
 * The small data records an editor keeps beside the sources, one YAML file
 * each under content/<collection>/, the file name being the id: canonical
 * quotes, claims, people, outlets and timeline events.
 */
import { z } from 'zod';
import { dayOrMonth, isoDate, plainText, safeMarkdown, slug, storyIds, webUrl } from './fields.ts';

/** A place in the archive: a source, and optionally one of its annotations. */
export const passageRef = z
  .object({
    /** The source's id (its file name in content/sources/, without .txt). */
    source: slug,
    /** The id of an annotation in that source. */
    annotation: slug,
  })
  .strict();

/** A canonical quote: one statement, in its primary wording, that outlets reported. */
export const quoteSchema = z
  .object({
    /** Who said it: an id from content/people/. */
    speaker: slug,
    /** The canonical wording, from the primary or earliest source. */
    text: plainText,
    /** Where it was first reported: a source's id (its file name in content/sources/). */
    source: slug,
    /** The annotation in that source that marks the first report. */
    annotation: slug,
    /** When, where and to whom it was said, in the editor's words (short Markdown). */
    context: safeMarkdown,
    /** Why the first report is dated later than an appearance (a re-dated page), citing the archive. */
    dating: safeMarkdown.optional(),
  })
  .strict();

/**
 * Statuses of a claim, each with the definition readers are shown; each says
 * which evidence (stances, src/schemas/annotation.ts) the status rests on.
 */
export const claimStatuses = {
  established:
    'Confirmed by primary evidence: a passage that supports it is a document or the word of the party concerned.',
  supported:
    'Rests on reporting: passages that support it by an outlet’s own reporting, or relay that reporting; nothing in the archive confirms it independently or disputes it.',
  disputed:
    'Contested by a party to the story or by conflicting evidence: passages that dispute it stand against those for it.',
  unverified: 'Asserted or relayed, but the archive holds no evidence for it either way.',
  false:
    'Contradicted by primary evidence: passages that dispute it include a document or the party concerned.',
} as const;

export type ClaimStatus = keyof typeof claimStatuses;
const statusNames = Object.keys(claimStatuses) as [ClaimStatus, ...ClaimStatus[]];

const statusField = z.enum(statusNames, { error: `must be one of ${statusNames.join(', ')}` });

/** One ruling on a claim: the status the editors gave it, when, by whom and why. */
export const rulingSchema = z
  .object({
    /** The day of the ruling, YYYY-MM-DD. */
    date: isoDate,
    /** The status given that day. */
    status: statusField,
    /** Who ruled: the editors' byline, such as "Sourcebook editors". */
    author: plainText,
    /** Why, in a sentence (short Markdown): for a change, what new evidence or error caused it. */
    reason: safeMarkdown,
  })
  .strict();

/** A claim in the ledger: a factual statement and what the archive says about it. */
export const claimSchema = z
  .object({
    /** The claim, stated plainly in one sentence. */
    statement: plainText,
    /** Who made the claim: a person id (content/people/) or an outlet id (content/outlets/). */
    claimant: slug,
    /** The stories it belongs to: ids from content/stories/, at least one. */
    stories: storyIds,
    /** What the evidence in the archive shows: established, supported, disputed, unverified or false. */
    status: statusField,
    /** Why the claim has this status, citing only evidence in the archive (short Markdown). */
    summary: safeMarkdown,
    /** Where the claim first appeared: a source and annotation. */
    firstAppearance: passageRef,
    /** Every ruling on the claim, oldest first; the last one gives the current `status`. */
    history: z
      .array(rulingSchema, {
        error: 'must be a list of rulings: `- date: …` with status, author, reason',
      })
      .min(1, 'needs at least one ruling: the date, status, author and reason of the first'),
  })
  .strict()
  .superRefine((claim, ctx) => {
    claim.history.forEach((ruling, i) => {
      const previous = claim.history[i - 1];
      if (previous && ruling.date < previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['history', i, 'date'],
          message: `is earlier than the ruling before it (${previous.date}): list rulings oldest first`,
          params: {
            fix: 'put the rulings in date order, oldest first; an old ruling is never edited',
          },
        });
      }
    });
    const last = claim.history.at(-1);
    if (last && last.status !== claim.status) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: `is \`${claim.status}\`, but the last ruling in \`history\` gives \`${last.status}\`: add a ruling to \`history\` (date, status, author, reason) for the change`,
        params: {
          fix: `add a ruling at the end of \`history\` with \`status: ${claim.status}\`, the \`date\`, the \`author\` and the \`reason\`; or set \`status\` back to \`${last.status}\``,
        },
      });
    }
  });

/** A person quoted or named in the archive. */
export const personSchema = z
  .object({
    /** Name as reported; for unnamed speakers, a description such as "TikTok spokesperson". */
    name: plainText,
    /** Who they are in this story, in one or two sentences. */
    description: plainText,
    /** An official page about them, if any. */
    url: webUrl.optional(),
  })
  .strict();

/** A publication or organisation that published a source. */
export const outletSchema = z
  .object({
    /** The outlet's name as it presents itself. */
    name: plainText,
    /** What kind of publication it is, in one or two sentences. */
    description: plainText,
    /** The outlet's home page. */
    url: webUrl.optional(),
  })
  .strict();

/** A dated event in the story's timeline. */
export const eventSchema = z
  .object({
    /** When it happened: YYYY-MM-DD, or YYYY-MM when only the month is known. */
    date: dayOrMonth,
    /** What happened, in a few words. */
    title: plainText,
    /** The stories whose timelines show it: ids from content/stories/, at least one. */
    stories: storyIds,
    /** What happened, in a sentence or two (short Markdown). */
    description: safeMarkdown,
    /** The passages in the archive that show it happened; at least one. */
    evidence: z
      .array(passageRef, { error: 'must be a list of { source, annotation } references' })
      .min(1, 'needs at least one piece of evidence: a { source, annotation } in the archive'),
  })
  .strict();

export type QuoteData = z.infer<typeof quoteSchema>;
export type ClaimData = z.infer<typeof claimSchema>;
export type RulingData = z.infer<typeof rulingSchema>;
export type PersonData = z.infer<typeof personSchema>;
export type OutletData = z.infer<typeof outletSchema>;
export type EventData = z.infer<typeof eventSchema>;
export type PassageRef = z.infer<typeof passageRef>;
