/** Mastodon: statuses posted by an account, with a token that has the `write:statuses` scope. */
import { z } from 'astro/zod';
import { mastodonStatus, messageContent } from '../notification-messages.ts';
import { channelBase, envName, serviceUrl, type ChannelType } from './channel-type.ts';
import { jsonDelivery } from './json-delivery.ts';

/** The settings of a `mastodon` channel. */
export const mastodonSettings = z.strictObject({
  ...channelBase,
  type: z.literal('mastodon'),
  server: serviceUrl('https://mastodon.social', false, 'token_env'),
  token_env: envName,
  visibility: z.enum(['public', 'unlisted', 'private', 'direct']).default('public'),
});

/** The `mastodon` channel type. */
export const mastodon: ChannelType<z.output<typeof mastodonSettings>> = {
  sends:
    '`POST /api/v1/statuses` with the bearer token: subject, text, next update and link within 500 characters (Mastodon honours `Idempotency-Key` for an hour)',
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
            jsonDelivery(
              n,
              context,
              `${settings.server}/api/v1/statuses`,
              { status: mastodonStatus(messageContent(n.notification, context.site)), visibility: settings.visibility },
              () => ({
                Authorization: `Bearer ${context.secret('token_env')}`,
              }),
            ),
          ]
        : [],
    ),
  }),
};
