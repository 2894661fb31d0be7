/**
 * An iCalendar (RFC 5545) file of maintenance windows, made with ical-generator (CRLF line
 * endings, folded lines, escaped text). One event per window, in UTC, with a stable UID.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { UI } from '../locale/en.ts';
import { maintenanceState } from './event-state.ts';
import { absoluteUrl, eventPath } from './site-paths.ts';

/**
 * The SEQUENCE of a window: it grows by one with every update posted to it and once more when
 * it is cancelled, so calendar clients take each change as newer than what they hold.
 */
export function calendarSequence(data: MaintenanceData): number {
  return data.updates.length - 1 + (data.cancelled ? 1 : 0);
}

/** The calendar of `windows`, named `name`: the scheduled span, or the actual one once the work has started early or completed. */
export function maintenanceCalendar(settings: SiteSettings, name: string, windows: readonly EventEntry<MaintenanceData>[], now: Date): string {
  const host = new URL(settings.url).hostname;
  const calendar = ical({ name, prodId: { company: 'Upfront', product: 'status', language: 'EN' }, url: absoluteUrl(settings.url, settings.base) });
  for (const { id, data } of windows) {
    const state = maintenanceState(data, now);
    const url = absoluteUrl(settings.url, eventPath(settings.base, id));
    calendar.createEvent({
      id: `${id}@${host}`,
      sequence: calendarSequence(data),
      // The time of the latest update: the same on every build until the window changes.
      stamp: data.updates[0].at,
      start: state.activeFrom,
      end: state.phase === 'completed' ? state.activeUntil : data.scheduled_until,
      summary: `${UI.event.maintenanceShort}: ${data.title}`,
      description: `${data.updates[0].message}\n\n${url}`,
      url,
      status: data.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
