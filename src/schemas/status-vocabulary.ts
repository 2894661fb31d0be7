/**
 * The status vocabulary of Atlassian Statuspage, which clients, monitors and integrations
 * already understand. Orders run from best to worst so that "worst of" is a max().
 */

/** Component statuses, best first; `under_maintenance` ranks below any real degradation. */
export const COMPONENT_STATUSES = ['operational', 'under_maintenance', 'degraded_performance', 'partial_outage', 'major_outage'] as const;
/** A component's status. */
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

/** Incident impacts, least severe first. */
export const IMPACTS = ['none', 'minor', 'major', 'critical'] as const;
/** An incident's impact, which is also the page's overall indicator. */
export type Impact = (typeof IMPACTS)[number];

/** Statuses of incident updates, in their natural order. */
export const INCIDENT_UPDATE_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
/** The status an incident update announces. */
export type IncidentUpdateStatus = (typeof INCIDENT_UPDATE_STATUSES)[number];

/** Statuses of maintenance updates, in their natural order. */
export const MAINTENANCE_UPDATE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
/** The status a maintenance update announces. */
export type MaintenanceUpdateStatus = (typeof MAINTENANCE_UPDATE_STATUSES)[number];

/** Where a maintenance window stands, from its updates and the clock (see core/event-state.ts). */
export type MaintenancePhase = 'upcoming' | 'in_progress' | 'verifying' | 'completed' | 'cancelled';

/** The worse of two component statuses. */
export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return COMPONENT_STATUSES.indexOf(a) >= COMPONENT_STATUSES.indexOf(b) ? a : b;
}

/** The more severe of two impacts. */
export function worseImpact(a: Impact, b: Impact): Impact {
  return IMPACTS.indexOf(a) >= IMPACTS.indexOf(b) ? a : b;
}
