import { describe, expect, test } from 'vitest';
import { componentHistories, eventTime, historyMonths } from '../../src/status/event-history.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const at = (iso: string) => new Date(iso);
const early = incident(
  'early',
  { api: 'major_outage' },
  [
    ['resolved', '2026-09-01T02:00:00Z'],
    ['investigating', '2026-09-01T01:00:00Z'],
  ],
  { started: at('2026-08-31T21:30:00Z') },
);
const oct = incident('oct', { web: 'degraded_performance' }, [
  ['resolved', '2026-10-10T12:00:00Z'],
  ['investigating', '2026-10-10T10:00:00Z'],
]);
const planned = maintenance('planned', ['api', 'db'], ['2027-01-05T02:00:00Z', '2027-01-05T03:00:00Z'], [['scheduled', '2026-11-01T09:00:00Z']]);
const NOW = at('2026-11-20T12:00:00Z');

describe('eventTime', () => {
  test.each([
    ['an incident happens when it started, not when it was first posted', early, '2026-08-31T21:30:00Z'],
    ['an incident without `started` happens at its first post', oct, '2026-10-10T10:00:00Z'],
    ['maintenance happens when it is scheduled, not when it was announced', planned, '2027-01-05T02:00:00Z'],
  ])('%s', (_name, entry, iso) => {
    expect(eventTime(entry.data).toISOString()).toBe(new Date(iso).toISOString());
  });
});

describe('historyMonths', () => {
  test('every month from now to the earliest event, newest first, quiet months included, cut in the display zone; ahead, only months with events', () => {
    const months = historyMonths([oct, early, planned], NOW, 'Europe/Berlin');
    expect(months.map((m) => [m.key, m.events.map((e) => e.id)])).toEqual([
      ['2027-01', ['planned']],
      ['2026-11', []],
      ['2026-10', ['oct']],
      // 21:30 UTC on 31 August is 23:30 in Berlin: still August there.
      ['2026-09', []],
      ['2026-08', ['early']],
    ]);
    expect(months[4].start.toISOString()).toBe('2026-07-31T22:00:00.000Z');
    expect(months[0].start.toISOString()).toBe('2026-12-31T23:00:00.000Z');
  });

  test('in UTC the same incident falls in another month', () => {
    expect(historyMonths([early], at('2026-09-02T00:00:00Z'), 'UTC').map((m) => [m.key, m.events.length])).toEqual([
      ['2026-09', 0],
      ['2026-08', 1],
    ]);
  });

  test('with no events there is one, empty, current month', () => {
    expect(historyMonths([], NOW, 'UTC').map((m) => [m.key, m.events.length])).toEqual([['2026-11', 0]]);
  });

  test('events in one month are sorted by when they happened, latest first', () => {
    const later = incident('later', { api: 'major_outage' }, [['investigating', '2026-10-20T10:00:00Z']]);
    expect(historyMonths([oct, later], NOW, 'UTC')[1].events.map((e) => e.id)).toEqual(['later', 'oct']);
  });
});

describe('componentHistories', () => {
  const open = incident('open', { api: 'partial_outage' }, [['investigating', '2025-12-01T10:00:00Z']]);
  const histories = componentHistories([oct, early, planned, open], at('2026-09-15T00:00:00Z'), 'Europe/Berlin');
  const ids = (list: Array<{ id: string }>) => list.map((e) => e.id);

  test.each([
    // `early` started before the bar, `open` long before it but is still open; both years hold every event.
    [
      'api',
      ['planned', 'open'],
      [
        ['2027', ['planned']],
        ['2026', ['early']],
        ['2025', ['open']],
      ],
    ],
    ['db', ['planned'], [['2027', ['planned']]]],
    ['web', ['oct'], [['2026', ['oct']]]],
  ])('%s: recent %j, by year %j', (component, recent, years) => {
    const history = histories.get(component)!;
    expect(ids(history.recent)).toEqual(recent);
    expect(history.years.map((y) => [y.year, ids(y.events)])).toEqual(years);
  });

  test('a component nothing affected has no history', () => {
    expect([...histories.keys()].sort()).toEqual(['api', 'db', 'web']);
  });
});
