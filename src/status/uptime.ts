/**
 * Uptime from incident and maintenance history: days or months in the display zone, weighted
 * downtime (major outage 100 %, partial 30 %, degraded and maintenance count as up), and the
 * worst state of each period. Overlapping intervals are merged, never counted twice. Only watched
 * time counts: a period before monitoring began has no data, and one it began in counts from then.
 */
import { DateTime } from 'luxon';
import { COMPONENT_STATUSES, worseStatus, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import type { StatusInterval } from '../core/event-state.ts';

/** The share of a minute in each status that counts as downtime. */
export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

/** One calendar day or month in the display zone; `end` is cut at `now` for the current one. */
export interface Period {
  /** `yyyy-MM-dd` for a day, `yyyy-MM` for a month, in the display zone. */
  key: string;
  start: Date;
  end: Date;
}

/** A status interval caused by one event. */
export interface EventInterval extends StatusInterval {
  eventId: string;
}

/** One period's uptime. */
export interface PeriodUptime extends Period {
  /** The worst status reached during the period. */
  worst: ComponentStatus;
  /** Weighted downtime in milliseconds. */
  downtimeMs: number;
  /** Time spent in each non-operational status, in milliseconds. */
  statusMs: Partial<Record<ComponentStatus, number>>;
  /** 0…1 of the watched time; 1 when none was watched. */
  uptime: number;
  /** How much of the period was watched, in milliseconds: 0 for a day before monitoring began. */
  watchedMs: number;
  /** The events that affected the period, in the order of their intervals. */
  eventIds: string[];
  /** Those of them whose status counted as downtime at some instant (the worst at that instant), in the same order. */
  downtimeEventIds: string[];
}

/** Uptime over a run of periods. */
export interface UptimeSummary {
  periods: PeriodUptime[];
  /** 0…1 over the watched part of the run; 1 when none of it was watched. */
  uptime: number;
  downtimeMs: number;
  /** When monitoring began, if after the run's start: the figure is "since" then. */
  watchedFrom?: Date;
  /** True when no part of the run was watched: there is no figure to show. */
  unwatched: boolean;
}

/** The last `count` calendar units in `zone`, oldest first, the last one cut at `now`. */
function periods(now: Date, zone: string, count: number, unit: 'day' | 'month'): Period[] {
  const current = DateTime.fromJSDate(now, { zone }).startOf(unit);
  const list: Period[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const start = current.minus({ [unit]: back });
    const end = start.plus({ [unit]: 1 });
    const key = unit === 'day' ? start.toFormat('yyyy-MM-dd') : start.toFormat('yyyy-MM');
    list.push({ key, start: start.toJSDate(), end: end.toMillis() > now.getTime() ? now : end.toJSDate() });
  }
  return list;
}

/** The last `count` days in `zone`, oldest first, the last one being today (cut at `now`). Days are 23 or 25 h around DST changes. */
export function dayPeriods(now: Date, zone: string, count: number): Period[] {
  return periods(now, zone, count, 'day');
}

/** The last `count` calendar months in `zone`, oldest first, the last one being this month (cut at `now`). */
export function monthPeriods(now: Date, zone: string, count: number): Period[] {
  return periods(now, zone, count, 'month');
}

/** Weighted downtime, time per status, worst status and causes of `intervals` within [start, end). */
function measure(intervals: readonly EventInterval[], start: number, end: number): Omit<PeriodUptime, keyof Period | 'uptime' | 'watchedMs'> {
  const overlapping = intervals.filter((i) => i.start.getTime() < end && i.end.getTime() > start);
  const pieces = overlapping.map((i) => ({
    start: Math.max(start, i.start.getTime()),
    end: Math.min(end, i.end.getTime()),
    rank: COMPONENT_STATUSES.indexOf(i.status),
    eventId: i.eventId,
  }));
  const eventIds = [...new Set(overlapping.map((i) => i.eventId))];
  const causes = new Set<string>();
  let worst: ComponentStatus = 'operational';
  let downtimeMs = 0;
  const statusMs: Partial<Record<ComponentStatus, number>> = {};
  if (pieces.length === 0) return { worst, downtimeMs, statusMs, eventIds, downtimeEventIds: [] };
  const points = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    // At each instant only the worst status counts, so overlapping incidents are not added up.
    let rank = -1;
    let cause = '';
    for (const p of pieces) if (p.start <= from && p.end >= to && p.rank > rank) [rank, cause] = [p.rank, p.eventId];
    if (rank < 0) continue;
    const status = COMPONENT_STATUSES[rank];
    worst = worseStatus(worst, status);
    statusMs[status] = (statusMs[status] ?? 0) + (to - from);
    downtimeMs += (to - from) * DOWNTIME_WEIGHT[status];
    if (DOWNTIME_WEIGHT[status] > 0) causes.add(cause);
  }
  return { worst, downtimeMs, statusMs, eventIds, downtimeEventIds: eventIds.filter((id) => causes.has(id)) };
}

