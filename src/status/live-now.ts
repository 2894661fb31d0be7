/**
 * What is live at a moment: the open incidents and the maintenance windows not yet over, in one
 * order for every place that lists them (the home page, the API, `upfront list`, the CLI's id
 * lookup and the example build).
 */
import { isEventActive, maintenanceState } from '../core/event-state.ts';
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';

/** What is live, each list in its display order. */
export interface LiveNow {
  /** Open incidents, most recently posted first. */
  incidents: EventEntry<IncidentData>[];
  /** Windows in progress or being verified, earliest start first. */
  active: EventEntry<MaintenanceData>[];
  /** Windows not yet started, soonest first. */
  upcoming: EventEntry<MaintenanceData>[];
}

/** Earliest scheduled start first; equal starts by id, so that every list agrees. */
function byStart(a: EventEntry<MaintenanceData>, b: EventEntry<MaintenanceData>): number {
  return a.data.scheduled_for.getTime() - b.data.scheduled_for.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What is live at `now` among `events` (newest first, as loaded). */
export function liveNow(events: readonly EventEntry[], now: Date): LiveNow {
  const live: LiveNow = { incidents: [], active: [], upcoming: [] };
  for (const entry of events) {
    if (entry.data.kind === 'incident') {
      if (isEventActive(entry.data, now)) live.incidents.push(entry as EventEntry<IncidentData>);
      continue;
    }
    const { phase } = maintenanceState(entry.data, now);
    if (phase === 'upcoming') live.upcoming.push(entry as EventEntry<MaintenanceData>);
    else if (phase === 'in_progress' || phase === 'verifying') live.active.push(entry as EventEntry<MaintenanceData>);
  }
  live.active.sort(byStart);
  live.upcoming.sort(byStart);
  return live;
}
