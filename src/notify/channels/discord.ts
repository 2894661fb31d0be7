/** Discord: a channel webhook; its URL is the whole secret. */
import { z } from 'astro/zod';
import { discordMessage } from '../notification-messages.ts';
import { channelBase, envName, type ChannelType } from './channel-type.ts';
import { incomingWebhook } from './json-delivery.ts';

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
  ...incomingWebhook((content, context) => discordMessage(content, context.settings.name)),
};
