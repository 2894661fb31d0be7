/**
 * Status badges: SVG images drawn by badge-maker (the library behind shields.io, which escapes
 * the text and gives the image a `<title>`), and shields.io "endpoint" JSON for the same facts.
 * Colours are dark enough for white text, so a badge reads the same on light and dark pages.
 */
import { makeBadge } from 'badge-maker';
import type { ComponentStatus } from '../schemas/status-vocabulary.ts';
import type { OverallStatus } from '../core/current-status.ts';
import { TONE_COLOURS } from '../core/status-colours.ts';
import type { Locale } from '../core/site-locale.ts';

const STATUS_TONES: Record<ComponentStatus, OverallStatus['tone']> = {
  operational: 'none',
  under_maintenance: 'maintenance',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

/** A badge's facts. */
export interface Badge {
  label: string;
  message: string;
  /** Hex colour without `#`. */
  color: string;
}

/** The badge of the whole page: its name and overall status, in the site's language. */
export function pageBadge(name: string, overall: OverallStatus, { UI }: Locale): Badge {
  return { label: name, message: UI.badgeWord(UI.overall[overall.tone]), color: TONE_COLOURS[overall.tone].slice(1) };
}

/** The badge of one component: its name and status, in the site's language. */
export function componentBadge(name: string, status: ComponentStatus, { UI }: Locale): Badge {
  return { label: name, message: UI.badgeWord(UI.statuses[status]), color: TONE_COLOURS[STATUS_TONES[status]].slice(1) };
}

/** The SVG image of a badge. */
export function badgeSvg(badge: Badge): string {
  return makeBadge({ label: badge.label, message: badge.message, color: `#${badge.color}`, labelColor: '#444' });
}

/** The shields.io endpoint JSON of a badge (https://shields.io/badges/endpoint-badge). */
export function shieldsEndpoint(badge: Badge): string {
  return JSON.stringify({ schemaVersion: 1, label: badge.label, message: badge.message, color: badge.color, cacheSeconds: 300 });
}
