/** The timeline: events in date order under month headings. */
import type { TimelineEvent } from '../archive/model.ts';
import { monthAnchor, monthKey, monthLabel } from './dates.ts';

/** The events of one month. */
export interface EventMonth {
  /** `YYYY-MM`. */
  key: string;
  /** `June 2022`. */
  label: string;
  anchor: string;
  events: TimelineEvent[];
}

/**
 * Orders events by date. An event known only to the month (`2022-06`) comes
 * before the dated events of that month, since it may have happened on any
 * day; ties keep title order.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.localeCompare(b.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/** Groups events by month, oldest first, each month in date order. */
export function groupEventsByMonth(events: readonly TimelineEvent[]): EventMonth[] {
  const months = new Map<string, TimelineEvent[]>();
  for (const event of [...events].sort(compareEvents)) {
    const key = monthKey(event.date) ?? event.date;
    const list = months.get(key);
    if (list) list.push(event);
    else months.set(key, [event]);
  }
  return [...months].map(([key, list]) => ({
    key,
    label: monthLabel(key),
    anchor: monthAnchor(key),
    events: list,
  }));
}

/** True when an event is dated only to the month. */
export function isMonthOnly(event: Pick<TimelineEvent, 'date'>): boolean {
  return /^\d{4}-\d{2}$/.test(event.date);
}

/**
 * The latest `limit` events, in date order, for the home page's preview: where
 * the story stands, not the start of its backstory.
 */
export function latestEvents(events: readonly TimelineEvent[], limit: number): TimelineEvent[] {
  return limit > 0 ? [...events].sort(compareEvents).slice(-limit) : [];
}
