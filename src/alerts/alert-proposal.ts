/**
 * What `upfront alert` proposes for one group of alerts: a new incident, a change to the open
 * incident an earlier alert of the group proposed, or nothing, with the reason. A person reviews
 * and merges the proposal; nothing here publishes or resolves anything. Pure: it takes the
 * alerts, the rules, the site's events and settings, and `now`.
 */
import { createHash } from 'node:crypto';
import { catalogIndex } from '../core/catalog.ts';
import type { Diagnostic } from '../core/diagnostics.ts';
import { incidentState, statusesAfterUpdates } from '../core/event-state.ts';
import { formatDateTime, formatList } from '../core/format-time.ts';
import { siteLocale } from '../core/site-locale.ts';
import { newIncidentFile, updateSection, type FieldChange } from '../content/content-edits.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { EventEntry, IncidentData } from '../schemas/incident-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { worseImpact, worseStatus, type ComponentStatus, type Impact, type IncidentUpdateStatus } from '../schemas/status-vocabulary.ts';
import { formatTimestampInZone } from '../schemas/timestamps.ts';
import type { Alert, AlertFormat } from './alert-notification.ts';
import { ruleFor, type AlertRules } from './alert-rules.ts';

/** The alerts of one group: they become one incident. */
export interface AlertGroup {
  /** The digest of the sender's group key, which names the incident's branch. */
  key: string;
  format: AlertFormat;
  alerts: Alert[];
}

/** A digest of a sender's key: 16 hexadecimal digits, the same for every repeat, telling nothing of the labels it came from. */
export function alertDigest(format: AlertFormat, kind: 'group' | 'alert', key: string): string {
  return createHash('sha256').update(`${format}\n${kind}\n${key}`).digest('hex').slice(0, 16);
}

