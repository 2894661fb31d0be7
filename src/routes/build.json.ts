/**
 * When the site was built, and when it next changes by the clock alone: what a scheduled job
 * reads, with one request, to rebuild only when something is due.
 */
import { isoUtc } from '../core/format-time.ts';
import { siteData } from '../site/site-data.ts';
import { nextChange } from '../status/next-change.ts';
import { OUTPUTS } from '../outputs/output-registry.ts';

export async function GET() {
  const { events, postmortems, now, settings } = await siteData();
  const next = nextChange(events, [...postmortems.values()], now, settings.time_zone);
  const body = { generated_at: isoUtc(now), next_change_at: isoUtc(next.at), next_change: next.what };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': OUTPUTS.build.type } });
}
