/**
 * Alert notifications as their senders document them (Alertmanager's webhook version 4, Grafana's
 * alerting webhook, PagerDuty's v3 webhook, Upfront's generic JSON), read into the same alerts;
 * a wrong or unknown shape is one located sentence.
 */
import { expect, test } from 'vitest';
import { MAX_SUMMARY_CHARS, readNotification, type Alert, type AlertFormat } from '../../src/alerts/alert-notification.ts';

const ALERTMANAGER = {
  receiver: 'status-page',
  status: 'firing',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'ProbeFailure', instance: 'https://api.example.org', job: 'http_checks', severity: 'critical' },
      annotations: { description: 'Instance https://api.example.org has been down for over 5m.', summary: 'API probe failing' },
      startsAt: '2026-11-20T14:02:45.828Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0',
      fingerprint: '1a30ba71cca2921f',
    },
  ],
  groupLabels: { alertname: 'ProbeFailure' },
  commonLabels: { alertname: 'ProbeFailure' },
  commonAnnotations: {},
  externalURL: 'http://alertmanager.example.org:9093',
  version: '4',
  groupKey: '{}/{severity="critical"}:{alertname="ProbeFailure"}',
  truncatedAlerts: 0,
};

const GRAFANA = {
  receiver: 'status-page',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
      annotations: { description: 'The system has high memory usage', runbook_url: 'https://runbooks.example.org/1234', summary: 'Memory high in us-1' },
      startsAt: '2026-11-20T09:51:03.157076+02:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://grafana.example.org/alerting/1afz29v7z/edit',
      fingerprint: 'c6eadffa33fcdf37',
      silenceURL: 'https://grafana.example.org/alerting/silence/new',
      dashboardURL: '',
      panelURL: '',
      values: { B: 44.2, C: 1 },
    },
    {
      status: 'resolved',
      labels: { alertname: 'High CPU usage', team: 'blue', zone: 'eu-1' },
      annotations: {},
      startsAt: '2026-11-20T09:56:03.157076+02:00',
      endsAt: '2026-11-20T10:06:03.157076+02:00',
      generatorURL: 'https://grafana.example.org/alerting/d1rdpdv7k/edit',
      fingerprint: 'bc97ff14869b13e3',
    },
  ],
  groupLabels: {},
  commonLabels: { team: 'blue' },
  externalURL: 'https://grafana.example.org/',
  version: '1',
  groupKey: '{}:{}',
  truncatedAlerts: 0,
  title: '[FIRING:2]  (blue)',
  state: 'alerting',
  message: '**Firing** …',
};

const PAGERDUTY = (eventType: string) => ({
  event: {
    id: '01BZ7RRJRFO3G7ZJM5HB0MGSWW',
    event_type: eventType,
    resource_type: 'incident',
    occurred_at: '2026-11-20T14:05:22.169Z',
    agent: null,
    client: null,
    data: {
      id: 'PGR0VU2',
      type: 'incident',
      self: 'https://api.pagerduty.com/incidents/PGR0VU2',
      html_url: 'https://acme.pagerduty.com/incidents/PGR0VU2',
      number: 2,
      status: eventType === 'incident.resolved' ? 'resolved' : 'triggered',
      incident_key: 'd3640fbd41094207a1c11e58e46b1662',
      created_at: '2026-11-20T14:04:27Z',
      title: 'Checkout API error rate above 5 %',
      service: { html_url: 'https://acme.pagerduty.com/services/PF9KMXH', id: 'PF9KMXH', self: 'https://api.pagerduty.com/services/PF9KMXH', summary: 'Checkout API', type: 'service_reference' },
      assignees: [],
      escalation_policy: { id: 'PABO808', summary: 'Default', type: 'escalation_policy_reference' },
      teams: [],
      priority: { id: 'PSO75BM', summary: 'P1', type: 'priority_reference' },
      urgency: 'high',
      conference_bridge: null,
      resolve_reason: null,
    },
  },
});

const alert = (fields: Partial<Alert>): Alert => ({ fingerprint: '', group: '', status: 'firing', summary: '', labels: {}, links: [], ...fields });