/** The alerts of a notification by group, in the order the groups first appear. */
export function alertGroups(format: AlertFormat, alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const key = alertDigest(format, 'group', alert.group);
    const group = groups.get(key) ?? { key, format, alerts: [] };
    group.alerts.push(alert);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** What the site tells the proposal: its events, catalogue, settings and which files are published. */
export interface ProposalSite {
  events: readonly EventEntry[];
  catalog: ComponentCatalog;
  settings: SiteSettings;
  /** Whether a file is on the published branch already: a published incident's past is never rewritten, it gets a new update. */
  published: (path: string) => boolean;
}

/** A proposal: a new file, an edit of an incident's file, or nothing with the reason. */
export type AlertProposal =
  | { kind: 'new'; title: string; text: string; date: Date; status: IncidentUpdateStatus; message: string }
  | { kind: 'edit'; entry: EventEntry<IncidentData>; changes: FieldChange[]; update?: string; status: IncidentUpdateStatus; message?: string }
  | { kind: 'none'; why: string };

/** The longest a proposal promises the next update in: a first update should be followed soon. */
const NEXT_UPDATE_MINUTES = 30;

/** When the proposal promises the next update: within the site's interval, at most 30 minutes, on a whole five minutes. */
function nextUpdateAt(settings: SiteSettings, now: Date): Date {
  const minutes = Math.min(NEXT_UPDATE_MINUTES, settings.checks.update_interval_minutes);
  const step = 5 * 60_000;
  const at = Math.floor((now.getTime() + minutes * 60_000) / step) * step;
  // Rounding down must not promise less than a few minutes.
  return new Date(at - now.getTime() < Math.min(minutes, 5) * 60_000 ? now.getTime() + minutes * 60_000 : at);
}

/** The open incident an earlier notification of this group proposed, found by the group or any alert's digest. */
function proposedIncident(group: AlertGroup, events: readonly EventEntry[], now: Date): EventEntry<IncidentData> | undefined {
  const digests = new Set(group.alerts.map((alert) => alertDigest(group.format, 'alert', alert.fingerprint)));
  return events.find(
    (event): event is EventEntry<IncidentData> =>
      event.data.kind === 'incident' &&
      event.data.alert !== undefined &&
      incidentState(event.data, now).isOpen &&
      (event.data.alert.group === group.key || event.data.alert.fingerprints.some((digest) => digests.has(digest))),
  );
}

/** What the firing alerts of a group ask for, by their rules; or the errors of those no rule takes. */
function wanted(
  firing: readonly Alert[],
  rules: AlertRules,
): { title: string; impact: Impact; components: Record<string, ComponentStatus> } | { errors: Diagnostic[] } {
  const matched = firing.map((alert) => ({ alert, found: ruleFor(alert, rules) }));
  const errors = matched.flatMap(({ found }) => ('error' in found ? [found.error] : []));
  if (errors.length > 0) return { errors };
  const components: Record<string, ComponentStatus> = {};
  let impact: Impact = 'none';
  for (const { found } of matched) {
    const { rule } = found as Exclude<typeof found, { error: Diagnostic }>;
    impact = worseImpact(impact, rule.impact);
    for (const [id, status] of Object.entries(rule.components)) components[id] = worseStatus(components[id] ?? 'operational', status);
  }
  const first = matched[0];
  const title = 'rule' in first.found && first.found.rule.title ? first.found.rule.title : first.alert.summary;
  return { title, impact, components };
}

/** The proposal for one group of alerts, or the located errors of alerts no rule takes. */
export function proposeForGroup(group: AlertGroup, rules: AlertRules, site: ProposalSite, now: Date): { proposal: AlertProposal } | { errors: Diagnostic[] } {
  const { settings } = site;
  const zone = settings.time_zone;
  const { ALERT_NOTES: notes, region } = siteLocale(settings);
  const names = (ids: readonly string[]) =>
    formatList(
      ids.map((id) => catalogIndex(site.catalog).byId.get(id)?.name ?? id),
      region,
    );
  const next = nextUpdateAt(settings, now);
  const nextText = formatDateTime(next, zone, region);
  const nextChange: FieldChange = [['next_update'], formatTimestampInZone(next, zone)];
  const incident = proposedIncident(group, site.events, now);
  const firing = group.alerts.filter((alert) => alert.status === 'firing');

  if (firing.length === 0) {
    if (!incident) return { proposal: { kind: 'none', why: 'the alerts are resolved, and no open incident was proposed for them' } };
    const latest = incident.data.updates[0].status;
    if (latest === 'monitoring') return { proposal: { kind: 'none', why: `${incident.id} is monitoring already` } };
    const affected = Object.entries(statusesAfterUpdates(incident.data)[0])
      .filter(([, status]) => status !== 'operational')
      .map(([id]) => id);
    const message = notes.monitoring(names(affected.length > 0 ? affected : Object.keys(incident.data.components)), nextText);
    return {
      proposal: {
        kind: 'edit',
        entry: incident,
        changes: [nextChange],
        update: updateSection('monitoring', now, message, zone),
        status: 'monitoring',
        message,
      },
    };
  }

  const want = wanted(firing, rules);
  if ('errors' in want) return want;
  const digests = firing.map((alert) => alertDigest(group.format, 'alert', alert.fingerprint));

  if (!incident) {
    // The alert's own start, when it is earlier: uptime counts the outage from when it began.
    // To the minute, as people write times, and never later than it began.
    const starts = firing.flatMap((alert) => (alert.startsAt && alert.startsAt < now ? [Math.floor(alert.startsAt.getTime() / 60_000) * 60_000] : []));
    const message = notes.investigating(names(Object.keys(want.components)), nextText);
    const text = newIncidentFile({
      title: want.title,
      impact: want.impact,
      components: want.components,
      started: starts.length > 0 ? new Date(Math.min(...starts)) : undefined,
      next_update: next,
      alert: { group: group.key, fingerprints: [...new Set(digests)] },
      status: 'investigating',
      message,
      at: now,
      zone,
    });
    return { proposal: { kind: 'new', title: want.title, text, date: now, status: 'investigating', message } };
  }

  const known = incident.data.alert!.fingerprints;
  const fingerprints = [...new Set([...known, ...digests])];
  const changes: FieldChange[] = fingerprints.length > known.length ? [[['alert', 'fingerprints'], fingerprints]] : [];
  if (worseImpact(incident.data.impact, want.impact) !== incident.data.impact) changes.push([['impact'], want.impact]);
  const current = statusesAfterUpdates(incident.data)[0];
  const worse = Object.fromEntries(
    Object.entries(want.components).filter(([id, status]) => worseStatus(current[id] ?? 'operational', status) !== (current[id] ?? 'operational')),
  );
  const latest = incident.data.updates[0].status;
  // Firing again after a monitoring update: the problem is back, and customers are told.
  const returned = latest === 'monitoring';
  if (!site.published(incident.filePath!) && !returned) {
    // Nothing is published yet: the proposal itself says the whole of it.
    for (const [id, status] of Object.entries(worse)) changes.push([['components', id], status]);
    return {
      proposal:
        changes.length > 0 ? { kind: 'edit', entry: incident, changes, status: latest } : { kind: 'none', why: `${incident.id} proposes these alerts already` },
    };
  }
  if (Object.keys(worse).length === 0 && !returned) {
    return {
      proposal: changes.length > 0 ? { kind: 'edit', entry: incident, changes, status: latest } : { kind: 'none', why: `${incident.id} says this already` },
    };
  }
  const status = returned ? 'investigating' : latest;
  const affected = Object.keys(worse).length > 0 ? Object.keys(worse) : Object.keys(want.components);
  const message = notes.affected(names(affected), nextText);
  return {
    proposal: {
      kind: 'edit',
      entry: incident,
      changes: [...changes, nextChange],
      update: updateSection(status, now, message, zone, false, worse),
      status,
      message,
    },
  };
}
