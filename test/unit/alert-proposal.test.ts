/**
 * What `upfront alert` proposes for a group of alerts, as a table: a first alert opens an
 * incident in the site's language, a repeat changes nothing, a new alert of the group adds to the
 * proposal (or, once published, posts an update), a resolution proposes `monitoring` and never
 * resolves, an alert no rule takes is a located error naming alerts.yml.
 */
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Alert } from '../../src/alerts/alert-notification.ts';
import { alertDigest, alertGroups, proposeForGroup, type AlertProposal } from '../../src/alerts/alert-proposal.ts';
import type { AlertRules } from '../../src/alerts/alert-rules.ts';
import { componentCatalogSchema } from '../../src/schemas/components-schema.ts';
import type { EventEntry, IncidentData } from '../../src/schemas/incident-schema.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { COMPONENTS_YML, SITE_YML } from '../helpers/content-folder.ts';
import { incident } from '../helpers/entries.ts';

const NOW = new Date('2026-11-20T14:12:00Z');
const catalog = componentCatalogSchema.parse(parse(COMPONENTS_YML));
const english = siteSettingsSchema.parse(parse(SITE_YML));
const german = siteSettingsSchema.parse({ ...parse(SITE_YML), language: 'de' });

const RULES: AlertRules = {
  line: 1,
  rules: [
    { line: 2, match: { service: 'api', severity: ['critical', 'page'] }, title: 'Elevated API errors', impact: 'major', components: { api: 'major_outage' } },
    { line: 6, match: { service: 'web' }, impact: 'minor', components: { website: 'degraded_performance' } },
  ],
};

const alert = (fingerprint: string, labels: Record<string, string>, status: Alert['status'] = 'firing'): Alert => ({
  fingerprint,
  group: 'checkout',
  status,
  summary: `${labels.service} alert`,
  labels,
  startsAt: new Date('2026-11-20T14:05:00Z'),
  links: [],
});
const API = alert('a1', { service: 'api', severity: 'critical' });
const WEB = alert('w1', { service: 'web' });
const GROUP = alertGroups('alertmanager', [API])[0].key;
const digest = (fingerprint: string) => alertDigest('alertmanager', 'alert', fingerprint);

/** The incident an earlier notification proposed, with its updates (newest first) and its alerts. */
const proposed = (updates: Parameters<typeof incident>[2], fingerprints = [digest('a1')], extra: Partial<IncidentData> = {}): EventEntry<IncidentData> => ({
  ...incident('2026-11-20-elevated-api-errors', { api: 'major_outage' }, updates, { impact: 'major', alert: { group: GROUP, fingerprints }, ...extra }),
  filePath: 'incidents/2026-11-20-elevated-api-errors.md',
});
const FIRST: Parameters<typeof incident>[2] = [['investigating', '2026-11-20T14:06:00Z']];

type Row = [name: string, alerts: Alert[], events: EventEntry[], published: boolean, expected: Partial<AlertProposal> & { kind: AlertProposal['kind'] }];

const ROWS: Row[] = [
  [
    'a second notification of the same alert, before the merge: nothing new',
    [API],
    [proposed(FIRST)],
    false,
    { kind: 'none', why: '2026-11-20-elevated-api-errors proposes these alerts already' },
  ],
  [
    'the same alert, once published: nothing new either',
    [API],
    [proposed(FIRST)],
    true,
    { kind: 'none', why: '2026-11-20-elevated-api-errors says this already' },
  ],
  [
    'another alert of the group, before the merge: the proposal itself grows (no second update)',
    [API, WEB],
    [proposed(FIRST)],
    false,
    {
      kind: 'edit',
      changes: [
        [
          ['alert', 'fingerprints'],
          [digest('a1'), digest('w1')],
        ],
        [['components', 'website'], 'degraded_performance'],
      ],
      status: 'investigating',
    },
  ],
  [
    'another alert of the group, once published: an update from now on, its components in the heading, the past untouched',
    [API, WEB],
    [proposed(FIRST)],
    true,
    {
      kind: 'edit',
      changes: [
        [
          ['alert', 'fingerprints'],
          [digest('a1'), digest('w1')],
        ],
        [['next_update'], '2026-11-20 15:40 +01:00'],
      ],
      update:
        '## Investigating · 2026-11-20 15:12 +01:00 · website: degraded_performance\n\nWe now also see problems with Website. We are investigating and will post the next update by 20 Nov 2026, 15:40 CET.\n',
      status: 'investigating',
    },
  ],
  [
    'resolved: a proposed monitoring update, never a resolution',
    [{ ...API, status: 'resolved' }],
    [proposed([['identified', '2026-11-20T14:09:00Z'], ...FIRST])],
    true,
    {
      kind: 'edit',
      changes: [[['next_update'], '2026-11-20 15:40 +01:00']],
      update:
        '## Monitoring · 2026-11-20 15:12 +01:00\n\nOur monitoring shows API working normally again. We are watching closely and will post the next update by 20 Nov 2026, 15:40 CET.\n',
      status: 'monitoring',
    },
  ],
  [
    'resolved again: monitoring already',
    [{ ...API, status: 'resolved' }],
    [proposed([['monitoring', '2026-11-20T14:10:00Z'], ...FIRST])],
    true,
    { kind: 'none', why: '2026-11-20-elevated-api-errors is monitoring already' },
  ],
  [
    'resolved, with nothing proposed for it',
    [{ ...API, status: 'resolved' }],
    [],
    false,
    { kind: 'none', why: 'the alerts are resolved, and no open incident was proposed for them' },
  ],
  [
    'firing again after monitoring: the problem is back, and that is an update',
    [API],
    [proposed([['monitoring', '2026-11-20T14:10:00Z'], ...FIRST])],
    true,
    {
      kind: 'edit',
      changes: [[['next_update'], '2026-11-20 15:40 +01:00']],
      update:
        '## Investigating · 2026-11-20 15:12 +01:00\n\nWe now also see problems with API. We are investigating and will post the next update by 20 Nov 2026, 15:40 CET.\n',
      status: 'investigating',
    },
  ],
  [
    'a group whose incident is resolved: a new incident',
    [API],
    [proposed([['resolved', '2026-11-20T14:10:00Z'], ...FIRST])],
    true,
    { kind: 'new', title: 'Elevated API errors', status: 'investigating' },
  ],
];

