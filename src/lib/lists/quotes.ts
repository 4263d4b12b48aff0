/** Quotes as a list: each canonical quote with its appearances counted by drift verdict. */
import type { Annotation, DriftVerdict, Quote } from '../archive/model.ts';
import { flatListPages, type ListPage } from './paginate.ts';
import { urls } from '../urls.ts';
import { DRIFT_VERDICT_ORDER } from '../text/types.ts';

/** The drift verdicts, from faithful to furthest from the canonical wording. */
export const VERDICT_ORDER: readonly DriftVerdict[] = DRIFT_VERDICT_ORDER;

/** Verdicts that count as drift: the words themselves changed. */
export const DRIFTED: ReadonlySet<DriftVerdict> = new Set<DriftVerdict>(['altered', 'paraphrase']);

/** True when an annotation is an appearance of a quote whose wording drifted. */
export function hasDrifted(annotation: Pick<Annotation, 'drift'>): boolean {
  return annotation.drift !== undefined && DRIFTED.has(annotation.drift.verdict);
}

/** How many appearances have each verdict, in {@link VERDICT_ORDER}; verdicts with none included. */
export function verdictCounts(
  appearances: readonly Pick<Annotation, 'drift'>[],
): { verdict: DriftVerdict; count: number }[] {
  const counts = new Map<DriftVerdict, number>(VERDICT_ORDER.map((v) => [v, 0]));
  for (const a of appearances) {
    if (a.drift) counts.set(a.drift.verdict, (counts.get(a.drift.verdict) ?? 0) + 1);
  }
  return VERDICT_ORDER.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }));
}

/** Quotes ordered by how widely they were carried (most appearances first), then by wording. */
export function sortQuotes(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort(
    (a, b) => b.appearances.length - a.appearances.length || a.text.localeCompare(b.text),
  );
}

/**
 * Every quote in {@link sortQuotes} order, cut into pages of `perPage`:
 * `/quotes/`, then `/quotes/page/2/` on.
 */
export function quotePages(quotes: readonly Quote[], perPage: number): ListPage<Quote>[] {
  return flatListPages(quotes, perPage, urls.quotes(), sortQuotes);
}
