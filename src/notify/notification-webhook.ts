/**
 * Webhook payloads in the shape of Atlassian Statuspage's webhook notifications (`meta`, `page`,
 * then `incident` with its `incident_updates`, or `component` with its `component_update`), so
 * receivers written for Statuspage work unchanged, and the HMAC-SHA256 signature that proves a
 * payload came from this page.
 */
import { createHmac } from 'node:crypto';
import { eventsAsOf, type ComponentChange, type Notification } from './live-news.ts';
import { isoUtc } from '../core/format-time.ts';
import type { StatuspageObjects } from '../outputs/statuspage-api.ts';

/** The header carrying the signature: `t=<unix seconds>,sha256=<hex HMAC of "<t>.<raw body>">`. */
export const SIGNATURE_HEADER = 'X-Upfront-Signature-256';

/** Where the payload documents itself and when it was made. */
export interface WebhookMeta {
  documentation: string;
  generatedAt: Date;
}

function envelope(objects: StatuspageObjects, meta: WebhookMeta): Record<string, unknown> {
  return {
    // Statuspage links each subscriber's own unsubscribe page; a receiver here is configured by the page's owners.
    meta: { unsubscribe: null, documentation: meta.documentation, generated_at: isoUtc(meta.generatedAt) },
    page: { id: objects.page.id, status_indicator: objects.status.indicator, status_description: objects.status.description },
  };
}

/**
 * The payload of an incident, maintenance or postmortem notification: the event as it stood
 * right after the news (`objects` are the page's at that moment), so that each of two updates
 * delivered together carries its own status and text.
 */
export function incidentPayload(notification: Notification, objects: StatuspageObjects, meta: WebhookMeta): Record<string, unknown> {
  const [then = notification.event] = eventsAsOf([notification.event], notification.at);
  const incident = objects.eventObject(then);
  const { postmortem } = notification;
  Object.assign(incident, {
    postmortem_body: postmortem ? postmortem.data.body : null,
    postmortem_published_at: postmortem ? isoUtc(postmortem.data.published) : null,
  });
  return { ...envelope(objects, meta), incident };
}

/** The payload of a component's status change. */
export function componentPayload(change: ComponentChange, objects: StatuspageObjects, meta: WebhookMeta): Record<string, unknown> {
  return {
    ...envelope(objects, meta),
    component_update: {
      id: change.key,
      component_id: change.componentId,
      component_type: 'Component',
      old_status: change.oldStatus,
      new_status: change.newStatus,
      created_at: isoUtc(change.cause.at),
    },
    component: objects.componentById.get(change.componentId) ?? null,
  };
}

/**
 * The value of the signature header for `body` (the exact bytes sent) at `timestamp` (Unix
 * seconds): the timestamp is signed with the body, so a captured delivery cannot be replayed
 * later to a receiver that refuses old timestamps.
 */
export function signPayload(secret: string, body: string, timestamp: number): string {
  return `t=${timestamp},sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
