/**
 * The machine-readable outputs of the registry (feeds, calendars, badges, build.json, the
 * Statuspage-compatible API), each for the whole site or one component, as responses for Astro's
 * static endpoints: `routes/[output].ts` and `routes/components/[id]/[output].ts` serve each entry. The XML and
 * calendar writers' output passes through `replaceForbidden`, so that no input can make a feed
 * that is not XML.
 */
import type { EventEntry, MaintenanceData } from '../schemas/incident-schema.ts';
import { feedEntries, type FeedEntry, type FeedOf } from '../outputs/feed-entries.ts';
import { atomDocument, rssDocument } from '../outputs/feed-documents.ts';
import { maintenanceCalendar } from '../outputs/maintenance-calendar.ts';
import { badgeSvg, componentBadge, pageBadge, shieldsEndpoint } from '../outputs/status-badges.ts';
import { statuspageApi, type ApiFile, type StatuspageApi } from '../outputs/statuspage-api.ts';
import { absoluteUrl, componentPath, outputPath, sitePath } from '../core/site-paths.ts';
import { siteData, type SiteData } from './site-data.ts';
import { replaceForbidden } from '../core/forbidden-characters.ts';
import { catalogIndex } from '../core/catalog.ts';
import { isoUtc } from '../core/format-time.ts';
import { nextChange } from '../status/next-change.ts';
import { API_OUTPUTS, OUTPUTS, type OutputName } from '../outputs/output-registry.ts';

// The feeds' entries are sorted once per load of the content; RSS and Atom carry the same ones.
const feedsByData = new WeakMap<SiteData, { of: FeedOf; chosen: Map<string, FeedEntry[]> }>();

function feedOf(data: SiteData, componentId?: string): FeedEntry[] {
  let feeds = feedsByData.get(data);
  if (!feeds) feedsByData.set(data, (feeds = { of: feedEntries(data.settings, data.events, data.postmortems, data.now), chosen: new Map() }));
  const key = componentId ?? '';
  let entries = feeds.chosen.get(key);
  if (!entries) feeds.chosen.set(key, (entries = feeds.of(componentId)));
  return entries;
}

/** The RSS or Atom feed of the site, or of one component. */
async function feedResponse(format: 'rss' | 'atom', componentId?: string): Promise<Response> {
  const data = await siteData();
  const { settings, now, componentName } = data;
  const { UI, lang } = data.view.locale;
  const name = componentId ? `${componentName(componentId)} · ${settings.name}` : settings.name;
  const channel = {
    title: name,
    description: UI.subscribe.feedDescription(name),
    pageUrl: absoluteUrl(settings.url, componentId ? componentPath(settings.base, componentId) : sitePath(settings.base)),
    selfUrl: absoluteUrl(settings.url, outputPath(settings.base, OUTPUTS[format].file, componentId)),
    fallbackUpdated: now,
    author: { name: settings.name, uri: absoluteUrl(settings.url, sitePath(settings.base)) },
    language: lang,
  };
  const entries = feedOf(data, componentId);
  const body = format === 'rss' ? await rssDocument(channel, entries) : atomDocument(channel, entries);
  return new Response(replaceForbidden(body), { headers: { 'content-type': OUTPUTS[format].type } });
}

/** The iCalendar file of maintenance windows of the site, or of one component. */
async function calendarResponse(componentId?: string): Promise<Response> {
  const { settings, events, now, componentName, overview, view } = await siteData();
  const { UI } = view.locale;
  const affecting = componentId ? (overview.histories.get(componentId)?.years.flatMap((year) => year.events) ?? []) : events;
  const windows = affecting.filter((e): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance');
  const name = `${UI.event.maintenanceShort}: ${componentId ? `${componentName(componentId)} · ` : ''}${settings.name}`;
  return new Response(replaceForbidden(maintenanceCalendar(settings, name, windows, now)), { headers: { 'content-type': OUTPUTS.calendar.type } });
}

async function badge(componentId?: string) {
  const { settings, overview, componentName, view } = await siteData();
  if (!componentId) return pageBadge(settings.name, overview.overall, view.locale);
  const component = overview.groups.flatMap((g) => g.components).find((c) => c.component.id === componentId)!;
  return componentBadge(componentName(componentId), component.status, view.locale);
}

/** The SVG status badge of the site, or of one component. */
async function badgeResponse(componentId?: string): Promise<Response> {
  return new Response(replaceForbidden(badgeSvg(await badge(componentId))), { headers: { 'content-type': OUTPUTS.badge.type } });
}

/** The shields.io endpoint JSON of the site, or of one component. */
async function shieldsResponse(componentId?: string): Promise<Response> {
  return new Response(shieldsEndpoint(await badge(componentId)), { headers: { 'content-type': OUTPUTS.shields.type } });
}

const apis = new WeakMap<SiteData, StatuspageApi>();

/** One file of the Statuspage-compatible API. */
export async function apiResponse(file: ApiFile): Promise<Response> {
  const data = await siteData();
  if (!apis.has(data)) apis.set(data, statuspageApi(data));
  return new Response(JSON.stringify(apis.get(data)![file]), {
    headers: { 'content-type': API_OUTPUTS.find((output) => output.file === `api/v2/${file}`)!.type },
  });
}

/** The response of `build.json`: when the site was built, and when it next changes by the clock alone. */
async function buildResponse(): Promise<Response> {
  const { events, postmortems, now, settings } = await siteData();
  const next = nextChange(events, [...postmortems.values()], now, settings.time_zone);
  const body = { generated_at: isoUtc(now), next_change_at: isoUtc(next.at), next_change: next.what };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': OUTPUTS.build.type } });
}

/** Each output's response, for the site or one component: the writer of each entry of the registry. */
const RESPONSES: Record<OutputName, (componentId?: string) => Promise<Response>> = {
  rss: (componentId) => feedResponse('rss', componentId),
  atom: (componentId) => feedResponse('atom', componentId),
  calendar: calendarResponse,
  badge: badgeResponse,
  shields: shieldsResponse,
  build: buildResponse,
};

/** The response of the output `name`, for the site or one component. */
export function outputResponse(name: OutputName, componentId?: string): Promise<Response> {
  return RESPONSES[name](componentId);
}

/** `getStaticPaths` of the components' outputs: each per-component entry, for each component. */
export async function componentOutputPaths() {
  const { catalog } = await siteData();
  const perComponent = Object.entries(OUTPUTS).filter(([, output]) => output.perComponent);
  return catalogIndex(catalog).componentIds.flatMap((id) =>
    perComponent.map(([name, output]) => ({ params: { id, output: output.file }, props: { name: name as OutputName } })),
  );
}
