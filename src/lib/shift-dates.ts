/**
 * Moves every calendar date in a text by whole days. The bundled example uses it to stay
 * current: its incidents are re-dated relative to today, while the clock is never faked.
 */
import { DateTime } from 'luxon';

const DATE = /(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)/g;

/** `text` with every `YYYY-MM-DD` moved by `days` (times of day and zones are untouched). */
export function shiftDates(text: string, days: number): string {
  if (days === 0) return text;
  return text.replace(DATE, (date) => {
    const shifted = DateTime.fromISO(date, { zone: 'utc' }).plus({ days });
    return shifted.isValid ? (shifted.toISODate() ?? date) : date;
  });
}

/** Whole days from `writtenAt` to `now` (never negative): how far to move an example written at `writtenAt`. */
export function daysSince(writtenAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - writtenAt.getTime()) / 86_400_000));
}
