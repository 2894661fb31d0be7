import { describe, expect, test } from 'vitest';
import { communicationWarnings } from '../../src/content/communication-checks.ts';
import type { EventSource } from '../../src/content/parse-event-file.ts';
import type { EventEntry } from '../../src/schemas/incident-schema.ts';
import type { PostmortemEntry } from '../../src/schemas/postmortem-schema.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const thresholds = siteSettingsSchema.parse({ name: 'A', url: 'https://a.example', time_zone: 'UTC', support_url: 'mailto:a@a.example' }).checks;
/** Fields are reported on line 2, updates on line 10 + their index, so messages show where they point. */
const source = (id: string): EventSource => ({
  file: `incidents/${id}.md`,
  field: (path) => ({ line: path.length === 0 ? 1 : 2, column: 1 }),
  update: (index) => ({ line: 10 + index, column: 1 }),
});
const warningsFor = (events: EventEntry[], postmortems: string[] = []) =>
  communicationWarnings({
    events,
    postmortems: postmortems.map((id) => ({ id, data: { published: NOW, body: 'x' } }) as PostmortemEntry),
    sources: new Map(events.map((e) => [e.id, source(e.id)])),
    thresholds,
    now: NOW,
  }).map((d) => `${d.file}:${d.line} ${d.message}`);

const open = (extra = {}, lastUpdate = '2026-11-20T14:40:00Z') =>
  incident(
    'open',
    { api: 'partial_outage' },
    [
      ['identified', lastUpdate],
      ['investigating', '2026-11-20T14:00:00Z'],
    ],
    { next_update: new Date('2026-11-20T15:30:00Z'), ...extra },
  );
const resolved = (impact: 'minor' | 'major' | 'critical', message: string, at = '2026-11-20T14:30:00Z', extra = {}, began = '2026-11-10T14:00:00Z') => {
  const entry = incident(
    'done',
    { api: 'major_outage' },
    [
      ['resolved', at],
      ['investigating', began],
    ],
    { impact, ...extra },
  );
  entry.data.updates[0].message = message;
  return entry;
};
const EXPLAINED = 'A bad deploy broke sign-in; we rolled it back and nothing needs doing on your side.';
const CREDIT = 'No credit applies: the API stayed above its monthly target.';

describe.each([
  [
    'an open incident without next_update',
    [open({ next_update: undefined })],
    [],
    [
      'incidents/open.md:1 open incident with no `next_update`: promise when customers will hear from you next, such as `next_update: 2026-11-20 15:00 UTC` (`upfront update --next-update 30m`)',
    ],
  ],
  [
    'an open incident whose promised update is overdue',
    [open({ next_update: new Date('2026-11-20T14:45:00Z') })],
    [],
    ['incidents/open.md:2 the promised update is overdue by 15 mins; post an update now, even if nothing has changed'],
  ],
  [
    'an open incident not updated for over an hour',
    [open({}, '2026-11-20T13:50:00Z')],
    [],
    ['incidents/open.md:10 no update for 1 hr 10 mins; open incidents should be updated at least every 60 min'],
  ],
  [
    'a major incident resolved 10 days ago without a postmortem',
    [resolved('major', EXPLAINED, '2026-11-10T15:00:00Z')],
    [],
    ['incidents/done.md:2 major incident resolved 10 days ago without a postmortem; publish one within 7 days (`upfront postmortem done`)'],
  ],
  [
    'a resolved update of three words',
    [resolved('minor', 'It is fixed.')],
    [],
    ['incidents/done.md:10 the resolved update says too little (3 words); say what happened, what was affected and whether customers need to do anything'],
  ],
  [
    'maintenance announced 24 hours ahead',
    [maintenance('m', ['db'], ['2026-11-21T14:00:00Z', '2026-11-21T15:00:00Z'], [['scheduled', '2026-11-20T14:00:00Z']])],
    [],
    ['incidents/m.md:10 maintenance announced 24 hrs before it starts; customers need at least 72 h to prepare, so move `scheduled_for` later if you can'],
  ],
  [
    'an incident whose components are all operational',
    [open({ components: { api: 'operational' } })],
    [],
    [
      'incidents/open.md:2 every affected component is `operational`, so the page shows no impact; set the status the incident puts each component in (such as `degraded_performance`)',
    ],
  ],
] as const)('%s', (_name, events, postmortems, expected) => {
  test('is warned about, at its place', () => {
    expect(warningsFor([...events], [...postmortems])).toEqual(expected);
  });
});

