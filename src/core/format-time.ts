/** How times and durations are written on pages: absolute, in the display zone, with its abbreviation. */
import { DATE_LOCALE, TIME_WORDS } from '../locale/en.ts';

// Intl names some zones only in some locales (CET in en-GB, EST in en-US, IST in en-IN);
// take the first real abbreviation rather than a bare "GMT+1".
const ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

// Creating Intl formatters is slow (a large share of page rendering time when done per call),
// so each one is made once per zone and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function parts(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

// A zone's abbreviation follows from its offset (CET at +01:00, CEST at +02:00), so it is looked
// up once per zone, offset and year (the year because zones have changed names over time), not
// once per timestamp: four formatToParts calls each were a large part of rendering a big site.
const abbreviations = new Map<string, string>();

/** The zone abbreviation at `date`, such as `CET`, `EST` or `UTC` (or `GMT+5:30` where none exists); `offset` is `GMT+01:00` there. */
function zoneAbbreviation(date: Date, zone: string, offset: string, year: string): string {
  const key = `${zone}|${offset}|${year}`;
  let abbreviation = abbreviations.get(key);
  if (abbreviation === undefined) {
    const names = ABBREVIATION_LOCALES.map(
      (locale) => parts(formatter(`zone|${locale}|${zone}`, locale, { timeZone: zone, timeZoneName: 'short' }), date).timeZoneName,
    );
    abbreviations.set(key, (abbreviation = names.find((name) => !/^GMT[+-]/.test(name)) ?? names[0]));
  }
  return abbreviation;
}

const DAY_FIELDS = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** `20 Nov 2026`: a day in the display zone. */
export function formatDate(date: Date, zone: string): string {
  const p = parts(formatter(`date|${zone}`, DATE_LOCALE, { timeZone: zone, ...DAY_FIELDS }), date);
  return `${p.day} ${p.month} ${p.year}`;
}

// One time is written on its event's page, in lists, feeds and calendars: each once per zone.
const dateTimes = new Map<string, string>();

/** `20 Nov 2026, 15:32 CET`: an absolute time in the display zone. */
export function formatDateTime(date: Date, zone: string): string {
  const key = `${zone}|${date.getTime()}`;
  let text = dateTimes.get(key);
  if (text === undefined) {
    const p = parts(
      formatter(`time|${zone}`, DATE_LOCALE, { timeZone: zone, ...DAY_FIELDS, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' }),
      date,
    );
    dateTimes.set(key, (text = `${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${zoneAbbreviation(date, zone, p.timeZoneName, p.year)}`));
  }
  return text;
}

/** The UTC ISO form for `<time datetime>`: `2026-11-20T14:32:00Z`. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** `November 2026`: a calendar month in the display zone. */
export function formatMonth(date: Date, zone: string): string {
  return formatter(`month|${zone}`, DATE_LOCALE, { timeZone: zone, month: 'long', year: 'numeric' }).format(date);
}

/** A duration in words: `45 min`, `2 h 5 min`, `3 d 4 h`. */
export function formatDuration(ms: number): string {
  const { minute, hour, day } = TIME_WORDS;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} ${minute}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 === 0 ? `${hours} ${hour}` : `${hours} ${hour} ${minutes % 60} ${minute}`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} ${day}` : `${days} ${day} ${hours % 24} ${hour}`;
}

/** `12 min ago`, `in 3 h`, `just now`: how far `date` is from `now`, to the nearest whole unit. */
export function formatRelative(date: Date, now: Date): string {
  const deltaMs = date.getTime() - now.getTime();
  if (Math.abs(deltaMs) < 60_000) return TIME_WORDS.now;
  // Rounded like formatDuration but to a single unit: "2 d", not "2 d 3 h", is enough beside an absolute time.
  const minutes = Math.round(Math.abs(deltaMs) / 60_000);
  const amount = minutes < 60 ? `${minutes} ${TIME_WORDS.minute}` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} ${TIME_WORDS.hour}` : `${Math.round(minutes / 1440)} ${TIME_WORDS.day}`;
  return deltaMs < 0 ? TIME_WORDS.ago(amount) : TIME_WORDS.in(amount);
}
