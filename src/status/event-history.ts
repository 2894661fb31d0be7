/** The history of events: by calendar month in the display zone, and per component. */
import { DateTime } from 'luxon';
import type { EventData, EventEntry } from '../schemas/incident-schema.ts';
import { affectedComponents, incidentState } from '../core/event-state.ts';

/** One month of history. */
export interface HistoryMonth {
  /** `yyyy-MM` in the display zone. */
  key: string;
  /** The first instant of the month in the display zone. */
  start: Date;
  /** The month's events, the latest first. */
  events: EventEntry[];
}

/** When an event happened, for placing it in history: an incident's start, a maintenance window's scheduled start. */
export function eventTime(data: EventData): Date {
  return data.kind === 'incident' ? incidentState(data, data.updates[0].at).startedAt : data.scheduled_for;
}

/** Sort order of history: the latest event time first, then by id for stable output. */
export function byEventTime(a: EventEntry, b: EventEntry): number {
  return eventTime(b.data).getTime() - eventTime(a.data).getTime() || (a.id < b.id ? -1 : 1);
}

/** The key (`yyyy-MM`) of the month of `date` in `zone`: the address of its history page. */
export function monthKey(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat('yyyy-MM');
}

/**
 * Every month from the current one back to the earliest one with an event, newest first, and
 * ahead of it the months that have events (planned maintenance). Quiet months up to now are
 * kept, "nothing happened" is news too; quiet months ahead are not, so that one far-off date
 * cannot make a page for every month up to it.
 */
export function historyMonths(events: readonly EventEntry[], now: Date, zone: string): HistoryMonth[] {
  const monthOf = (date: Date) => DateTime.fromJSDate(date, { zone }).startOf('month');
  const byMonth = new Map<string, EventEntry[]>();
  for (const entry of [...events].sort(byEventTime)) {
    const key = monthKey(eventTime(entry.data), zone);
    const month = byMonth.get(key);
    if (month) month.push(entry);
    else byMonth.set(key, [entry]);
  }
  const current = monthOf(now);
  const earliest = monthOf(new Date(events.reduce((min, e) => Math.min(min, eventTime(e.data).getTime()), now.getTime())));
  const currentKey = current.toFormat('yyyy-MM');
  const ahead = [...byMonth.keys()]
    .filter((key) => key > currentKey)
    .sort()
    .reverse();
  const months: HistoryMonth[] = ahead.map((key) => ({ key, start: DateTime.fromFormat(key, 'yyyy-MM', { zone }).toJSDate(), events: byMonth.get(key)! }));
  for (let month = current; month >= earliest; month = month.minus({ months: 1 })) {
    const key = month.toFormat('yyyy-MM');
    months.push({ key, start: month.toJSDate(), events: byMonth.get(key) ?? [] });
  }
  return months;
}

/** A component's events split for its pages: the recent ones on its page, every one on the page of its year. */
export interface ComponentHistory {
  /** Events since the start of the component's uptime bar, and every incident still open, the latest first. */
  recent: EventEntry[];
  /** Every year with an event (in the display zone), newest first, each with its events, the latest first. */
  years: Array<{ year: string; events: EventEntry[] }>;
}

/**
 * The history of each component, so that its page shows what its bar (from `since`) covers
 * however long the site has been running, and each year of the rest has a page of its own.
 * One pass over the events for all components.
 */
export function componentHistories(events: readonly EventEntry[], since: Date, zone: string): Map<string, ComponentHistory> {
  const histories = new Map<string, ComponentHistory>();
  for (const entry of [...events].sort(byEventTime)) {
    const time = eventTime(entry.data);
    const year = monthKey(time, zone).slice(0, 4);
    // Whether an incident is open does not depend on the time it is asked at.
    const isRecent = time >= since || (entry.data.kind === 'incident' && incidentState(entry.data, since).isOpen);
    for (const [componentId] of affectedComponents(entry.data)) {
      let history = histories.get(componentId);
      if (!history) histories.set(componentId, (history = { recent: [], years: [] }));
      if (isRecent) history.recent.push(entry);
      if (history.years.at(-1)?.year === year) history.years.at(-1)!.events.push(entry);
      else history.years.push({ year, events: [entry] });
    }
  }
  return histories;
}
