/** The home page's lists on a quiet day and on the worst one: bounded, with the rest counted and linked. */
import { expect, test } from 'vitest';
import { homeLists } from '../../src/status/home-lists.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-12-01T12:00:00Z');
const incidents = (count: number) =>
  Array.from({ length: count }, (_, i) => incident(`i-${i}`, { api: 'major_outage' }, [['investigating', '2026-12-01T10:00:00Z']]));

test.each([
  [0, 0, [0, 0, 0, 0, 0]],
  [3, 3, [3, 0, 0, 3, 0]],
  [5, 30, [5, 0, 0, 30, 0]],
  [6, 31, [5, 1, 0, 30, 1]],
  [50, 30, [5, 45, 0, 30, 0]],
  [51, 100, [5, 45, 1, 30, 70]],
  [1000, 1200, [5, 45, 950, 30, 1170]],
])('%i open incidents and %i recent events: full, one line, more, recent, more recent = %j', (open, recentCount, counts) => {
  const lists = homeLists(incidents(open), [], incidents(recentCount), NOW);
  expect([lists.fullIncidents.length, lists.compactIncidents.length, lists.moreIncidents, lists.recent.length, lists.moreRecent]).toEqual(counts);
});

test('the newest come first and every ongoing incident is either shown or counted', () => {
  const open = incidents(60);
  const lists = homeLists(open, [], [], NOW);
  expect([...lists.fullIncidents, ...lists.compactIncidents].map((e) => e.id)).toEqual(open.slice(0, 50).map((e) => e.id));
  expect(lists.fullIncidents.length + lists.compactIncidents.length + lists.moreIncidents).toBe(60);
});

test.each([
  [0, 0, 0, 0],
  [0, 3, 3, 0],
  [1, 8, 5, 4],
  [7, 2, 7, 2],
])('%i windows in progress and %i upcoming: %i shown, %i left to the maintenance page', (running, upcoming, shown, more) => {
  const windows = [
    ...Array.from({ length: running }, (_, i) =>
      maintenance(`run-${i}`, ['api'], ['2026-12-01T10:00:00Z', '2026-12-01T14:00:00Z'], [['in_progress', '2026-12-01T10:00:00Z']]),
    ),
    ...Array.from({ length: upcoming }, (_, i) =>
      maintenance(`up-${i}`, ['api'], ['2026-12-05T10:00:00Z', '2026-12-05T14:00:00Z'], [['scheduled', '2026-11-28T10:00:00Z']]),
    ),
  ];
  const lists = homeLists([], windows, [], NOW);
  expect([lists.maintenance.length, lists.moreMaintenance]).toEqual([shown, more]);
  expect(lists.maintenance.map((e) => e.id)).toEqual(windows.slice(0, shown).map((e) => e.id));
});
