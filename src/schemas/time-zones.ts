/**
 * Which IANA names a site's `time_zone` may use: a geographic zone (`Area/City`) or `UTC`. Fixed
 * offsets (`EST`, `Etc/GMT+5`) keep no daylight saving time, and the old names (`PST8PDT`,
 * `US/Eastern`) are kept by the database only for compatibility; a team keeps a city's clock.
 */
import { IANAZone } from 'luxon';
import { didYouMean } from './suggest.ts';

// What people mean by the bare abbreviations, which the database defines without daylight saving time.
const MEANT_BY = new Map([
  ['EST', 'America/New_York'],
  ['MST', 'America/Denver'],
]);
// Areas of the database that hold only compatibility links.
const LEGACY_AREAS = new Set(['US', 'Canada', 'Mexico', 'Brazil', 'Chile', 'SystemV']);

/** Why `zone` (a valid IANA name) is not a geographic zone, with the city zone to use; undefined when it is one, or `UTC`. */
function legacyZoneProblem(zone: string): string | undefined {
  const area = zone.includes('/') ? zone.split('/')[0] : undefined;
  if (zone === 'UTC' || (area && area !== 'Etc' && !LEGACY_AREAS.has(area))) return undefined;
  const canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  const city = MEANT_BY.get(zone) ?? (canonical === 'UTC' || (canonical.includes('/') && !canonical.startsWith('Etc/')) ? canonical : undefined);
  const suggestion = city ? `use \`${city}\`` : 'use the zone of the city whose clock your team keeps, such as `America/New_York` or `Europe/Berlin`';
  return `\`${zone}\` is a fixed or legacy zone name, which follows no city's daylight saving time; ${suggestion}`;
}

/** Why `zone` cannot be a site's or a timestamp's zone (not an IANA name, or a legacy one), with what to write; undefined when it is fine. */
export function zoneNameProblem(zone: string): string | undefined {
  if (!IANAZone.isValidZone(zone)) {
    return `\`${zone}\` is not an IANA time zone.${didYouMean(zone, Intl.supportedValuesOf('timeZone'))} Use a name such as \`Europe/Berlin\`, \`America/New_York\` or \`UTC\``;
  }
  return legacyZoneProblem(zone);
}
