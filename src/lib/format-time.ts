/** How times and durations are written on pages: absolute, in the display zone, with its abbreviation. */
import { DateTime } from 'luxon';

// Intl names some zones only in some locales (CET in en-GB, EST in en-US, IST in en-IN);
// take the first real abbreviation rather than a bare "GMT+1".
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

/** The zone abbreviation at `date`, such as `CET`, `EST` or `UTC` (or `GMT+5:30` where none exists). */
export function zoneAbbreviation(date: Date, zone: string): string {
  const names = ABBREVIATION_LOCALES.map((locale) => DateTime.fromJSDate(date, { zone }).setLocale(locale).toFormat('ZZZZ'));
  return names.find((name) => !/^GMT[+-]/.test(name)) ?? names[0];
}

/** `20 Nov 2026, 15:32 CET`: an absolute time in the display zone. */
export function formatDateTime(date: Date, zone: string): string {
  return `${DateTime.fromJSDate(date, { zone }).toFormat('d LLL yyyy, HH:mm')} ${zoneAbbreviation(date, zone)}`;
}

/** `20 Nov 2026`: a day in the display zone. */
export function formatDate(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toFormat('d LLL yyyy');
}

/** The UTC ISO form for `<time datetime>`: `2026-11-20T14:32:00Z`. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** A duration in words: `45 min`, `2 h 5 min`, `3 d 4 h`. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
