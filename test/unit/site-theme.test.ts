/** The accent colour: WCAG contrast on both of Upfront's backgrounds, the nearest passing colour, and the stylesheet. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  accentColors,
  accentProblem,
  contrastRatio,
  parseHexColor,
  passingAccent,
  schemeContrast,
  themeStylesheet,
  THEME_BACKGROUNDS,
} from '../../src/schemas/site-theme.ts';
import { TONE_COLOURS } from '../../src/core/status-colours.ts';
import { COMPONENT_STATUSES } from '../../src/schemas/status-vocabulary.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

test.each([
  ['#000000', '#ffffff', 21],
  ['#ffffff', '#ffffff', 1],
  ['#777777', '#ffffff', 4.48],
  ['#0b57b0', '#ffffff', 6.99],
  ['#fff', '#000', 21],
])('contrast of %s on %s is %d:1', (a, b, ratio) => {
  expect(Math.round(contrastRatio(parseHexColor(a)!, parseHexColor(b)!) * 100) / 100).toBe(ratio);
});

test.each([['red'], ['#12345'], ['0b57b0'], ['#0b57b0ff'], ['']])('`%s` is no hex colour', (text) => {
  expect(parseHexColor(text)).toBeUndefined();
  expect(accentProblem(text, 'light')).toBe('should be a colour written as `#rrggbb`, such as `#0b57b0`');
});

test.each([
  ['#0b57b0', 'light', undefined],
  ['#6b3fb8', 'light', undefined],
  ['#8ab8ff', 'dark', undefined],
  [
    '#ffcc00',
    'light',
    'has a contrast of 1.41:1 on the light background, and links need at least 4.5:1 (WCAG 2.2 AA); the nearest colour that passes is `#8a6e00`',
  ],
  [
    '#0b57b0',
    'dark',
    'has a contrast of 2.28:1 on the dark background, and links need at least 4.5:1 (WCAG 2.2 AA); the nearest colour that passes is `#578bc8`',
  ],
] as const)('%s on the %s background: %s', (color, scheme, problem) => {
  expect(accentProblem(color, scheme)).toBe(problem);
});

test('the suggested colour passes on its background, and is the first 1 % step that does', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const color of ['#ffcc00', '#00ff00', '#0b57b0', '#ff0000', '#777777']) {
      const suggestion = passingAccent(parseHexColor(color)!, scheme);
      expect([color, scheme, schemeContrast(parseHexColor(suggestion)!, scheme) >= 4.5]).toEqual([color, scheme, true]);
    }
  }
  expect(passingAccent(parseHexColor('#0b57b0')!, 'light')).toBe('#0b57b0');
});

test('the dark accent is derived from the light one unless given; the stylesheet overrides only the link colour', () => {
  expect(accentColors(undefined, undefined)).toEqual({});
  expect(accentColors('#6B3FB8', undefined)).toEqual({ light: '#6b3fb8', dark: '#9779cd' });
  expect(accentColors('#6b3fb8', '#c9b3f5')).toEqual({ light: '#6b3fb8', dark: '#c9b3f5' });
  expect(accentColors(undefined, '#c9b3f5')).toEqual({ dark: '#c9b3f5' });
  expect(themeStylesheet({})).toBe('\n');
  expect(themeStylesheet({ accent_color: '#6b3fb8' })).toBe(':root { --link: #6b3fb8; }\n@media (prefers-color-scheme: dark) { :root { --link: #9779cd; } }\n');
});

test('the backgrounds checked are the ones the stylesheet paints', () => {
  const css = readFileSync(join(REPO_ROOT, 'src/styles/global.css'), 'utf8');
  const [light, dark] = css.split('@media (prefers-color-scheme: dark)');
  const value = (block: string, name: string) => new RegExp(`--${name}: (#[0-9a-f]{6});`).exec(block)?.[1];
  expect([value(light, 'bg'), value(light, 'card')]).toEqual(THEME_BACKGROUNDS.light);
  expect([value(dark, 'bg'), value(dark, 'card')]).toEqual(THEME_BACKGROUNDS.dark);
});

test.each(Object.entries(TONE_COLOURS))('the %s tone (%s) keeps white text at 4.5:1 or more', (_tone, colour) => {
  expect(contrastRatio(parseHexColor(colour)!, [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
});

test.each(COMPONENT_STATUSES)('the %s status has its colour and icon in words and its colour in uptime bars', (status) => {
  const css = readFileSync(join(REPO_ROOT, 'src/styles/global.css'), 'utf8');
  const rule = (selector: string) => new RegExp(`^${selector.replaceAll('.', '\\.')} \\{\\n  ([a-z]+): ([^;]+);`, 'm').exec(css)?.slice(1);
  expect([rule(`.status.${status}`)?.[0], rule(`.status.${status}::before`)?.[0], rule(`.bar-${status}`)?.[0]]).toEqual(['color', 'content', 'fill']);
  expect(rule(`.bar-${status}`)?.[1]).toBe(rule(`.status.${status}`)?.[1]);
});
