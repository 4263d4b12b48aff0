/**
 * Figures about the archive that articles print: `<Count of="sources" />`,
 * `<Count of="quoting-pages" quote="everything-seen-in-china" as="word" />`.
 * A figure written by hand goes stale as the archive grows; one computed here
 * at build time cannot. This module defines what can be counted, checks a
 * `<Count>`'s attributes (for the article checker, ./articles.ts), counts on
 * the resolved archive, and writes the figure as a numeral or in words.
 */
import { annotationKinds, claimStatuses, type AnnotationKind } from '../../schemas/index.ts';
import type { Annotation, Archive, Diagnostic, Location } from './model.ts';
import { DRIFT_VERDICT_ORDER } from '../text/types.ts';
import { closest } from './validate.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** What a `<Count>` can count, and what each figure means to a reader. */
export const COUNT_KINDS = {
  sources: 'archived pages',
  'undated-sources': 'archived pages that show no publication date',
  appearances: 'passages annotated as appearances of `quote`',
  'quoting-pages': 'archived pages with at least one appearance of `quote`',
  annotations: 'annotations, of one `kind` when given',
  claims: 'claims in the ledger, of one `status` when given',
} as const;

/** A countable kind, the value of `of`. */
export type CountKind = keyof typeof COUNT_KINDS;

const STATUSES = Object.keys(claimStatuses);
/** How a figure is written: `numeral` (6, 1,204; the default) or `word` (six). */
export const COUNT_FORMS = ['numeral', 'word'] as const;

/** The attributes `<Count>` takes, as the article checker reads them. */
export const COUNT_ATTRIBUTES = ['of', 'quote', 'verdict', 'kind', 'status', 'as'] as const;

/** A `<Count>`'s attributes, all plain strings as written in the MDX. */
export interface CountProps {
  of: string;
  quote?: string | undefined;
  verdict?: string | undefined;
  kind?: string | undefined;
  status?: string | undefined;
  as?: string | undefined;
}

/** Which attribute may go with which kind (besides `of` and `as`). */
const NEEDS: Record<CountKind, { required?: 'quote'; optional: readonly string[] }> = {
  sources: { optional: [] },
  'undated-sources': { optional: [] },
  appearances: { required: 'quote', optional: ['verdict'] },
  'quoting-pages': { required: 'quote', optional: ['verdict'] },
  annotations: { optional: ['kind'] },
  claims: { optional: ['status'] },
};

/** A problem with a `<Count>`'s attributes: what is wrong, and what to write. */
export interface CountProblem {
  code: DiagnosticCode;
  message: string;
  fix: string;
}

/**
 * Checks a `<Count>`'s attributes; `quoteExists` says whether a canonical
 * quote file has that id. Returns the first problem, or undefined.
 */
export function countProblem(
  attrs: Readonly<Record<string, string>>,
  quoteExists: (id: string) => boolean,
  unknownQuoteFix: (id: string) => string,
): CountProblem | undefined {
  const kinds = Object.keys(COUNT_KINDS);
  const of = attrs['of'];
  if (!of)
    return {
      code: 'missing-attribute',
      message: '<Count> needs an `of`: what to count',
      fix: `write <Count of="…" />, with one of: ${kinds.join(', ')}`,
    };
  if (!(of in COUNT_KINDS)) {
    const near = closest(of, kinds);
    return {
      code: 'unknown-count',
      message: `<Count> cannot count "${of}"`,
      fix: `${near ? `did you mean of="${near}"? ` : ''}count one of: ${kinds.join(', ')}`,
    };
  }
  const need = NEEDS[of as CountKind];
  for (const name of ['quote', 'verdict', 'kind', 'status']) {
    if (attrs[name] !== undefined && need.required !== name && !need.optional.includes(name))
      return {
        code: 'attribute',
        message: `<Count of="${of}"> does not take \`${name}\``,
        fix: `remove ${name}="${attrs[name]}"${need.optional.length + (need.required ? 1 : 0) > 0 ? `; it takes ${[need.required, ...need.optional].filter(Boolean).join(', ')}` : ''}`,
      };
  }
  const quote = attrs['quote'];
  if (need.required === 'quote') {
    if (!quote)
      return {
        code: 'missing-attribute',
        message: `<Count of="${of}"> needs a \`quote\`: whose appearances to count`,
        fix: 'write quote="quote-id", with the file name of a quote in content/quotes/',
      };
    if (!quoteExists(quote))
      return {
        code: 'unknown-reference',
        message: `<Count> refers to quote "${quote}", which does not exist`,
        fix: unknownQuoteFix(quote),
      };
  }
  const choice = (name: string, allowed: readonly string[]): CountProblem | undefined => {
    const value = attrs[name];
    if (value === undefined || allowed.includes(value)) return undefined;
    const near = closest(value, allowed);
    return {
      code: 'attribute',
      message: `<Count> attribute \`${name}\` must be one of ${allowed.join(', ')}, not "${value}"`,
      fix: near
        ? `did you mean ${name}="${near}"?`
        : `write ${name}="${allowed[0]}" or another of them`,
    };
  };
  return (
    choice('verdict', DRIFT_VERDICT_ORDER) ??
    choice('kind', annotationKinds) ??
    choice('status', STATUSES) ??
    choice('as', COUNT_FORMS)
  );
}

