/** Slack: an incoming webhook of a channel; its URL is the whole secret. */
import { z } from 'astro/zod';
import { slackMessage } from '../notification-messages.ts';
import { channelBase, envName, type ChannelType } from './channel-type.ts';
import { incomingWebhook } from './json-delivery.ts';

/** The settings of a `slack` channel. */
export const slackSettings = z.strictObject({ ...channelBase, type: z.literal('slack'), url_env: envName });

/** The `slack` channel type. */
export const slack: ChannelType<z.output<typeof slackSettings>> = {
  sends: 'an incoming-webhook message: header, text, facts and link as Block Kit blocks, with a plain `text` fallback',
  template: `# An incoming webhook of a Slack channel.
# - id: support-slack
#   type: slack
#   url_env: UPFRONT_SLACK_WEBHOOK_URL`,
  ...incomingWebhook((content) => slackMessage(content)),
};
