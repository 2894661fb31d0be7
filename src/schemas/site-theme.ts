/**
 * A site's accent colour: checked against WCAG 2.2 AA on both of Upfront's backgrounds, and
 * turned into the small stylesheet that overrides the default link and focus colour.
 */

/** An sRGB colour as 0–255 channels. */
type Rgb = [number, number, number];

/** Where the accent is drawn: links and focus rings, on the page and on cards (see global.css). */
export const THEME_BACKGROUNDS = {
  light: ['#ffffff', '#f6f7f9'],
  dark: ['#15171a', '#1f2226'],
} as const;

/** The colour scheme a colour is shown in. */
export type ColorScheme = keyof typeof THEME_BACKGROUNDS;

/** WCAG 2.2 AA minimum contrast for normal-size text, which links are. */
export const MINIMUM_CONTRAST = 4.5;

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** The channels of `#rgb` or `#rrggbb`, or undefined when `text` is neither. */
export function parseHexColor(text: string): Rgb | undefined {
  if (!HEX_COLOR.test(text)) return undefined;
  const digits = text.length === 4 ? [...text.slice(1)].map((d) => d + d).join('') : text.slice(1);
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

/** `#rrggbb` in lower case. */
function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance as WCAG defines it. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The lowest contrast of `color` against the backgrounds of `scheme`. */
export function schemeContrast(color: Rgb, scheme: ColorScheme): number {
  return Math.min(...THEME_BACKGROUNDS[scheme].map((bg) => contrastRatio(color, parseHexColor(bg)!)));
}

/**
 * The colour nearest to `color` that passes on `scheme`: mixed towards black on the light
 * background or towards white on the dark one, in 1 % steps.
 */
export function passingAccent(color: Rgb, scheme: ColorScheme): string {
  const target = scheme === 'light' ? 0 : 255;
  for (let step = 0; step <= 100; step++) {
    const mixed = color.map((c) => c + ((target - c) * step) / 100) as Rgb;
    const rounded = parseHexColor(toHex(mixed))!;
    if (schemeContrast(rounded, scheme) >= MINIMUM_CONTRAST) return toHex(rounded);
  }
  return toHex([target, target, target]);
}

/** Why `text` cannot be the accent colour of `scheme` (with the nearest colour that can), or undefined when it can. */
export function accentProblem(text: string, scheme: ColorScheme): string | undefined {
  const color = parseHexColor(text);
  if (!color) return 'should be a colour written as `#rrggbb`, such as `#0b57b0`';
  const ratio = schemeContrast(color, scheme);
  if (ratio >= MINIMUM_CONTRAST) return undefined;
  const shown = Math.floor(ratio * 100) / 100;
  return `has a contrast of ${shown}:1 on the ${scheme} background, and links need at least ${MINIMUM_CONTRAST}:1 (WCAG 2.2 AA); the nearest colour that passes is \`${passingAccent(color, scheme)}\``;
}

/** The accent of each scheme: the dark one is derived from the light one unless given. */
export function accentColors(light: string | undefined, dark: string | undefined): Partial<Record<ColorScheme, string>> {
  const derived = light && !dark ? passingAccent(parseHexColor(light)!, 'dark') : dark;
  return { ...(light && { light: toHex(parseHexColor(light)!) }), ...(derived && { dark: toHex(parseHexColor(derived)!) }) };
}

/** The stylesheet that puts the site's accent in place of Upfront's link colour; empty without one. */
export function themeStylesheet(settings: { accent_color?: string; accent_color_dark?: string }): string {
  const { light, dark } = accentColors(settings.accent_color, settings.accent_color_dark);
  return `${[light && `:root { --link: ${light}; }`, dark && `@media (prefers-color-scheme: dark) { :root { --link: ${dark}; } }`].filter(Boolean).join('\n')}\n`;
}
