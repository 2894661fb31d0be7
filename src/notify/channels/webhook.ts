/** Webhooks: Statuspage-shaped JSON to any HTTPS endpoint, signed with a timestamped HMAC-SHA256. */
import { z } from 'astro/zod';
import { absoluteUrl, sitePath } from '../../core/site-paths.ts';
import { componentPayload, incidentPayload, SIGNATURE_HEADER, signPayload } from '../notification-webhook.ts';
import { channelBase, envName, httpUrlProblem, type ChannelType } from './channel-type.ts';
import { jsonDelivery } from './json-delivery.ts';

/** The settings of a `webhook` channel. */
export const webhookSettings = z.strictObject({
  ...channelBase,
  type: z.literal('webhook'),
  url_env: envName,
  /** The shared secret the receiver verifies the `X-Upfront-Signature-256` header with. */
  secret_env: envName,
});

/** The `webhook` channel type. */
export const webhook: ChannelType<z.output<typeof webhookSettings>> = {
  sends:
    "`POST` of Statuspage's webhook JSON: `meta`, `page` and `incident` as it stood right after that update (its status, its `incident_updates` up to that one; plus `postmortem_body` and `postmortem_published_at` for a postmortem); and, for each component whose status the news moved (a window starting or ending on schedule too), a `component` and `component_update` payload. Signed (below)",
  template: `# Statuspage-shaped JSON to any HTTPS endpoint, signed with HMAC-SHA256 in X-Upfront-Signature-256.
# - id: incident-bridge
#   type: webhook
#   url_env: UPFRONT_WEBHOOK_URL
#   secret_env: UPFRONT_WEBHOOK_SECRET`,
  componentUpdates: true,
  perRecipient: false,
  secretProblem: (settings, secret) => httpUrlProblem(settings.url_env, secret('url_env')),
  plan: (_settings, news, context) => {
    const meta = { documentation: absoluteUrl(context.settings.url, sitePath(context.settings.base, 'subscribe')), generatedAt: context.now };
    const deliveries = news.map((n) => {
      const payload =
        n.kind === 'notification'
          ? incidentPayload(n.notification, context.objectsAt(n.notification), meta)
          : componentPayload(n.change, context.objectsAt(n.change.cause), meta);
      return jsonDelivery(n, context, context.secret('url_env'), payload, (body, id) => ({
        'X-Upfront-Delivery': id,
        'X-Upfront-Event': n.kind === 'component' ? 'component.update' : 'incident.update',
        // Signed at each attempt: the timestamp is when this request left, so receivers can refuse old ones.
        [SIGNATURE_HEADER]: signPayload(context.secret('secret_env'), body, Math.floor(Date.now() / 1000)),
      }));
    });
    return { deliveries };
  },
};