/** Reports a `<Count>`'s problem as a located error; true when its attributes are sound. */
export function checkCount(
  attrs: Readonly<Record<string, string>>,
  at: Location,
  lookup: {
    quoteExists(id: string): boolean;
    unknownFix(collection: 'quotes', id: string): string;
  },
  diagnostics: Diagnostic[],
): boolean {
  const problem = countProblem(attrs, lookup.quoteExists, (id) => lookup.unknownFix('quotes', id));
  if (problem) diagnostics.push({ severity: 'error', ...at, ...problem });
  return problem === undefined;
}

/** The appearances of a quote, of one verdict when given. */
function appearancesOf(archive: Archive, props: CountProps): Annotation[] {
  const quote = props.quote ? archive.quote.get(props.quote) : undefined;
  if (!quote) return [];
  return props.verdict
    ? quote.appearances.filter((a) => a.drift?.verdict === props.verdict)
    : quote.appearances;
}

/** Counts what a `<Count>` asks for in the archive. Attributes are checked beforehand. */
export function countOf(archive: Archive, props: CountProps): number {
  switch (props.of as CountKind) {
    case 'sources':
      return archive.sources.length;
    case 'undated-sources':
      return archive.sources.filter((s) => s.published === 'unknown').length;
    case 'appearances':
      return appearancesOf(archive, props).length;
    case 'quoting-pages':
      return new Set(appearancesOf(archive, props).map((a) => a.sourceId)).size;
    case 'annotations':
      return archive.sources.reduce(
        (n, s) =>
          n +
          (props.kind
            ? s.annotations.filter((a) => a.kind === (props.kind as AnnotationKind)).length
            : s.annotations.length),
        0,
      );
    case 'claims':
      return props.status
        ? archive.claims.filter((c) => c.status === props.status).length
        : archive.claims.length;
    default:
      throw new Error(`<Count> cannot count "${props.of}"`);
  }
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A whole number in English words, as house style writes small figures in
 * prose: 6 → "six", 42 → "forty-two", 120 → "one hundred and twenty".
 * From 1,000 on, words help no reader, so the numeral is kept ("1,204").
 */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1000) return n.toLocaleString('en-GB');
  if (n < 20) return ONES[n] as string;
  if (n < 100) {
    const tens = TENS[Math.floor(n / 10)] as string;
    return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10] as string}`;
  }
  const rest = n % 100;
  const hundreds = `${ONES[Math.floor(n / 100)] as string} hundred`;
  return rest === 0 ? hundreds : `${hundreds} and ${numberInWords(rest)}`;
}

/** A figure as a `<Count>` prints it: a numeral ("1,204") or, with `as="word"`, words. */
export function formatCount(n: number, form: string | undefined): string {
  return form === 'word' ? numberInWords(n) : n.toLocaleString('en-GB');
}
