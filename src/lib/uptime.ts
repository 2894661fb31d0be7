/**
 * Uptime from incident and maintenance history: daily buckets in the display zone, weighted
 * downtime (major outage 100 %, partial 30 %, degraded and maintenance count as up), and the
 * worst state of each day. Overlapping intervals are merged, never counted twice.
 */
import { DateTime } from 'luxon';
import { COMPONENT_STATUSES, worseStatus, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import type { StatusInterval } from './event-state.ts';

/** The share of a minute in each status that counts as downtime. */
export const DOWNTIME_WEIGHT: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 0,
  degraded_performance: 0,
  partial_outage: 0.3,
  major_outage: 1,
};

/** One calendar day in the display zone; `end` is cut at `now` for today. */
export interface DayBucket {
  /** `yyyy-MM-dd` in the display zone. */
  day: string;
  start: Date;
  end: Date;
}

/** One day's uptime. */
export interface DayUptime extends DayBucket {
  /** The worst status reached during the day. */
  worst: ComponentStatus;
  /** Weighted downtime in milliseconds. */
  downtimeMs: number;
  /** Time spent in each non-operational status, in milliseconds. */
  statusMs: Partial<Record<ComponentStatus, number>>;
  /** 0…1 */
  uptime: number;
}

/** Uptime over a run of days. */
export interface UptimeSummary {
  days: DayUptime[];
  /** 0…1 over the whole run */
  uptime: number;
  downtimeMs: number;
}

/** The last `count` days in `zone`, oldest first, the last one being today (cut at `now`). Days are 23 or 25 h around DST changes. */
export function dayBuckets(now: Date, zone: string, count: number): DayBucket[] {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const buckets: DayBucket[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const start = today.minus({ days: back });
    const end = start.plus({ days: 1 });
    buckets.push({ day: start.toISODate() ?? '', start: start.toJSDate(), end: end.toMillis() > now.getTime() ? now : end.toJSDate() });
  }
  return buckets;
}

/** Weighted downtime, time per status and worst status of `intervals` within [start, end). */
function measure(intervals: readonly StatusInterval[], start: number, end: number): Pick<DayUptime, 'worst' | 'downtimeMs' | 'statusMs'> {
  const pieces = intervals
    .filter((i) => i.start.getTime() < end && i.end.getTime() > start)
    .map((i) => ({ start: Math.max(start, i.start.getTime()), end: Math.min(end, i.end.getTime()), rank: COMPONENT_STATUSES.indexOf(i.status) }));
  let worst: ComponentStatus = 'operational';
  let downtimeMs = 0;
  const statusMs: Partial<Record<ComponentStatus, number>> = {};
  if (pieces.length === 0) return { worst, downtimeMs, statusMs };
  const points = [...new Set(pieces.flatMap((p) => [p.start, p.end]))].sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k], points[k + 1]];
    // At each instant only the worst status counts, so overlapping incidents are not added up.
    let rank = -1;
    for (const p of pieces) if (p.start <= from && p.end >= to && p.rank > rank) rank = p.rank;
    if (rank < 0) continue;
    const status = COMPONENT_STATUSES[rank];
    worst = worseStatus(worst, status);
    statusMs[status] = (statusMs[status] ?? 0) + (to - from);
    downtimeMs += (to - from) * DOWNTIME_WEIGHT[status];
  }
  return { worst, downtimeMs, statusMs };
}

/** Uptime of one component, day by day, from the intervals in which it was affected. */
export function componentUptime(intervals: readonly StatusInterval[], buckets: readonly DayBucket[]): UptimeSummary {
  const days = buckets.map((bucket) => {
    const durationMs = bucket.end.getTime() - bucket.start.getTime();
    const measured = measure(intervals, bucket.start.getTime(), bucket.end.getTime());
    return { ...bucket, ...measured, uptime: durationMs > 0 ? 1 - measured.downtimeMs / durationMs : 1 };
  });
  const totalMs = buckets.reduce((sum, b) => sum + (b.end.getTime() - b.start.getTime()), 0);
  const downtimeMs = days.reduce((sum, d) => sum + d.downtimeMs, 0);
  return { days, uptime: totalMs > 0 ? 1 - downtimeMs / totalMs : 1, downtimeMs };
}

/** A group's uptime: each day, and overall, the mean of its members'; its worst state is theirs. */
export function groupUptime(members: readonly UptimeSummary[]): UptimeSummary {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const days = members[0].days.map((first, index) => {
    const same = members.map((m) => m.days[index]);
    const statusMs: Partial<Record<ComponentStatus, number>> = {};
    for (const day of same) for (const [status, ms] of Object.entries(day.statusMs)) statusMs[status as ComponentStatus] = Math.max(statusMs[status as ComponentStatus] ?? 0, ms);
    return {
      ...first,
      worst: same.map((d) => d.worst).reduce(worseStatus),
      downtimeMs: mean(same.map((d) => d.downtimeMs)),
      statusMs,
      uptime: mean(same.map((d) => d.uptime)),
    };
  });
  return { days, uptime: mean(members.map((m) => m.uptime)), downtimeMs: mean(members.map((m) => m.downtimeMs)) };
}

/** `99.95%`: uptime shown with two decimals, never rounded up to 100 % while there was downtime. */
export function formatUptime(uptime: number): string {
  const percent = Math.floor(uptime * 10_000) / 100;
  return `${percent.toFixed(2)}%`;
}
