import { expect, test } from 'vitest';
import { currentComponentStatuses, overallStatus } from '../../src/lib/current-status.ts';
import { OPEN_INCIDENTS_ID, parseLiveData, serializeLiveData } from '../../src/lib/live-data.ts';
import type { EventEntry, IncidentData } from '../../src/schemas/incident-schema.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const open = incident('api-down', { api: 'major_outage' }, [['identified', '2026-11-20T10:30:00Z'], ['investigating', '2026-11-20T10:00:00Z']], {
  next_update: new Date('2026-11-20T11:00:00Z'),
  workaround: 'Use the backup',
  title: 'API </script><script>alert(1)</script>',
});
const slow = incident('web-slow', { api: 'degraded_performance', web: 'partial_outage' }, [['investigating', '2026-11-20T09:00:00Z']], { impact: 'critical' });
const window = maintenance('db', ['db', 'web'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);

test('open incidents fold into one record of worst statuses and impact; windows keep what their phase needs; no texts', () => {
  const parsed = parseLiveData(serializeLiveData([open, slow, window]));
  expect(parsed.events).toEqual([
    { id: OPEN_INCIDENTS_ID, data: { kind: 'incident', impact: 'critical', components: { api: 'major_outage', web: 'partial_outage' }, updates: [{ status: 'investigating', at: new Date(0) }] } },
    {
      id: 'db',
      data: {
        kind: 'maintenance',
        components: ['db', 'web'],
        scheduled_for: new Date('2026-11-21T02:00:00Z'),
        scheduled_until: new Date('2026-11-21T03:00:00Z'),
        cancelled: false,
        updates: [{ status: 'scheduled', at: new Date('2026-11-18T09:00:00Z') }],
      },
    },
  ]);
  expect(serializeLiveData([open, slow, window])).not.toMatch(/alert|backup|message/);
});

test.each(['2026-11-20T12:00:00Z', '2026-11-21T02:30:00Z', '2026-11-21T04:00:00Z'])('at %s the browser derives from it what the build derives from the events', (at) => {
  const now = new Date(at);
  const events = [open, slow, window];
  const live = parseLiveData(serializeLiveData(events)).events;
  const fromEvents = currentComponentStatuses(events, now);
  const fromLive = currentComponentStatuses(live, now);
  expect(fromLive).toEqual(fromEvents);
  const incidents = (list: EventEntry[]) => list.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident');
  expect(overallStatus(fromLive, incidents(live))).toEqual(overallStatus(fromEvents, incidents(events)));
});

test('the size does not grow with the number of open incidents', () => {
  const many = Array.from({ length: 200 }, (_, i) => incident(`i-${i}`, { api: 'degraded_performance' }, [['investigating', `2026-11-20T10:${String(i % 60).padStart(2, '0')}:00Z`]]));
  expect(serializeLiveData([...many, open, window])).toBe(serializeLiveData([open, window]));
  expect(serializeLiveData([])).toBe('{"events":[]}');
});

test('no text can close the script element it is embedded in', () => {
  const withMarkup = maintenance('x', ['</script>'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);
  const json = serializeLiveData([withMarkup]);
  expect(json).not.toContain('<');
  expect(parseLiveData(json).events[0].data.components).toEqual(['</script>']);
});
