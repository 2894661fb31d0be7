/**
 * The facts of an incident or maintenance window as readers are told them, derived once: its
 * page lists them, and its notifications pick from the same list, so the two never disagree.
 */
import { incidentState, maintenanceState, standingPromises } from '../core/event-state.ts';
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import type { Impact, IncidentUpdateStatus } from '../schemas/status-vocabulary.ts';

/** One fact: which it is (a key of the locale's event words) and its value. */
export type EventFact =
  | { term: 'status'; status: IncidentUpdateStatus }
  | { term: 'status'; window: EventEntry<MaintenanceData> }
  | { term: 'impact'; impact: Impact }
  | { term: 'started'; at: Date; firstPosted?: Date }
  | { [T in 'resolved' | 'completed' | 'eta']: { term: T; at: Date } }['resolved' | 'completed' | 'eta']
  | { term: 'duration'; ms: number }
  | { term: 'ongoingFor'; ms: number; since: Date }
  | { term: 'scheduled'; from: Date; until: Date }
  | { term: 'nextUpdate'; due: Date; overdue: boolean };

/** The facts of `entry` at `now`, in the order its page lists them. */
export function eventFacts(entry: EventEntry, now: Date): EventFact[] {
  const { data } = entry;
  const facts: EventFact[] = [];
  if (data.kind === 'incident') {
    const state = incidentState(data, now);
    facts.push({ term: 'status', status: state.status }, { term: 'impact', impact: data.impact });
    facts.push({ term: 'started', at: state.startedAt, firstPosted: state.startedAt < state.postedAt ? state.postedAt : undefined });
    if (state.resolvedAt) facts.push({ term: 'resolved', at: state.resolvedAt }, { term: 'duration', ms: state.durationMs });
    else facts.push({ term: 'ongoingFor', ms: state.durationMs, since: state.startedAt });
  } else {
    const state = maintenanceState(data, now);
    facts.push({ term: 'status', window: entry as EventEntry<MaintenanceData> }, { term: 'scheduled', from: data.scheduled_for, until: data.scheduled_until });
    if (state.phase === 'completed') facts.push({ term: 'completed', at: state.activeUntil });
  }
  const promises = standingPromises(data, now);
  if (promises.nextUpdate) facts.push({ term: 'nextUpdate', due: promises.nextUpdate, overdue: promises.overdue });
  if (promises.eta) facts.push({ term: 'eta', at: promises.eta });
  return facts;
}
