/**
 * The updates the Statuspage-compatible API lists for a maintenance window, over every phase:
 * the newest update always carries the window's status, with the automatic updates Statuspage
 * posts itself when the clock alone starts or ends a window.
 */
import { expect, test } from 'vitest';
import { apiUpdates, AUTOMATIC_UPDATE_BODIES } from '../../src/outputs/statuspage-api.ts';
import { maintenanceState } from '../../src/core/event-state.ts';
import type { MaintenanceUpdateStatus } from '../../src/schemas/status-vocabulary.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const WINDOW: [string, string] = ['2026-12-10T02:00:00Z', '2026-12-10T04:00:00Z'];
const SCHEDULED = ['scheduled', '2026-12-01T09:00:00Z'] as const;
const STATUS: Record<string, string> = {
  upcoming: 'scheduled',
  in_progress: 'in_progress',
  verifying: 'verifying',
  completed: 'completed',
  cancelled: 'completed',
};
const START = AUTOMATIC_UPDATE_BODIES.in_progress;
const END = AUTOMATIC_UPDATE_BODIES.completed;

test.each<[string, ReadonlyArray<readonly [MaintenanceUpdateStatus, string]>, boolean, string, string[]]>([
  ['announced, not started', [SCHEDULED], false, '2026-12-05T00:00:00Z', ['scheduled 2026-12-01T09:00:00Z scheduled message']],
  [
    'started by the clock',
    [SCHEDULED],
    false,
    '2026-12-10T03:00:00Z',
    [`in_progress 2026-12-10T02:00:00Z ${START} (automatic)`, 'scheduled 2026-12-01T09:00:00Z scheduled message'],
  ],
  [
    'ended by the clock',
    [SCHEDULED],
    false,
    '2026-12-10T05:00:00Z',
    [
      `completed 2026-12-10T04:00:00Z ${END} (automatic)`,
      `in_progress 2026-12-10T02:00:00Z ${START} (automatic)`,
      'scheduled 2026-12-01T09:00:00Z scheduled message',
    ],
  ],
  [
    'started by hand, running over',
    [['in_progress', '2026-12-10T02:05:00Z'], SCHEDULED],
    false,
    '2026-12-10T05:00:00Z',
    ['in_progress 2026-12-10T02:05:00Z in_progress message', 'scheduled 2026-12-01T09:00:00Z scheduled message'],
  ],
  [
    'verifying by hand',
    [['verifying', '2026-12-10T03:30:00Z'], ['in_progress', '2026-12-10T02:00:00Z'], SCHEDULED],
    false,
    '2026-12-10T03:40:00Z',
    [
      'verifying 2026-12-10T03:30:00Z verifying message',
      'in_progress 2026-12-10T02:00:00Z in_progress message',
      'scheduled 2026-12-01T09:00:00Z scheduled message',
    ],
  ],
  [
    'completed by hand',
    [['completed', '2026-12-10T03:50:00Z'], ['in_progress', '2026-12-10T02:00:00Z'], SCHEDULED],
    false,
    '2026-12-10T05:00:00Z',
    [
      'completed 2026-12-10T03:50:00Z completed message',
      'in_progress 2026-12-10T02:00:00Z in_progress message',
      'scheduled 2026-12-01T09:00:00Z scheduled message',
    ],
  ],
  [
    'cancelled before it started',
    [['scheduled', '2026-12-05T10:00:00Z'], SCHEDULED],
    true,
    '2026-12-06T00:00:00Z',
    ['completed 2026-12-05T10:00:00Z scheduled message', 'scheduled 2026-12-01T09:00:00Z scheduled message'],
  ],
  [
    'cancelled, after its window',
    [['scheduled', '2026-12-05T10:00:00Z'], SCHEDULED],
    true,
    '2026-12-11T00:00:00Z',
    ['completed 2026-12-05T10:00:00Z scheduled message', 'scheduled 2026-12-01T09:00:00Z scheduled message'],
  ],
])('%s: the updates listed, and the newest says the window’s status', (_, updates, cancelled, now, expected) => {
  const { data } = maintenance('w', ['api'], WINDOW, updates, { cancelled });
  const listed = apiUpdates(data, new Date(now));
  expect(listed.map((u) => `${u.status} ${u.at.toISOString().replace('.000', '')} ${u.body}${u.automatic ? ' (automatic)' : ''}`)).toEqual(expected);
  expect(listed[0].status).toBe(STATUS[maintenanceState(data, new Date(now)).phase]);
});

test('incidents list their updates as written; a quiet window’s automatic updates are quiet too', () => {
  const { data } = incident('i', { api: 'major_outage' }, [
    ['identified', '2026-12-01T10:00:00Z'],
    ['investigating', '2026-12-01T09:00:00Z'],
  ]);
  expect(apiUpdates(data, new Date('2026-12-01T11:00:00Z')).map((u) => [u.status, u.automatic])).toEqual([
    ['identified', false],
    ['investigating', false],
  ]);
  const quiet = maintenance('w', ['api'], WINDOW, [SCHEDULED], { quiet: true }).data;
  expect(apiUpdates(quiet, new Date('2026-12-10T03:00:00Z')).map((u) => [u.status, u.quiet])).toEqual([
    ['in_progress', true],
    ['scheduled', false],
  ]);
});
