/**
 * The data every page needs, worked out once per load of the content (once per build; again
 * after each edit in `upfront dev`) and shared by all pages, which must not recompute whole-site
 * state one page at a time.
 */
import { contentDir } from 'virtual:upfront/site';
import { buildNow, sharedContent } from './shared-content.ts';
import { logoSize, type SiteContent } from '../content/load-content.ts';
import { statusOverview, type StatusOverview } from '../status/status-overview.ts';
import { watchStarts } from '../core/watched-time.ts';
import { historyMonths, type HistoryMonth } from '../status/event-history.ts';
import { fileHistoryUrl } from '../outputs/repository-links.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { EventEntry } from '../schemas/incident-schema.ts';
import type { PostmortemEntry } from '../schemas/postmortem-schema.ts';
import { catalogIndex } from '../core/catalog.ts';
import { siteLocale, type Locale } from '../core/site-locale.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { readNotificationSettings, subscribeForm } from '../notify/notification-config.ts';
import type { SubscribeForm } from '../notify/channels/channel-type.ts';

/** What the shared components need to render an event or a bar, handed to them as a prop. */
export interface RenderView {
  base: string;
  zone: string;
  now: Date;
  /** The site's language: its words and formats. */
  locale: Locale;
  componentName(id: string): string;
  eventsById: ReadonlyMap<string, EventEntry>;
}

/** Site-wide data for rendering. */
export interface SiteData {
  /** What the shared components render with. */
  view: RenderView;
  settings: SiteSettings;
  catalog: ComponentCatalog;
  /** Incidents and maintenance, newest first by first post. */
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
  /** The site's logo with its size, so the header never shifts while it loads. */
  logo?: { src: string; width: number; height: number };
  /** The email subscription form, when notifications.yml has a mailing list. */
  subscribeForm?: SubscribeForm;
}

/** The logo named in the settings, read once for its size (validation made sure it has one). */
function logoImage(settings: SiteSettings): SiteData['logo'] {
  const size = settings.logo ? logoSize(contentDir, settings.logo) : undefined;
  return settings.logo && size && !('problem' in size) ? { src: `${settings.base}${settings.logo}`, ...size } : undefined;
}

const computed = new WeakMap<SiteContent, Promise<SiteData>>();

function compute(content: SiteContent, form: SubscribeForm | undefined): SiteData {
  const settings = content.settings!;
  const catalog = content.catalog!;
  const now = buildNow();
  const events = content.events;
  const postmortems = new Map(content.postmortems.map((p) => [p.id, p]));
  const { byId: componentsById } = catalogIndex(catalog);
  const componentName = (id: string) => componentsById.get(id)?.name ?? id;
  const { repository_url: repository, repository_branch: branch } = settings;
  const overview = statusOverview(catalog, events, now, settings.time_zone, watchStarts(settings.tracking_since, settings.time_zone));
  const historyUrl = (filePath: string | undefined) => (repository && filePath ? fileHistoryUrl(repository, branch, filePath) : undefined);
  const eventsById = new Map(events.map((e) => [e.id, e]));
  return {
    view: { base: settings.base, zone: settings.time_zone, now, locale: siteLocale(settings), componentName, eventsById },
    settings,
    catalog,
    componentName,
    historyUrl,
    events,
    eventsById,
    postmortems,
    now,
    overview,
    months: historyMonths(events, now, settings.time_zone),
    logo: logoImage(settings),
    subscribeForm: form,
  };
}

/** Site-wide data of the current content, computed once per load. */
export async function siteData(): Promise<SiteData> {
  const content = await sharedContent(contentDir);
  let data = computed.get(content);
  if (!data) computed.set(content, (data = withForm(content)));
  return data;
}

async function withForm(content: SiteContent): Promise<SiteData> {
  // The build validated notifications.yml with the content already; a page run alone still refuses a broken one.
  const notifications = await readNotificationSettings(contentDir, content);
  if (notifications.present && !notifications.value) {
    throw new Error(`notifications.yml has errors (run \`npm run check\`):\n${notifications.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`);
  }
  return compute(content, subscribeForm(notifications.value));
}
