/** Dates as readers see them, from the archive's YYYY-MM-DD, YYYY-MM or `unknown`. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value ?? '');
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return { known: false, text: 'unknown' };
  const [, year, , day] = match;
  return {
    known: true,
    datetime: value as string,
    text: day ? `${Number(day)} ${month} ${year}` : `${month} ${year}`,
  };
}
