/**
 * What every channel type is made of: its settings schema, the secrets it reads, the commented
 * block `upfront init` writes for it, and how it turns news into deliveries. The registry
 * (registry.ts) holds one of these per type, and the type checker holds the registry complete.
 */
import { z } from 'astro/zod';
import { kebabId, urlProblem } from '../../schemas/field-types.ts';
import type { ComponentCatalog } from '../../schemas/components-schema.ts';
import type { SiteSettings } from '../../schemas/site-settings-schema.ts';
import type { StatuspageObjects } from '../../outputs/statuspage-api.ts';
import type { ComponentChange, Notification } from '../live-news.ts';
import type { MessageSite } from '../notification-messages.ts';
import type { Deadline, Outcome, Redactor, RetryPolicy } from '../delivery-transport.ts';
import type { DeliveryEntry } from '../delivery-record.ts';

/** An environment variable's name: where a secret is, never the secret. */
export const envName = z
  .string({ error: 'should name an environment variable, such as `SLACK_WEBHOOK_URL`' })
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    'should name an environment variable (letters, digits and `_`), such as `SLACK_WEBHOOK_URL`; the secret itself never goes in this file',
  );

/**
 * The https address of a service (a Mastodon or Listmonk server, an API), without a trailing
 * slash; plain http only to this machine, where a test or a relay may listen.
 */
