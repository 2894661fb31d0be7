import { expect, test } from 'vitest';
import { describeDay, troubledPeriods } from '../../src/status/uptime-text.ts';
import { componentUptime } from '../../src/status/uptime.ts';
import { siteLocale } from '../../src/core/site-locale.ts';

const at = (iso: string) => new Date(iso);
const days = [
  { key: '2026-11-19', start: at('2026-11-18T23:00:00Z'), end: at('2026-11-19T23:00:00Z') },
  { key: '2026-11-20', start: at('2026-11-19T23:00:00Z'), end: at('2026-11-20T23:00:00Z') },
];

test('a day with trouble lists the time in each status', () => {
  const uptime = componentUptime(
    [
      { start: at('2026-11-20T10:00:00Z'), end: at('2026-11-20T12:00:00Z'), status: 'partial_outage', eventId: 'a' },
      { start: at('2026-11-20T10:30:00Z'), end: at('2026-11-20T11:00:00Z'), status: 'major_outage', eventId: 'b' },
    ],
    days,
  );
  expect(describeDay(uptime.periods[1], 'Europe/Berlin', siteLocale({ language: 'en' }))).toBe('20 Nov 2026: 96.04% (partial outage 1 hr 30 mins, major outage 30 mins)');
  expect(describeDay(uptime.periods[1], 'Europe/Berlin', siteLocale({ language: 'de' }))).toBe('20. Nov. 2026: 96,04\u00a0% (Teilausfall 1 Std., 30 Min.; Schwerer Ausfall 30 Min.)');
});

test.each([
  ['no incidents', [], []],
  ['degraded days count as troubled though they are 100 % up', [{ start: at('2026-11-19T10:00:00Z'), end: at('2026-11-20T10:00:00Z'), status: 'degraded_performance' as const, eventId: 'a' }], ['2026-11-19', '2026-11-20']],
])('troubledPeriods: %s', (_name, intervals, keys) => {
  expect(troubledPeriods(componentUptime(intervals, days)).map((p) => p.key)).toEqual(keys);
});
