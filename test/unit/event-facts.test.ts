import { expect, test } from 'vitest';
import { eventFacts } from '../../src/status/event-facts.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const at = (iso: string) => new Date(iso);

test.each([
  [
    'an open incident that began before its first post, its next update overdue',
    incident(
      'a',
      { api: 'partial_outage' },
      [
        ['identified', '2026-11-20T14:30:00Z'],
        ['investigating', '2026-11-20T14:00:00Z'],
      ],
      {
        impact: 'major',
        started: at('2026-11-20T13:50:00Z'),
        next_update: at('2026-11-20T14:45:00Z'),
        eta: at('2026-11-20T17:00:00Z'),
      },
    ),
    [
      { term: 'status', status: 'identified' },
      { term: 'impact', impact: 'major' },
      { term: 'started', at: at('2026-11-20T13:50:00Z'), firstPosted: at('2026-11-20T14:00:00Z') },
      { term: 'ongoingFor', ms: 70 * 60_000, since: at('2026-11-20T13:50:00Z') },
      { term: 'nextUpdate', due: at('2026-11-20T14:45:00Z'), overdue: true },
      { term: 'eta', at: at('2026-11-20T17:00:00Z') },
    ],
  ],
  [
    'a resolved incident keeps no promise, even one left in its file',
    incident(
      'b',
      { api: 'major_outage' },
      [
        ['resolved', '2026-11-20T14:30:00Z'],
        ['investigating', '2026-11-20T14:00:00Z'],
      ],
      { impact: 'critical', next_update: at('2026-11-20T15:30:00Z') },
    ),
    [
      { term: 'status', status: 'resolved' },
      { term: 'impact', impact: 'critical' },
      { term: 'started', at: at('2026-11-20T14:00:00Z'), firstPosted: undefined },
      { term: 'resolved', at: at('2026-11-20T14:30:00Z') },
      { term: 'duration', ms: 30 * 60_000 },
    ],
  ],
])('%s', (_name, entry, facts) => {
  expect(eventFacts(entry, NOW)).toEqual(facts);
});

test('a window completed on schedule: its phase, its schedule and when it ended', () => {
  const entry = maintenance('m', ['db'], ['2026-11-20T10:00:00Z', '2026-11-20T12:00:00Z'], [['scheduled', '2026-11-15T09:00:00Z']]);
  expect(eventFacts(entry, NOW)).toEqual([
    { term: 'status', window: entry },
    { term: 'scheduled', from: at('2026-11-20T10:00:00Z'), until: at('2026-11-20T12:00:00Z') },
    { term: 'completed', at: at('2026-11-20T12:00:00Z') },
  ]);
});
