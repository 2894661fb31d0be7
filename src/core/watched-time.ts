/**
 * When monitoring began: the site's `tracking_since` or a component's own `since`, a day in the
 * site's time zone. Uptime counts only time from then on, and the checks warn about content before it.
 */
import { DateTime } from 'luxon';
import type { Component } from '../schemas/components-schema.ts';

/** When monitoring began: the start of day `since` (`YYYY-MM-DD`) in `zone`; undefined when it was not said. */
export function watchStart(since: string | undefined, zone: string): Date | undefined {
  return since === undefined ? undefined : DateTime.fromISO(since, { zone }).startOf('day').toJSDate();
}

/** When each component's monitoring began: its own `since`, or the site's `tracking_since`. */
export type WatchStarts = (component: Component) => Date | undefined;

/** The day a component's monitoring began (`YYYY-MM-DD`): its own `since`, else the site's `tracking_since`. */
export function watchDay(component: Component, trackingSince: string | undefined): string | undefined {
  return component.since ?? trackingSince;
}

/** The watch start of each component, from the site's `tracking_since` and the components' `since`, in `zone`. */
export function watchStarts(trackingSince: string | undefined, zone: string): WatchStarts {
  return (component) => watchStart(watchDay(component, trackingSince), zone);
}
