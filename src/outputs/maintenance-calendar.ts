/**
 * An iCalendar (RFC 5545) file of maintenance windows, made with ical-generator (CRLF line
 * endings, folded lines, escaped text). One event per window, in UTC, with a stable UID.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { maintenanceState } from '../core/event-state.ts';
import { absoluteUrl, eventPath } from '../core/site-paths.ts';
import { siteLocale } from '../core/site-locale.ts';

/**
 * The SEQUENCE of a window: it grows by one with every update posted to it and once more when
 * it is cancelled, so calendar clients take each change as newer than what they hold.
 */
export function calendarSequence(data: MaintenanceData): number {
  return data.updates.length - 1 + (data.cancelled ? 1 : 0);
}

/** How often subscribers' calendar apps should fetch a calendar again. */
const REFRESH_SECONDS = 3600;

/** The calendar of `windows`, named `name`: the scheduled span, or the actual one once the work has started early or completed. */
export function maintenanceCalendar(settings: SiteSettings, name: string, windows: readonly EventEntry<MaintenanceData>[], now: Date): string {
  const host = new URL(settings.url).hostname;
  const { UI, lang } = siteLocale(settings);
  // How often a calendar app should fetch it again (RFC 7986 REFRESH-INTERVAL, and Outlook's and
  // Apple's X-PUBLISHED-TTL): hourly, so that a moved or cancelled window shows the same day.
  const calendar = ical({
    name,
    prodId: { company: 'Upfront', product: 'status', language: lang.toUpperCase() },
    url: absoluteUrl(settings.url, settings.base),
    ttl: REFRESH_SECONDS,
  });
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
  // RFC 5545 (3.1) ends every content line, the last one too, with CRLF; ical-generator leaves the last bare.
  const text = calendar.toString().replace(/END:VCALENDAR(?:\r\n)?$/, '');
  return `${text}${windows.length > 0 ? '' : EMPTY_CALENDAR_COMPONENT}END:VCALENDAR\r\n`;
}

/**
 * RFC 5545 (3.6) requires a calendar to hold at least one component; one with no maintenance yet
 * carries a definition of UTC, which every client understands and none shows as an entry.
 */
const EMPTY_CALENDAR_COMPONENT = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'TZNAME:UTC',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n');
