import { expect, test } from 'vitest';
import { describeDay, describeUptime } from '../../src/lib/uptime-text.ts';
import { componentUptime } from '../../src/lib/uptime.ts';

const at = (iso: string) => new Date(iso);
const days = [
  { day: '2026-11-19', start: at('2026-11-18T23:00:00Z'), end: at('2026-11-19T23:00:00Z') },
  { day: '2026-11-20', start: at('2026-11-19T23:00:00Z'), end: at('2026-11-20T23:00:00Z') },
];

test('a day with trouble lists the time in each status', () => {
  const uptime = componentUptime(
    [
      { start: at('2026-11-20T10:00:00Z'), end: at('2026-11-20T12:00:00Z'), status: 'partial_outage' },
      { start: at('2026-11-20T10:30:00Z'), end: at('2026-11-20T11:00:00Z'), status: 'major_outage' },
    ],
    days,
  );
  expect(describeDay(uptime.days[1], 'Europe/Berlin')).toBe('20 Nov 2026: 96.04% (partial outage 1 h 30 min, major outage 30 min)');
  expect(describeUptime('API', uptime)).toBe('API: 98.02% uptime over the last 2 days, 1 day with incidents or maintenance');
});

test.each([
  [[], 'Web: 100.00% uptime over the last 2 days, no incidents'],
  [[{ start: at('2026-11-19T10:00:00Z'), end: at('2026-11-20T10:00:00Z'), status: 'degraded_performance' as const }], 'Web: 100.00% uptime over the last 2 days, 2 days with incidents or maintenance'],
])('the whole bar in words', (intervals, text) => {
  expect(describeUptime('Web', componentUptime(intervals, days))).toBe(text);
});
