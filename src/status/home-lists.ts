/**
 * What the home page lists, so that it stays light on the worst day: the newest ongoing
 * incidents in full, the next ones a line each, and a link with the count to the page of all of
 * them; the next maintenance windows, and the recent history, likewise bounded, with a link to
 * the rest. Nothing is hidden silently.
 */
import type { EventEntry, IncidentData, MaintenanceData } from '../schemas/incident-schema.ts';
import { isEventActive } from '../core/event-state.ts';

/** How many ongoing incidents the home page shows in full and as one line each, how many maintenance windows, and how many recent events. */
export const HOME_LIMITS = { full: 5, compact: 45, maintenance: 5, recent: 30 } as const;

/** The home page's lists, each with the count of what it leaves to another page. */
export interface HomeLists {
  fullIncidents: EventEntry<IncidentData>[];
  compactIncidents: EventEntry<IncidentData>[];
  /** Ongoing incidents shown on the page of all ongoing incidents only. */
  moreIncidents: number;
  /** In progress first, then the next upcoming ones. */
  maintenance: EventEntry<MaintenanceData>[];
  /** Windows shown on the maintenance page only. */
  moreMaintenance: number;
  recent: EventEntry[];
  /** Recent events shown in the history only. */
  moreRecent: number;
}

/**
 * Splits the open incidents (newest first), the maintenance not over (in progress first, then
 * soonest) and the recent events (newest first) for the home page. Windows in progress are all
 * shown: they affect components now.
 */
export function homeLists(
  openIncidents: readonly EventEntry<IncidentData>[],
  maintenance: readonly EventEntry<MaintenanceData>[],
  recent: readonly EventEntry[],
  now: Date,
  limits = HOME_LIMITS,
): HomeLists {
  const running = maintenance.filter((e) => isEventActive(e.data, now)).length;
  const windows = maintenance.slice(0, Math.max(running, limits.maintenance));
  const shown = limits.full + limits.compact;
  return {
    fullIncidents: openIncidents.slice(0, limits.full),
    compactIncidents: openIncidents.slice(limits.full, shown),
    moreIncidents: Math.max(0, openIncidents.length - shown),
    maintenance: windows,
    moreMaintenance: maintenance.length - windows.length,
    recent: recent.slice(0, limits.recent),
    moreRecent: Math.max(0, recent.length - limits.recent),
  };
}
