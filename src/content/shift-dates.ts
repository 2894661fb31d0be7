/**
 * Moves dates and timestamps in a text. The bundled example uses it to stay current: its content
 * is re-dated relative to today, while the clock is never faked.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import { parseTimestamp } from '../schemas/timestamps.ts';

const DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;
const TIMESTAMP = /(?<!\d)\d{4}-\d{2}-\d{2}([T ])\d{2}:\d{2}(:\d{2})?(\s*)(UTC|GMT|Z|[+-]\d{2}:?\d{2})(?![\w:])/gi;

/** `text` with every `YYYY-MM-DD` moved by `days` (times of day and zones are untouched). */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(DATE, (date) => {
    const shifted = DateTime.fromISO(date, { zone: 'utc' }).plus({ days });
    return shifted.isValid ? (shifted.toISODate() ?? date) : date;
  });
}

/** `text` with every zoned timestamp moved by `ms`, written in its original style and offset. */
export function shiftTimestamps(text: string, ms: number): string {
  if (ms === 0) return text;
  return text.replace(TIMESTAMP, (match, separator: string, seconds: string | undefined, space: string, zone: string) => {
    const parsed = parseTimestamp(match);
    if (!parsed.ok) return match;
    const offset = /^[+-]/.exec(zone) ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) : 0;
    const shifted = DateTime.fromMillis(parsed.date.getTime() + ms, { zone: FixedOffsetZone.instance(offset) });
    return `${shifted.toFormat('yyyy-MM-dd')}${separator}${shifted.toFormat(seconds ? 'HH:mm:ss' : 'HH:mm')}${space}${zone}`;
  });
}

/** Whole minutes from `writtenAt` to `now` (never negative), in milliseconds. */
export function elapsedMinutesMs(writtenAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - writtenAt.getTime()) / 60_000) * 60_000);
}
