/** A delivery that POSTs one JSON payload, shared by every channel type that speaks HTTP. */
import { postJson } from '../delivery-transport.ts';
import type { ChannelContext, Delivery, News } from './channel-type.ts';

/**
 * A JSON POST of `payload` to `url`, carrying the delivery's idempotency key; `headers` may
 * depend on the exact body and the moment of each attempt (a timestamped signature does).
 */
export function jsonDelivery(news: News, context: ChannelContext, url: string, payload: unknown, headers: (body: string, id: string) => Record<string, string> = () => ({})): Delivery {
  const body = JSON.stringify(payload);
  const id = context.idempotencyKey(news);
  return {
    news,
    preview: JSON.stringify(payload, null, 2),
    send: () => postJson(url, body, () => ({ 'Idempotency-Key': id, ...headers(body, id) }), context.policy, context.deadline),
  };
}
