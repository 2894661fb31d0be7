/**
 * Which IANA names a site's `time_zone` may use: a geographic zone (`Area/City`) or `UTC`. Fixed
 * offsets (`EST`, `Etc/GMT+5`) keep no daylight saving time, and the old names (`PST8PDT`,
 * `US/Eastern`) are kept by the database only for compatibility; a team keeps a city's clock.
 */

// What people mean by the bare abbreviations, which the database defines without daylight saving time.
const MEANT_BY = new Map([
  ['EST', 'America/New_York'],
  ['MST', 'America/Denver'],
]);
// Areas of the database that hold only compatibility links.
const LEGACY_AREAS = new Set(['US', 'Canada', 'Mexico', 'Brazil', 'Chile', 'SystemV']);

/** Why `zone` (a valid IANA name) is not a geographic zone, with the city zone to use; undefined when it is one, or `UTC`. */
export function legacyZoneProblem(zone: string): string | undefined {
  const area = zone.includes('/') ? zone.split('/')[0] : undefined;
  if (zone === 'UTC' || (area && area !== 'Etc' && !LEGACY_AREAS.has(area))) return undefined;
  const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  const city = MEANT_BY.get(zone) ?? (canonical === 'UTC' || (canonical.includes('/') && !canonical.startsWith('Etc/')) ? canonical : undefined);
  const suggestion = city ? `use \`${city}\`` : 'use the zone of the city whose clock your team keeps, such as `America/New_York` or `Europe/Berlin`';
  return `\`${zone}\` is a fixed or legacy zone name, which follows no city's daylight saving time; ${suggestion}`;
}
