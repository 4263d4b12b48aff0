/** Dates as readers see them, from the archive's YYYY-MM-DD, YYYY-MM or `unknown`. */
import { formatDate, monthKey, monthLabel } from '../lists/dates.ts';

/** A date ready for a `<time>` element, or unknown. */
export type DisplayDate =
  { known: true; datetime: string; text: string } | { known: false; text: string };

/**
 * Formats a calendar day (`2022-06-18` → `18 June 2022`) or a month
 * (`2022-06` → `June 2022`) with no time zone involved, so no date can shift
 * by a day. Anything else, `unknown` included, is reported as unknown rather
 * than guessed.
 */
export function displayDate(value: string | undefined): DisplayDate {
  const key = value === undefined ? undefined : monthKey(value);
  // monthLabel gives the key back unchanged when the month is not 01–12.
  if (value === undefined || !key || monthLabel(key) === key)
    return { known: false, text: 'unknown' };
  return { known: true, datetime: value, text: formatDate(value) };
}
