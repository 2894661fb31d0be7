/**
 * When the site next changes by the clock alone, with no new content: a maintenance window
 * starting or ending, a promised update falling due, an estimate passing, a postmortem's
 * publication time arriving, or the day turning over in the site's zone (uptime bars, the days
 * that lists and history cover). The build publishes it, so that a scheduled job can rebuild
 * exactly when something is due instead of every few minutes.
 */
import { DateTime } from 'luxon';
import { incidentState, maintenanceState } from '../core/event-state.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';

/** The next change: when, and what it is (for people reading the file). */
export interface NextChange {
  at: Date;
  what: string;
}

/** The first moment after `now` at which a page would read differently, for `events` and `postmortems` in a site whose days end at midnight in `zone`. */
export function nextChange(events: readonly EventEntry[], postmortems: readonly PostmortemEntry[], now: Date, zone: string): NextChange {
  const candidates: NextChange[] = [{ at: DateTime.fromJSDate(now, { zone }).plus({ days: 1 }).startOf('day').toJSDate(), what: 'the day turns over' }];
  for (const { id, data } of events) {
    if (data.kind === 'maintenance') {
      const { phase } = maintenanceState(data, now);
      if (phase === 'cancelled' || phase === 'completed') continue;
      candidates.push(
        { at: data.scheduled_for, what: `maintenance ${id} is scheduled to start` },
        { at: data.scheduled_until, what: `maintenance ${id} is scheduled to end` },
      );
    } else if (incidentState(data, now).isOpen) {
      if (data.next_update) candidates.push({ at: data.next_update, what: `the next update of ${id} falls due` });
      if (data.eta) candidates.push({ at: data.eta, what: `the estimate of ${id} passes` });
    }
  }
  for (const { id, data } of postmortems) if (data.published) candidates.push({ at: data.published, what: `the postmortem of ${id} is published` });
  return candidates.filter((c) => c.at > now).reduce((first, c) => (c.at < first.at ? c : first));
}
