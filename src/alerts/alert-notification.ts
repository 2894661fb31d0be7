/**
 * One alert notification, in any format `upfront alert` reads, as the alerts it carries:
 * Prometheus Alertmanager's webhook (version 4), Grafana's alerting webhook, PagerDuty's v3
 * webhook, and Upfront's own small generic JSON. The sender's links are kept apart from the text
 * (for the pull request, never for the page), and the text is one bounded line.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';

/** Where a notification came from. */
export type AlertFormat = 'alertmanager' | 'grafana' | 'pagerduty' | 'generic';

/** One alert, whatever sent it. */
export interface Alert {
  /** The same on every repeat of the alert. */
  fingerprint: string;
  /** What it was grouped with: the alerts of one group become one incident. */
  group: string;
  status: 'firing' | 'resolved';
  /** What it is about, on one line: the summary, else the alert's name. */
  summary: string;
  labels: Record<string, string>;
  startsAt?: Date;
  /** The sender's consoles, runbooks and dashboards: for the pull request only. */
  links: string[];
}

/** The alerts of a notification, or why it cannot be read. */
export type ReadNotification = { format: AlertFormat; alerts: Alert[] } | { error: string };

/** The longest summary kept: a title, not a log. */
export const MAX_SUMMARY_CHARS = 120;

const labelValues = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String));
const text = z.string().optional();

const alertmanagerAlert = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: labelValues,
  annotations: z.record(z.string(), z.string()).default({}),
  startsAt: text,
  generatorURL: text,
  fingerprint: text,
});

const alertmanagerNotification = z.object({
  version: z.literal('4'),
  groupKey: z.string(),
  alerts: z.array(alertmanagerAlert).min(1),
  externalURL: text,
});

const grafanaNotification = z.object({
  orgId: z.number(),
  groupKey: text,
  alerts: z.array(alertmanagerAlert.extend({ dashboardURL: text, panelURL: text, silenceURL: text })).min(1),
});

const pagerdutyNotification = z.object({
  event: z.object({
    event_type: z.string().startsWith('incident.', 'is not about an incident (only `incident.*` events open or update one)'),
    data: z.object({
      id: z.string(),
      title: z.string(),
      html_url: text,
      created_at: text,
      service: z.object({ summary: z.string() }).optional(),
      urgency: text,
      priority: z.object({ summary: z.string() }).nullish(),
    }),
  }),
});

const genericAlert = z.object({
  id: z
    .string({ error: 'is missing: each alert needs an `id` that stays the same on every repeat' })
    .min(1, 'is empty: each alert needs an `id` that stays the same on every repeat'),
  status: z.enum(['firing', 'resolved'], { error: 'should be `firing` or `resolved`' }),
  summary: z.string({ error: 'is missing: say what is wrong in one line' }).min(1, 'is empty: say what is wrong in one line'),
  group: text,
  labels: labelValues.default({}),
  started_at: text,
  links: z.array(z.string()).default([]),
});

const genericNotification = z.object({ alerts: z.array(genericAlert).min(1) });

/** One line of at most MAX_SUMMARY_CHARS, without control characters. */
function oneLine(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
  return line.length > MAX_SUMMARY_CHARS ? `${line.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd()}…` : line;
}

/** A time the sender wrote, when it is one (Alertmanager's zero time `0001-01-01` is none). */
function timeOf(value: string | undefined): Date | undefined {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) && date.getUTCFullYear() > 1 ? date : undefined;
}

/** Alertmanager's own fingerprint is a hash of the labels; older versions do not send it. */
function labelsFingerprint(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((key) => [key, labels[key]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
}

/** The sender's links that are web addresses a browser can open (a malformed one is dropped, never shown). */
const links = (...values: Array<string | undefined>) =>
  values.filter((value): value is string => Boolean(value && /^https?:\/\//.test(value) && URL.canParse(value)));

/** The alerts of an Alertmanager or Grafana notification (Grafana's is Alertmanager's with more links). */
function alertmanagerAlerts(groupKey: string, alerts: Array<z.output<typeof grafanaNotification>['alerts'][number]>): Alert[] {
  return alerts.map((alert) => ({
    fingerprint: alert.fingerprint || labelsFingerprint(alert.labels),
    group: groupKey,
    status: alert.status,
    summary: oneLine(alert.annotations.summary || alert.labels.alertname || 'Alert'),
    labels: alert.labels,
    startsAt: timeOf(alert.startsAt),
    links: links(alert.generatorURL, alert.annotations.runbook_url, alert.dashboardURL, alert.panelURL, alert.silenceURL),
  }));
}

/** `alerts[0].status` is …: the first problem of a notification, located by its path. */
function problem(format: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
  return `${format}: ${path ? `\`${path}\` ` : ''}${issue.message}`;
}

/** The alerts of one notification, by its shape; an unknown shape or a wrong field is said, located. */
export function readNotification(body: unknown): ReadNotification {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { error: 'the notification is not a JSON object' };
  const fields = body as Record<string, unknown>;
  if ('event' in fields) {
    const parsed = pagerdutyNotification.safeParse(body);
    if (!parsed.success) return { error: problem('a PagerDuty v3 webhook', parsed.error) };
    const { event_type, data } = parsed.data.event;
    const labels = Object.fromEntries(
      Object.entries({ service: data.service?.summary, urgency: data.urgency, priority: data.priority?.summary }).filter((entry): entry is [string, string] =>
        Boolean(entry[1]),
      ),
    );
    const alert: Alert = {
      fingerprint: data.id,
      group: data.id,
      status: event_type === 'incident.resolved' ? 'resolved' : 'firing',
      summary: oneLine(data.title),
      labels,
      startsAt: timeOf(data.created_at),
      links: links(data.html_url),
    };
    return { format: 'pagerduty', alerts: [alert] };
  }
  if ('orgId' in fields) {
    const parsed = grafanaNotification.safeParse(body);
    if (!parsed.success) return { error: problem('a Grafana alerting webhook', parsed.error) };
    const group = parsed.data.groupKey ?? labelsFingerprint(parsed.data.alerts[0].labels);
    return { format: 'grafana', alerts: alertmanagerAlerts(group, parsed.data.alerts) };
  }
  if ('groupKey' in fields || 'version' in fields) {
    const parsed = alertmanagerNotification.safeParse(body);
    if (!parsed.success) return { error: problem('an Alertmanager webhook (version 4)', parsed.error) };
    return { format: 'alertmanager', alerts: alertmanagerAlerts(parsed.data.groupKey, parsed.data.alerts) };
  }
  // One alert alone, or a list of them: whichever it is, its first wrong field is said.
  const parsed = 'alerts' in fields ? genericNotification.safeParse(body) : genericAlert.transform((alert) => ({ alerts: [alert] })).safeParse(body);
  if (!parsed.success) return { error: problem('neither Alertmanager, Grafana nor PagerDuty, and not the generic format (docs/alerts.md)', parsed.error) };
  return {
    format: 'generic',
    alerts: parsed.data.alerts.map((alert) => ({
      fingerprint: alert.id,
      group: alert.group ?? alert.id,
      status: alert.status,
      summary: oneLine(alert.summary),
      labels: alert.labels,
      startsAt: timeOf(alert.started_at),
      links: links(...alert.links),
    })),
  };
}
