/**
 * `upfront notify`: works out what is news between two revisions of the content and delivers
 * each piece once to every configured channel whose filter matches. Channels run side by side,
 * so one failing receiver never holds up the others; the summary table and the exit code say
 * what was delivered, skipped and failed. Secrets come from the environment and are redacted
 * from everything printed.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { isoUtc } from '../../src/lib/format-time.ts';
import { expandFilter, parseSubscriberList, readNotificationSettings } from '../../src/lib/notification-config.ts';
import { componentChanges, notificationsBetween, type ComponentChange, type Notification } from '../../src/lib/notification-changes.ts';
import { emailMessage } from '../../src/lib/notification-email.ts';
import { discordMessage, mastodonStatus, messageContent, slackMessage, teamsMessage, type MessageSite } from '../../src/lib/notification-messages.ts';
import { componentPayload, incidentPayload, SIGNATURE_HEADER, signPayload } from '../../src/lib/notification-webhook.ts';
import { absoluteUrl, sitePath } from '../../src/lib/site-paths.ts';
import { pageId, statuspageObjects } from '../../src/lib/statuspage-api.ts';
import type { ComponentCatalog } from '../../src/schemas/components-schema.ts';
import type { Channel, NotificationSettings, Subscriber } from '../../src/schemas/notification-settings-schema.ts';
import type { SiteSettings } from '../../src/schemas/site-settings-schema.ts';
import { CliError } from '../cli/cli-support.ts';
import { mailSender, postJson, Redactor, type Outcome, type RetryPolicy } from './delivery-transport.ts';
import { contentAtRevision, contentRepository, resolveRevision, type RevisionContent } from './git-content.ts';

/** What `upfront notify` was asked to do. */
export interface NotifyOptions {
  contentDir: string;
  since?: string;
  until: string;
  now: Date;
  dryRun: boolean;
  env: NodeJS.ProcessEnv;
  print(line: string): void;
}

/** One piece of news as delivered: a notification, or a component's status change (webhooks only). */
type News = { kind: 'notification'; notification: Notification } | { kind: 'component'; change: ComponentChange };

/** One message to one channel (one recipient, for email). */
interface Delivery {
  news: News;
  /** What the channel would receive, for `--dry-run` (secrets left out). */
  preview: string;
  /** Resolves with `attempts: 0` when there was nobody to send to. */
  send(): Promise<Outcome>;
}

const ZERO_COMMIT = /^0{40}$/;
const SKIPPED_SHOWN = 20;

/** `--since`, or the commit before the push that started this GitHub Actions run. */
function sinceRevision(options: NotifyOptions): string {
  if (options.since) return options.since;
  const eventPath = options.env.GITHUB_EVENT_PATH;
  let before: string | undefined;
  try {
    before = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as { before?: string }).before : undefined;
  } catch {
    // No readable event: --since is needed, as outside GitHub Actions.
  }
  if (before && !ZERO_COMMIT.test(before)) return before;
  throw new CliError('`upfront notify` needs --since <revision>: the last revision whose news was delivered (the deploy workflow passes the last deployed commit)', 2);
}

function newsKey(news: News): string {
  return news.kind === 'notification' ? news.notification.key : news.change.key;
}

