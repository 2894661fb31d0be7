/** Uptime in words: the text equivalents of the bars, for screen readers and tooltips. */
import type { ComponentStatus } from '../schemas/status-vocabulary.ts';
import { formatDate, formatDuration, formatNumber, formatPercent, formatWholePercent } from '../core/format-time.ts';
import type { Locale } from '../core/site-locale.ts';
import { DOWNTIME_WEIGHT, type PeriodUptime, type UptimeSummary } from './uptime.ts';

/** `10 Mar 2026: 92.30% (major outage 1 hr)`: one day with trouble. */
export function describeDay(day: PeriodUptime, zone: string, locale: Locale): string {
  const { UI, region } = locale;
  const parts = Object.entries(day.statusMs).map(([status, ms]) => UI.uptimeBar.statusFor(UI.statuses[status as ComponentStatus], formatDuration(ms, region)));
  return UI.uptimeBar.day(formatDate(day.start, zone, region), formatPercent(day.uptime, region), parts);
}

/** How many events a bar's list names for one day; the rest are counted and left to the history. */
export const EVENTS_NAMED_PER_DAY = 3;

/** The id of the pattern that draws a bar's operational days, defined once on each page with bars. */
export const UPTIME_PATTERN_ID = 'uptime-day';

/** How many of the latest troubled days a bar on the home page lists; its component page lists them all. */
export const HOME_DAYS_LISTED = 7;

/** The periods of a bar in which something happened. */
export function troubledPeriods(uptime: UptimeSummary): PeriodUptime[] {
  return uptime.periods.filter((period) => period.worst !== 'operational');
}

/**
 * How the pages explain an uptime figure, in the site's language, with the weights the figures
 * are computed with (DOWNTIME_WEIGHT): the words never say other than the arithmetic does.
 */
export function uptimeRule(locale: Locale, months: number): { intro: string; formula: string } {
  const { UI, region } = locale;
  const partial = DOWNTIME_WEIGHT.partial_outage;
  return { intro: UI.uptimeReport.intro(months, formatWholePercent(partial, region)), formula: UI.uptimeReport.formula(formatNumber(partial, region)) };
}
