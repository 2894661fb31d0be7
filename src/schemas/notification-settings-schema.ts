/**
 * Schema of `notifications.yml`, where `upfront notify` delivers news, and of the subscriber
 * list of the email channel. Secrets never appear here: fields ending in `_env` name the
 * environment variables that hold them.
 */
import { z } from 'astro/zod';
import { kebabId, linkUrl, urlProblem } from './field-types.ts';

const envName = z
  .string({ error: 'should name an environment variable, such as `SLACK_WEBHOOK_URL`' })
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'should name an environment variable (letters, digits and `_`), such as `SLACK_WEBHOOK_URL`; the secret itself never goes in this file');

/** Component or group ids; a channel or subscriber hears only about events touching one of them. */
export const componentFilter = z
  .array(kebabId, { error: 'should be a list of component or group ids, such as `[api, website]`' })
  .min(1, 'is empty; list component or group ids, or remove the field to hear about everything');

const channelBase = {
  /** Names the channel in the summary and in idempotency keys; never change it once deliveries were made. */
  id: kebabId,
  components: componentFilter.optional(),
};

// Plain http only to this machine, where a test or a relay may listen.
const serverUrl = z
  .string({ error: 'should be an https address, such as `https://mastodon.social`' })
  .trim()
  .regex(/^(?:https:\/\/[^\s/]+|http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)\/?$/i, 'should be the https address of the server, such as `https://mastodon.social`')
  .superRefine((text, context) => {
    const problem = urlProblem(text, 'contains a user name or password; secrets belong in environment variables, which this file names (`token_env`), never in the file itself');
    if (problem) context.addIssue({ code: 'custom', message: problem });
  })
  .transform((text) => text.replace(/\/$/, ''));

const MAILBOX = /^(?:[^<>@]+<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** A mailbox as mail headers write it: `status@acme.example` or `Acme Status <status@acme.example>`. */
const mailbox = z
  .string({ error: 'should be a mail address such as `Acme Status <status@acme.example>`' })
  .trim()
  .superRefine((text, context) => {
    // A line break would end the mail header and start another one (`Bcc:`, say): header injection.
    if (/[\u0000-\u001F\u007F]/.test(text)) {
      context.addIssue({ code: 'custom', message: 'must fit on one line: a line break or other control character in a mail header would let it add headers of its own' });
    } else if (!MAILBOX.test(text)) {
      context.addIssue({ code: 'custom', message: 'should be a mail address such as `status@acme.example` or `Acme Status <status@acme.example>`' });
    }
  });

/** A channel posting Statuspage-shaped JSON, signed with HMAC-SHA256. */
const webhookChannel = z.strictObject({
  ...channelBase,
  type: z.literal('webhook'),
  url_env: envName,
  /** The shared secret the receiver verifies the `X-Upfront-Signature-256` header with. */
  secret_env: envName,
});

/** Slack, Discord or a Teams workflow: an incoming-webhook URL is the whole secret. */
const chatChannel = (type: 'slack' | 'discord' | 'teams') => z.strictObject({ ...channelBase, type: z.literal(type), url_env: envName });

const mastodonChannel = z.strictObject({
  ...channelBase,
  type: z.literal('mastodon'),
  server: serverUrl,
  token_env: envName,
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),
});

const emailChannel = z
  .strictObject({
    ...channelBase,
    type: z.literal('email'),
    /** `smtp://user:password@host:587` or `smtps://…:465`; the password makes all of it a secret. */
    smtp_url_env: envName,
    from: mailbox,
    reply_to: mailbox.optional(),
    /** Names the variable that holds the subscriber list (YAML), so that no address is ever committed. */
    subscribers_env: envName,
    /**
     * Where a subscriber stops receiving mail: an https page or a mailto address, shown in every
     * mail and sent as `List-Unsubscribe`. `{email}` is replaced by the recipient's address.
     */
    unsubscribe: linkUrl,
  });

/** One configured channel; `type` tells which. */
export const channelSchema = z.discriminatedUnion('type', [
  webhookChannel,
  chatChannel('slack'),
  chatChannel('discord'),
  chatChannel('teams'),
  mastodonChannel,
  emailChannel,
]);

/** The channel types, as written in `type`. */
export const CHANNEL_TYPES = ['webhook', 'slack', 'discord', 'teams', 'mastodon', 'email'] as const;

/** `notifications.yml`. */
export const notificationSettingsSchema = z.strictObject({
  /**
   * Updates posted longer ago than this are not announced: they are history being filled in,
   * or a deploy that failed for a day; news that old would mislead more than inform.
   */
  announce_within_hours: z.number({ error: 'should be a number of hours, such as `24`' }).positive('should be more than 0').default(24),
  /** How hard to try a receiver that fails with a network error, a 5xx or a 429. */
  retry: z
    .strictObject({
      attempts: z.number().int().min(1).max(10).default(4),
      /** The wait before the second attempt; each later wait doubles it. */
      first_delay_seconds: z.number().min(0).max(60).default(2),
    })
    .prefault({}),
  channels: z.array(channelSchema, { error: 'should be a list of channels, each with an `id` and a `type`' }).default([]),
});

/** One entry of the email channel's subscriber list. */
export const subscriberSchema = z.strictObject({
  email: z.string({ error: 'should be a mail address' }).trim().pipe(z.email({ error: 'is not a mail address' })),
  components: componentFilter.optional(),
});

/** The subscriber list: a YAML list of `{ email, components? }`. */
export const subscriberListSchema = z.array(subscriberSchema, { error: 'should be a YAML list of subscribers, each `- email: …`' });

/** Validated notification settings. */
export type NotificationSettings = z.output<typeof notificationSettingsSchema>;
/** One validated channel. */
export type Channel = z.output<typeof channelSchema>;
/** One validated subscriber. */
export type Subscriber = z.output<typeof subscriberSchema>;
