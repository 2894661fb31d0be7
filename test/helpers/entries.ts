/** Builders of validated event data for tests of derived state. */
import type { EventEntry, IncidentData, MaintenanceData } from '../../src/schemas/incident-schema.ts';
import type { ComponentStatus, IncidentUpdateStatus, MaintenanceUpdateStatus } from '../../src/schemas/status-vocabulary.ts';

/** An incident entry; `updates` are [status, ISO time, component statuses it sets?] triples, newest first. */
export function incident(
  id: string,
  components: Record<string, ComponentStatus>,
  updates: ReadonlyArray<readonly [IncidentUpdateStatus, string, Record<string, ComponentStatus>?]>,
  extra: Partial<IncidentData> = {},
): EventEntry<IncidentData> {
  return {
    id,
    data: {
      kind: 'incident',
      title: id,
      impact: 'minor',
      components,
      quiet: false,
      updates: updates.map(([status, at, changes]) => ({ status, at: new Date(at), quiet: false, components: changes ?? {}, message: `${status} message` })),
      ...extra,
    },
  };
}

/** A maintenance entry; `updates` are [status, ISO time] pairs, newest first. */
export function maintenance(
  id: string,
  components: string[],
  window: [string, string],
  updates: ReadonlyArray<readonly [MaintenanceUpdateStatus, string]>,
  extra: Partial<MaintenanceData> = {},
): EventEntry<MaintenanceData> {
  return {
    id,
    data: {
      kind: 'maintenance',
      title: id,
      components,
      scheduled_for: new Date(window[0]),
      scheduled_until: new Date(window[1]),
      cancelled: false,
      quiet: false,
      updates: updates.map(([status, at]) => ({ status, at: new Date(at), quiet: false, message: `${status} message` })),
      ...extra,
    },
  };
}
