import { expect, test } from 'vitest';
import { liveNow } from '../../src/status/live-now.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const window = (id: string, from: string, until: string, status: 'scheduled' | 'in_progress' | 'verifying' | 'completed' = 'scheduled') =>
  maintenance(id, ['db'], [from, until], [[status, '2026-11-18T10:00:00Z']]);

test('liveNow: open incidents as loaded, then windows at work and upcoming ones, each by start and then by id', () => {
  const events = [
    incident('newer', { api: 'partial_outage' }, [['investigating', '2026-11-20T14:30:00Z']]),
    incident('older', { api: 'degraded_performance' }, [['identified', '2026-11-20T14:00:00Z']]),
    incident('over', { api: 'major_outage' }, [
      ['resolved', '2026-11-20T13:00:00Z'],
      ['investigating', '2026-11-20T12:00:00Z'],
    ]),
    window('later', '2026-11-24T02:00:00Z', '2026-11-24T03:00:00Z'),
    window('b-same-start', '2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z'),
    window('a-same-start', '2026-11-22T02:00:00Z', '2026-11-22T04:00:00Z'),
    window('checking', '2026-11-20T13:00:00Z', '2026-11-20T16:00:00Z', 'verifying'),
    window('working', '2026-11-20T12:00:00Z', '2026-11-20T18:00:00Z', 'in_progress'),
    window('done', '2026-11-19T02:00:00Z', '2026-11-19T03:00:00Z', 'completed'),
    maintenance('called-off', ['db'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-19T10:00:00Z']], { cancelled: true }),
  ];
  const live = liveNow(events, NOW);
  expect({ incidents: live.incidents.map((e) => e.id), active: live.active.map((e) => e.id), upcoming: live.upcoming.map((e) => e.id) }).toEqual({
    incidents: ['newer', 'older'],
    active: ['working', 'checking'],
    upcoming: ['a-same-start', 'b-same-start', 'later'],
  });
});
