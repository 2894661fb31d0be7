/**
 * What one run of `upfront notify` is to send: the live news given stable ids against the
 * record, what of it is due on each channel (not yet delivered there, still news), and each
 * channel's deliveries in its own format. Secrets are read from the environment here and handed
 * to the redactor before anything could print them.
 */
import { createHash } from 'node:crypto';
import { isoUtc } from '../../src/core/format-time.ts';
import type { SiteContent } from '../../src/content/load-content.ts';
import type { ComponentCatalog } from '../../src/schemas/components-schema.ts';
import type { SiteSettings } from '../../src/schemas/site-settings-schema.ts';
import { pageId, statuspageObjects, type StatuspageObjects } from '../../src/outputs/statuspage-api.ts';
import { componentChangesOf, eventsAsOf, liveNews, type NewsCandidate, type Notification } from '../../src/notify/live-news.ts';
import { deliveryKey, identifyNews, isSettled, notNewsReason, withSeen, type DeliveryRecord } from '../../src/notify/delivery-record.ts';
import type { NotificationSettings } from '../../src/notify/notification-settings-schema.ts';
import { expandFilter } from '../../src/notify/component-filters.ts';
import { channelType, type Channel } from '../../src/notify/channels/registry.ts';
import { channelSecrets, newsId, type ChannelContext, type Delivery, type News } from '../../src/notify/channels/channel-type.ts';
import type { Deadline, Redactor, RetryPolicy } from '../../src/notify/delivery-transport.ts';

/** A delivery with where its outcome is recorded and how the table names its news. */
export interface PlannedDelivery extends Delivery {
  recordKey: string;
  label: string;
}

/** One channel's part of the run. */
export interface ChannelRun {
  channel: Channel;
  /** `id (type)`, as the table names it. */
  label: string;
  deliveries: PlannedDelivery[];
  /** Why the channel cannot deliver at all (a missing secret). */
  problem?: string;
  /** News with nobody to send to on this channel: its id, its label, and why. */
  nobody: Array<[id: string, label: string, why: string]>;
  close?(): void;
}

/** The whole run's plan. */
export interface RunPlan {
  /** The record with the news first seen now. */
  record: DeliveryRecord;
  recordChanged: boolean;
  /** One line: how much news there is and how much is due. */
  headline: string;
  /** Corrections, news not announced and why, news not yet live. */
  notes: string[];
  channels: ChannelRun[];
  /** For `--record`: every piece of news still news, and its state on each channel. */
  statusLines: string[];
}

/** What planning needs. */
export interface PlanInput {
  content: SiteContent;
  settings: SiteSettings;
  catalog: ComponentCatalog;
  notificationSettings: NotificationSettings;
  record: DeliveryRecord;
  /** On a record's first run without a baseline: news older than this is history. */
  historyBefore?: Date;
  now: Date;
  env: NodeJS.ProcessEnv;
  dryRun: boolean;
  redactor: Redactor;
  deadline: Deadline;
}

/** The news as the summary names it. */
export function newsLabel(news: News): string {
  if (news.kind === 'component') return `component ${news.change.componentId}: ${news.change.oldStatus} → ${news.change.newStatus}`;
  const { notification } = news;
  return `${notification.change} ${notification.event.id}${notification.update ? ` @ ${isoUtc(notification.update.at)}` : ''}`;
}

/** At most this many notes of each kind: a first run over a long history would bury the news. */
const NOTES_SHOWN = 20;

/** Plans the run. */
export function planRun(input: PlanInput): RunPlan {
  const { content, settings, catalog, notificationSettings, now } = input;
  const window = notificationSettings.announce_within_hours;
  const identified = identifyNews(liveNews(content, now), input.record, now, input.historyBefore);
  const record = withSeen(input.record, identified.seen);
  const notes: string[] = [];
  for (const c of identified.corrections.slice(0, NOTES_SHOWN)) {
    notes.push(`corrected, not news: ${c.id} now at ${c.to} (was ${c.from}${c.textChanged ? ', text changed too' : ''}); a correction is not announced again`);
  }
  const firstSeenNow = new Set(identified.seen.filter((s) => s.firstSeen === isoUtc(now)).map((s) => s.id));
  const due: Notification[] = [];
  const quietNotes: string[] = [];
  for (const notification of identified.news) {
    const entry = record.news[notification.key];
    const reason = notNewsReason(entry, now, window);
    if (reason === undefined) due.push(timed(notification, entry.firstSeen));
    else if (firstSeenNow.has(notification.key)) quietNotes.push(`not announced: ${notification.change} ${notification.key} (${reason})`);
  }
  notes.push(...quietNotes.toReversed().slice(0, NOTES_SHOWN));
  if (quietNotes.length > NOTES_SHOWN) notes.push(`… and ${quietNotes.length - NOTES_SHOWN} older`);
  notes.push(...laterNews(content, now));

  const news: News[] = due.flatMap((notification) => [
    { kind: 'notification' as const, notification },
    ...componentChangesOf(notification, content.events).map((change) => ({ kind: 'component' as const, change })),
  ]);
  const objectsCache = new Map<string, StatuspageObjects>();
  const objectsAt = (notification: Notification) => {
    const key = isoUtc(notification.at);
    if (!objectsCache.has(key))
      objectsCache.set(key, statuspageObjects({ settings, catalog, events: eventsAsOf(content.events, notification.at), now: notification.at }));
    return objectsCache.get(key)!;
  };
  const policy: RetryPolicy = { attempts: notificationSettings.retry.attempts, firstDelayMs: notificationSettings.retry.first_delay_seconds * 1000 };
  const follows = (filter: readonly string[] | undefined, componentIds: readonly string[]) =>
    !filter || componentIds.some((id) => expandFilter(filter, catalog).has(id));
  const channels = notificationSettings.channels.map((channel) => planChannel(channel, news, record, { ...input, objectsAt, policy, follows }));

  const pending = channels.reduce((sum, c) => sum + c.deliveries.length, 0);
  const headline = `${identified.news.length} piece${identified.news.length === 1 ? '' : 's'} of news live, ${due.length} still news, ${pending} deliver${pending === 1 ? 'y' : 'ies'} due${identified.corrections.length ? `, ${identified.corrections.length} corrected` : ''}.`;
  return { record, recordChanged: identified.seen.length > 0, headline, notes, channels, statusLines: statusLines(due, news, record, channels) };
}

