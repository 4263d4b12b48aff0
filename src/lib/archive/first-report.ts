/**
 * Hint step: a quote's first report dated later than one of its appearances.
 *
 * A canonical quote names its first report (`source`, `annotation`). When
 * that source's `published` date is later than the date of a source that
 * quotes the same words, either the first report is another source, or the
 * first report's page shows a later date than its words were first published
 * (a re-dated or updated page). `npm run check` hints, unless the quote's
 * `dating` field already explains it; the quote page explains the dating
 * either way.
 */
import type { Annotation, Archive, Diagnostic, Location, Quote } from './model.ts';
import type { CollectionName } from './paths.ts';

/** An appearance dated earlier than the quote's first report. */
export interface EarlierAppearance {
  annotation: Annotation;
  /** Its source's `published` date, YYYY-MM-DD. */
  date: string;
}

/** The dating of a quote's first report against its appearances. */
export interface FirstReportDating {
  /** The first report's `published` date, YYYY-MM-DD. */
  firstDate: string;
  /** Appearances whose source is dated earlier, earliest first. */
  earlier: EarlierAppearance[];
}

/**
 * How a quote's first report is dated against its appearances, or undefined
 * when nothing is dated earlier than the first report (or it has no date).
 */
export function firstReportDating(
  archive: Pick<Archive, 'source'>,
  quote: Pick<Quote, 'source' | 'appearances'>,
): FirstReportDating | undefined {
  const firstDate = archive.source.get(quote.source)?.published;
  if (firstDate === undefined || firstDate === 'unknown') return undefined;
  const earlier = quote.appearances
    .flatMap((annotation): EarlierAppearance[] => {
      const date = archive.source.get(annotation.sourceId)?.published;
      return date !== undefined && date !== 'unknown' && date < firstDate
        ? [{ annotation, date }]
        : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  return earlier.length > 0 ? { firstDate, earlier } : undefined;
}

/**
 * Pushes a `first-report-later` hint for every quote whose first report is
 * dated later than one of its appearances and whose `dating` does not
 * explain why.
 */
export function collectFirstReportHints(
  archive: Archive,
  diagnostics: Diagnostic[],
  locate: (
    collection: CollectionName,
    id: string,
    path: readonly PropertyKey[],
  ) => Location | undefined,
): void {
  for (const quote of archive.quotes) {
    if (quote.dating !== undefined) continue;
    const dating = firstReportDating(archive, quote);
    const earliest = dating?.earlier[0];
    if (!dating || !earliest) continue;
    diagnostics.push({
      severity: 'hint',
      code: 'first-report-later',
      ...(locate('quotes', quote.id, ['source']) ?? quote.location),
      message: `quote "${quote.id}": its first report, "${quote.source}", is dated ${dating.firstDate}, later than its appearance in "${earliest.annotation.sourceId}" (${earliest.date})`,
      fix: `if "${earliest.annotation.sourceId}" or another earlier source is the first report, name it in \`source\` and \`annotation\`; if the first report's page shows a later date than its words were first published, say so in the quote's \`dating\` field, citing the archive`,
    });
  }
}
