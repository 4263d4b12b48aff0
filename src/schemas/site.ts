/**
 * The site's identity: one file, `content/site.yaml`, that the editors own.
 * Page titles, the header and footer, feeds, citations and structured data
 * take the site's name and description from it; no page names a story.
 */
import { z } from 'zod';
import { plainText, webUrl } from './fields.ts';

export const siteSchema = z
  .object({
    /** The site's name, in every page title, feed and citation. */
    name: plainText,
    /** A few words under the name in the header and on the front page. */
    tagline: plainText,
    /** What the site is, in one or two sentences: the front page's description and the feeds'. */
    description: plainText,
    /** Who publishes the site: its name and home page. */
    publisher: z
      .object({
        /** The publisher's name. */
        name: plainText,
        /** The publisher's home page, if it has one. */
        url: webUrl.optional(),
      })
      .strict(),
    /** The default language of the pages, as a BCP 47 tag such as en. */
    language: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
        error: 'must be a BCP 47 language tag such as en, de or zh-Hans',
      })
      .default('en'),
  })
  .strict();

export type SiteData = z.infer<typeof siteSchema>;
