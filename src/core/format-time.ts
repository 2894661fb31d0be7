/**
 * How times, durations and numbers are written, in a site's language and clock: absolute times
 * in the display zone with its abbreviation, relative phrases, durations and percentages, all by
 * `Intl`, so that each language gets its own order, words and separators.
 */
import type { Clock } from '../schemas/languages.ts';

/** The conventions dates and numbers follow: the locale `Intl` formats in, and the clock. */
export interface Region {
  /** A BCP 47 tag for `Intl`, such as `de-AT`. */
  locale: string;
  hour12: boolean;
}

/**
 * The region of a site's language: its own clock unless `clock` says otherwise. Bare `en` is
 * written as Upfront always wrote it, day month year with a 24-hour clock (`en-GB`), which reads
 * well worldwide; `en-US` gives US dates and 12-hour times.
 */
export function regionOf(language: string, clock?: Clock): Region {
  const locale = language === 'en' ? 'en-GB' : language;
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return { locale, hour12: clock ? clock === '12h' : cycle === 'h11' || cycle === 'h12' };
}

// Intl names some zones only in some locales (CET in en-GB, EST in en-US, IST in en-IN);
// English takes the first real abbreviation rather than a bare "GMT+1". Other languages use
// their own short names (MEZ in German), which Intl localises.
const ENGLISH_ABBREVIATION_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