export function serviceUrl(example: string, paths: boolean, secretField: string) {
  const shape = paths
    ? /^(?:https:\/\/[^\s/?#]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)(?:\/[^\s?#]*)?$/i
    : /^(?:https:\/\/[^\s/?#]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)\/?$/i;
  return z
    .string({ error: `should be an https address, such as \`${example}\`` })
    .trim()
    .regex(shape, `should be the https address of the server, such as \`${example}\``)
    .superRefine((text, context) => {
      const problem = urlProblem(
        text,
        `contains a user name or password; secrets belong in environment variables, which this file names (\`${secretField}\`), never in the file itself`,
      );
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((text) => text.replace(/\/+$/, ''));
}

/** Component or group ids; a channel or subscriber hears only about events touching one of them. */
export const componentFilter = z
  .array(kebabId, { error: 'should be a list of component or group ids, such as `[api, website]`' })
  .min(1, 'is empty; list component or group ids, or remove the field to hear about everything');

/** The fields every channel has. */
export const channelBase = {
  /** Names the channel in the summary, the delivery record and idempotency keys; never change it once deliveries were made. */
  id: kebabId,
  components: componentFilter.optional(),
};

/** One piece of news as delivered: a notification, or a component's status change (for channels that take those). */
export type News = { kind: 'notification'; notification: Notification } | { kind: 'component'; change: ComponentChange };

/** The record id of a piece of news. */
export function newsId(news: News): string {
  return news.kind === 'notification' ? news.notification.key : news.change.key;
}

/** One message to one channel (one recipient, for email). */
export interface Delivery {
  news: News;
  /** For email: the recipient's keyed hash (the record's key) and the form reports name it by. */
  recipient?: { key: string; masked: string };
  /** What the channel would receive, for `--dry-run` (secrets left out). */
  preview: string;
  send(): Promise<Outcome>;
}

/** Everything a channel needs to turn news into deliveries in one run. */
export interface ChannelContext {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  site: MessageSite;
  /** The Statuspage objects of the page as it stood right after a piece of news. */
  objectsAt(notification: Notification): StatuspageObjects;
  now: Date;
  dryRun: boolean;
  /** A secret by field (`url_env` → the value of the variable it names); `''` when unset (only in a dry run). */
  secret(field: string): string;
  /** The environment, for what a channel reads beyond its secrets (the email subscriber list). */
  env: NodeJS.ProcessEnv;
  policy: RetryPolicy;
  deadline: Deadline;
  redactor: Redactor;
  /** The idempotency key of a delivery: the same for the same news, channel and recipient, run after run. */
  idempotencyKey(news: News, recipient?: string): string;
  /** What the record holds for a delivery already (email skips recipients already settled). */
  recorded(news: News, recipientKey?: string): DeliveryEntry | undefined;
  /** Whether someone following `filter` hears about news touching `componentIds`. */
  follows(filter: readonly string[] | undefined, componentIds: readonly string[]): boolean;
}

/** The deliveries of one channel in one run, or why it cannot deliver. */
export interface ChannelPlan {
  deliveries: Delivery[];
  /** Why nothing can be sent (a broken subscriber list). */
  problem?: string;
  /** Per piece of news (by record id) with nobody to send to on this channel: what to say. */
  nobody?: Map<string, string>;
  close?(): void;
}

/** One channel type; its settings schema is exported beside it, and the registry joins both. */
export interface ChannelType<Settings extends { type: string; id: string }> {
  /** What it sends, for the docs' table of types. */
  sends: string;
  /** The commented example `upfront init` writes into notifications.yml. */
  template: string;
  /** Whether it also receives component status changes (`component.update`). */
  componentUpdates: boolean;
  /** Whether its deliveries go to each recipient of a list (the record then keeps one entry per recipient). */
  perRecipient: boolean;
  /** A secret that cannot be what its field needs, named without its value. */
  secretProblem?(settings: Settings, secret: (field: string) => string): string | undefined;
  /** The deliveries of `news` (already filtered by the channel's `components`). */
  plan(settings: Settings, news: readonly News[], context: ChannelContext): ChannelPlan;
  /** For a mailing-list service: the form readers subscribe with, and the audiences it keeps. */
  mailingList?: MailingList<Settings>;
}

/** What calls to a service's API need: the channel's secrets, the retry policy and the run's deadline. */
export type ServiceContext = Pick<ChannelContext, 'secret' | 'policy' | 'deadline'>;

/** A channel's secrets as `env` holds them: each by field (`''` when unset), every value set, and the variables not set. */
export function channelSecrets(settings: object, env: NodeJS.ProcessEnv): { secret(field: string): string; values: string[]; missing: string[] } {
  const fields = secretFields(settings);
  const secrets = new Map(fields.map(([field, variable]) => [field, env[variable]?.trim() || undefined]));
  return {
    secret: (field) => secrets.get(field) ?? '',
    values: [...secrets.values()].filter((v): v is string => v !== undefined),
    missing: fields.filter(([field]) => !secrets.get(field)).map(([, variable]) => variable),
  };
}

/** The environment variables a channel's settings name, by field. */
export function secretFields(settings: object): Array<[field: string, variable: string]> {
  return Object.entries(settings).filter(([field, value]) => field.endsWith('_env') && typeof value === 'string') as Array<[string, string]>;
}

/** A problem with a secret that must be an http(s) URL. */
export function httpUrlProblem(variable: string, value: string): string | undefined {
  const protocol = URL.canParse(value) ? new URL(value).protocol : '';
  return /^https?:$/.test(protocol) ? undefined : `environment variable ${variable} should hold an https:// URL`;
}

/** Which audience each choice on the form subscribes to: one for everything, one per component. */
export interface Audiences {
  everything?: string;
  components: Record<string, string>;
}

/** The form on the page, in the shape the service takes it. */
export interface SubscribeForm {
  /** The absolute address the form posts to. */
  action: string;
  /** The name of the address field. */
  emailField: string;
  /** The name of the field each chosen audience is sent in, once per choice. */
  choiceField: string;
  audiences: Required<Audiences>;
  /** Fields sent as they are (`embed=1`). */
  hidden: Array<[name: string, value: string]>;
  /** A field that must stay empty: the service drops a submission that fills it (a bot's). */
  honeypot?: string;
}

/** One broadcast: a piece of news, to the audiences that follow what it touches. */
export interface Broadcast {
  /** The same for the same news on the same channel, run after run: the service's idempotency key, or the mark an earlier run's broadcast is found by. */
  key: string;
  subject: string;
  /** The message as an HTML fragment, for the service's own template (which adds the unsubscribe link). */
  html: string;
  text: string;
  /** Audience values (list UUIDs, tag names): everything's first, then each touched component's. */
  audiences: string[];
}

/** What `sync` found and did at the service. */
export interface SyncResult {
  /** Audiences created, by choice (`everything` or a component id): what to write into notifications.yml. */
  created: Array<{ choice: string; value: string; name: string /** It was at the service already, only not in notifications.yml. */; found?: true }>;
  /** Audiences that notifications.yml names and the service already has. */
  existing: number;
  /** Why it could not finish (an error from the service, an audience named but missing). */
  problems: string[];
}

/** One audience the site needs: its choice, its display name at the service, and its value when notifications.yml has one. */
export interface WantedAudience {
  choice: string;
  name: string;
  value?: string;
}

/** A mailing-list service, as one provider module implements it. */
export interface MailingList<Settings> {
  /** The service's name, for messages. */
  service: string;
  /** The settings field that maps choices to audiences. */
  audiencesField: 'lists' | 'tags';
  /** What an audience is called at this service. */
  audienceNoun: string;
  audiences(settings: Settings): Audiences;
  /** Where and how the form posts (its audiences are the settings'). */
  form(settings: Settings): Omit<SubscribeForm, 'audiences'>;
  /** Sends one broadcast. */
  send(settings: Settings, broadcast: Broadcast, context: ServiceContext): Promise<Outcome>;
  /** Creates the audiences the service lacks. */
  sync(settings: Settings, wanted: WantedAudience[], context: ServiceContext): Promise<SyncResult>;
}
