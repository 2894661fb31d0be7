/**
 * The example in every shipped language, in Chromium: axe finds nothing on its home and incident
 * pages; the browser script writes times and notes in the site's language, not the browser's;
 * and Arabic is laid out right to left (mirrored by logical properties, the uptime bars running
 * from the right), with no sideways scrolling at 390 px in light and dark mode.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { EXAMPLE_LANGUAGES } from '../global-setup.ts';
import { EXAMPLE_WRITTEN_AT } from '../../scripts/example-written-at.ts';
import { formatDateTime } from '../../src/core/format-time.ts';
import { siteLocale } from '../../src/core/site-locale.ts';

const { languages } = inject('fixtureBuilds');
const PAGES = ['/', '/incidents/2026-11-23-sign-in-errors/'];
/** Where the right-to-left screenshots are left for a person to look at. */
const SCREENSHOTS = join(tmpdir(), 'upfront-screenshots');

describe.skipIf(!chromiumAvailable())('the example in every language, in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  const origins = new Map<string, string>();

  beforeAll(async () => {
    for (const language of EXAMPLE_LANGUAGES) {
      const { server, origin } = await serveStatic(languages[language].dist);
      servers.push(server);
      origins.set(language, origin);
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  describe.each(EXAMPLE_LANGUAGES)('%s', (language) => {
    test.each(PAGES)('%s has no axe violations', async (path) => {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${origins.get(language)}${path}`);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await context.close();
    });

    test('the browser script writes the reader’s zone in the site’s language, whatever the browser’s', async () => {
      const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${origins.get(language)}/`);
      const locale = siteLocale({ language });
      const footer = await page.evaluate(() => ({
        note: document.querySelector('[data-zone-note]')!.textContent,
        time: document.querySelector('footer.site time')!.textContent,
      }));
      // The same characters as the build writes: the space before PM is Upfront's (U+202F), not the engine's.
      const time = formatDateTime(EXAMPLE_WRITTEN_AT, 'America/New_York', locale.region);
      expect(footer).toEqual({ note: locale.LIVE_WORDS.readerZoneNote('America/New_York'), time });
      await context.close();
    });
  });

  describe.each(['light', 'dark'] as const)('Arabic, right to left, in %s mode at 390 px', (colorScheme) => {
    test.each(PAGES)('%s is mirrored and fits without sideways scrolling', async (path) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(`${origins.get('ar')}${path}`);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const layout = await page.evaluate(() => {
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const nav = [...document.querySelectorAll('header.site nav li')].map((item) => item.getBoundingClientRect());
        const legend = document.querySelector('.uptime .legend');
        const card = document.querySelector('.card.incident');
        return {
          dir: getComputedStyle(document.documentElement).direction,
          scrollWidth: document.documentElement.scrollWidth,
          // Reading order runs from the right: the first link of the navigation is the rightmost.
          navFromTheRight: nav.length > 1 && nav[0].right > nav[1].right,
          mainStartsRight: Math.round(box('main h1, main h2').right) > 300,
          barsMirrored: legend ? getComputedStyle(document.querySelector('.uptime svg')!).transform : 'none',
          oldestOnTheRight: legend ? legend.firstElementChild!.getBoundingClientRect().left > legend.lastElementChild!.getBoundingClientRect().left : true,
          cardBorder: card ? [getComputedStyle(card).borderRightWidth, getComputedStyle(card).borderLeftWidth] : 'no card',
        };
      });
      expect(layout).toEqual({
        dir: 'rtl',
        scrollWidth: 390,
        navFromTheRight: true,
        mainStartsRight: true,
        barsMirrored: path === '/' ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none',
        oldestOnTheRight: true,
        // The incident card's thick border is on its start side: the right.
        cardBorder: path === '/' ? ['6px', '1px'] : 'no card',
      });
      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = await page.screenshot({ fullPage: true, path: join(SCREENSHOTS, `ar-${path === '/' ? 'home' : 'incident'}-${colorScheme}.png`) });
      // A PNG of the page's full width: 390 device pixels.
      expect(shot.readUInt32BE(16)).toBe(390);
      await context.close();
    });
  });
});
