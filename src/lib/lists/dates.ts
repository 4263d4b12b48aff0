/**
 * Dates as the archive writes them (YYYY-MM-DD, YYYY-MM or `unknown`), turned
 * into month keys and readable labels. Dates stay text throughout, so no time
 * zone can move a day.
 */

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
] as const;

/** The month a date falls in, `YYYY-MM`, or undefined when the date is unknown or malformed. */
export function monthKey(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(date);
  return match ? `${match[1]}-${match[2]}` : undefined;
}

/** A month key as words: `2022-06` → `June 2022`. */
export function monthLabel(key: string): string {
  const [year, month] = key.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && year ? `${name} ${year}` : key;
}

/**
 * A date as words, at the precision it was written: `2022-06-17` →
 * `17 June 2022`, `2022-06` → `June 2022`, `unknown` → `date unknown`.
 */
export function formatDate(date: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) return `${Number(day[3])} ${monthLabel(`${day[1]}-${day[2]}`)}`;
  const key = monthKey(date);
  return key ? monthLabel(key) : 'date unknown';
}

/** The id of a month heading, for in-page links: `2022-06` → `m-2022-06`. */
export function monthAnchor(key: string): string {
  return `m-${key}`;
}
