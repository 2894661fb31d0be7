/** When the site next changes by the clock alone: each kind of change, and which comes first. */
import { expect, test } from 'vitest';
import { nextChange } from '../../src/status/next-change.ts';
import type { PostmortemEntry } from '../../src/schemas/postmortem-schema.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const open = incident('api-down', { api: 'major_outage' }, [['investigating', '2026-03-10T11:00:00Z']], {
  next_update: new Date('2026-03-10T12:30:00Z'),
  eta: new Date('2026-03-10T14:00:00Z'),
});
const resolved = incident(
  'old',
  { api: 'major_outage' },
  [
    ['resolved', '2026-03-10T11:30:00Z'],
    ['investigating', '2026-03-10T11:00:00Z'],
  ],
  { next_update: new Date('2026-03-10T12:10:00Z') },
);
const upcoming = maintenance('db-upgrade', ['db'], ['2026-03-10T13:00:00Z', '2026-03-10T15:00:00Z'], [['scheduled', '2026-03-01T09:00:00Z']]);
const running = maintenance('web-move', ['web'], ['2026-03-10T11:00:00Z', '2026-03-10T12:45:00Z'], [['scheduled', '2026-03-01T09:00:00Z']]);
const cancelled = maintenance('dns', ['dns'], ['2026-03-10T12:05:00Z', '2026-03-10T13:00:00Z'], [['scheduled', '2026-03-01T09:00:00Z']], { cancelled: true });
const postmortem = { id: 'old', data: { published: new Date('2026-03-10T12:20:00Z') } } as unknown as PostmortemEntry;

test.each([
  ['nothing happening: midnight in the site’s zone', [], [], 'Europe/Berlin', '2026-03-10T23:00:00.000Z', 'the day turns over'],
  ['nothing happening, in New York', [], [], 'America/New_York', '2026-03-11T04:00:00.000Z', 'the day turns over'],
  ['an open incident’s promised update', [open], [], 'UTC', '2026-03-10T12:30:00.000Z', 'the next update of api-down falls due'],
  ['a resolved incident promises nothing any more', [resolved], [], 'UTC', '2026-03-11T00:00:00.000Z', 'the day turns over'],
  ['a window’s start', [upcoming], [], 'UTC', '2026-03-10T13:00:00.000Z', 'maintenance db-upgrade is scheduled to start'],
  ['a running window’s end, before the promised update', [open, running], [], 'UTC', '2026-03-10T12:30:00.000Z', 'the next update of api-down falls due'],
  ['a running window’s end', [running, upcoming], [], 'UTC', '2026-03-10T12:45:00.000Z', 'maintenance web-move is scheduled to end'],
  ['a cancelled window changes nothing', [cancelled], [], 'UTC', '2026-03-11T00:00:00.000Z', 'the day turns over'],
  ['a postmortem published later', [open], [postmortem], 'UTC', '2026-03-10T12:20:00.000Z', 'the postmortem of old is published'],
] as const)('%s', (_name, events, postmortems, zone, at, what) => {
  const next = nextChange(events, postmortems, NOW, zone);
  expect([next.at.toISOString(), next.what]).toEqual([at, what]);
});

test('what is past is no next change: an estimate already passed, a start already behind', () => {
  const later = new Date('2026-03-10T14:30:00Z');
  expect(nextChange([open, upcoming], [], later, 'UTC')).toEqual({ at: new Date('2026-03-10T15:00:00Z'), what: 'maintenance db-upgrade is scheduled to end' });
});
