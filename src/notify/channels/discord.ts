/** Discord: a channel webhook; its URL is the whole secret. */
import { z } from 'astro/zod';
import { discordMessage, messageContent } from '../notification-messages.ts';
import { channelBase, envName, httpUrlProblem, type ChannelType } from './channel-type.ts';
import { jsonDelivery } from './json-delivery.ts';

/** The settings of a `discord` channel. */
export const discordSettings = z.strictObject({ ...channelBase, type: z.literal('discord'), url_env: envName });

/** The `discord` channel type. */
export const discord: ChannelType<z.output<typeof discordSettings>> = {
  sends: 'one embed coloured by severity, with `allowed_mentions` empty so no update can ping `@everyone`',
  template: `# A Discord channel webhook; \`components\` limits a channel to what a team runs.
# - id: team-discord
#   type: discord
#   url_env: UPFRONT_DISCORD_WEBHOOK_URL
#   components: [website]`,
  componentUpdates: false,
  perRecipient: false,
  secretProblem: (settings, secret) => httpUrlProblem(settings.url_env, secret('url_env')),
  plan: (_settings, news, context) => ({
    deliveries: news.flatMap((n) =>
      n.kind === 'notification' ? [jsonDelivery(n, context, context.secret('url_env'), discordMessage(messageContent(n.notification, context.site), context.settings.name))] : [],
    ),
  }),
};
