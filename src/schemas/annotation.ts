/**
 * An annotation: a standoff pointer into a source's archived text, in the
 * shape of a W3C Web Annotation TextQuoteSelector, plus what the editor says
 * about the passage. The archived text itself is never edited.
 *
 * @see https://www.w3.org/TR/annotation-model/#text-quote-selector
 */
import { z } from 'zod';
import { plainText, safeMarkdown, slug } from './fields.ts';

/** What an annotation marks. */
export const annotationKinds = ['quote', 'claim', 'context', 'correction'] as const;

/**
 * How a passage bears on a claim in the ledger, each with the definition
 * readers are shown. A claim's status (src/schemas/records.ts) says which of
 * these it rests on.
 */
export const stanceDefinitions = {
  supports:
    'Gives evidence for the claim on its own authority: a document, the words of the party concerned, or an outlet’s own reporting.',
  relays: 'Repeats the claim as another outlet or person reported it: it adds reach, not evidence.',
  disputes: 'Contests or contradicts the claim.',
} as const;

/** How a passage bears on a claim in the ledger: supports, relays or disputes it. */
export const stances = Object.keys(stanceDefinitions) as [Stance, ...Stance[]];

export const annotationSchema = z
  .object({
    /** Unique within its source and never changed once published: links point at `#a-<id>`. */
    id: slug,
    /** The passage, copied exactly from the archived text (quotes, dashes and spacing may differ). */
    exact: plainText,
    /** Text just before the passage, only when `exact` occurs more than once. */
    prefix: z.string().optional(),
    /** Text just after the passage, only when `exact` occurs more than once. */
    suffix: z.string().optional(),
    /** quote: someone's words; claim: a factual assertion; context: background; correction: an error in the source. */
    kind: z.enum(annotationKinds, {
      error: `must be one of ${annotationKinds.join(', ')}`,
    }),
    /** What the editor says about the passage, in short Markdown (no HTML). */
    note: safeMarkdown.optional(),
    /** Who is quoted: an id from content/people/ (required for quotes). */
    speaker: slug.optional(),
    /** The canonical quote this passage is an appearance of: an id from content/quotes/. */
    quote: slug.optional(),
    /**
     * Canonical quotes this passage resembles but is not an appearance of (say why in `note`);
     * silences the "looks like quote …" hint for them.
     */
    distinctFrom: z
      .array(slug, { error: 'must be a list of quote ids, such as [master-admin]' })
      .optional(),
    /** The claim this passage bears on: an id from content/claims/. */
    claim: slug.optional(),
    /** How the passage bears on `claim`: supports, relays or disputes it. */
    stance: z.enum(stances, { error: `must be one of ${stances.join(', ')}` }).optional(),
    /** Whose reporting or statement the passage repeats: a person or outlet id (checked). */
    via: slug.optional(),
  })
  .strict()
  .superRefine((annotation, ctx) => {
    if (annotation.kind === 'quote' && !annotation.speaker) {
      ctx.addIssue({
        code: 'custom',
        path: ['speaker'],
        message: 'a quote annotation needs a `speaker`: add the id of the person quoted',
        params: {
          fix: 'add `speaker: <person-id>`: the file name of the person in content/people/ (`npm run new -- person` creates one)',
        },
      });
    }
    if (annotation.claim && !annotation.stance) {
      ctx.addIssue({
        code: 'custom',
        path: ['stance'],
        message: `names a claim, so it needs a \`stance\`: one of ${stances.join(', ')}`,
        params: {
          fix: `add \`stance: ${stances[0]}\`, or another of ${stances.join(', ')}, for how the passage bears on the claim (EDITING.md, section 4, stances); or remove \`claim\``,
        },
      });
    }
    if (annotation.stance && !annotation.claim) {
      ctx.addIssue({
        code: 'custom',
        path: ['claim'],
        message: 'has a `stance` but no `claim`: add the id of the claim it bears on',
        params: {
          fix: 'add `claim: <claim-id>`: the file name of a claim in content/claims/; or remove `stance`',
        },
      });
    }
  });

export type AnnotationData = z.infer<typeof annotationSchema>;
export type AnnotationKind = (typeof annotationKinds)[number];
export type Stance = keyof typeof stanceDefinitions;