test.each(ROWS)('%s', (_name, alerts, events, published, expected) => {
  const [group] = alertGroups('alertmanager', alerts);
  const result = proposeForGroup(group, RULES, { events, catalog, settings: english, published: () => published }, NOW);
  expect('proposal' in result && result.proposal).toMatchObject(expected);
});

test('a first alert: a new incident in the site’s language with the rule’s title, impact and components, since the alert began, promising the next update', () => {
  const [group] = alertGroups('alertmanager', [API, WEB]);
  const result = proposeForGroup(group, RULES, { events: [], catalog, settings: german, published: () => false }, NOW);
  expect(result).toEqual({
    proposal: {
      kind: 'new',
      title: 'Elevated API errors',
      date: NOW,
      status: 'investigating',
      message: 'Wir untersuchen ein Problem, das API und Website betrifft. Das nächste Update folgt spätestens 20. Nov. 2026, 15:40 MEZ.',
      text: `---
title: Elevated API errors
impact: major
components:
  api: major_outage
  website: degraded_performance
started: 2026-11-20 15:05 +01:00
next_update: 2026-11-20 15:40 +01:00
alert:
  group: ${GROUP}
  fingerprints:
    - ${digest('a1')}
    - ${digest('w1')}
---

## Investigating · 2026-11-20 15:12 +01:00

Wir untersuchen ein Problem, das API und Website betrifft. Das nächste Update folgt spätestens 20. Nov. 2026, 15:40 MEZ.
`,
    },
  });
});

test('an alert no rule takes: a located error naming alerts.yml and the nearest rule, and nothing proposed', () => {
  const [group] = alertGroups('alertmanager', [alert('a2', { service: 'api', severity: 'warning' })]);
  expect(proposeForGroup(group, RULES, { events: [], catalog, settings: english, published: () => false }, NOW)).toEqual({
    errors: [
      {
        file: 'alerts.yml',
        line: 2,
        column: 1,
        severity: 'error',
        message:
          'no rule matches the alert “api alert” (labels: service=api, severity=warning), so nothing was proposed. The rule at line 2 wants severity: critical or page (the alert has `warning`). Add a rule for it, such as `- match: { service: api }` with its `impact` and `components`',
      },
    ],
  });
});

test('digests: the same key always gives the same 16 digits; the format and the kind of key tell them apart', () => {
  expect(alertDigest('alertmanager', 'alert', 'a1')).toMatch(/^[0-9a-f]{16}$/);
  expect(new Set([alertDigest('alertmanager', 'alert', 'a1'), alertDigest('grafana', 'alert', 'a1'), alertDigest('alertmanager', 'group', 'a1')]).size).toBe(3);
  expect(
    alertGroups('generic', [
      { ...API, group: 'x' },
      { ...WEB, group: 'y' },
      { ...API, fingerprint: 'a3', group: 'x' },
    ]).map((g) => g.alerts.map((a) => a.fingerprint)),
  ).toEqual([['a1', 'a3'], ['w1']]);
});