const READ: Array<[name: string, body: unknown, format: AlertFormat, alerts: Alert[]]> = [
  [
    'Alertmanager, firing',
    ALERTMANAGER,
    'alertmanager',
    [
      alert({
        fingerprint: '1a30ba71cca2921f',
        group: '{}/{severity="critical"}:{alertname="ProbeFailure"}',
        summary: 'API probe failing',
        labels: { alertname: 'ProbeFailure', instance: 'https://api.example.org', job: 'http_checks', severity: 'critical' },
        startsAt: new Date('2026-11-20T14:02:45.828Z'),
        links: ['http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0'],
      }),
    ],
  ],
  [
    'Alertmanager before fingerprints, without a summary: the labels make the fingerprint, the alert name the summary',
    { ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], fingerprint: undefined, annotations: {} }] },
    'alertmanager',
    [
      alert({
        fingerprint: '647a90813926e18e',
        group: '{}/{severity="critical"}:{alertname="ProbeFailure"}',
        summary: 'ProbeFailure',
        labels: { alertname: 'ProbeFailure', instance: 'https://api.example.org', job: 'http_checks', severity: 'critical' },
        startsAt: new Date('2026-11-20T14:02:45.828Z'),
        links: ['http://prometheus.example.org:9090/graph?g0.expr=probe_success+%3D%3D+0'],
      }),
    ],
  ],
  [
    'Grafana, one firing and one resolved, in one group',
    GRAFANA,
    'grafana',
    [
      alert({
        fingerprint: 'c6eadffa33fcdf37',
        group: '{}:{}',
        summary: 'Memory high in us-1',
        labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
        startsAt: new Date('2026-11-20T07:51:03.157Z'),
        links: ['https://grafana.example.org/alerting/1afz29v7z/edit', 'https://runbooks.example.org/1234', 'https://grafana.example.org/alerting/silence/new'],
      }),
      alert({
        fingerprint: 'bc97ff14869b13e3',
        group: '{}:{}',
        status: 'resolved',
        summary: 'High CPU usage',
        labels: { alertname: 'High CPU usage', team: 'blue', zone: 'eu-1' },
        startsAt: new Date('2026-11-20T07:56:03.157Z'),
        links: ['https://grafana.example.org/alerting/d1rdpdv7k/edit'],
      }),
    ],
  ],
  ...(['incident.triggered', 'incident.acknowledged', 'incident.resolved'] as const).map((eventType): [string, unknown, AlertFormat, Alert[]] => [
    `PagerDuty, ${eventType}`,
    PAGERDUTY(eventType),
    'pagerduty',
    [
      alert({
        fingerprint: 'PGR0VU2',
        group: 'PGR0VU2',
        status: eventType === 'incident.resolved' ? 'resolved' : 'firing',
        summary: 'Checkout API error rate above 5 %',
        labels: { service: 'Checkout API', urgency: 'high', priority: 'P1' },
        startsAt: new Date('2026-11-20T14:04:27Z'),
        links: ['https://acme.pagerduty.com/incidents/PGR0VU2'],
      }),
    ],
  ]),
  [
    'the generic format, one alert',
    { id: 'checkout-5xx', status: 'firing', summary: 'Checkout errors', labels: { service: 'checkout', replicas: 3 }, started_at: '2026-11-20T14:00:00Z', links: ['https://grafana.example.org/d/1', 'javascript:alert(1)'] },
    'generic',
    [alert({ fingerprint: 'checkout-5xx', group: 'checkout-5xx', summary: 'Checkout errors', labels: { service: 'checkout', replicas: '3' }, startsAt: new Date('2026-11-20T14:00:00Z'), links: ['https://grafana.example.org/d/1'] })],
  ],
  [
    'hostile text: control characters and line breaks become one line, 100 KB becomes a title',
    { id: 'x', status: 'firing', summary: `Checkout\u0007 down\n\n<script>alert(1)</script>${'x'.repeat(100_000)}` },
    'generic',
    [alert({ fingerprint: 'x', group: 'x', summary: `Checkout down <script>alert(1)</script>${'x'.repeat(MAX_SUMMARY_CHARS - 40)}…` })],
  ],
];

test.each(READ)('%s', (_name, body, format, alerts) => {
  expect(readNotification(body)).toEqual({ format, alerts });
});

test('a fingerprint made from labels does not depend on their order', () => {
  const labels = ALERTMANAGER.alerts[0].labels;
  const reversed = Object.fromEntries(Object.entries(labels).reverse());
  const read = (l: Record<string, string>) => readNotification({ ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], labels: l, fingerprint: undefined }] });
  expect(read(reversed)).toEqual(read(labels));
  expect(read({ ...labels, severity: 'warning' })).not.toEqual(read(labels));
});

test.each([
  ['not an object', [1, 2], 'the notification is not a JSON object'],
  ['Alertmanager of another version', { ...ALERTMANAGER, version: '3' }, 'an Alertmanager webhook (version 4): `version` Invalid input: expected "4"'],
  ['Alertmanager with an alert lacking its status', { ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], status: undefined }] }, 'an Alertmanager webhook (version 4): `alerts[0].status` Invalid option: expected one of "firing"|"resolved"'],
  ['PagerDuty about a service, not an incident', { event: { ...PAGERDUTY('incident.triggered').event, event_type: 'service.updated' } }, 'a PagerDuty v3 webhook: `event.event_type` is not about an incident (only `incident.*` events open or update one)'],
  ['something else', { text: 'hello' }, 'neither Alertmanager, Grafana nor PagerDuty, and not the generic format (docs/alerts.md): Invalid input'],
])('%s is refused with where and why', (_name, body, error) => {
  expect(readNotification(body)).toEqual({ error });
});
