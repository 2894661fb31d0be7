/** Uptime in words: the text equivalents of the bars, for screen readers and tooltips. */
import { STATUS_LABELS, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import { formatDate, formatDuration } from './format-time.ts';
import { formatUptime, type DayUptime, type UptimeSummary } from './uptime.ts';

/** `10 Mar 2026: 92.30% (major outage 1 h)`: one day with trouble. */
export function describeDay(day: DayUptime, zone: string): string {
  const parts = Object.entries(day.statusMs).map(([status, ms]) => `${STATUS_LABELS[status as ComponentStatus].toLowerCase()} ${formatDuration(ms)}`);
  return `${formatDate(day.start, zone)}: ${formatUptime(day.uptime)} (${parts.join(', ')})`;
}

/** `API: 99.95% uptime over the last 90 days, 1 day with incidents or maintenance`: a whole bar. */
export function describeUptime(label: string, uptime: UptimeSummary): string {
  const troubled = uptime.days.filter((day) => day.worst !== 'operational').length;
  const days = troubled === 0 ? 'no incidents' : `${troubled} ${troubled === 1 ? 'day' : 'days'} with incidents or maintenance`;
  return `${label}: ${formatUptime(uptime.uptime)} uptime over the last ${uptime.days.length} days, ${days}`;
}
