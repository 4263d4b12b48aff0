/** Archive figures for the home page, computed at build time. */
import type { Archive } from '../archive/model.ts';

/** How much the archive holds. */
export interface ArchiveFigures {
  sources: number;
  outlets: number;
  quotes: number;
  claims: number;
  annotations: number;
  events: number;
  articles: number;
  /** Words of archived text across all sources. */
  words: number;
}

/** Counts what the archive holds; outlets counted are those with at least one source. */
export function archiveFigures(archive: Archive): ArchiveFigures {
  let annotations = 0;
  let words = 0;
  const outlets = new Set<string>();
  for (const source of archive.sources) {
    annotations += source.annotations.length;
    words += source.words;
    outlets.add(source.outlet);
  }
  return {
    sources: archive.sources.length,
    outlets: outlets.size,
    quotes: archive.quotes.length,
    claims: archive.claims.length,
    annotations,
    events: archive.events.length,
    articles: archive.articles.length,
    words,
  };
}

/** `1 source`, `2 sources`: a count with its noun, singular or plural. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}
