/**
 * Schema of `notifications.yml`, where `upfront notify` delivers news. Secrets never appear
 * here: fields ending in `_env` name the environment variables that hold them. Each channel's
 * own fields are its type's (channels/registry.ts).
 */
import { z } from 'astro/zod';
import { channelSchema } from './channels/registry.ts';

/** `notifications.yml`. */
export const notificationSettingsSchema = z.strictObject({
  /**
   * News is announced for this long after a run first sees it (a failed channel is retried that
   * long); news already older than this when the delivery record starts is history.
   */
  announce_within_hours: z.number({ error: 'should be a number of hours, such as `24`' }).positive('should be more than 0').default(24),
  /** How hard to try a receiver that fails with a network error, a 5xx or a 429, within one run. */
  retry: z
    .strictObject({
      attempts: z.number().int().min(1).max(10).default(4),
      /** The wait before the second attempt; each later wait doubles it. */
      first_delay_seconds: z.number().min(0).max(60).default(2),
    })
    .prefault({}),
  channels: z.array(channelSchema, { error: 'should be a list of channels, each with an `id` and a `type`' }).default([]),
});

/** Validated notification settings. */
export type NotificationSettings = z.output<typeof notificationSettingsSchema>;
