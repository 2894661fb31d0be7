/** Mastodon: statuses posted by an account, with a token that has the `write:statuses` scope. */
import { z } from 'astro/zod';
import { urlProblem } from '../../schemas/field-types.ts';
import { mastodonStatus, messageContent } from '../notification-messages.ts';
import { channelBase, envName, type ChannelType } from './channel-type.ts';
import { jsonDelivery } from './json-delivery.ts';

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

/** The settings of a `mastodon` channel. */
export const mastodonSettings = z.strictObject({
  ...channelBase,
  type: z.literal('mastodon'),
  server: serverUrl,
  token_env: envName,
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),
});

/** The `mastodon` channel type. */
export const mastodon: ChannelType<z.output<typeof mastodonSettings>> = {
  sends: '`POST /api/v1/statuses` with the bearer token: subject, text, next update and link within 500 characters (Mastodon honours `Idempotency-Key` for an hour)',
  template: `# A Mastodon account (the token needs the write:statuses scope).
# - id: mastodon
#   type: mastodon
#   server: https://mastodon.social
#   token_env: UPFRONT_MASTODON_TOKEN`,
  componentUpdates: false,
  perRecipient: false,
  plan: (settings, news, context) => ({
    deliveries: news.flatMap((n) =>
      n.kind === 'notification'
        ? [
            jsonDelivery(n, context, `${settings.server}/api/v1/statuses`, { status: mastodonStatus(messageContent(n.notification, context.site)), visibility: settings.visibility }, () => ({
              Authorization: `Bearer ${context.secret('token_env')}`,
            })),
          ]
        : [],
    ),
  }),
};
