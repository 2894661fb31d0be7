/**
 * The data every page needs, read from Astro's collections once per build and shared by
 * all pages (pages must not recompute whole-site state one page at a time).
 */
import { getCollection, getEntry } from 'astro:content';
import { buildNow } from '../lib/shared-content.ts';
import { newestFirst } from '../lib/event-state.ts';
import { statusOverview, type StatusOverview } from '../lib/status-overview.ts';
import { historyMonths, type HistoryMonth } from '../lib/event-history.ts';
import { fileHistoryUrl } from '../lib/repository-links.ts';
import { serializeLiveData } from '../lib/live-data.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';

/** Site-wide data for rendering. */
export interface SiteData {
  settings: SiteSettings;
  catalog: ComponentCatalog;
  events: EventEntry[];
  eventsById: Map<string, EventEntry>;
  postmortems: Map<string, PostmortemEntry>;
  /** A component's display name (its id if it were ever unknown; validation prevents that). */
  componentName(id: string): string;
  /** The link to the edit history of a content file, when a repository is configured. */
  historyUrl(filePath: string | undefined): string | undefined;
  now: Date;
  overview: StatusOverview;
  /** Every month of history, newest first. */
  months: HistoryMonth[];
  /** The JSON every page embeds for its browser script, serialized once per build. */
  liveJson: string;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const settings = (await getEntry('settings', 'site'))?.data;
  const catalog = (await getEntry('catalog', 'components'))?.data;
  if (!settings || !catalog) throw new Error('site.yml or components/components.yml did not load; run `npm run check`');
  const now = buildNow();
  // Collections come back unordered: keep the loader's newest-first order explicitly.
  const events = (await getCollection('events')) as EventEntry[];
  events.sort(newestFirst);
  const postmortems = new Map<string, PostmortemEntry>((await getCollection('postmortems')).map((p) => [p.id, p as PostmortemEntry]));
  const componentsById = new Map(catalog.groups.flatMap((g) => g.components.map((c) => [c.id, c] as const)));
  const componentName = (id: string) => componentsById.get(id)?.name ?? id;
  const { repository_url: repository, repository_branch: branch } = settings;
  const overview = statusOverview(catalog, events, now, settings.time_zone);
  const historyUrl = (filePath: string | undefined) => (repository && filePath ? fileHistoryUrl(repository, branch, filePath) : undefined);
  return {
    settings,
    catalog,
    componentName,
    historyUrl,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    postmortems,
    now,
    overview,
    months: historyMonths(events, now, settings.time_zone),
    liveJson: serializeLiveData(overview.live),
  };
}

/** Site-wide data, computed once per build. */
export function siteData(): Promise<SiteData> {
  return (cached ??= load());
}
