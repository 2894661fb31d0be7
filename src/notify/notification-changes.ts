/**
 * What is news between two versions of the content: new updates of incidents and maintenance
 * windows, maintenance rescheduled or cancelled, postmortems published. Identity comes from
 * stable ids (event id + update time), never from text, so fixing a typo in an old update is
 * not news; quiet updates and history being filled in are news to nobody.
 */
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';
import type { ComponentStatus } from '../schemas/status-vocabulary.ts';
import { currentComponentStatuses } from '../core/current-status.ts';
import { affectedComponents, maintenanceState, postedAt } from '../core/event-state.ts';
import { AUTHOR_REGION, formatDuration, isoUtc } from '../core/format-time.ts';

/** What a notification announces. */
export type NotificationChange =
  | 'opened'
  | 'updated'
  | 'resolved'
  | 'scheduled'
  | 'started'
  | 'verifying'
  | 'completed'
  | 'cancelled'
  | 'rescheduled'
  | 'postmortem';

/** One piece of news, to be delivered to every channel whose filter matches. */
export interface Notification {
  /** Stable across runs: `<event id>/<update time>`, `<event id>/postmortem`, … */
  key: string;
  change: NotificationChange;
  /** The event as it is after the change. */
  event: EventEntry;
  /** The update announced, for update-driven news. */
  update?: EventEntry['data']['updates'][number];
  postmortem?: PostmortemEntry;
  /** When it happened: the update's time, the publication, or the run for schedule changes. */
  at: Date;
  componentIds: string[];
}

/** News that is not announced, and why. */
export interface SkippedNotification {
  key: string;
  change: NotificationChange;
  reason: string;
}

/** The parts of a content version that notifications are made of. */
export interface ContentVersion {
  events: readonly EventEntry[];
  postmortems: readonly PostmortemEntry[];
}

/** How far news reaches. */
export interface NewsWindow {
  /** News older than this many hours is history, not news. */
  announceWithinHours: number;
  /**
   * When the previous run looked, if known: maintenance windows that started or ended on schedule
   * since then, with no update saying so, are news as well.
   */
  lastRun?: Date;
}

/** What to announce between `before` and `after`, oldest first, and what not to and why. */
export function notificationsBetween(
  before: ContentVersion,
  after: ContentVersion,
  now: Date,
  { announceWithinHours, lastRun }: NewsWindow,
): { due: Notification[]; skipped: SkippedNotification[] } {
  const previous = new Map(before.events.map((entry) => [entry.id, entry]));
  const news: Array<Notification & { quiet?: string }> = [];
  for (const event of after.events) {
    const old = previous.get(event.id);
    const known = new Set(old?.data.updates.map((u) => u.at.getTime()));
    const componentIds = affectedComponents(event.data).map(([id]) => id);
    const fresh = event.data.updates.filter((u) => !known.has(u.at.getTime()));
    for (const update of fresh.toReversed()) {
      const quiet = event.data.quiet ? '`quiet: true` in the file' : update.quiet ? 'a `· quiet` update' : undefined;
      news.push({ key: `${event.id}/${isoUtc(update.at)}`, change: updateChange(event, update), event, update, at: update.at, componentIds, quiet });
    }
    if (event.data.kind === 'maintenance') {
      const quiet = event.data.quiet ? '`quiet: true` in the file' : undefined;
      const entry = event as EventEntry<MaintenanceData>;
      const oldWindow = old?.data.kind === 'maintenance' ? (old as EventEntry<MaintenanceData>) : undefined;
      for (const item of windowNews(entry, oldWindow, fresh, now, lastRun)) news.push({ ...item, event, componentIds, quiet });
    }
  }
  const published = new Set(before.postmortems.map((p) => p.id));
  const events = new Map(after.events.map((entry) => [entry.id, entry]));
  for (const postmortem of after.postmortems) {
    const event = events.get(postmortem.id);
    if (published.has(postmortem.id) || !event) continue;
    const componentIds = affectedComponents(event.data).map(([id]) => id);
    const quiet = postmortem.data.quiet ? '`quiet: true` in the postmortem' : undefined;
    news.push({ key: `${postmortem.id}/postmortem`, change: 'postmortem', event, postmortem, at: postmortem.data.published, componentIds, quiet });
  }

  const due: Notification[] = [];
  const skipped: SkippedNotification[] = [];
  const oldest = now.getTime() - announceWithinHours * 3_600_000;
  for (const { quiet, ...notification } of news.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : 1))) {
    const skip = (reason: string) => skipped.push({ key: notification.key, change: notification.change, reason });
    if (quiet) skip(`quiet: ${quiet}`);
    else if (notification.at > now) skip(`publishes at ${isoUtc(notification.at)}, after this run, so it is not announced; to announce it, set \`published\` to the time of merging`);
    else if (notification.at.getTime() < oldest) skip(`posted ${formatDuration(now.getTime() - notification.at.getTime(), AUTHOR_REGION)} ago, more than ${announceWithinHours} h (\`announce_within_hours\`): history, not news`);
    else due.push(notification);
  }
  return { due, skipped };
}

