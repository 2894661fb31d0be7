/**
 * The page's state right now: each component's status and the overall indicator. Free of
 * heavy dependencies, because the browser script re-derives it when a page has gone stale.
 */
import { worseImpact, worseStatus, type ComponentStatus, type Impact } from '../schemas/status-vocabulary.ts';
import type { EventEntry, IncidentData } from '../schemas/incident-schema.ts';
import { affectedComponents, isEventActive } from './event-state.ts';

/** The overall indicator; its words are the locale's (`OVERALL_WORDS[tone]`), for the pages and the API alike. */
export interface OverallStatus {
  indicator: Impact;
  /** How the banner looks: the indicator, or `maintenance` when maintenance is all that is going on. */
  tone: Impact | 'maintenance';
}

/** Each component's current status: the worst among active events affecting it. */
export function currentComponentStatuses(events: readonly EventEntry[], now: Date): Map<string, ComponentStatus> {
  const statuses = new Map<string, ComponentStatus>();
  for (const { data } of events) {
    if (!isEventActive(data, now)) continue;
    for (const [id, status] of affectedComponents(data)) statuses.set(id, worseStatus(statuses.get(id) ?? 'operational', status));
  }
  return statuses;
}

const STATUS_INDICATOR: Record<ComponentStatus, Impact> = {
  operational: 'none',
  under_maintenance: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

/** The overall indicator: the worst of open incidents' impacts and of component statuses. */
export function overallStatus(statuses: ReadonlyMap<string, ComponentStatus>, openIncidents: readonly EventEntry<IncidentData>[]): OverallStatus {
  let indicator: Impact = 'none';
  for (const incident of openIncidents) indicator = worseImpact(indicator, incident.data.impact);
  for (const status of statuses.values()) indicator = worseImpact(indicator, STATUS_INDICATOR[status]);
  const underMaintenance = [...statuses.values()].includes('under_maintenance');
  const maintenanceOnly = indicator === 'none' && underMaintenance;
  return { indicator, tone: maintenanceOnly ? 'maintenance' : indicator };
}
