/**
 * Alert notifications as their senders document them (Alertmanager's webhook version 4, Grafana's
 * alerting webhook, PagerDuty's v3 webhook, Upfront's generic JSON), read into the same alerts;
 * a wrong or unknown shape is one located sentence.
 */
import { expect, test } from 'vitest';
import { MAX_SUMMARY_CHARS, readNotification, type Alert, type AlertFormat } from '../../src/alerts/alert-notification.ts';
import { ALERTMANAGER, GRAFANA, PAGERDUTY } from '../helpers/alert-payloads.ts';

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
    'the generic format, one alert: only its links a browser can open are kept',
    {
      id: 'checkout-5xx',
      status: 'firing',
      summary: 'Checkout errors',
      labels: { service: 'checkout', replicas: 3 },
      started_at: '2026-11-20T14:00:00Z',
      // A script, and web addresses no browser can open (they would break the pull request's description).
      links: ['https://grafana.example.org/d/1', 'javascript:alert(1)', 'https://[not-a-host/', 'http://'],
    },
    'generic',
    [
      alert({
        fingerprint: 'checkout-5xx',
        group: 'checkout-5xx',
        summary: 'Checkout errors',
        labels: { service: 'checkout', replicas: '3' },
        startsAt: new Date('2026-11-20T14:00:00Z'),
        links: ['https://grafana.example.org/d/1'],
      }),
    ],
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

test('Grafana’s custom payload as docs/alerts.md writes it (orgId, groupKey, status and alerts only) reads as its whole webhook does', () => {
  const custom = { orgId: GRAFANA.orgId, groupKey: GRAFANA.groupKey, status: GRAFANA.status, alerts: GRAFANA.alerts };
  expect(readNotification(custom)).toEqual(readNotification(GRAFANA));
  expect(readNotification(custom)).toMatchObject({ format: 'grafana', alerts: [{ fingerprint: 'c6eadffa33fcdf37' }, { fingerprint: 'bc97ff14869b13e3' }] });
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
  [
    'Alertmanager with an alert lacking its status',
    { ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], status: undefined }] },
    'an Alertmanager webhook (version 4): `alerts[0].status` Invalid option: expected one of "firing"|"resolved"',
  ],
  [
    'PagerDuty about a service, not an incident',
    { event: { ...PAGERDUTY('incident.triggered').event, event_type: 'service.updated' } },
    'a PagerDuty v3 webhook: `event.event_type` is not about an incident (only `incident.*` events open or update one)',
  ],
  [
    'something else',
    { text: 'hello' },
    'neither Alertmanager, Grafana nor PagerDuty, and not the generic format (docs/alerts.md): `id` is missing: each alert needs an `id` that stays the same on every repeat',
  ],
])('%s is refused with where and why', (_name, body, error) => {
  expect(readNotification(body)).toEqual({ error });
});
