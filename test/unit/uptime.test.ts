import { describe, expect, test } from 'vitest';
import { watchStarts } from '../../src/core/watched-time.ts';
import { componentUptime, dayPeriods, groupUptime, monthPeriods, type EventInterval } from '../../src/status/uptime.ts';
import type { ComponentStatus } from '../../src/schemas/status-vocabulary.ts';

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string, status: ComponentStatus, eventId = 'e'): EventInterval => ({ start: at(start), end: at(end), status, eventId });
const MIN = 60_000;

describe('dayPeriods', () => {
  test('days are cut in the display zone and today ends at now', () => {
    const buckets = dayPeriods(at('2026-11-20T10:00:00Z'), 'Europe/Berlin', 2);
    expect(buckets).toEqual([
      { key: '2026-11-19', start: at('2026-11-18T23:00:00Z'), end: at('2026-11-19T23:00:00Z') },
      { key: '2026-11-20', start: at('2026-11-19T23:00:00Z'), end: at('2026-11-20T10:00:00Z') },
    ]);
  });

  test.each([
    ['the autumn DST change makes a 25-hour day', '2026-10-26T12:00:00Z', 'Europe/Berlin', '2026-10-25', 25],
    ['the spring DST change makes a 23-hour day', '2026-03-30T12:00:00Z', 'Europe/Berlin', '2026-03-29', 23],
    ['New York changes on another date', '2026-11-02T17:00:00Z', 'America/New_York', '2026-11-01', 25],
    ['UTC days are always 24 hours', '2026-10-26T12:00:00Z', 'UTC', '2026-10-25', 24],
  ])('%s', (_name, now, zone, day, hours) => {
    const [yesterday] = dayPeriods(at(now), zone, 2);
    expect(yesterday.key).toBe(day);
    expect((yesterday.end.getTime() - yesterday.start.getTime()) / 3_600_000).toBe(hours);
  });
});

describe('monthPeriods', () => {
  test('months are cut in the display zone, have their real length, and this month ends at now', () => {
    const months = monthPeriods(at('2026-11-20T10:00:00Z'), 'Europe/Berlin', 3);
    expect(months).toEqual([
      { key: '2026-09', start: at('2026-08-31T22:00:00Z'), end: at('2026-09-30T22:00:00Z') },
      // October has 31 days and one extra hour from the end of summer time.
      { key: '2026-10', start: at('2026-09-30T22:00:00Z'), end: at('2026-10-31T23:00:00Z') },
      { key: '2026-11', start: at('2026-10-31T23:00:00Z'), end: at('2026-11-20T10:00:00Z') },
    ]);
    expect((months[1].end.getTime() - months[1].start.getTime()) / 3_600_000).toBe(31 * 24 + 1);
  });
});

describe('componentUptime', () => {
  const day = [{ key: '2026-11-20', start: at('2026-11-20T00:00:00Z'), end: at('2026-11-21T00:00:00Z') }];
  test.each([
    ['no incidents', [], 'operational', 0, 1],
    ['a major outage counts fully', [span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'major_outage')], 'major_outage', 60 * MIN, 1 - 60 / 1440],
    ['a partial outage counts 30 %', [span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'partial_outage')], 'partial_outage', 18 * MIN, 1 - 18 / 1440],
    ['degraded performance counts as up', [span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'degraded_performance')], 'degraded_performance', 0, 1],
    ['maintenance counts as up', [span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'under_maintenance')], 'under_maintenance', 0, 1],
    [
      'overlapping outages are not counted twice',
      [span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'major_outage'), span('2026-11-20T10:30:00Z', '2026-11-20T11:30:00Z', 'major_outage')],
      'major_outage',
      90 * MIN,
      1 - 90 / 1440,
    ],
    [
      'where outages overlap only the worse one counts',
      [span('2026-11-20T10:00:00Z', '2026-11-20T12:00:00Z', 'partial_outage'), span('2026-11-20T10:30:00Z', '2026-11-20T11:00:00Z', 'major_outage')],
      'major_outage',
      30 * MIN + 0.3 * 90 * MIN,
      1 - 57 / 1440,
    ],
    [
      'an interval crossing midnight counts only its part of the day',
      [span('2026-11-19T23:00:00Z', '2026-11-20T01:00:00Z', 'major_outage'), span('2026-11-20T23:30:00Z', '2026-11-21T02:00:00Z', 'major_outage')],
      'major_outage',
      90 * MIN,
      1 - 90 / 1440,
    ],
  ] as const)('%s', (_name, intervals, worst, downtimeMs, uptime) => {
    const result = componentUptime([...intervals], day);
    expect(result.periods[0].worst).toBe(worst);
    expect(result.periods[0].downtimeMs).toBeCloseTo(downtimeMs, 6);
    expect(result.uptime).toBeCloseTo(uptime, 12);
  });

  test('time per status is reported for the text equivalent of each day', () => {
    const result = componentUptime(
      [span('2026-11-20T10:00:00Z', '2026-11-20T12:00:00Z', 'partial_outage'), span('2026-11-20T10:30:00Z', '2026-11-20T11:00:00Z', 'major_outage')],
      day,
    );
    expect(result.periods[0].statusMs).toEqual({ partial_outage: 90 * MIN, major_outage: 30 * MIN });
  });

  test('each period names the events that touched it, once each', () => {
    const result = componentUptime(
      [
        span('2026-11-19T10:00:00Z', '2026-11-19T11:00:00Z', 'major_outage', 'before'),
        span('2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z', 'partial_outage', 'a'),
        span('2026-11-20T12:00:00Z', '2026-11-20T13:00:00Z', 'degraded_performance', 'b'),
        span('2026-11-20T14:00:00Z', '2026-11-20T15:00:00Z', 'partial_outage', 'a'),
      ],
      day,
    );
    expect(result.periods[0].eventIds).toEqual(['a', 'b']);
  });

  test('today counts only the time elapsed so far', () => {
    const today = dayPeriods(at('2026-11-20T12:00:00Z'), 'UTC', 1);
    const result = componentUptime([span('2026-11-20T11:00:00Z', '2026-11-20T12:00:00Z', 'major_outage')], today);
    expect(result.uptime).toBeCloseTo(1 - 1 / 12, 12);
  });
});

