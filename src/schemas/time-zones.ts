/**
 * Which IANA names a site's `time_zone` may use: a geographic zone (`Area/City`) or `UTC`. Fixed
 * offsets (`EST`, `Etc/GMT+5`) keep no daylight saving time, and the old names (`PST8PDT`,
 * `US/Eastern`) are kept by the database only for compatibility; a team keeps a city's clock.
 */
import { IANAZone } from 'luxon';
import { didYouMean } from './suggest.ts';

/**
 * The city each legacy or fixed name stands for: IANA's `backward` links, and what people mean by
 * the bare abbreviations (which the database defines without daylight saving time). Upfront keeps
 * this table itself: engines disagree on whether they resolve such links (Node 26 no longer does).
 */
export const CITY_OF: Record<string, string> = {
  EST: 'America/New_York',
  MST: 'America/Denver',
  HST: 'Pacific/Honolulu',
  EST5EDT: 'America/New_York',
  CST6CDT: 'America/Chicago',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
  'US/Alaska': 'America/Anchorage',
  'US/Aleutian': 'America/Adak',
  'US/Arizona': 'America/Phoenix',
  'US/Central': 'America/Chicago',
  'US/East-Indiana': 'America/Indiana/Indianapolis',
  'US/Eastern': 'America/New_York',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Indiana-Starke': 'America/Indiana/Knox',
  'US/Michigan': 'America/Detroit',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'US/Samoa': 'Pacific/Pago_Pago',
  'Canada/Atlantic': 'America/Halifax',
  'Canada/Central': 'America/Winnipeg',
  'Canada/Eastern': 'America/Toronto',
  'Canada/Mountain': 'America/Edmonton',
  'Canada/Newfoundland': 'America/St_Johns',
  'Canada/Pacific': 'America/Vancouver',
  'Canada/Saskatchewan': 'America/Regina',
  'Canada/Yukon': 'America/Whitehorse',
  'Mexico/BajaNorte': 'America/Tijuana',
  'Mexico/BajaSur': 'America/Mazatlan',
  'Mexico/General': 'America/Mexico_City',
  'Brazil/Acre': 'America/Rio_Branco',
  'Brazil/DeNoronha': 'America/Noronha',
  'Brazil/East': 'America/Sao_Paulo',
  'Brazil/West': 'America/Manaus',
  'Chile/Continental': 'America/Santiago',
  'Chile/EasterIsland': 'Pacific/Easter',
  GB: 'Europe/London',
  'GB-Eire': 'Europe/London',
  Eire: 'Europe/Dublin',
  Portugal: 'Europe/Lisbon',
  Poland: 'Europe/Warsaw',
  'W-SU': 'Europe/Moscow',
  Turkey: 'Europe/Istanbul',
  Iceland: 'Atlantic/Reykjavik',
  Egypt: 'Africa/Cairo',
  Libya: 'Africa/Tripoli',
  Israel: 'Asia/Jerusalem',
  Iran: 'Asia/Tehran',
  Japan: 'Asia/Tokyo',
  PRC: 'Asia/Shanghai',
  ROC: 'Asia/Taipei',
  ROK: 'Asia/Seoul',
  Hongkong: 'Asia/Hong_Kong',
  Singapore: 'Asia/Singapore',
  NZ: 'Pacific/Auckland',
  'NZ-CHAT': 'Pacific/Chatham',
  Navajo: 'America/Denver',
  Cuba: 'America/Havana',
  Jamaica: 'America/Jamaica',
  Kwajalein: 'Pacific/Kwajalein',
};
// Names that are UTC under another spelling.
const UTC_NAMES = new Set([
  'Etc/UTC',
  'Etc/UCT',
  'Etc/Universal',
  'Etc/Zulu',
  'Etc/GMT',
  'Etc/GMT0',
  'Etc/GMT+0',
  'Etc/GMT-0',
  'Etc/Greenwich',
  'GMT',
  'GMT0',
  'GMT+0',
  'GMT-0',
  'Greenwich',
  'UCT',
  'Universal',
  'Zulu',
]);
// Areas of the database that hold only compatibility links.
const LEGACY_AREAS = new Set(['US', 'Canada', 'Mexico', 'Brazil', 'Chile', 'SystemV']);

/** Why `zone` (a valid IANA name) is not a geographic zone, with the city zone to use; undefined when it is one, or `UTC`. */
function legacyZoneProblem(zone: string): string | undefined {
  const area = zone.includes('/') ? zone.split('/')[0] : undefined;
  if (zone === 'UTC' || (area && area !== 'Etc' && !LEGACY_AREAS.has(area))) return undefined;
  const city = CITY_OF[zone] ?? (UTC_NAMES.has(zone) ? 'UTC' : undefined);
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