test.each([
  ['an open incident updated recently with its promise kept', [open()], []],
  ['a major incident resolved 10 days ago with a postmortem', [resolved('major', EXPLAINED, '2026-11-10T15:00:00Z')], ['done']],
  ['a major incident resolved 6 days ago, its postmortem still due', [resolved('major', EXPLAINED, '2026-11-14T15:00:00Z', { compensation: CREDIT })], []],
  ['a minor incident resolved long ago needs no postmortem', [resolved('minor', EXPLAINED, '2026-11-10T15:00:00Z')], []],
  [
    'maintenance announced four days ahead',
    [maintenance('m', ['db'], ['2026-11-24T14:00:00Z', '2026-11-24T15:00:00Z'], [['scheduled', '2026-11-20T14:00:00Z']])],
    [],
  ],
  [
    'a cancelled short-notice window',
    [maintenance('m', ['db'], ['2026-11-21T14:00:00Z', '2026-11-21T15:00:00Z'], [['scheduled', '2026-11-20T14:00:00Z']], { cancelled: true })],
    [],
  ],
] as const)('no warning for %s', (_name, events, postmortems) => {
  expect(warningsFor([...events], [...postmortems])).toEqual([]);
});

test('thresholds come from site.yml', () => {
  const relaxed = communicationWarnings({
    events: [open({}, '2026-11-20T13:50:00Z')],
    postmortems: [],
    sources: new Map([['open', source('open')]]),
    thresholds: { ...thresholds, update_interval_minutes: 90 },
    now: NOW,
  });
  expect(relaxed).toEqual([]);
});

const COMPENSATION_HINT = (impact: string, lasted: string) =>
  `incidents/done.md:2 ${impact} incident that lasted ${lasted} says nothing of what customers get for it; add \`compensation:\` with what affected customers receive and whether they need to do anything, or that no credit applies and why (\`upfront update done --compensation "…"\`)`;

test.each([
  ['a major incident of exactly an hour', 'major', '2026-11-20T13:00:00Z', {}, []],
  ['a major incident of an hour and a minute', 'major', '2026-11-20T12:59:00Z', {}, [COMPENSATION_HINT('major', '1 hr 1 min')]],
  ['a critical incident of two hours', 'critical', '2026-11-20T12:00:00Z', {}, [COMPENSATION_HINT('critical', '2 hrs')]],
  ['a critical incident of two hours that says no credit applies', 'critical', '2026-11-20T12:00:00Z', { compensation: CREDIT }, []],
  ['a minor incident of two hours', 'minor', '2026-11-20T12:00:00Z', {}, []],
] as const)('compensation: %s', (_name, impact, began, extra, expected) => {
  expect(warningsFor([resolved(impact, EXPLAINED, '2026-11-20T14:00:00Z', extra, began)])).toEqual(expected);
});

test('the time after which a serious incident should say what customers get comes from site.yml', () => {
  const long = resolved('major', EXPLAINED, '2026-11-20T14:00:00Z', {}, '2026-11-20T12:00:00Z');
  const warnings = (minutes: number) =>
    communicationWarnings({
      events: [long],
      postmortems: [],
      sources: new Map([['done', source('done')]]),
      thresholds: { ...thresholds, compensation_hint_after_minutes: minutes },
      now: NOW,
    }).length;
  expect([thresholds.compensation_hint_after_minutes, warnings(120), warnings(119)]).toEqual([60, 0, 1]);
});