function newsLabel(news: News): string {
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

interface ChannelPlan {
  channel: Channel;
  deliveries: Delivery[];
  /** Why nothing can be sent (a missing secret, a broken subscriber list). */
  problem?: string;
  /** News this channel's filter leaves out. */
  filtered: number;
  close?(): void;
}

interface PlanInput {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  notificationSettings: NotificationSettings;
  site: MessageSite;
  news: News[];
  objects: ReturnType<typeof statuspageObjects>;
  options: NotifyOptions;
  redactor: Redactor;
}

function planChannel(channel: Channel, input: PlanInput): ChannelPlan {
  const { settings, catalog, site, objects, options, redactor } = input;
  const policy: RetryPolicy = { attempts: input.notificationSettings.retry.attempts, firstDelayMs: input.notificationSettings.retry.first_delay_seconds * 1000 };
  const secrets = new Map(secretFields(channel).map(([field, variable]) => [field, options.env[variable]?.trim() || undefined]));
  redactor.add(...secrets.values());
  const missing = secretFields(channel).filter(([field]) => !secrets.get(field)).map(([, variable]) => variable);
  const problem = missing.length > 0 && !options.dryRun ? `environment variable ${missing.join(', ')} is not set` : secretFormatProblem(channel, secrets);
  const secret = (field: string) => secrets.get(field) ?? '';
  const relevant = input.news.filter((news) => (news.kind === 'notification' || channel.type === 'webhook') && follows(channel.components, newsComponents(news), catalog));
  const plan: ChannelPlan = { channel, deliveries: [], problem, filtered: input.news.filter((n) => n.kind === 'notification').length - relevant.filter((n) => n.kind === 'notification').length };
  if (problem) return plan;

  const json = (news: News, url: string, payload: unknown, headers: Record<string, string> = {}): Delivery => {
    const body = JSON.stringify(payload);
    const id = deliveryId(settings, channel, news);
    const allHeaders = { 'Idempotency-Key': id, ...headers };
    return { news, preview: JSON.stringify(payload, null, 2), send: () => postJson(url, body, allHeaders, policy) };
  };
  const documentation = absoluteUrl(settings.url, sitePath(settings.base, 'subscribe'));
  const meta = { documentation, generatedAt: options.now };

  if (channel.type === 'email') return { ...plan, ...planEmail(channel, relevant, input, policy, secret) };
  for (const news of relevant) {
    if (news.kind === 'component') {
      const payload = componentPayload(news.change, objects, meta);
      plan.deliveries.push(webhookDelivery(json, news, secret('url_env'), secret('secret_env'), payload, deliveryId(settings, channel, news)));
      continue;
    }
    const content = messageContent(news.notification, site);
    switch (channel.type) {
      case 'webhook':
        plan.deliveries.push(webhookDelivery(json, news, secret('url_env'), secret('secret_env'), incidentPayload(news.notification, objects, meta), deliveryId(settings, channel, news)));
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
        plan.deliveries.push(json(news, `${channel.server}/api/v1/statuses`, { status: mastodonStatus(content), visibility: channel.visibility }, { Authorization: `Bearer ${secret('token_env')}` }));
        break;
    }
  }
  return plan;
}

function webhookDelivery(
  json: (news: News, url: string, payload: unknown, headers?: Record<string, string>) => Delivery,
  news: News,
  url: string,
  secret: string,
  payload: Record<string, unknown>,
  id: string,
): Delivery {
  const body = JSON.stringify(payload);
  return json(news, url, payload, {
    'X-Upfront-Delivery': id,
    'X-Upfront-Event': news.kind === 'component' ? 'component.update' : 'incident.update',
    [SIGNATURE_HEADER]: signPayload(secret, body),
  });
}

function planEmail(
  channel: Extract<Channel, { type: 'email' }>,
  relevant: News[],
  input: PlanInput,
  policy: RetryPolicy,
  secret: (field: string) => string,
): Pick<ChannelPlan, 'deliveries' | 'problem' | 'close'> {
  const { settings, catalog, site, options, redactor } = input;
  const listText = options.env[channel.subscribers_env];
  let subscribers: Subscriber[] = [];
  if (listText !== undefined || !options.dryRun) {
    const parsed = parseSubscriberList(channel.subscribers_env, listText ?? '', catalog);
    if (!parsed.value) return { deliveries: [], problem: `the subscriber list is invalid:\n${parsed.diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}` };
    subscribers = parsed.value;
    redactor.add(...subscribers.map((s) => s.email));
  }
  const host = new URL(settings.url).hostname;
  const names = new Map(catalog.groups.flatMap((g) => [[g.id, g.name] as const, ...g.components.map((c) => [c.id, c.name] as const)]));
  const sender = options.dryRun ? undefined : mailSender(secret('smtp_url_env'), policy);
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
    if (options.dryRun) {
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

/** One row of the summary: news × channel. */
interface Row {
  news: string;
  channel: string;
  result: string;
  failed: boolean;
}

async function runChannel(plan: ChannelPlan): Promise<Row[]> {
  const channel = `${plan.channel.id} (${plan.channel.type})`;
  if (plan.problem) return [{ news: '(all news)', channel, result: `FAILED: ${plan.problem}`, failed: true }];
  const rows: Row[] = [];
  const byNews = new Map<News, Outcome[]>();
  try {
    for (const delivery of plan.deliveries) {
      const outcome = await delivery.send();
      byNews.set(delivery.news, [...(byNews.get(delivery.news) ?? []), outcome]);
    }
  } finally {
    plan.close?.();
  }
  for (const [news, outcomes] of byNews) rows.push(summarizeOutcomes(newsLabel(news), channel, outcomes, plan.channel.type === 'email'));
  return rows;
}

function summarizeOutcomes(news: string, channel: string, all: Outcome[], perRecipient: boolean): Row {
  const outcomes = all.filter((o) => o.attempts > 0);
  const failed = outcomes.filter((o) => !o.ok);
  if (perRecipient) {
    if (outcomes.length === 0) return { news, channel, result: 'no subscriber follows these components', failed: false };
    const sent = `sent to ${outcomes.length - failed.length} of ${outcomes.length} subscriber${outcomes.length === 1 ? '' : 's'}`;
    return failed.length === 0 ? { news, channel, result: sent, failed: false } : { news, channel, result: `FAILED: ${sent}; ${failed[0].detail}`, failed: true };
  }
  const [outcome] = outcomes;
  if (!outcome.ok) return { news, channel, result: `FAILED: ${outcome.detail}`, failed: true };
  return { news, channel, result: outcome.attempts > 1 ? `delivered on attempt ${outcome.attempts} (${outcome.detail?.replace(/^after: /, 'after ')})` : 'delivered', failed: false };
}

function table(rows: Row[]): string[] {
  const header: Row = { news: 'news', channel: 'channel', result: 'result', failed: false };
  const width = (key: 'news' | 'channel') => Math.max(...[header, ...rows].map((r) => r[key].length));
  return [header, ...rows].map((r) => `${r.news.padEnd(width('news'))}  ${r.channel.padEnd(width('channel'))}  ${r.result}`);
}

function markdownTable(rows: Row[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return ['| news | channel | result |', '| --- | --- | --- |', ...rows.map((r) => `| ${cell(r.news)} | ${cell(r.channel)} | ${cell(r.result)} |`)].join('\n');
}

function refuse(print: (line: string) => void, diagnostics: Diagnostic[], why: string): never {
  for (const d of diagnostics) print(formatDiagnostic(d));
  throw new CliError(why);
}

/** Runs `upfront notify`; returns the exit code (0: all delivered, 1: something failed). */
export async function notify(options: NotifyOptions): Promise<number> {
  const { print, now } = options;
  const repository = contentRepository(options.contentDir);
  const since = resolveRevision(repository, sinceRevision(options), '--since');
  const until = resolveRevision(repository, options.until, '--until');
  const versions: RevisionContent[] = [];
  try {
    const before = await contentAtRevision(repository, since, now);
    versions.push(before);
    const after = await contentAtRevision(repository, until, now);
    versions.push(after);
    const { settings, catalog } = after.content;
    if (after.empty || !settings || !catalog || hasErrors(after.content.diagnostics)) {
      refuse(print, after.content.diagnostics, `the content at ${options.until} has errors (above); nothing was sent. Fix them first (npm run check)`);
    }
    if (hasErrors(before.content.diagnostics)) {
      refuse(print, before.content.diagnostics, `the content at --since ${options.since ?? since.slice(0, 12)} has errors (above), so what is new cannot be told from what was there; pass a --since revision whose content is valid`);
    }
    const config = await readNotificationSettings(after.dir, catalog);
    if (!config.present) {
      print('No notifications.yml in the content: nothing to deliver. See README: Notifications.');
      return 0;
    }
    if (!config.value) refuse(print, config.diagnostics, 'notifications.yml has errors (above); nothing was sent');
    const notificationSettings = config.value;

    const { due, skipped } = notificationsBetween(before.content, after.content, now, notificationSettings.announce_within_hours);
    const changes = componentChanges(before.content, after.content, due, now);
    const news: News[] = [];
    for (const notification of due) {
      news.push({ kind: 'notification', notification });
      for (const change of changes.filter((c) => c.cause === notification)) news.push({ kind: 'component', change });
    }
    print(`News from ${since.slice(0, 12)} to ${until.slice(0, 12)}: ${due.length} to announce, ${skipped.length} not announced.`);
    // Newest first, and only so many: a first run over a long history would bury the news.
    for (const s of skipped.toReversed().slice(0, SKIPPED_SHOWN)) print(`  not announced: ${s.change} ${s.key} (${s.reason})`);
    if (skipped.length > SKIPPED_SHOWN) print(`  … and ${skipped.length - SKIPPED_SHOWN} older`);
    if (due.length === 0) return 0;

    const redactor = new Redactor();
    const site: MessageSite = { settings, catalog, now };
    const objects = statuspageObjects({ settings, catalog, events: after.content.events, now });
    const plans = notificationSettings.channels.map((channel) =>
      planChannel(channel, { settings, catalog, notificationSettings, site, news, objects, options, redactor }),
    );
    if (options.dryRun) {
      for (const plan of plans) {
        for (const delivery of plan.deliveries) print(redactor.redact(`\n--- ${plan.channel.id} (${plan.channel.type}) · ${newsLabel(delivery.news)}\n${delivery.preview}`));
      }
      print('\n(dry run: nothing was sent)');
      return 0;
    }
    const rows = (await Promise.all(plans.map(runChannel))).flat().map((row) => ({ ...row, result: redactor.redact(row.result) }));
    for (const line of table(rows)) print(line);
    const failures = rows.filter((r) => r.failed).length;
    const filtered = plans.reduce((sum, p) => sum + p.filtered, 0);
    print(`${failures === 0 ? '✓' : '✗'} ${rows.length - failures} delivered, ${failures} failed, ${skipped.length} not announced, ${filtered} left out by component filters`);
    // In GitHub Actions each failure also becomes an annotation on the run, where it is seen.
    if (options.env.GITHUB_ACTIONS === 'true') for (const r of rows.filter((row) => row.failed)) print(`::error title=Not delivered to ${r.channel}::${r.news}: ${r.result}`);
    if (options.env.GITHUB_STEP_SUMMARY) appendFileSync(options.env.GITHUB_STEP_SUMMARY, `### Notifications\n\n${markdownTable(rows)}\n`);
    return failures === 0 ? 0 : 1;
  } finally {
    for (const version of versions) version.cleanup();
  }
}
