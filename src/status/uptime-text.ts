/** Uptime in words: the text equivalents of the bars, for screen readers and tooltips. */
import { COMPONENT_STATUSES, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import { formatDate, formatDuration, formatList, formatNumber, formatPercent, formatSetPercent } from '../core/format-time.ts';
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

/** The statuses a minute of which counts as some downtime, worst first: the uptime tables' minute columns. */
export const WEIGHED_STATUSES: readonly ComponentStatus[] = COMPONENT_STATUSES.filter((status) => DOWNTIME_WEIGHT[status] > 0).toReversed();

/**
 * How the pages explain an uptime figure, in the site's language, read from the weights the
 * figures are computed with (DOWNTIME_WEIGHT): which statuses weigh how much, which count as up,
 * the formula and the columns' headings. Change a weight and every word follows.
 */
export function uptimeRule(locale: Locale, months: number): { intro: string; formula: string; columns: string[] } {
  const { UI, region } = locale;
  const words = UI.uptimeReport;
  const counted = WEIGHED_STATUSES.map((status) => words.minuteAs(UI.statuses[status], formatSetPercent(DOWNTIME_WEIGHT[status], region)));
  const up = COMPONENT_STATUSES.filter((status) => status !== 'operational' && DOWNTIME_WEIGHT[status] === 0)
    .toReversed()
    .map((status) => words.quoted(UI.statuses[status]));
  const terms = WEIGHED_STATUSES.map((status) => {
    const minutes = words.minutesOf(UI.statuses[status]);
    return DOWNTIME_WEIGHT[status] === 1 ? minutes : `${formatNumber(DOWNTIME_WEIGHT[status], region)} × ${minutes}`;
  });
  return {
    intro: words.intro(months, formatList(counted, region), formatList(up, region)),
    formula: words.formula(terms.join(' + ')),
    columns: WEIGHED_STATUSES.map((status) => words.minutesColumn(UI.statuses[status])),
  };
}