/**
 * News about a maintenance window that no new update carries: cancelled or moved by editing the
 * frontmatter alone, or started or ended on schedule since the last run.
 */
function windowNews(
  event: EventEntry<MaintenanceData>,
  old: EventEntry<MaintenanceData> | undefined,
  fresh: ReadonlyArray<{ status: string }>,
  now: Date,
  lastRun: Date | undefined,
): Array<Pick<Notification, 'key' | 'change' | 'at'>> {
  const { id, data } = event;
  if (old && fresh.length === 0) {
    if (data.cancelled && !old.data.cancelled) return [{ key: `${id}/cancelled`, change: 'cancelled', at: now }];
    if (data.scheduled_for.getTime() !== old.data.scheduled_for.getTime() || data.scheduled_until.getTime() !== old.data.scheduled_until.getTime()) {
      return [{ key: `${id}/schedule/${isoUtc(data.scheduled_for)}/${isoUtc(data.scheduled_until)}`, change: 'rescheduled', at: now }];
    }
  }
  if (!lastRun || data.cancelled) return [];
  const then = maintenanceState((old ?? event).data, lastRun);
  const current = maintenanceState(data, now);
  const posted = (status: string) => fresh.some((u) => u.status === status);
  const items: Array<Pick<Notification, 'key' | 'change' | 'at'>> = [];
  if (then.phase === 'upcoming' && (current.phase === 'in_progress' || current.phase === 'verifying') && !posted('in_progress')) {
    items.push({ key: `${id}/started/${isoUtc(current.activeFrom)}`, change: 'started', at: current.activeFrom });
  }
  if (then.phase !== 'completed' && current.phase === 'completed' && !posted('completed')) {
    items.push({ key: `${id}/ended/${isoUtc(current.activeUntil)}`, change: 'completed', at: current.activeUntil });
  }
  return items;
}

function updateChange(event: EventEntry, update: EventEntry['data']['updates'][number]): NotificationChange {
  const first = update.at.getTime() === postedAt(event.data).getTime();
  const newest = update === event.data.updates[0];
  if (event.data.kind === 'incident') {
    if (update.status === 'resolved') return 'resolved';
    return first ? 'opened' : 'updated';
  }
  if (newest && event.data.cancelled) return 'cancelled';
  if (update.status === 'in_progress') return 'started';
  if (update.status === 'verifying' || update.status === 'completed') return update.status;
  return first ? 'scheduled' : 'updated';
}

/** A component whose current status the change moved, for Statuspage-style component webhooks. */
export interface ComponentChange {
  /** Stable across runs: the component, its new status and the news that moved it. */
  key: string;
  componentId: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
  /** The announced news that moved it; the change is delivered right after it, to the same channels. */
  cause: Notification;
}

/**
 * Components whose status at `now` differs between the two versions, each tied to the newest
 * announced notification touching it; a move caused only by quiet or old news is not announced.
 */
export function componentChanges(before: ContentVersion, after: ContentVersion, due: readonly Notification[], now: Date): ComponentChange[] {
  const old = currentComponentStatuses(before.events, now);
  const current = currentComponentStatuses(after.events, now);
  const changes: ComponentChange[] = [];
  for (const componentId of new Set([...old.keys(), ...current.keys()])) {
    const oldStatus = old.get(componentId) ?? 'operational';
    const newStatus = current.get(componentId) ?? 'operational';
    const cause = due.findLast((n) => n.componentIds.includes(componentId));
    if (oldStatus === newStatus || !cause) continue;
    changes.push({ key: `component/${componentId}/${newStatus}/${isoUtc(cause.at)}`, componentId, oldStatus, newStatus, cause });
  }
  return changes.sort((a, b) => (a.componentId < b.componentId ? -1 : 1));
}
