/**
 * What each channel is sent: for every piece of news its filter lets through, the message in
 * the channel's own format, ready to send or to print for `--dry-run`. Secrets are read from the
 * environment here, and handed to the redactor before anything could print them.
 */
import { createHash } from 'node:crypto';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { isoUtc } from '../../src/core/format-time.ts';
import { expandFilter, parseSubscriberList } from '../../src/notify/notification-config.ts';
import type { ComponentChange, Notification } from '../../src/notify/notification-changes.ts';
import { emailMessage } from '../../src/notify/notification-email.ts';
import { discordMessage, mastodonStatus, messageContent, slackMessage, teamsMessage, type MessageSite } from '../../src/notify/notification-messages.ts';
import { componentPayload, incidentPayload, SIGNATURE_HEADER, signPayload } from '../../src/notify/notification-webhook.ts';
import { absoluteUrl, sitePath } from '../../src/core/site-paths.ts';
import { pageId, type StatuspageObjects } from '../../src/outputs/statuspage-api.ts';
import type { ComponentCatalog } from '../../src/schemas/components-schema.ts';
import type { Channel, NotificationSettings, Subscriber } from '../../src/schemas/notification-settings-schema.ts';
import type { SiteSettings } from '../../src/schemas/site-settings-schema.ts';
import { mailSender, postJson, type Outcome, type Redactor, type RetryPolicy } from './delivery-transport.ts';
import { catalogIndex } from '../../src/core/catalog.ts';

/** One piece of news as delivered: a notification, or a component's status change (webhooks only). */
export type News = { kind: 'notification'; notification: Notification } | { kind: 'component'; change: ComponentChange };

/** One message to one channel (one recipient, for email). */
export interface Delivery {
  news: News;
  /** What the channel would receive, for `--dry-run` (secrets left out). */
  preview: string;
  /** Resolves with `attempts: 0` when there was nobody to send to. */
  send(): Promise<Outcome>;
}

function newsKey(news: News): string {
  return news.kind === 'notification' ? news.notification.key : news.change.key;
}

/** The news as the summary names it. */
export function newsLabel(news: News): string {
  if (news.kind === 'component') return `component ${news.change.componentId}: ${news.change.oldStatus} → ${news.change.newStatus}`;
  return `${news.notification.change} ${news.notification.event.id}${news.notification.update ? ` @ ${isoUtc(news.notification.update.at)}` : ''}`;
}

function newsComponents(news: News): string[] {
  return news.kind === 'notification' ? news.notification.componentIds : [news.change.componentId];
}

/** The delivery id: the same for the same news to the same channel and recipient, run after run. */
function deliveryId(settings: SiteSettings, channel: Channel, news: News, recipient = ''): string {
  return createHash('sha256').update(`${pageId(settings)}\n${channel.id}\n${newsKey(news)}\n${recipient}`).digest('hex').slice(0, 32);
}

/** A filter's verdict: does news about `componentIds` concern someone following `filter`? */
function follows(filter: readonly string[] | undefined, componentIds: readonly string[], catalog: ComponentCatalog): boolean {
  if (!filter) return true;
  const followed = expandFilter(filter, catalog);
  return componentIds.some((id) => followed.has(id));
}

/** The environment variables a channel reads, by field. */
function secretFields(channel: Channel): Array<[field: string, variable: string]> {
  return Object.entries(channel).filter(([field]) => field.endsWith('_env')) as Array<[string, string]>;
}

const URL_SCHEMES: Record<string, RegExp> = { url_env: /^https?:$/, smtp_url_env: /^smtps?:$/ };

/** A secret that cannot be what its field needs (a URL that is not one), named without its value. */
function secretFormatProblem(channel: Channel, secrets: ReadonlyMap<string, string | undefined>): string | undefined {
  for (const [field, scheme] of Object.entries(URL_SCHEMES)) {
    const value = secrets.get(field);
    if (value === undefined) continue;
    const protocol = URL.canParse(value) ? new URL(value).protocol : '';
    const variable = (channel as Record<string, unknown>)[field];
    if (!scheme.test(protocol)) return `environment variable ${variable} should hold ${field === 'url_env' ? 'an https:// URL' : 'an smtp:// or smtps:// URL'}`;
  }
  return undefined;
}

/** Everything one channel is to be sent. */
export interface ChannelPlan {
  channel: Channel;
  deliveries: Delivery[];
  /** Why nothing can be sent (a missing secret, a broken subscriber list). */
  problem?: string;
  /** News this channel's filter leaves out. */
  filtered: number;
  close?(): void;
}

/** What planning needs besides the channel. */
export interface PlanInput {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  notificationSettings: NotificationSettings;
  site: MessageSite;
  news: News[];
  objects: StatuspageObjects;
  /** The environment secrets come from. */
  env: NodeJS.ProcessEnv;
  now: Date;
  dryRun: boolean;
  redactor: Redactor;
}

