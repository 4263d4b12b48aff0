/**
 * The one table of content collections: each collection's folder under the
 * content root, the file extensions it reads, its nouns for messages, its
 * schema, and the fields the checker computes (which Astro's data store
 * leaves out). The reader (./read.ts), the validation step
 * (./validate-records.ts), reference messages (./resolve-references.ts),
 * src/content.config.ts and the content loader all read it: adding a
 * collection is one entry here.
 */
import type { z } from 'zod';
import {
  articleSchema,
  claimSchema,
  eventSchema,
  outletSchema,
  personSchema,
  quoteSchema,
  sourceSchema,
  storySchema,
} from '../../schemas/index.ts';

/** What the project knows about one collection. */
export interface CollectionSpec {
  /** The folder under the content root. */
  dir: string;
  /** The file extensions read, the first being the one to create. */
  extensions: readonly string[];
  /** Frontmatter then a body (sources, articles), rather than a plain YAML file. */
  frontmatter: boolean;
  /** One record, in messages: "refers to source …". */
  singular: string;
  /** Several records, in messages. */
  plural: string;
  /** What an editor writes, checked by the validation step and by Astro's collection. */
  schema: z.ZodType;
  /** Fields of a resolved record that the checker computed (not written by the editor). */
  computed: readonly string[];
  /** One line for src/content.config.ts: what the collection holds. */
  description: string;
}

const yaml = ['.yaml', '.yml'] as const;

export const COLLECTIONS = {
  sources: {
    dir: 'sources',
    extensions: ['.txt'],
    frontmatter: true,
    singular: 'source',
    plural: 'sources',
    schema: sourceSchema,
    computed: ['text', 'paragraphs', 'words', 'textLine'],
    description: 'Archived sources: frontmatter then the verbatim text',
  },
  quotes: {
    dir: 'quotes',
    extensions: yaml,
    frontmatter: false,
    singular: 'quote',
    plural: 'quotes',
    schema: quoteSchema,
    computed: ['appearances', 'stories'],
    description: 'Canonical quotes',
  },
  claims: {
    dir: 'claims',
    extensions: yaml,
    frontmatter: false,
    singular: 'claim',
    plural: 'claims',
    schema: claimSchema,
    computed: ['evidence'],
    description: 'The claim ledger',
  },
  people: {
    dir: 'people',
    extensions: yaml,
    frontmatter: false,
    singular: 'person',
    plural: 'people',
    schema: personSchema,
    computed: [],
    description: 'People quoted or named',
  },
  outlets: {
    dir: 'outlets',
    extensions: yaml,
    frontmatter: false,
    singular: 'outlet',
    plural: 'outlets',
    schema: outletSchema,
    computed: [],
    description: 'Outlets that published sources',
  },
  events: {
    dir: 'events',
    extensions: yaml,
    frontmatter: false,
    singular: 'event',
    plural: 'events',
    schema: eventSchema,
    computed: [],
    description: 'Timeline events',
  },
  articles: {
    dir: 'articles',
    extensions: ['.mdx'],
    frontmatter: true,
    singular: 'article',
    plural: 'articles',
    schema: articleSchema,
    computed: ['references', 'words'],
    description: 'Analysis articles, rendered by Astro’s MDX integration',
  },
  stories: {
    dir: 'stories',
    extensions: yaml,
    frontmatter: false,
    singular: 'story',
    plural: 'stories',
    schema: storySchema,
    // Derived when not written, and then possibly a month or empty: pages read it from the graph.
    computed: ['updated'],
    description: 'The stories the site follows',
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Every collection's name, in reading order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