// Creating Intl formatters is slow (a large share of page rendering time when done per call),
// so each one is made once per locale, option set and zone, and kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const zoneName = (locale: string, zone: string, date: Date) =>
  formatter(`zone|${locale}|${zone}`, locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')!.value;

// A zone's abbreviation follows from its offset (CET at +01:00, CEST at +02:00), so it is looked
// up once per zone, offset and year (the year because zones have changed names over time), not
// once per timestamp: four formatToParts calls each were a large part of rendering a big site.
const abbreviations = new Map<string, string>();

/** The zone's short name at `date` in `locale`, such as `CET`, `EST`, `MEZ` or `UTC` (or `GMT+5:30` where none exists). */
function zoneAbbreviation(date: Date, zone: string, locale: string, offset: string, year: string): string {
  return memo(abbreviations, `${locale}|${zone}|${offset}|${year}`, () => {
    const own = zoneName(locale, zone, date);
    if (!/^en\b/.test(locale) || !/^GMT[+-]/.test(own)) return own;
    const names = ENGLISH_ABBREVIATION_LOCALES.map((english) => zoneName(english, zone, date));
    return names.find((name) => !/^GMT[+-]/.test(name)) ?? own;
  });
}

const DAY_FIELDS = { day: 'numeric', month: 'short', year: 'numeric' } as const;

/** The space between a time and its day period (`3:32\u202fPM`): narrow and unbreakable, on every engine. */
const NARROW_SPACE = '\u202f';

/** `20 Nov 2026` (`20.11.2026`, `2026年11月20日`): a day in the display zone. */
export function formatDate(date: Date, zone: string, region: Region): string {
  return formatter(`date|${region.locale}|${zone}`, region.locale, { timeZone: zone, ...DAY_FIELDS }).format(date);
}

// One time is written on its event's page, in lists, feeds and calendars: each once per zone.
const dateTimes = new Map<string, string>();

/** `20 Nov 2026, 15:32 CET` (`Nov 20, 2026, 3:32 PM EST`): an absolute time in the display zone. */
export function formatDateTime(date: Date, zone: string, region: Region): string {
  return zonedTime(date, zone, region, true);
}

/** `15:32 CET` with the day (`20 Nov 2026, 15:32 CET`) or without it, the zone named by Upfront. */
function zonedTime(date: Date, zone: string, region: Region, withDay: boolean): string {
  const { locale, hour12 } = region;
  return memo(dateTimes, `${locale}|${hour12}|${zone}|${withDay}|${date.getTime()}`, () => {
    const parts = formatter(`time|${locale}|${hour12}|${zone}|${withDay}`, locale, {
      timeZone: zone,
      ...(withDay && DAY_FIELDS),
      hour: 'numeric',
      minute: '2-digit',
      hour12,
      timeZoneName: 'longOffset',
    }).formatToParts(date);
    const offset = parts.find((part) => part.type === 'timeZoneName')!.value;
    const year = formatter(`year|${zone}`, 'en', { timeZone: zone, year: 'numeric' }).format(date);
    // The language places the zone; Upfront chooses its name, and the space before AM/PM: ICU
    // has changed it (U+202F in Node 24, a plain space in Node 26), and a site's bytes must not.
    return parts
      .map((part, i) =>
        part.type === 'timeZoneName'
          ? zoneAbbreviation(date, zone, locale, offset, year)
          : parts[i + 1]?.type === 'dayPeriod' && /^\s+$/.test(part.value)
            ? NARROW_SPACE
            : part.value,
      )
      .join('');
  });
}

/**
 * `10 Dec 2026, 03:00 CET – 05:00 CET`: a span of time, its day written once when it starts and
 * ends on the same day in the display zone; each end keeps its zone (they differ across a change
 * of clocks).
 */
export function formatTimeRange(from: Date, until: Date, zone: string, region: Region): string {
  const sameDay = formatDate(from, zone, region) === formatDate(until, zone, region);
  return `${formatDateTime(from, zone, region)} – ${zonedTime(until, zone, region, !sameDay)}`;
}

/** The UTC ISO form for `<time datetime>`: `2026-11-20T14:32:00Z`. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** `November 2026`: a calendar month in the display zone. */
export function formatMonth(date: Date, zone: string, region: Region): string {
  return formatter(`month|${region.locale}|${zone}`, region.locale, { timeZone: zone, month: 'long', year: 'numeric' }).format(date);
}

const unitFormats = new Map<string, Intl.NumberFormat>();
const unit = (locale: string, name: 'minute' | 'hour' | 'day', amount: number) =>
  memo(unitFormats, `${locale}|${name}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' })).format(amount);
const listFormats = new Map<string, Intl.ListFormat>();

/** A duration in words: `45 min`, `2 hr 5 min`, `3 days 4 hr` (`2 Std., 5 Min.`). */
export function formatDuration(ms: number, region: Region): string {
  const { locale } = region;
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const amounts: Array<['minute' | 'hour' | 'day', number]> =
    minutes < 60
      ? [['minute', minutes]]
      : hours < 48
        ? [
            ['hour', hours],
            ['minute', minutes % 60],
          ]
        : [
            ['day', days],
            ['hour', hours % 24],
          ];
  const shown = amounts.filter(([, amount], index) => index === 0 || amount > 0).map(([name, amount]) => unit(locale, name, amount));
  return memo(listFormats, locale, () => new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' })).format(shown);
}

const conjunctions = new Map<string, Intl.ListFormat>();

/** `API, Website and Database` (`API, Website und Database`): names in a sentence. */
export function formatList(items: readonly string[], region: Region): string {
  return memo(conjunctions, region.locale, () => new Intl.ListFormat(region.locale, { type: 'conjunction', style: 'long' })).format(items);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** `12 min ago`, `in 3 hr`, `now` (`vor 12 Min.`): how far `date` is from `now`, to the nearest whole unit. */
export function formatRelative(date: Date, now: Date, region: Region): string {
  const format = memo(relativeFormats, region.locale, () => new Intl.RelativeTimeFormat(region.locale, { numeric: 'auto', style: 'short' }));
  const deltaMs = date.getTime() - now.getTime();
  if (Math.abs(deltaMs) < 60_000) return format.format(0, 'second');
  // Rounded like formatDuration but to a single unit: "2 days", not "2 days 3 hr", is enough beside an absolute time.
  const minutes = Math.round(Math.abs(deltaMs) / 60_000);
  const sign = Math.sign(deltaMs);
  if (minutes < 60) return format.format(sign * minutes, 'minute');
  if (minutes < 48 * 60) return format.format(sign * Math.round(minutes / 60), 'hour');
  return format.format(sign * Math.round(minutes / 1440), 'day');
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** `99.95%` (`99,95 %`): a fraction as a percentage with two decimals, never rounded up, so downtime never shows as 100 %. */
export function formatPercent(fraction: number, region: Region): string {
  const floored = Math.floor(fraction * 10_000) / 10_000;
  return memo(
    percentFormats,
    region.locale,
    () => new Intl.NumberFormat(region.locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(floored);
}

const setPercentFormats = new Map<string, Intl.NumberFormat>();

/**
 * `30%`, `99.9%`, `99.95%` (`30 %` in German): a share that is set rather than measured (a rule's
 * weight, an availability target), as written, to at most three decimals and never floored.
 */
export function formatSetPercent(fraction: number, region: Region): string {
  return memo(setPercentFormats, region.locale, () => new Intl.NumberFormat(region.locale, { style: 'percent', maximumFractionDigits: 3 })).format(fraction);
}

/** The region of what Upfront tells authors (checks, the command line), which is in English. */
export const AUTHOR_REGION: Region = regionOf('en');

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `1,234` (`1.234`): a count in the language's digits and grouping. */
export function formatNumber(amount: number, region: Region): string {
  return memo(numberFormats, region.locale, () => new Intl.NumberFormat(region.locale)).format(amount);
}
