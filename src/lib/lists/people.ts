/** Who said what: quote annotations and canonical quotes by speaker. */
import type { Annotation, Archive, Person, Quote, Source } from '../archive/model.ts';
import { compareByDate } from './sources.ts';

/** What one person is quoted saying across the archive. */
export interface PersonQuotes {
  /** Quote annotations naming this person as speaker, in source date order, then position. */
  passages: { annotation: Annotation; source: Source }[];
  /** Canonical quotes attributed to this person, in wording order. */
  quotes: Quote[];
}

const memo = new WeakMap<Archive, Map<string, PersonQuotes>>();

/**
 * Indexes every quote annotation and canonical quote by speaker, in one pass
 * over the archive; the result is kept per archive, so each person's page
 * reads it without walking the sources again.
 */
export function quotesBySpeaker(archive: Archive): Map<string, PersonQuotes> {
  const cached = memo.get(archive);
  if (cached) return cached;
  const index = new Map<string, PersonQuotes>();
  const entry = (id: string): PersonQuotes => {
    let e = index.get(id);
    if (!e) index.set(id, (e = { passages: [], quotes: [] }));
    return e;
  };
  for (const source of [...archive.sources].sort(compareByDate)) {
    for (const annotation of source.annotations) {
      if (annotation.kind === 'quote' && annotation.speaker) {
        entry(annotation.speaker).passages.push({ annotation, source });
      }
    }
  }
  for (const e of index.values()) {
    // Sources are already in date order; within a source, by position in the text.
    e.passages.sort((a, b) =>
      a.source === b.source ? a.annotation.start - b.annotation.start : 0,
    );
  }
  for (const quote of archive.quotes) entry(quote.speaker).quotes.push(quote);
  for (const e of index.values()) e.quotes.sort((a, b) => a.text.localeCompare(b.text));
  memo.set(archive, index);
  return index;
}

/** What a person is quoted saying; empty lists when nothing. */
export function quotesOf(archive: Archive, personId: string): PersonQuotes {
  return quotesBySpeaker(archive).get(personId) ?? { passages: [], quotes: [] };
}

/** People in name order. */
export function sortPeople(people: readonly Person[]): Person[] {
  return [...people].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
