import { describe, expect, test } from 'vitest';
import { currentComponentStatuses, overallStatus } from '../../src/core/current-status.ts';
import { statusOverview } from '../../src/status/status-overview.ts';
import { OVERALL_WORDS } from '../../src/locale/en.ts';
import type { ComponentCatalog } from '../../src/schemas/components-schema.ts';
import type { Impact } from '../../src/schemas/status-vocabulary.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const open = (id: string, components: Parameters<typeof incident>[1], impact: Impact = 'minor') =>
  incident(id, components, [['investigating', '2026-11-20T14:00:00Z']], { impact });
const resolved = (id: string, components: Parameters<typeof incident>[1]) =>
  incident(
    id,
    components,
    [
      ['resolved', '2026-11-20T14:30:00Z'],
      ['investigating', '2026-11-20T14:00:00Z'],
    ],
    { impact: 'critical' },
  );
const activeMaintenance = maintenance('m', ['db', 'api'], ['2026-11-20T14:00:00Z', '2026-11-20T16:00:00Z'], [['in_progress', '2026-11-20T14:00:00Z']]);

describe('currentComponentStatuses', () => {
  test('the worst status among open incidents, maintenance below real trouble, resolved ones ignored', () => {
    const statuses = currentComponentStatuses(
      [
        open('a', { api: 'degraded_performance' }),
        open('b', { api: 'partial_outage', web: 'degraded_performance' }),
        resolved('c', { web: 'major_outage' }),
        activeMaintenance,
      ],
      NOW,
    );
    expect(Object.fromEntries(statuses)).toEqual({ api: 'partial_outage', web: 'degraded_performance', db: 'under_maintenance' });
  });
});

describe('overallStatus', () => {
  test.each([
    ['nothing open', [], 'none', 'All Systems Operational'],
    ['only maintenance', [activeMaintenance], 'none', 'Service Under Maintenance'],
    ['a degraded component', [open('a', { api: 'degraded_performance' }, 'none')], 'minor', 'Minor Service Outage'],
    ['a partial outage', [open('a', { api: 'partial_outage' }, 'minor')], 'major', 'Partial System Outage'],
    ['a major outage', [open('a', { api: 'major_outage' }, 'minor')], 'critical', 'Major System Outage'],
    ['a critical incident on a degraded component', [open('a', { api: 'degraded_performance' }, 'critical')], 'critical', 'Major System Outage'],
    ['a resolved critical incident counts for nothing', [resolved('a', { api: 'major_outage' })], 'none', 'All Systems Operational'],
  ] as const)('%s', (_name, events, indicator, description) => {
    const tone = description === 'Service Under Maintenance' ? 'maintenance' : indicator;
    const statuses = currentComponentStatuses([...events], NOW);
    const openIncidents = [...events].filter((e) => e.data.kind === 'incident' && e.data.updates[0].status !== 'resolved') as ReturnType<typeof incident>[];
    expect(overallStatus(statuses, openIncidents)).toEqual({ indicator, tone });
    expect(OVERALL_WORDS[tone]).toBe(description);
  });
});