/** The deliveries of one channel, or why it cannot deliver. */
export function planChannel(channel: Channel, input: PlanInput): ChannelPlan {
  const { settings, catalog, site, objects, redactor } = input;
  const policy: RetryPolicy = { attempts: input.notificationSettings.retry.attempts, firstDelayMs: input.notificationSettings.retry.first_delay_seconds * 1000 };
  const secrets = new Map(secretFields(channel).map(([field, variable]) => [field, input.env[variable]?.trim() || undefined]));
  redactor.add(...secrets.values());
  const missing = secretFields(channel).filter(([field]) => !secrets.get(field)).map(([, variable]) => variable);
  const problem = missing.length > 0 && !input.dryRun ? `environment variable ${missing.join(', ')} is not set` : secretFormatProblem(channel, secrets);
  const secret = (field: string) => secrets.get(field) ?? '';
  const relevant = input.news.filter((news) => (news.kind === 'notification' || channel.type === 'webhook') && follows(channel.components, newsComponents(news), catalog));
  const plan: ChannelPlan = { channel, deliveries: [], problem, filtered: input.news.filter((n) => n.kind === 'notification').length - relevant.filter((n) => n.kind === 'notification').length };
  if (problem) return plan;

  /** A JSON POST; `headers` may depend on the exact body (a signature does). */
  const json = (news: News, url: string, payload: unknown, headers: (body: string, id: string) => Record<string, string> = () => ({})): Delivery => {
    const body = JSON.stringify(payload);
    const id = deliveryId(settings, channel, news);
    const allHeaders = { 'Idempotency-Key': id, ...headers(body, id) };
    return { news, preview: JSON.stringify(payload, null, 2), send: () => postJson(url, body, allHeaders, policy) };
  };
  const signed = (news: News, payload: unknown) =>
    json(news, secret('url_env'), payload, (body, id) => ({
      'X-Upfront-Delivery': id,
      'X-Upfront-Event': news.kind === 'component' ? 'component.update' : 'incident.update',
      [SIGNATURE_HEADER]: signPayload(secret('secret_env'), body),
    }));
  const documentation = absoluteUrl(settings.url, sitePath(settings.base, 'subscribe'));
  const meta = { documentation, generatedAt: input.now };

  if (channel.type === 'email') return { ...plan, ...planEmail(channel, relevant, input, policy, secret) };
  for (const news of relevant) {
    if (news.kind === 'component') {
      plan.deliveries.push(signed(news, componentPayload(news.change, objects, meta)));
      continue;
    }
    const content = messageContent(news.notification, site);
    switch (channel.type) {
      case 'webhook':
        plan.deliveries.push(signed(news, incidentPayload(news.notification, objects, meta)));
        break;
      case 'slack':
        plan.deliveries.push(json(news, secret('url_env'), slackMessage(content)));
        break;
      case 'discord':
        plan.deliveries.push(json(news, secret('url_env'), discordMessage(content, settings.name)));
        break;
      case 'teams':
        plan.deliveries.push(json(news, secret('url_env'), teamsMessage(content)));
        break;
      case 'mastodon':
        plan.deliveries.push(json(news, `${channel.server}/api/v1/statuses`, { status: mastodonStatus(content), visibility: channel.visibility }, () => ({ Authorization: `Bearer ${secret('token_env')}` })));
        break;
    }
  }
  return plan;
}

function planEmail(
  channel: Extract<Channel, { type: 'email' }>,
  relevant: News[],
  input: PlanInput,
  policy: RetryPolicy,
  secret: (field: string) => string,
): Pick<ChannelPlan, 'deliveries' | 'problem' | 'close'> {
  const { settings, catalog, site, redactor } = input;
  const listText = input.env[channel.subscribers_env];
  let subscribers: Subscriber[] = [];
  if (listText !== undefined || !input.dryRun) {
    const parsed = parseSubscriberList(channel.subscribers_env, listText ?? '', catalog);
    if (!parsed.value) return { deliveries: [], problem: `the subscriber list is invalid:\n${parsed.diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}` };
    subscribers = parsed.value;
    redactor.add(...subscribers.map((s) => s.email));
  }
  const host = new URL(settings.url).hostname;
  const { names } = catalogIndex(catalog);
  const sender = input.dryRun ? undefined : mailSender(secret('smtp_url_env'), policy);
  const messageFor = (news: Extract<News, { kind: 'notification' }>, subscriber: Subscriber) => {
    const { notification } = news;
    const id = deliveryId(settings, channel, news, subscriber.email);
    const firstUpdate = notification.event.data.updates.at(-1)!;
    const threadNews: News = { kind: 'notification', notification: { ...notification, key: `${notification.event.id}/${isoUtc(firstUpdate.at)}` } };
    return emailMessage(messageContent(notification, site), {
      siteName: settings.name,
      from: channel.from,
      replyTo: channel.reply_to,
      to: subscriber.email,
      unsubscribe: channel.unsubscribe.replace(/\{email\}/g, encodeURIComponent(subscriber.email)),
      scope: subscriber.components?.map((c) => names.get(c) ?? c),
      messageId: `<${id}@${host}>`,
      threadId: `<${deliveryId(settings, channel, threadNews, subscriber.email)}@${host}>`,
      listId: `${settings.name.replace(/[<>"]/g, '')} <${pageId(settings)}.${host}>`,
    });
  };
  const deliveries: Delivery[] = [];
  for (const news of relevant) {
    if (news.kind !== 'notification') continue;
    const recipients = subscribers.filter((s) => follows(s.components, news.notification.componentIds, catalog));
    if (input.dryRun) {
      const sample = messageFor(news, { email: 'subscriber@example.invalid' });
      const to = listText === undefined ? `the subscribers in $${channel.subscribers_env} (not set here)` : `${recipients.length} of ${subscribers.length} subscribers`;
      deliveries.push({ news, preview: `To: ${to}\nSubject: ${sample.subject}\n\n${sample.text}`, send: async () => ({ ok: true, attempts: 0 }) });
      continue;
    }
    for (const subscriber of recipients) {
      deliveries.push({ news, preview: '', send: () => sender!.send(messageFor(news, subscriber)) });
    }
    if (recipients.length === 0) deliveries.push({ news, preview: '', send: async () => ({ ok: true, attempts: 0 }) });
  }
  return { deliveries, close: () => sender?.close() };
}

