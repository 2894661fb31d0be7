/**
 * The entries of the feeds: one per update of an incident or maintenance window, and one per
 * published postmortem, so that a feed reader notifies on every new update. Ids never change:
 * they are made of the event id and the update time alone.
 */
import type { EventData, EventEntry } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { affectedComponents, shownStatus } from '../core/event-state.ts';
import { formatTimeRange, isoUtc } from '../core/format-time.ts';
import { siteLocale } from '../core/site-locale.ts';
import { markdownToHtml } from '../content/markdown-html.ts';
import { absoluteUrl, eventPath, postmortemPath, updateAnchor } from '../core/site-paths.ts';

/** One feed entry. */
export interface FeedEntry {
  /** A `tag:` URI, the same in RSS and Atom. */
  id: string;
  /** `[Identified] Elevated API error rates` */
  title: string;
  /** The update's own time. */
  updated: Date;
  /** The update text as sanitized HTML. */
  html: string;
  /** The update's anchor on its event page, absolute. */
  link: string;
  componentIds: string[];
}

/** The stable id of an entry: `tag:<site host>,<year>:<event id>/<what>`. */
export function entryId(settings: SiteSettings, eventId: string, at: Date, what: string): string {
  return `tag:${new URL(settings.url).hostname},${at.getUTCFullYear()}:${eventId}/${what}`;
}

/** An entry before its HTML is rendered: rendering waits until the feed is cut to its length. */
type Candidate = Omit<FeedEntry, 'html'> & { render: () => string };

function eventEntries(settings: SiteSettings, { id, data }: EventEntry): Candidate[] {
  const componentIds = affectedComponents(data).map(([componentId]) => componentId);
  const page = eventPath(settings.base, id);
  const { UI, region } = siteLocale(settings);
  const window = () =>
    data.kind === 'maintenance' ? `<p>${UI.event.window}: ${formatTimeRange(data.scheduled_for, data.scheduled_until, settings.time_zone, region)}</p>` : '';
  // The resolution carries what customers receive for the outage, as the incident page does.
  const compensation = (update: EventData['updates'][number]) =>
    data.kind === 'incident' && update.status === 'resolved' && data.compensation
      ? `<h3>${UI.event.compensation}</h3>${markdownToHtml(data.compensation)}`
      : '';
  return data.updates.map((update) => ({
    id: entryId(settings, id, update.at, isoUtc(update.at)),
    title: UI.feedTitle(UI.statuses[shownStatus(data, update)], data.title),
    updated: update.at,
    render: () => markdownToHtml(update.message) + window() + compensation(update),
    link: absoluteUrl(settings.url, `${page}#${updateAnchor(update.at)}`),
    componentIds,
  }));
}

/** The entries of one feed: the site's (no component id) or a component's. */
export type FeedOf = (componentId?: string) => FeedEntry[];

/**
 * The feeds' entries: every update, and every postmortem published by `now`, sorted once for all
 * the feeds of a build; each feed is the newest `settings.feed_entries` of them, newest first,
 * only those affecting its component when it has one.
 */
export function feedEntries(settings: SiteSettings, events: readonly EventEntry[], postmortems: ReadonlyMap<string, PostmortemEntry>, now: Date): FeedOf {
  const { UI } = siteLocale(settings);
  const candidates = events.flatMap((event) => {
    const list = eventEntries(settings, event);
    const postmortem = postmortems.get(event.id);
    if (postmortem && postmortem.data.published <= now) {
      list.push({
        id: entryId(settings, event.id, postmortem.data.published, 'postmortem'),
        title: UI.feedTitle(UI.event.postmortem, postmortem.data.title ?? event.data.title),
        updated: postmortem.data.published,
        render: () => markdownToHtml(postmortem.data.body),
        link: absoluteUrl(settings.url, postmortemPath(settings.base, event.id)),
        componentIds: list[0].componentIds,
      });
    }
    return list;
  });
  candidates.sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? -1 : 1));
  return (componentId) => {
    const chosen: FeedEntry[] = [];
    for (const { render, ...entry } of candidates) {
      if (chosen.length === settings.feed_entries) break;
      if (!componentId || entry.componentIds.includes(componentId)) chosen.push({ ...entry, html: render() });
    }
    return chosen;
  };
}
