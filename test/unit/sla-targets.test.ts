/** Availability targets: which target holds each component and group, and when a month falls below it. */
import { expect, test } from 'vitest';
import { hasOwnTargets, isBelowTarget, missedTargets, periodsBelowTarget, targetOf, targetShare } from '../../src/status/sla-targets.ts';
import { componentUptime, groupUptime, monthPeriods, type EventInterval } from '../../src/status/uptime.ts';
import type { ComponentStatus } from '../../src/schemas/status-vocabulary.ts';
import type { ReportMonth } from '../../src/status/status-overview.ts';

const at = (iso: string) => new Date(iso);
const SLA = { target: 99.9, components: { api: 99.95, storage: 99.5 } };
// November 2026 in UTC: 30 days, so 99.9 % allows 43.2 minutes of downtime.
const [NOVEMBER] = monthPeriods(at('2026-12-01T00:00:00Z'), 'UTC', 2);
const outage = (minutes: number, status: ComponentStatus = 'major_outage', eventId = 'e'): EventInterval => ({
  start: at('2026-11-10T10:00:00Z'),
  end: new Date(at('2026-11-10T10:00:00Z').getTime() + minutes * 60_000),
  status,
  eventId,
});
const month = (...intervals: EventInterval[]) => componentUptime(intervals, [NOVEMBER]).periods[0];

test.each([
  ['a component with its own target', 'api', 'platform', 0.9995],
  ['a component whose group has one', 'disk', 'storage', 0.995],
  ['a component with none, in a group with none', 'web', 'platform', 0.999],
  ['a group with its own target', 'storage', undefined, 0.995],
  ['a group with none', 'platform', undefined, 0.999],
])('targetOf: %s', (_name, id, group, target) => {
  expect(targetOf(SLA, id, group)).toBe(target);
});

test('without `sla` nothing has a target, and nothing is below one', () => {
  expect([targetOf(undefined, 'api'), isBelowTarget(month(outage(600)), undefined), hasOwnTargets(undefined)]).toEqual([undefined, false, false]);
});

test.each([
  ['43 minutes of major outage: within 99.9 %', [outage(43)], false],
  ['43.2 minutes: exactly 99.9 %, not below', [outage(43.2)], false],
  ['43.3 minutes: below', [outage(43.3)], true],
  ['144 minutes of partial outage count as 43.2: not below', [outage(144, 'partial_outage')], false],
  ['145 minutes of partial outage: below', [outage(145, 'partial_outage')], true],
  ['a day of degraded performance counts as up', [outage(1440, 'degraded_performance')], false],
])('isBelowTarget at 99.9 %%: %s', (_name, intervals, below) => {
  expect(isBelowTarget(month(...intervals), 0.999)).toBe(below);
});

test('a month before monitoring began has no figure, so it is never below target', () => {
  const unwatched = componentUptime([outage(600)], [NOVEMBER], at('2026-12-01T00:00:00Z')).periods[0];
  expect([unwatched.watchedMs, isBelowTarget(unwatched, 0.999)]).toEqual([0, false]);
});

test('a month watched from its middle is held to the target over the watched time only', () => {
  // Watched for 10 days (14,400 minutes): 99.9 % of that allows 14.4 minutes.
  const late = (minutes: number) => componentUptime([outage(minutes)], [NOVEMBER], at('2026-11-21T00:00:00Z')).periods[0];
  const after = (minutes: number): EventInterval => ({
    ...outage(minutes),
    start: at('2026-11-25T10:00:00Z'),
    end: new Date(at('2026-11-25T10:00:00Z').getTime() + minutes * 60_000),
  });
  const watched = (minutes: number) => componentUptime([after(minutes)], [NOVEMBER], at('2026-11-21T00:00:00Z')).periods[0];
  expect([isBelowTarget(late(600), 0.999), isBelowTarget(watched(14), 0.999), isBelowTarget(watched(15), 0.999)]).toEqual([false, false, true]);
});

test('the downtime behind a month names only the events whose status counted at the time', () => {
  const period = month(
    outage(30, 'major_outage', 'outage'),
    // Wholly under the outage: it never counted on its own.
    { ...outage(20, 'partial_outage', 'overlapped') },
    { ...outage(60, 'degraded_performance', 'slow'), start: at('2026-11-12T10:00:00Z'), end: at('2026-11-12T11:00:00Z') },
    { ...outage(60, 'partial_outage', 'partial'), start: at('2026-11-13T10:00:00Z'), end: at('2026-11-13T11:00:00Z') },
  );
  expect([period.eventIds, period.downtimeEventIds]).toEqual([
    ['outage', 'overlapped', 'slow', 'partial'],
    ['outage', 'partial'],
  ]);
});

test('missedTargets lists the groups and components of a month below their own targets, in the report’s order', () => {
  const report: ReportMonth = {
    period: NOVEMBER,
    current: false,
    groups: [
      {
        group: { id: 'platform', name: 'Platform', components: [] },
        period: month(outage(40)),
        components: [
          { component: { id: 'api', name: 'API' }, period: month(outage(40)) },
          { component: { id: 'web', name: 'Website' }, period: month(outage(40)) },
        ],
      },
      {
        group: { id: 'storage', name: 'Storage', components: [] },
        period: month(outage(200)),
        components: [{ component: { id: 'disk', name: 'Disks' }, period: month(outage(300)) }],
      },
    ],
  } as never;
  expect(missedTargets(report, SLA).map(({ id, target }) => [id, target])).toEqual([
    ['api', 0.9995],
    ['disk', 0.995],
  ]);
  expect(missedTargets(report, undefined)).toEqual([]);
});

test('a group is marked by the figure it shows, the mean of its members’, even when their watched times differ', () => {
  // One member watched all month with 40 minutes down, one watched its last ten days with 20 down:
  // the mean of 99.907 % and 99.861 % is 99.884 %, under 99.9 %, though 30 mean minutes in 30 days would not be.
  const whole = componentUptime([outage(40)], [NOVEMBER]);
  const late = componentUptime([{ ...outage(20), start: at('2026-11-25T10:00:00Z'), end: at('2026-11-25T10:20:00Z') }], [NOVEMBER], at('2026-11-21T00:00:00Z'));
  const group = groupUptime([whole, late]).periods[0];
  expect([Math.floor(group.uptime * 100_000) / 1000, isBelowTarget(group, 0.999)]).toEqual([99.884, true]);
});

test('periodsBelowTarget keeps the periods below the target, in order, each with it; none without a target', () => {
  const periods = [month(outage(50)), month(outage(40)), month(outage(44))];
  expect([
    periodsBelowTarget(periods, 0.999).map(({ period, target }) => [period.downtimeMs / 60_000, target]),
    periodsBelowTarget(periods, undefined),
  ]).toEqual([
    [
      [50, 0.999],
      [44, 0.999],
    ],
    [],
  ]);
});

test.each([
  [99.9, 0.999],
  [99.95, 0.9995],
  [99.5, 0.995],
  [100, 1],
])('targetShare(%d) is exactly %d', (percent, share) => {
  expect(targetShare(percent)).toBe(share);
});
