/**
 * Checks an article's `corrections:` against its dates, once its frontmatter
 * has passed its schema (src/schemas/article.ts gives each correction its
 * shape). A correction cannot be dated before the article was published, nor
 * after today; and an article that has been corrected has been revised, so
 * its `updated` must be at least the latest correction's date.
 */
import type { ArticleData } from '../../schemas/index.ts';
import type { Diagnostic } from './model.ts';
import type { RawRecord } from './read.ts';
import type { DiagnosticCode } from './diagnostic-codes.ts';

/** Today's date, YYYY-MM-DD, in UTC (the day the build or check runs). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The latest correction date of an article, or undefined when it has none. */
export function latestCorrection(article: Pick<ArticleData, 'corrections'>): string | undefined {
  return article.corrections.reduce<string | undefined>(
    (latest, c) => (latest === undefined || c.date > latest ? c.date : latest),
    undefined,
  );
}

/**
 * Reports every correction dated before `published` or after `today`, and an
 * `updated` that is missing or earlier than the latest correction.
 */
export function checkCorrections(
  record: RawRecord,
  article: ArticleData,
  diagnostics: Diagnostic[],
  today: string = todayUtc(),
): void {
  const error = (
    path: readonly PropertyKey[],
    code: DiagnosticCode,
    message: string,
    fix: string,
  ) =>
    diagnostics.push({
      severity: 'error',
      code,
      file: record.file,
      ...record.at(path),
      message,
      fix,
    });
  article.corrections.forEach((correction, i) => {
    const at = ['corrections', i, 'date'];
    const field = `\`corrections[${i}].date\``;
    if (correction.date < article.published) {
      error(
        at,
        'correction-before-published',
        `${field} ${correction.date} is earlier than \`published\` ${article.published}: an article cannot be corrected before it is published`,
        'write the day the correction was made, on or after the publication day',
      );
    } else if (correction.date > today) {
      error(
        at,
        'correction-in-the-future',
        `${field} ${correction.date} is after today (${today}): a correction is dated the day it is made`,
        `write the day the correction was made, such as today, ${today}`,
      );
    }
  });
  const latest = latestCorrection(article);
  if (latest === undefined) return;
  if (article.updated === undefined) {
    error(
      ['corrections'],
      'corrected-not-updated',
      `has corrections but no \`updated\`: a corrected article is revised on the day of its latest correction (${latest})`,
      `add \`updated: ${latest}\` under \`published\``,
    );
  } else if (article.updated < latest) {
    error(
      ['updated'],
      'updated-before-correction',
      `\`updated\` ${article.updated} is earlier than the latest correction (${latest})`,
      `write \`updated: ${latest}\`, or later if the article was revised since`,
    );
  }
}
