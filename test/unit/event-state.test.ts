import { describe, expect, test } from 'vitest';
import { affectedComponents, eventIntervals, incidentState, isEventActive, maintenanceState, statusesAfterUpdates } from '../../src/core/event-state.ts';
import { componentUptime, type EventInterval } from '../../src/status/uptime.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const at = (iso: string) => new Date(iso);

describe('incidentState', () => {
  test('an open incident runs from its first post to now', () => {
    const { data } = incident('a', { api: 'major_outage' }, [
      ['identified', '2026-11-20T14:30:00Z'],
      ['investigating', '2026-11-20T14:00:00Z'],
    ]);
    expect(incidentState(data, at('2026-11-20T15:00:00Z'))).toEqual({
      status: 'identified',
      postedAt: at('2026-11-20T14:00:00Z'),
      startedAt: at('2026-11-20T14:00:00Z'),
      resolvedAt: undefined,
      isOpen: true,
      durationMs: 60 * 60_000,
    });
  });

  test('a resolved incident with an earlier start runs from `started` to the resolved update', () => {
    const { data } = incident(
      'a',
      { api: 'major_outage' },
      [
        ['resolved', '2026-11-20T15:00:00Z'],
        ['investigating', '2026-11-20T14:00:00Z'],
      ],
      {
        started: at('2026-11-20T13:40:00Z'),
      },
    );
    const state = incidentState(data, at('2026-12-01T00:00:00Z'));
    expect([state.status, state.isOpen, state.startedAt, state.resolvedAt, state.durationMs]).toEqual([
      'resolved',
      false,
      at('2026-11-20T13:40:00Z'),
      at('2026-11-20T15:00:00Z'),
      80 * 60_000,
    ]);
  });
});

describe('maintenanceState', () => {
  const window: [string, string] = ['2026-11-25T02:00:00Z', '2026-11-25T04:00:00Z'];
  const announced: Array<['scheduled', string]> = [['scheduled', '2026-11-20T10:00:00Z']];
  test.each([
    ['before the window', announced, '2026-11-24T00:00:00Z', 'upcoming', '2026-11-25T02:00:00Z', '2026-11-25T04:00:00Z', false],
    ['inside the window, by the clock', announced, '2026-11-25T03:00:00Z', 'in_progress', '2026-11-25T02:00:00Z', '2026-11-25T04:00:00Z', false],
    [
      'after the window with no update: completed on schedule',
      announced,
      '2026-11-25T05:00:00Z',
      'completed',
      '2026-11-25T02:00:00Z',
      '2026-11-25T04:00:00Z',
      false,
    ],
    [
      'started early by an update',
      [['in_progress', '2026-11-25T01:30:00Z'], ...announced],
      '2026-11-25T01:45:00Z',
      'in_progress',
      '2026-11-25T01:30:00Z',
      '2026-11-25T04:00:00Z',
      false,
    ],
    [
      'running over schedule',
      [['verifying', '2026-11-25T03:50:00Z'], ['in_progress', '2026-11-25T02:00:00Z'], ...announced],
      '2026-11-25T04:30:00Z',
      'verifying',
      '2026-11-25T02:00:00Z',
      '2026-11-25T04:30:00Z',
      true,
    ],
    [
      'completed early by an update',
      [['completed', '2026-11-25T03:10:00Z'], ['in_progress', '2026-11-25T02:00:00Z'], ...announced],
      '2026-11-25T03:30:00Z',
      'completed',
      '2026-11-25T02:00:00Z',
      '2026-11-25T03:10:00Z',
      false,
    ],
  ] as const)('%s', (_name, updates, now, phase, from, until, overrunning) => {
    const { data } = maintenance('m', ['db'], window, [...updates]);
    const state = maintenanceState(data, at(now));
    expect([state.phase, state.activeFrom, state.activeUntil, state.isOverrunning]).toEqual([phase, at(from), at(until), overrunning]);
  });

  test('a cancelled window stays cancelled and affects nothing', () => {
    const { data } = maintenance('m', ['db'], window, announced, { cancelled: true });
    expect(maintenanceState(data, at('2026-11-25T03:00:00Z')).phase).toBe('cancelled');
    expect(eventIntervals(data, at('2026-11-25T03:00:00Z'))).toEqual([]);
    expect(isEventActive(data, at('2026-11-25T03:00:00Z'))).toBe(false);
  });
});

describe('eventIntervals', () => {
  test('an open incident affects each component at its status until now', () => {
    const { data } = incident('a', { api: 'major_outage', db: 'degraded_performance' }, [['investigating', '2026-11-20T14:00:00Z']]);
    expect(eventIntervals(data, at('2026-11-20T14:30:00Z'))).toEqual([
      ['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:30:00Z'), status: 'major_outage' }],
      ['db', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:30:00Z'), status: 'degraded_performance' }],
    ]);
  });

  test('active maintenance puts its components under maintenance up to now', () => {
    const { data } = maintenance('m', ['db'], ['2026-11-25T02:00:00Z', '2026-11-25T04:00:00Z'], [['scheduled', '2026-11-20T10:00:00Z']]);
    expect(eventIntervals(data, at('2026-11-25T03:00:00Z'))).toEqual([
      ['db', { start: at('2026-11-25T02:00:00Z'), end: at('2026-11-25T03:00:00Z'), status: 'under_maintenance' }],
    ]);
    expect(eventIntervals(data, at('2026-11-24T03:00:00Z'))).toEqual([]);
  });
});

