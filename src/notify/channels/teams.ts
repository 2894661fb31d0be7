/** Microsoft Teams: a workflow started by "When a Teams webhook request is received"; its URL is the whole secret. */
import { z } from 'astro/zod';
import { messageContent, teamsMessage } from '../notification-messages.ts';
import { channelBase, envName, httpUrlProblem, type ChannelType } from './channel-type.ts';
import { jsonDelivery } from './json-delivery.ts';

/** The settings of a `teams` channel. */
export const teamsSettings = z.strictObject({ ...channelBase, type: z.literal('teams'), url_env: envName });

/** The `teams` channel type. */
export const teams: ChannelType<z.output<typeof teamsSettings>> = {
  sends: 'an Adaptive Card (`type: message` with one `application/vnd.microsoft.card.adaptive` attachment), for a workflow started by "When a Teams webhook request is received"',
  template: `# A Teams "When a Teams webhook request is received" workflow.
# - id: operations-teams
#   type: teams
#   url_env: UPFRONT_TEAMS_WORKFLOW_URL`,
  componentUpdates: false,
  perRecipient: false,
  secretProblem: (settings, secret) => httpUrlProblem(settings.url_env, secret('url_env')),
  plan: (_settings, news, context) => ({
    deliveries: news.flatMap((n) => (n.kind === 'notification' ? [jsonDelivery(n, context, context.secret('url_env'), teamsMessage(messageContent(n.notification, context.site)))] : [])),
  }),
};
