/**
 * The news a version of the content holds: every update of an incident or maintenance window,
 * each maintenance window moved, cancelled, started or ended on schedule, and each published
 * postmortem, once its time has come. Whether a piece of news is still to be announced, and to
 * whom, is the delivery record's question (delivery-record.ts); this module only lists them, with
 * what identifies each one across corrections, and the component changes each one causes.
 */
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';
import type { ComponentStatus } from '../schemas/status-vocabulary.ts';
import { currentComponentStatuses } from '../core/current-status.ts';
import { affectedComponents, maintenanceState, postedAt } from '../core/event-state.ts';
import { isoUtc } from '../core/format-time.ts';
import { createHash } from 'node:crypto';

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
  /**
   * Stable across runs and corrections: `<event id>/<update time when first seen>`,
   * `<event id>/postmortem`, `<event id>/started/<time>`, … (the delivery record keeps it when
   * a correction moves the update's time).
   */
  key: string;
  change: NotificationChange;
  /** The event as it is now. */
  event: EventEntry;
  /** The update announced, for update-driven news. */
  update?: EventEntry['data']['updates'][number];
  postmortem?: PostmortemEntry;
  /** When it happened: the update's time, the publication, the window's start or end. */
  at: Date;
  componentIds: string[];
}

/** How a piece of news is matched to what was seen before, and whether it is meant to be heard. */
export interface NewsCandidate extends Notification {
  /** The key as the content says it now (the time as written); `key` starts out the same. */
  naturalKey: string;
  /** Why it is announced nowhere (`quiet`), if it is not. */
  quiet?: string;
  /** For updates: the position among the event's updates (1 = the first posted) and a digest of its status and text. */
  ordinal?: number;
  digest?: string;
  /**
   * A move or cancellation by frontmatter: news only when no new update of the event says it,
   * and with no time of its own (it happened when a run first saw it). A window starting or
   * ending on schedule is listed only when no update announced that status.
   */
  coveredByNewUpdate?: boolean;
}

/** The parts of a content version that news is made of. */
export interface ContentVersion {
  events: readonly EventEntry[];
  postmortems: readonly PostmortemEntry[];
}

function updateDigest(update: EventEntry['data']['updates'][number]): string {
  return createHash('sha256').update(`${update.status}\n${update.message}`).digest('hex').slice(0, 16);
}

/** Every piece of news in `content` whose time has come by `now`, oldest first. */
export function liveNews(content: ContentVersion, now: Date): NewsCandidate[] {
  const news: NewsCandidate[] = [];
  const add = (item: Omit<NewsCandidate, 'key' | 'naturalKey'> & { key: string }) => {
    if (item.at <= now) news.push({ ...item, naturalKey: item.key });
  };
  for (const event of content.events) {
    const componentIds = affectedComponents(event.data).map(([id]) => id);
    const eventQuiet = event.data.quiet ? '`quiet: true` in the file' : undefined;
    const count = event.data.updates.length;
    event.data.updates.forEach((update, index) => {
      const quiet = eventQuiet ?? (update.quiet ? 'a `· quiet` update' : undefined);
      add({
        key: `${event.id}/${isoUtc(update.at)}`,
        change: updateChange(event, update),
        event,
        update,
        at: update.at,
        componentIds,
        quiet,
        ordinal: count - index,
        digest: updateDigest(update),
      });
    });
    if (event.data.kind === 'maintenance') {
      for (const item of windowNews(event as EventEntry<MaintenanceData>, now)) add({ ...item, event, componentIds, quiet: eventQuiet });
    }
  }
  const events = new Map(content.events.map((entry) => [entry.id, entry]));
  for (const postmortem of content.postmortems) {
    const event = events.get(postmortem.id);
    if (!event) continue;
    const componentIds = affectedComponents(event.data).map(([id]) => id);
    const quiet = postmortem.data.quiet ? '`quiet: true` in the postmortem' : undefined;
    add({ key: `${postmortem.id}/postmortem`, change: 'postmortem', event, postmortem, at: postmortem.data.published, componentIds, quiet });
  }
  return news.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : 1));
}

/**
 * News about a maintenance window that an update may not carry: its current schedule and its
 * cancellation (news when they change by frontmatter alone), and its start and end on schedule
 * when no update announced them. A schedule is live from the window's announcement.
 */
function windowNews(event: EventEntry<MaintenanceData>, now: Date): Array<Pick<NewsCandidate, 'key' | 'change' | 'at' | 'coveredByNewUpdate'>> {
  const { id, data } = event;
  const announced = postedAt(data);
  const items: Array<Pick<NewsCandidate, 'key' | 'change' | 'at' | 'coveredByNewUpdate'>> = [
    { key: `${id}/schedule/${isoUtc(data.scheduled_for)}/${isoUtc(data.scheduled_until)}`, change: 'rescheduled', at: announced, coveredByNewUpdate: true },
  ];
  if (data.cancelled) return [...items, { key: `${id}/cancelled`, change: 'cancelled', at: announced, coveredByNewUpdate: true }];
  const state = maintenanceState(data, now);
  const posted = (status: string) => data.updates.some((u) => u.status === status);
  if (state.phase !== 'upcoming' && !posted('in_progress'))
    items.push({ key: `${id}/started/${isoUtc(state.activeFrom)}`, change: 'started', at: state.activeFrom });
  if (state.phase === 'completed' && !posted('completed'))
    items.push({ key: `${id}/ended/${isoUtc(state.activeUntil)}`, change: 'completed', at: state.activeUntil });
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

/** The events as they stood at `at`: only the updates posted by then, and none posted later. */
export function eventsAsOf(events: readonly EventEntry[], at: Date): EventEntry[] {
  return events.flatMap((event) => {
    const updates = event.data.updates.filter((u) => u.at <= at);
    return updates.length === 0 ? [] : [{ ...event, data: { ...event.data, updates } } as EventEntry];
  });
}

/** A component whose status a piece of news moved, for Statuspage-style component webhooks. */
export interface ComponentChange {
  /** Stable across runs: the news that moved it and the component. */
  key: string;
  componentId: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
  /** The news that moved it; the change is delivered right after it, to the same channels. */
  cause: Notification;
}

/** The components whose status `notification` moved: their status just before it against just after it. */
export function componentChangesOf(notification: Notification, events: readonly EventEntry[]): ComponentChange[] {
  const { at } = notification;
  const before = new Date(at.getTime() - 1);
  const old = currentComponentStatuses(eventsAsOf(events, before), before);
  const current = currentComponentStatuses(eventsAsOf(events, at), at);
  return notification.componentIds
    .filter((componentId) => (old.get(componentId) ?? 'operational') !== (current.get(componentId) ?? 'operational'))
    .toSorted()
    .map((componentId) => ({
      key: `${notification.key}/component/${componentId}`,
      componentId,
      oldStatus: old.get(componentId) ?? 'operational',
      newStatus: current.get(componentId) ?? 'operational',
      cause: notification,
    }));
}
