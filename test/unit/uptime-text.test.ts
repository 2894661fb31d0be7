import { expect, test } from 'vitest';
import { describeDay, troubledPeriods, uptimeRule } from '../../src/status/uptime-text.ts';
import { componentUptime, DOWNTIME_WEIGHT } from '../../src/status/uptime.ts';
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
  expect(describeDay(uptime.periods[1], 'Europe/Berlin', siteLocale({ language: 'en' }))).toBe(
    '20 Nov 2026: 96.04% (partial outage 1 hr 30 mins, major outage 30 mins)',
  );
  expect(describeDay(uptime.periods[1], 'Europe/Berlin', siteLocale({ language: 'de' }))).toBe(
    '20. Nov. 2026: 96,04\u00a0% (Teilausfall 1 Std., 30 Min.; Schwerer Ausfall 30 Min.)',
  );
});

test.each([
  ['no incidents', [], []],
  [
    'degraded days count as troubled though they are 100 % up',
    [{ start: at('2026-11-19T10:00:00Z'), end: at('2026-11-20T10:00:00Z'), status: 'degraded_performance' as const, eventId: 'a' }],
    ['2026-11-19', '2026-11-20'],
  ],
])('troubledPeriods: %s', (_name, intervals, keys) => {
  expect(troubledPeriods(componentUptime(intervals, days)).map((p) => p.key)).toEqual(keys);
});

test.each([
  [
    'en',
    'Each figure counts a minute of major outage in full and a minute of partial outage as 30%; degraded performance and maintenance count as up.',
    'Uptime = 1 − (major outage minutes + 0.3 × partial outage minutes) ÷ minutes in the month',
  ],
  [
    'de',
    'Jeder Wert zählt eine Minute schweren Ausfalls voll und eine Minute Teilausfall zu 30\u00a0%; eingeschränkte Leistung und Wartung gelten als verfügbar.',
    'Verfügbarkeit = 1 − (Minuten schweren Ausfalls + 0,3 × Minuten Teilausfall) ÷ Minuten im Monat',
  ],
])('the pages explain uptime in %s with the weights it is computed with', (language, rule, formula) => {
  const words = uptimeRule(siteLocale({ language }), 12);
  expect([words.intro.endsWith(rule), words.formula]).toEqual([true, formula]);
});

test('the words that no weight fills in match the weights: major outage in full; degraded performance and maintenance as up', () => {
  expect(DOWNTIME_WEIGHT).toEqual({ operational: 0, under_maintenance: 0, degraded_performance: 0, partial_outage: 0.3, major_outage: 1 });
});
