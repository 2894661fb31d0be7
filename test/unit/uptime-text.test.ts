import { expect, test, vi } from 'vitest';
import { describeDay, troubledPeriods, uptimeRule } from '../../src/status/uptime-text.ts';
import { componentUptime, DOWNTIME_WEIGHT } from '../../src/status/uptime.ts';
import { COMPONENT_STATUSES } from '../../src/schemas/status-vocabulary.ts';
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
    'Each figure counts a minute of “Major outage” as 100% and a minute of “Partial outage” as 30%; time in “Degraded performance” and “Under maintenance” counts as up.',
    'Uptime = 1 − (minutes of “Major outage” + 0.3 × minutes of “Partial outage”) ÷ minutes in the month',
    ['Major outage (min)', 'Partial outage (min)'],
  ],
  [
    'de',
    'Jeder Wert zählt eine Minute „Schwerer Ausfall“ zu 100\u00a0% und eine Minute „Teilausfall“ zu 30\u00a0%; Zeit in „Eingeschränkte Leistung“ und „In Wartung“ gilt als verfügbar.',
    'Verfügbarkeit = 1 − (Minuten „Schwerer Ausfall“ + 0,3 × Minuten „Teilausfall“) ÷ Minuten im Monat',
    ['Schwerer Ausfall (Min.)', 'Teilausfall (Min.)'],
  ],
])('the pages explain uptime in %s with the weights it is computed with', (language, rule, formula, columns) => {
  const words = uptimeRule(siteLocale({ language }), 12);
  expect([words.intro.endsWith(` ${rule}`), words.formula, words.columns]).toEqual([true, formula, columns]);
});

test('the words follow the weights: a status that weighs nothing is said to count as up, and one that weighs gets a column', async () => {
  vi.resetModules();
  vi.doMock('../../src/status/uptime.ts', async (original) => ({
    ...(await original<typeof import('../../src/status/uptime.ts')>()),
    DOWNTIME_WEIGHT: { operational: 0, under_maintenance: 0.5, degraded_performance: 0, partial_outage: 0.3, major_outage: 1 },
  }));
  const { uptimeRule: ruleWithMaintenanceDown } = await import('../../src/status/uptime-text.ts');
  const words = ruleWithMaintenanceDown(siteLocale({ language: 'en' }), 12);
  vi.doUnmock('../../src/status/uptime.ts');
  expect([words.intro.split('. ')[1], words.formula, words.columns]).toEqual([
    'Each figure counts a minute of “Major outage” as 100%, a minute of “Partial outage” as 30% and a minute of “Under maintenance” as 50%; time in “Degraded performance” counts as up.',
    'Uptime = 1 − (minutes of “Major outage” + 0.3 × minutes of “Partial outage” + 0.5 × minutes of “Under maintenance”) ÷ minutes in the month',
    ['Major outage (min)', 'Partial outage (min)', 'Under maintenance (min)'],
  ]);
});

test('the status order behind "worst of" never ranks a status below one that weighs more', () => {
  const weights = COMPONENT_STATUSES.map((status) => DOWNTIME_WEIGHT[status]);
  expect(weights).toEqual(weights.toSorted((a, b) => a - b));
});
