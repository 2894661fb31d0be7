/**
 * Every calendar, the empty one included, read by four independent parsers: node-ical, ical.js,
 * Python's icalendar and libical. Each must accept it and find the same events.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import ical from 'node-ical';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { read } from '../helpers/html-text.ts';
import { copyFixture, listFiles, REPO_ROOT, runBuild } from '../helpers/run-build.ts';

const { root, example } = inject('fixtureBuilds');
const PYTHON = '/usr/bin/python3';

/** Whether the Python parsers are installed; in CI a missing one is a failure. */
function pythonParsersAvailable(): boolean {
  const ok = spawnSync(PYTHON, ['-c', "import icalendar, gi; gi.require_version('ICalGLib', '3.0')"]).status === 0;
  if (!ok && process.env.CI) throw new Error('python3-icalendar or gir1.2-ical-3.0 is missing; .ci/run installs them with apt-get');
  return ok;
}

const empty = join(mkdtempSync(join(tmpdir(), 'upfront-calendars-')), 'dist');
beforeAll(() => {
  const dir = copyFixture('basic-site');
  for (const file of readdirSync(join(dir, 'incidents'))) rmSync(join(dir, 'incidents', file));
  expect(runBuild(dir, empty, '2026-03-10 12:00 UTC').status).toBe(0);
});

/** Every calendar of the three sites, with the number of events node-ical finds in it. */
function calendars(): Array<[path: string, events: number]> {
  return [root.dist, example.dist, empty].flatMap((dist) =>
    listFiles(dist)
      .filter((f) => f.endsWith('.ics'))
      .map((f): [string, number] => [join(dist, f), Object.values(ical.sync.parseICS(read(dist, f))).filter((c) => c?.type === 'VEVENT').length]),
  );
}

test('node-ical and ical.js read every calendar alike; an empty one holds one component and no event', () => {
  const all = calendars();
  // Per site: the whole site's, and one per component (the example has 13).
  expect(all.length).toBe(21);
  for (const [path, events] of all) {
    const calendar = new ICAL.Component(ICAL.parse(read('/', path.slice(1))));
    expect([path, calendar.name, calendar.getAllSubcomponents('vevent').length]).toEqual([path, 'vcalendar', events]);
    if (events === 0) expect([path, calendar.getAllSubcomponents().map((c) => c.name)]).toEqual([path, ['vtimezone']]);
  }
  expect(all.filter(([path]) => path.startsWith(empty)).map(([, events]) => events)).toEqual(
    Array(all.filter(([path]) => path.startsWith(empty)).length).fill(0),
  );
});

describe.skipIf(!pythonParsersAvailable())('the Python parsers', () => {
  test("Python's icalendar and libical accept every calendar, with the same events and no error", () => {
    for (const [path, events] of calendars()) {
      const icalendar = spawnSync(PYTHON, [join(REPO_ROOT, 'test/helpers/python-icalendar-read.py'), path], { encoding: 'utf8' });
      expect([path, icalendar.status, icalendar.stderr, icalendar.stdout.split(' ')[0]]).toEqual([path, 0, '', String(events)]);
      const libical = spawnSync(PYTHON, [join(REPO_ROOT, 'test/helpers/libical-read.py'), path], { encoding: 'utf8' });
      const components = events === 0 ? 1 : events;
      expect([path, libical.status, libical.stdout.trim()]).toEqual([path, 0, `${events} ${components} []`]);
    }
  });
});