/**
 * News with no time of its own (a move or cancellation by frontmatter) happened when it was
 * first seen; messages and ordering use that time.
 */
function timed(news: NewsCandidate, firstSeen: string): Notification {
  return news.coveredByNewUpdate ? { ...news, at: new Date(firstSeen) } : news;
}

/** Updates and postmortems dated after `now`: the first run after their time announces them. */
function laterNews(content: SiteContent, now: Date): string[] {
  const later = [
    ...content.events.flatMap((e) => e.data.updates.filter((u) => u.at > now && !u.quiet && !e.data.quiet).map((u) => `${e.id}/${isoUtc(u.at)}`)),
    ...content.postmortems.filter((p) => p.data.published > now && !p.data.quiet).map((p) => `${p.id}/postmortem at ${isoUtc(p.data.published)}`),
  ];
  return later.slice(0, NOTES_SHOWN).map((key) => `not yet: ${key} is dated after this run; the first run after its time announces it`);
}

type ChannelInput = PlanInput & Pick<ChannelContext, 'objectsAt' | 'policy' | 'follows'>;

/** One channel's deliveries: the due news its filter lets through and it has not settled yet. */
function planChannel(channel: Channel, news: readonly News[], record: DeliveryRecord, input: ChannelInput): ChannelRun {
  const type = channelType(channel);
  const label = `${channel.id} (${channel.type})`;
  const { secret, values, missing } = channelSecrets(channel, input.env);
  input.redactor.add(...values);
  const idempotencyKey = (item: News, recipient = '') =>
    createHash('sha256')
      .update(`${pageId(input.settings)}\n${channel.id}\n${newsId(item)}\n${recipient}`)
      .digest('hex')
      .slice(0, 32);
  const components = (item: News) => (item.kind === 'notification' ? item.notification.componentIds : [item.change.componentId]);
  // Settled on the channel as a whole: delivered, or for a list, every recipient done.
  const relevant = news.filter(
    (item) =>
      (item.kind === 'notification' || type.componentUpdates) &&
      input.follows(channel.components, components(item)) &&
      !isSettled(record.deliveries[deliveryKey(newsId(item), channel.id)]),
  );
  const run: ChannelRun = { channel, label, deliveries: [], nobody: [] };
  if (relevant.length === 0) return run;
  if (missing.length > 0 && !input.dryRun) return { ...run, problem: `environment variable ${missing.join(', ')} is not set` };
  const secretProblem = missing.length === 0 ? type.secretProblem?.(channel, secret) : undefined;
  if (secretProblem) return { ...run, problem: secretProblem };

  const context: ChannelContext = {
    settings: input.settings,
    catalog: input.catalog,
    site: { settings: input.settings, catalog: input.catalog, now: input.now },
    objectsAt: input.objectsAt,
    now: input.now,
    dryRun: input.dryRun,
    secret,
    env: input.env,
    policy: input.policy,
    deadline: input.deadline,
    redactor: input.redactor,
    idempotencyKey,
    recorded: (item, recipientKey) => record.deliveries[deliveryKey(newsId(item), channel.id, recipientKey)],
    follows: input.follows,
  };
  const plan = type.plan(channel, relevant, context);
  const labels = new Map(relevant.map((item) => [newsId(item), newsLabel(item)]));
  return {
    ...run,
    problem: plan.problem,
    close: plan.close,
    nobody: [...(plan.nobody ?? [])].map(([id, why]) => [id, labels.get(id) ?? id, why]),
    deliveries: plan.deliveries.map((d) => ({ ...d, recordKey: deliveryKey(newsId(d.news), channel.id, d.recipient?.key), label: newsLabel(d.news) })),
  };
}

/** `--record`: for each piece of news still news, its state on each channel. */
function statusLines(due: readonly Notification[], news: readonly News[], record: DeliveryRecord, channels: readonly ChannelRun[]): string[] {
  if (due.length === 0) return ['Nothing is news right now.'];
  const lines: string[] = [];
  for (const item of news) {
    const id = newsId(item);
    lines.push(`${newsLabel(item)}  (first seen ${record.news[item.kind === 'notification' ? id : item.change.cause.key]?.firstSeen ?? '?'})`);
    for (const channel of channels) {
      const entries = Object.entries(record.deliveries).filter(
        ([key]) => key === deliveryKey(id, channel.channel.id) || key.startsWith(`${deliveryKey(id, channel.channel.id)} `),
      );
      const pending = channel.deliveries.filter((d) => newsId(d.news) === id).length;
      const count = (state: string) => entries.filter(([, e]) => e.state === state).length;
      const parts = [
        count('delivered') ? `${count('delivered')} delivered` : '',
        count('refused') ? `${count('refused')} refused` : '',
        count('failed') ? `${count('failed')} failed (last: ${entries.findLast(([, e]) => e.state === 'failed')![1].detail ?? 'no detail'})` : '',
        pending ? `${pending} pending` : '',
      ].filter(Boolean);
      if (parts.length > 0) lines.push(`  ${channel.label}: ${parts.join(', ')}`);
    }
  }
  return lines;
}
