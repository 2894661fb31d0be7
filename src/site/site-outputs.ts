/**
 * The machine-readable outputs (feeds, calendars, badges, the Statuspage-compatible API), each
 * for the whole site or one component, as responses for Astro's static endpoints. The XML and
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
import { API_OUTPUTS, OUTPUTS } from '../outputs/output-registry.ts';

/** `getStaticPaths` of per-component outputs: one per component. */
export async function componentPaths() {
  const { catalog } = await siteData();
  return catalogIndex(catalog).componentIds.map((id) => ({ params: { id } }));
}

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
export async function feedResponse(format: 'rss' | 'atom', componentId?: string): Promise<Response> {
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
export async function calendarResponse(componentId?: string): Promise<Response> {
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
export async function badgeResponse(componentId?: string): Promise<Response> {
  return new Response(replaceForbidden(badgeSvg(await badge(componentId))), { headers: { 'content-type': OUTPUTS.badge.type } });
}

/** The shields.io endpoint JSON of the site, or of one component. */
export async function shieldsResponse(componentId?: string): Promise<Response> {
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
