/** A delivery that POSTs one JSON payload, shared by every channel type that speaks HTTP, and the chat services' incoming webhooks built on it. */
import { postJson } from '../delivery-transport.ts';
import { messageContent, type MessageContent } from '../notification-messages.ts';
import { httpUrlProblem, type ChannelContext, type ChannelType, type Delivery, type News } from './channel-type.ts';

/**
 * A JSON POST of `payload` to `url`, carrying the delivery's idempotency key; `headers` may
 * depend on the exact body and the moment of each attempt (a timestamped signature does).
 */
export function jsonDelivery(
  news: News,
  context: ChannelContext,
  url: string,
  payload: unknown,
  headers: (body: string, id: string) => Record<string, string> = () => ({}),
): Delivery {
  const body = JSON.stringify(payload);
  const id = context.idempotencyKey(news);
  return {
    news,
    preview: JSON.stringify(payload, null, 2),
    send: () => postJson(url, body, () => ({ 'Idempotency-Key': id, ...headers(body, id) }), context.policy, context.deadline),
  };
}

/**
 * What a chat service's incoming webhook (Slack, Discord, a Teams workflow) needs: its URL, the
 * whole secret, in `url_env`, and one message per notification in the service's `format`.
 */
export function incomingWebhook<Settings extends { type: string; id: string; url_env: string }>(
  format: (content: MessageContent, context: ChannelContext) => unknown,
): Pick<ChannelType<Settings>, 'componentUpdates' | 'perRecipient' | 'secretProblem' | 'plan'> {
  return {
    componentUpdates: false,
    perRecipient: false,
    secretProblem: (settings, secret) => httpUrlProblem(settings.url_env, secret('url_env')),
    plan: (_settings, news, context) => ({
      deliveries: news.flatMap((n) =>
        n.kind === 'notification' ? [jsonDelivery(n, context, context.secret('url_env'), format(messageContent(n.notification, context.site), context))] : [],
      ),
    }),
  };
}