test('a group is the mean of its members, and its day shows the worst member', () => {
  const day = [{ key: '2026-11-20', start: at('2026-11-20T00:00:00Z'), end: at('2026-11-21T00:00:00Z') }];
  const down = componentUptime([span('2026-11-20T00:00:00Z', '2026-11-20T12:00:00Z', 'major_outage')], day);
  const up = componentUptime([span('2026-11-20T00:00:00Z', '2026-11-20T01:00:00Z', 'degraded_performance')], day);
  const group = groupUptime([down, up]);
  expect(group.uptime).toBeCloseTo(0.75, 12);
  expect(group.periods[0].worst).toBe('major_outage');
  expect(group.periods[0].eventIds).toEqual(['e']);
});

describe('only watched time counts', () => {
  // Three UTC days, 18–20 Nov; "now" is the end of the 20th.
  const days = dayPeriods(at('2026-11-20T23:59:59.999Z'), 'UTC', 3).map((p, i) => (i === 2 ? { ...p, end: at('2026-11-21T00:00:00Z') } : p));
  const outage = [span('2026-11-18T10:00:00Z', '2026-11-18T11:00:00Z', 'major_outage'), span('2026-11-19T20:00:00Z', '2026-11-19T21:00:00Z', 'major_outage')];
  test.each([
    ['never said: every day counts', undefined, [1440, 1440, 1440], 1 - 120 / (3 * 1440), undefined, false],
    ['before the run: every day counts, no "since"', '2026-11-01T00:00:00Z', [1440, 1440, 1440], 1 - 120 / (3 * 1440), undefined, false],
    [
      'at a day’s start: earlier days have no data, and their outage is not counted',
      '2026-11-19T00:00:00Z',
      [0, 1440, 1440],
      1 - 60 / (2 * 1440),
      '2026-11-19T00:00:00Z',
      false,
    ],
    [
      'within a day: that day counts from then, its earlier outage not at all',
      '2026-11-19T20:30:00Z',
      [0, 210, 1440],
      1 - 30 / (210 + 1440),
      '2026-11-19T20:30:00Z',
      false,
    ],
    ['after the run: nothing was watched, no figure', '2026-11-22T00:00:00Z', [0, 0, 0], 1, '2026-11-22T00:00:00Z', true],
  ] as const)('%s', (_name, since, watchedMinutes, uptime, watchedFrom, unwatched) => {
    const result = componentUptime(outage, days, since ? at(since) : undefined);
    expect(result.periods.map((p) => p.watchedMs / MIN)).toEqual(watchedMinutes);
    expect(result.uptime).toBeCloseTo(uptime, 12);
    expect(result.watchedFrom?.toISOString().replace('.000', '')).toBe(watchedFrom);
    expect(result.unwatched).toBe(unwatched);
    // A day before monitoring shows nothing: no status, no cause.
    for (const period of result.periods.filter((p) => p.watchedMs === 0)) expect([period.worst, period.eventIds]).toEqual(['operational', []]);
  });

  test('a group counts, day by day, the members watched then; its "since" is its earliest member’s, if any began late', () => {
    const early = componentUptime(outage, days, at('2026-11-18T00:00:00Z'));
    const late = componentUptime([], days, at('2026-11-20T00:00:00Z'));
    const group = groupUptime([early, late]);
    // On the 18th only the early member was watched: its 95.83 % alone, not averaged with a day of no data.
    expect(group.periods.map((p) => p.uptime)).toEqual([early.periods[0].uptime, early.periods[1].uptime, (early.periods[2].uptime + 1) / 2]);
    expect(group.periods.map((p) => p.watchedMs / MIN)).toEqual([1440, 1440, 1440]);
    // One member watched the whole run, so the group's figure needs no "since".
    expect(group.watchedFrom).toBeUndefined();
    const middle = componentUptime([], days, at('2026-11-19T00:00:00Z'));
    expect(groupUptime([late, middle]).watchedFrom).toEqual(at('2026-11-19T00:00:00Z'));
  });
});

test.each([
  ['the site’s day, in its zone', '2026-05-25', undefined, 'Europe/Berlin', '2026-05-24T22:00:00.000Z'],
  ['a component’s own day wins, later', '2026-05-25', '2026-10-12', 'Europe/Berlin', '2026-10-11T22:00:00.000Z'],
  ['or earlier', '2026-05-25', '2026-01-02', 'America/New_York', '2026-01-02T05:00:00.000Z'],
  ['none said: none', undefined, undefined, 'UTC', undefined],
])('watchStarts: %s', (_name, trackingSince, since, zone, expected) => {
  expect(watchStarts(trackingSince, zone)({ id: 'api', name: 'API', since })?.toISOString()).toBe(expected);
});
