/** Microsoft Teams: a workflow started by "When a Teams webhook request is received"; its URL is the whole secret. */
import { z } from 'astro/zod';
import { teamsMessage } from '../notification-messages.ts';
import { channelBase, envName, type ChannelType } from './channel-type.ts';
import { incomingWebhook } from './json-delivery.ts';

/** The settings of a `teams` channel. */
export const teamsSettings = z.strictObject({ ...channelBase, type: z.literal('teams'), url_env: envName });

/** The `teams` channel type. */
export const teams: ChannelType<z.output<typeof teamsSettings>> = {
  sends:
    'an Adaptive Card (`type: message` with one `application/vnd.microsoft.card.adaptive` attachment), for a workflow started by "When a Teams webhook request is received"',
  template: `# A Teams "When a Teams webhook request is received" workflow.
# - id: operations-teams
#   type: teams
#   url_env: UPFRONT_TEAMS_WORKFLOW_URL`,
  ...incomingWebhook((content) => teamsMessage(content)),
};