/** Uptime of one component, period by period, from the intervals in which it was affected, counting only time from `watchedFrom` on. */
export function componentUptime(intervals: readonly EventInterval[], list: readonly Period[], watchedFrom?: Date): UptimeSummary {
  const from = watchedFrom?.getTime() ?? -Infinity;
  const measured = list.map((period): PeriodUptime => {
    const start = Math.max(period.start.getTime(), from);
    const watchedMs = Math.max(0, period.end.getTime() - start);
    if (watchedMs === 0) return { ...period, worst: 'operational', downtimeMs: 0, statusMs: {}, uptime: 1, watchedMs, eventIds: [], downtimeEventIds: [] };
    const result = measure(intervals, start, period.end.getTime());
    return { ...period, ...result, uptime: 1 - result.downtimeMs / watchedMs, watchedMs };
  });
  const totalMs = measured.reduce((sum, p) => sum + p.watchedMs, 0);
  const downtimeMs = measured.reduce((sum, p) => sum + p.downtimeMs, 0);
  const runStart = list[0]?.start.getTime() ?? from;
  return {
    periods: measured,
    uptime: totalMs > 0 ? 1 - downtimeMs / totalMs : 1,
    downtimeMs,
    watchedFrom: watchedFrom && from > runStart ? watchedFrom : undefined,
    unwatched: totalMs === 0,
  };
}

/**
 * A group's uptime: each period, and overall, the mean of its watched members' (minutes per
 * status included); its worst state and causes are theirs. A period none of them watched has no data.
 */
export function groupUptime(members: readonly UptimeSummary[]): UptimeSummary {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  // Every field said explicitly, so that a field added to a period has to say how a group has it.
  const periodsOfGroup = members[0].periods.map(({ key, start, end }, index): PeriodUptime => {
    const same = members.map((m) => m.periods[index]).filter((p) => p.watchedMs > 0);
    // Minutes per status are means too, so that a group's figures add up to its uptime.
    const statusMs: Partial<Record<ComponentStatus, number>> = {};
    for (const day of same)
      for (const [status, ms] of Object.entries(day.statusMs))
        statusMs[status as ComponentStatus] = (statusMs[status as ComponentStatus] ?? 0) + ms / same.length;
    return {
      key,
      start,
      end,
      worst: same.map((d) => d.worst).reduce(worseStatus, 'operational'),
      downtimeMs: mean(same.map((d) => d.downtimeMs)),
      statusMs,
      uptime: same.length > 0 ? mean(same.map((d) => d.uptime)) : 1,
      watchedMs: Math.max(0, ...same.map((d) => d.watchedMs)),
      eventIds: [...new Set(same.flatMap((d) => d.eventIds))],
      downtimeEventIds: [...new Set(same.flatMap((d) => d.downtimeEventIds))],
    };
  });
  const watched = members.filter((m) => !m.unwatched);
  const froms = members.map((m) => m.watchedFrom);
  return {
    periods: periodsOfGroup,
    uptime: watched.length > 0 ? mean(watched.map((m) => m.uptime)) : 1,
    downtimeMs: mean(watched.map((m) => m.downtimeMs)),
    // The group was watched from its earliest member's start; "since" only if every member began late.
    watchedFrom: froms.every((f) => f !== undefined) ? new Date(Math.min(...froms.map((f) => f!.getTime()))) : undefined,
    unwatched: watched.length === 0,
  };
}
