/** Alert notifications as their senders document them, for the tests of `upfront alert` and its relay. */

/** Alertmanager's webhook (version 4), as its documentation shows it: one firing alert. */
export const ALERTMANAGER = {
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

/** Grafana's alerting webhook: one alert firing and one resolved, in one group. */
export const GRAFANA = {
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

/** PagerDuty's v3 webhook for an incident event, such as `incident.triggered`. */
export const PAGERDUTY = (eventType: string) => ({
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
      service: {
        html_url: 'https://acme.pagerduty.com/services/PF9KMXH',
        id: 'PF9KMXH',
        self: 'https://api.pagerduty.com/services/PF9KMXH',
        summary: 'Checkout API',
        type: 'service_reference',
      },
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
