/**
 * The colours of the status tones, drawn behind white text: one source for the page banner (as
 * CSS through the theme stylesheet), the badges and the embeddable banner script. Each has at
 * least 4.5:1 contrast with white (WCAG 2.2 AA), which a test checks.
 */
import type { Impact } from '../schemas/status-vocabulary.ts';

/** The background of each tone: an impact, or maintenance alone. */
export const TONE_COLOURS: Record<Impact | 'maintenance', string> = {
  none: '#1a7f37',
  maintenance: '#1f5fbf',
  minor: '#7a5600',
  major: '#a34400',
  critical: '#b0232a',
};

/** The banner's background for each tone, as CSS. */
export function toneStylesheet(): string {
  return Object.entries(TONE_COLOURS)
    .map(([tone, colour]) => `.banner.${tone} { background: ${colour}; }`)
    .join('\n');
}
