/**
 * Every diagnostic code the checker gives, with its severity and what it is
 * about: one table, so that a diagnostic cannot carry a code that is not
 * listed here (`Diagnostic.code` is typed from it) and a test can walk every
 * code (tests/unit/bad-input/every-code-has-a-fix.test.ts: each error code
 * is produced by some broken file, and every error has a `fix:` line).
 */
export const DIAGNOSTIC_CODES = {
  // Files and YAML (./read.ts)
  file: {
    severity: 'error',
    about: 'a file that is not part of its collection, or named so that it cannot be an id',
  },
  frontmatter: { severity: 'error', about: 'a source or article without its `---` lines' },
  yaml: {
    severity: 'error',
    about: 'frontmatter or a record that is not valid YAML, or not a set of fields',
  },
  'duplicate-id': {
    severity: 'error',
    about: 'two files, or two annotations of a source, with one id',
  },
  // Fields (./validate.ts)
  schema: {
    severity: 'error',
    about: 'a field whose value the schema refuses, or a rule across fields',
  },
  'missing-field': { severity: 'error', about: 'a required field that is missing' },
  'unknown-field': { severity: 'error', about: 'a field no schema has' },
  // Archived text and anchors (./anchor-sources.ts)
  'empty-text': { severity: 'error', about: 'a source with no archived text' },
  'hash-mismatch': { severity: 'error', about: 'archived text changed since capture' },
  'anchor-empty': { severity: 'error', about: 'an `exact` with no visible characters' },
  'anchor-not-found': { severity: 'error', about: 'an `exact` that is not in the archived text' },
  'anchor-ambiguous': { severity: 'error', about: 'an `exact` that occurs more than once' },
  'anchor-context-not-found': {
    severity: 'error',
    about: 'an `exact` found, but not with its `prefix` or `suffix`',
  },
  // References (./resolve-references.ts, ./parties.ts)
  'unknown-reference': { severity: 'error', about: 'an id that names no file (or no annotation)' },
  'unknown-party': {
    severity: 'error',
    about: 'a `claimant` or `via` that is neither a person nor an outlet',
  },
  'speaker-mismatch': {
    severity: 'error',
    about: "an annotation's speaker that is not its quote's speaker",
  },
  'first-report-not-appearance': {
    severity: 'error',
    about: "a quote's first report that is not marked as an appearance of it",
  },
  // Stories (./stories.ts)
  'no-story': { severity: 'error', about: 'a source, claim, event or article in no story' },
  'unknown-story': {
    severity: 'error',
    about: 'a story id that names no file in content/stories/',
  },
  'key-claim-not-in-story': {
    severity: 'error',
    about: "a story's key claim that does not name the story",
  },
  'story-without-sources': { severity: 'error', about: 'a story no source belongs to' },
  // Articles (./articles.ts, ./counts.ts, ./corrections.ts)
  'mdx-syntax': { severity: 'error', about: 'an article that is not valid MDX' },
  'unknown-component': {
    severity: 'error',
    about: 'a component that is not a Sourcebook component',
  },
  attribute: {
    severity: 'error',
    about: "a component's unknown, spread or expression attribute, or a value it does not take",
  },
  'missing-attribute': { severity: 'error', about: 'a component without an attribute it needs' },
  'empty-quote': { severity: 'error', about: 'a <Quote> with no words' },
  misquote: { severity: 'error', about: 'a <Quote> whose words are not in its source' },
  'quote-outside-annotation': {
    severity: 'error',
    about: 'a <Quote> whose words are not inside its annotation',
  },
  'unknown-count': { severity: 'error', about: 'a <Count> of something it cannot count' },
  'correction-before-published': {
    severity: 'error',
    about: 'a correction dated before publication',
  },
  'correction-in-the-future': { severity: 'error', about: 'a correction dated after today' },
  'corrected-not-updated': {
    severity: 'error',
    about: 'an article with corrections but no `updated`',
  },
  'updated-before-correction': {
    severity: 'error',
    about: '`updated` earlier than the latest correction',
  },
  // Hints (./hints.ts, ./first-report.ts)
  'long-passage': { severity: 'hint', about: 'a long paragraph in a source not marked `whole`' },
  'unannotated-appearance': {
    severity: 'hint',
    about: 'unannotated words that look like a canonical quote',
  },
  'claim-without-evidence': { severity: 'hint', about: 'a claim no passage bears on' },
  'outlet-stub': { severity: 'hint', about: 'an outlet whose description is still the stub' },
  'source-outside-story': {
    severity: 'hint',
    about: 'a source whose passages bear on claims of a story the source is not in',
  },
  'first-report-later': {
    severity: 'hint',
    about: "a quote's first report dated after one of its appearances",
  },
} as const satisfies Record<string, { severity: 'error' | 'hint'; about: string }>;

/** A diagnostic's code: one of the table's. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Every code, in the table's order. */
export const diagnosticCodes = (): DiagnosticCode[] =>
  Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
