import { expect, test } from 'vitest';
import { currentComponentStatuses, overallStatus } from '../../src/core/current-status.ts';
import { liveNeeds, parseLiveData, serializeLiveData, type LiveNeeds } from '../../src/core/live-data.ts';
import { maintenanceState } from '../../src/core/event-state.ts';
import type { EventEntry, IncidentData } from '../../src/schemas/incident-schema.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const open = incident(
  'api-down',
  { api: 'major_outage' },
  [
    ['identified', '2026-11-20T10:30:00Z'],
    ['investigating', '2026-11-20T10:00:00Z'],
  ],
  {
    next_update: new Date('2026-11-20T11:00:00Z'),
    workaround: 'Use the backup',
    title: 'API </script><script>alert(1)</script>',
  },
);
const slow = incident('web-slow', { api: 'degraded_performance', web: 'partial_outage' }, [['investigating', '2026-11-20T09:00:00Z']], { impact: 'critical' });
const window = maintenance('db', ['db', 'web'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);
const STATUS: LiveNeeds = { status: true, windowIds: new Set() };
const NOTHING: LiveNeeds = { status: false, windowIds: new Set() };

test('for statuses: open incidents fold into one record of worst statuses and impact, windows into the spans they are active in; no texts', () => {
  const started = maintenance(
    'started',
    ['cdn'],
    ['2026-11-21T05:00:00Z', '2026-11-21T06:00:00Z'],
    [
      ['in_progress', '2026-11-20T11:00:00Z'],
      ['scheduled', '2026-11-18T09:00:00Z'],
    ],
  );
  const json = serializeLiveData([open, slow, window, started], STATUS);
  expect(JSON.parse(json)).toEqual({
    status: {
      incidents: { impact: 'critical', components: { api: 'major_outage', web: 'partial_outage' } },
      windows: [
        [Date.parse('2026-11-21T02:00:00Z'), Date.parse('2026-11-21T03:00:00Z'), 'db web'],
        [null, null, 'cdn'],
      ],
    },
    windows: [],
  });
  expect(json).not.toMatch(/alert|backup|message/);
});

test.each([
  ['a page that shows nothing live embeds nothing', NOTHING, '{"windows":[]}'],
  [
    "a page that names a window's phase embeds that window alone, dates to the second",
    { status: false, windowIds: new Set(['db', 'elsewhere']) },
    '{"windows":[{"id":"db","data":{"kind":"maintenance","components":["db","web"],"scheduled_for":"2026-11-21T02:00:00Z","scheduled_until":"2026-11-21T03:00:00Z","cancelled":false,"updates":[{"status":"scheduled","at":"2026-11-18T09:00:00Z"}]}}]}',
  ],
])('%s', (_name, needs, json) => {
  expect(serializeLiveData([open, slow, window], needs)).toBe(json);
});

test.each([
  ['<p>An incident page</p><time datetime="2026-11-20T10:00:00Z">…</time>', false, []],
  [
    '<span class="phase upcoming" data-phase-of="2026-11-21-db">Upcoming</span> <span data-phase-of="2026-12-01-dns">',
    false,
    ['2026-11-21-db', '2026-12-01-dns'],
  ],
  ['<span class="status operational" data-component="api">Operational</span>', true, []],
  ['<span class="status operational" data-members="api web">Operational</span>', true, []],
  ['<p class="banner ok">All systems operational</p>', true, []],
  ['<p class="banners">not the banner</p><p>data-component= in text</p>', false, []],
])('liveNeeds(%s)', (html, status, windowIds) => {
  expect(liveNeeds(html)).toEqual({ status, windowIds: new Set(windowIds) });
});

test.each(['2026-11-21T01:00:00Z', '2026-11-21T02:10:00Z', '2026-11-21T02:40:00Z', '2026-11-21T03:30:00Z', '2026-11-21T05:00:00Z'])(
  'a window with many updates keeps three, and its phase at %s is the same',
  (at) => {
    const long = maintenance(
      'long',
      ['db'],
      ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'],
      [
        ['verifying', '2026-11-21T02:50:00Z'],
        ['in_progress', '2026-11-21T02:30:00Z'],
        ['in_progress', '2026-11-21T01:55:00Z'],
        ['scheduled', '2026-11-19T09:00:00Z'],
        ['scheduled', '2026-11-18T09:00:00Z'],
      ],
    );
    const [kept] = parseLiveData(serializeLiveData([long], { status: false, windowIds: new Set(['long']) })).windows;
    expect(kept.data.updates.map((u) => u.status)).toEqual(['verifying', 'in_progress', 'scheduled']);
    expect(maintenanceState(kept.data, new Date(at))).toEqual(maintenanceState(long.data, new Date(at)));
  },
);

const overrun = maintenance(
  'overrun',
  ['web'],
  ['2026-11-20T08:00:00Z', '2026-11-20T09:00:00Z'],
  [
    ['verifying', '2026-11-20T09:30:00Z'],
    ['in_progress', '2026-11-20T08:00:00Z'],
  ],
);
const cancelled = maintenance('off', ['cdn'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']], { cancelled: true });
const early = maintenance(
  'early',
  ['cdn'],
  ['2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z'],
  [
    ['in_progress', '2026-11-21T23:00:00Z'],
    ['scheduled', '2026-11-18T09:00:00Z'],
  ],
);

test.each(['2026-11-20T12:00:00Z', '2026-11-21T02:30:00Z', '2026-11-21T04:00:00Z', '2026-11-22T02:30:00Z', '2026-11-23T00:00:00Z'])(
  'at %s the browser derives from it what the build derives from the events',
  (at) => {
    const now = new Date(at);
    const events = [open, slow, window, overrun, cancelled, early];
    const live = parseLiveData(serializeLiveData(events, STATUS)).status!;
    const fromEvents = currentComponentStatuses(events, now);
    const fromLive = currentComponentStatuses(live, now);
    expect(fromLive).toEqual(fromEvents);
    const incidents = (list: EventEntry[]) => list.filter((e): e is EventEntry<IncidentData> => e.data.kind === 'incident');
    expect(overallStatus(fromLive, incidents(live))).toEqual(overallStatus(fromEvents, incidents(events)));
  },
);

test('the size does not grow with the number of open incidents', () => {
  const many = Array.from({ length: 200 }, (_, i) =>
    incident(`i-${i}`, { api: 'degraded_performance' }, [['investigating', `2026-11-20T10:${String(i % 60).padStart(2, '0')}:00Z`]]),
  );
  expect(serializeLiveData([...many, open, window], STATUS)).toBe(serializeLiveData([open, window], STATUS));
  expect(serializeLiveData([], STATUS)).toBe('{"status":{"windows":[]},"windows":[]}');
});

test('no text can close the script element it is embedded in', () => {
  const withMarkup = maintenance('x', ['</script>'], ['2026-11-21T02:00:00Z', '2026-11-21T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);
  const json = serializeLiveData([withMarkup], { status: true, windowIds: new Set(['x']) });
  expect(json).not.toContain('<');
  expect(parseLiveData(json).windows[0].data.components).toEqual(['</script>']);
  expect(parseLiveData(json).status![0].data.components).toEqual(['</script>']);
});