test('statusOverview sorts events into open, active, upcoming and recent, and groups components', () => {
  const catalog: ComponentCatalog = {
    groups: [
      {
        id: 'platform',
        name: 'Platform',
        components: [
          { id: 'api', name: 'API' },
          { id: 'web', name: 'Web' },
        ],
      },
      { id: 'storage', name: 'Storage', components: [{ id: 'db', name: 'DB' }] },
    ],
  };
  const upcoming = maintenance('u', ['web'], ['2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z'], [['scheduled', '2026-11-19T10:00:00Z']]);
  const old = incident('old', { api: 'major_outage' }, [
    ['resolved', '2026-07-01T11:00:00Z'],
    ['investigating', '2026-07-01T10:00:00Z'],
  ]);
  // Cancelled before its time, which is next week: neither upcoming nor past yet.
  const cancelled = maintenance(
    'c',
    ['web'],
    ['2026-11-27T02:00:00Z', '2026-11-27T03:00:00Z'],
    [
      ['scheduled', '2026-11-20T09:00:00Z'],
      ['scheduled', '2026-11-18T10:00:00Z'],
    ],
    { cancelled: true },
  );
  // Announced a month ago, done last week: recent by when it happened.
  const done = maintenance(
    'd',
    ['db'],
    ['2026-11-13T02:00:00Z', '2026-11-13T03:00:00Z'],
    [
      ['completed', '2026-11-13T03:00:00Z'],
      ['scheduled', '2026-10-20T10:00:00Z'],
    ],
  );
  const events = [open('a', { api: 'partial_outage' }, 'major'), activeMaintenance, cancelled, upcoming, done, old];
  const overview = statusOverview(catalog, events, NOW, 'UTC');
  expect(overview.overall).toEqual({ indicator: 'major', tone: 'major' });
  expect(overview.openIncidents.map((e) => e.id)).toEqual(['a']);
  expect(overview.maintenance.map((e) => e.id)).toEqual(['m', 'u']);
  expect(overview.live.map((e) => e.id)).toEqual(['a', 'm', 'u']);
  // The window of next week is upcoming maintenance only, not part of the past 14 days.
  expect(overview.recent.map((e) => e.id)).toEqual(['a', 'm', 'd']);
  expect(overview.groups.map((g) => [g.group.id, g.status, g.components.map((c) => `${c.component.id}:${c.status}`)])).toEqual([
    ['platform', 'partial_outage', ['api:partial_outage', 'web:operational']],
    ['storage', 'under_maintenance', ['db:under_maintenance']],
  ]);
  const api = overview.groups[0].components[0].uptime;
  expect(api.periods).toHaveLength(90);
  // One hour of partial outage (30 %) today, 15 hours elapsed of today; the old incident is outside the 90 days.
  expect(api.periods[89].downtimeMs).toBe(0.3 * 3_600_000);
  expect(api.periods.filter((d) => d.worst !== 'operational').map((d) => d.key)).toEqual(['2026-11-20']);
  // By month, the July incident is inside the 12 months: 1 h of major outage in a 31-day month.
  const apiMonths = overview.monthly[0].components[0].uptime;
  expect(apiMonths.periods.map((p) => p.key)).toEqual([
    '2025-12',
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
    '2026-07',
    '2026-08',
    '2026-09',
    '2026-10',
    '2026-11',
  ]);
  expect(apiMonths.periods[7].statusMs).toEqual({ major_outage: 3_600_000 });
  expect(apiMonths.periods[7].eventIds).toEqual(['old']);
});

test('past maintenance: completed and cancelled windows of the last 90 days, latest scheduled first, the earlier ones counted; current ones are not past', () => {
  const catalog: ComponentCatalog = { groups: [{ id: 'storage', name: 'Storage', components: [{ id: 'db', name: 'DB' }] }] };
  const done = maintenance(
    'done',
    ['db'],
    ['2026-11-10T02:00:00Z', '2026-11-10T03:00:00Z'],
    [
      ['completed', '2026-11-10T02:50:00Z'],
      ['scheduled', '2026-11-01T10:00:00Z'],
    ],
  );
  const lapsed = maintenance('lapsed', ['db'], ['2026-11-12T02:00:00Z', '2026-11-12T03:00:00Z'], [['scheduled', '2026-11-01T11:00:00Z']]);
  const called = maintenance('called-off', ['db'], ['2026-11-25T02:00:00Z', '2026-11-25T03:00:00Z'], [['scheduled', '2026-11-15T10:00:00Z']], {
    cancelled: true,
  });
  const old = maintenance(
    'old',
    ['db'],
    ['2026-08-01T02:00:00Z', '2026-08-01T03:00:00Z'],
    [
      ['completed', '2026-08-01T02:50:00Z'],
      ['scheduled', '2026-07-20T10:00:00Z'],
    ],
  );
  const overview = statusOverview(catalog, [called, lapsed, done, old, activeMaintenance], NOW, 'UTC');
  expect(overview.pastMaintenance.map((e) => e.id)).toEqual(['called-off', 'lapsed', 'done']);
  expect(overview.olderMaintenance).toBe(1);
  expect(overview.maintenance.map((e) => e.id)).toEqual(['m']);
});