describe('a component follows its status through the updates', () => {
  const day = [{ key: '2026-11-20', start: at('2026-11-20T00:00:00Z'), end: at('2026-11-21T00:00:00Z') }];
  const uptimeOf = (intervals: Array<[string, { start: Date; end: Date; status: EventInterval['status'] }]>) =>
    componentUptime(
      intervals.map(([, i]) => ({ ...i, eventId: 'a' })),
      day,
    ).uptime;
  // The example of docs/authoring.md: partial outage from the start, degraded from the update that says so, operational from the resolution.
  const documented = incident('a', { api: 'partial_outage' }, [
    ['resolved', '2026-11-20T15:00:00Z'],
    ['identified', '2026-11-20T14:30:00Z', { api: 'degraded_performance' }],
    ['investigating', '2026-11-20T14:00:00Z'],
  ]);
  test.each([
    [
      'the documented example: the partial outage before the update still counts',
      documented,
      [
        ['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:30:00Z'), status: 'partial_outage' }],
        ['api', { start: at('2026-11-20T14:30:00Z'), end: at('2026-11-20T15:00:00Z'), status: 'degraded_performance' }],
      ],
      1 - (30 * 0.3) / 1440,
    ],
    [
      'the old way, the frontmatter rewritten, loses it',
      incident('a', { api: 'degraded_performance' }, [
        ['resolved', '2026-11-20T15:00:00Z'],
        ['investigating', '2026-11-20T14:00:00Z'],
      ]),
      [['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T15:00:00Z'), status: 'degraded_performance' }]],
      1,
    ],
    [
      'an update can make it worse, and name a component affected from then on',
      incident('a', { api: 'degraded_performance' }, [
        ['monitoring', '2026-11-20T15:00:00Z', { api: 'operational', web: 'operational' }],
        ['identified', '2026-11-20T14:20:00Z', { api: 'major_outage', web: 'partial_outage' }],
        ['investigating', '2026-11-20T14:00:00Z'],
      ]),
      [
        ['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:20:00Z'), status: 'degraded_performance' }],
        ['api', { start: at('2026-11-20T14:20:00Z'), end: at('2026-11-20T15:00:00Z'), status: 'major_outage' }],
        ['web', { start: at('2026-11-20T14:20:00Z'), end: at('2026-11-20T15:00:00Z'), status: 'partial_outage' }],
      ],
      1 - 40 / 1440,
    ],
    [
      '`started` before the first post counts at the first status',
      incident(
        'a',
        { api: 'major_outage' },
        [
          ['resolved', '2026-11-20T14:30:00Z'],
          ['investigating', '2026-11-20T14:10:00Z'],
        ],
        { started: at('2026-11-20T14:00:00Z') },
      ),
      [['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:30:00Z'), status: 'major_outage' }]],
      1 - 30 / 1440,
    ],
    [
      'an update that reopens a resolved incident brings its statuses back',
      incident('a', { api: 'major_outage' }, [
        ['identified', '2026-11-20T15:00:00Z'],
        ['resolved', '2026-11-20T14:30:00Z'],
        ['investigating', '2026-11-20T14:00:00Z'],
      ]),
      [
        ['api', { start: at('2026-11-20T14:00:00Z'), end: at('2026-11-20T14:30:00Z'), status: 'major_outage' }],
        ['api', { start: at('2026-11-20T15:00:00Z'), end: at('2026-11-20T16:00:00Z'), status: 'major_outage' }],
      ],
      1 - 90 / 1440,
    ],
  ] as const)('%s', (_name, entry, intervals, uptime) => {
    const found = eventIntervals(entry.data, at('2026-11-20T16:00:00Z'));
    expect(found).toEqual(intervals);
    // The table names api's uptime; web has its own.
    expect(uptimeOf(found.filter(([id]) => id === 'api'))).toBeCloseTo(uptime, 12);
  });

  test('statuses after each update, newest first; the resolution returns every component to operational', () => {
    expect(statusesAfterUpdates(documented.data)).toEqual([{ api: 'operational' }, { api: 'degraded_performance' }, { api: 'partial_outage' }]);
  });

  test('what an event is listed with: an open incident its current statuses, a resolved one the worst it reached', () => {
    const open = incident('a', { api: 'partial_outage' }, [
      ['identified', '2026-11-20T14:30:00Z', { api: 'degraded_performance' }],
      ['investigating', '2026-11-20T14:00:00Z'],
    ]);
    expect(affectedComponents(open.data)).toEqual([['api', 'degraded_performance']]);
    expect(affectedComponents(documented.data)).toEqual([['api', 'partial_outage']]);
  });
});
