/**
 * Every page type in real Chromium: accessibility (axe-core, light and dark), small screens,
 * print, JavaScript off, and the live-time script under other zones and later clocks.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { axeViolations, chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { FIXTURE_NOW } from '../global-setup.ts';

const { root, example } = inject('fixtureBuilds');
/** Where screenshots are left for a person to look at. */
const SCREENSHOTS = join(tmpdir(), 'upfront-screenshots');

/** One page of each type in the example site. */
const EXAMPLE_PAGES = [
  '/',
  '/incidents/2026-11-23-sign-in-errors/',
  '/incidents/2026-11-28-object-storage-migration/',
  '/incidents/2026-11-10-api-errors-eu-west/',
  '/incidents/2026-11-10-api-errors-eu-west/postmortem/',
  '/history/',
  '/incidents/',
  '/history/2026-11/',
  '/components/api/',
  '/components/api/2026/',
  '/uptime/',
  '/maintenance/',
  '/subscribe/',
  '/no-such-page/',
];

describe.skipIf(!chromiumAvailable())('site pages in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  let fixture: string;
  let demo: string;

  beforeAll(async () => {
    const [a, b] = await Promise.all([serveStatic(root.dist), serveStatic(example.dist)]);
    servers.push(a.server, b.server);
    [fixture, demo] = [a.origin, b.origin];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  async function open(url: string, options: BrowserContextOptions = {}, setup?: (page: Page) => Promise<void>): Promise<Page> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await setup?.(page);
    await page.goto(url);
    return page;
  }

  describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
    test.each(EXAMPLE_PAGES)('%s has no violations', async (path) => {
      const page = await open(`${demo}${path}`, { colorScheme, bypassCSP: true });
      // Open every disclosure so that what it hides is checked too.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const violations = await axeViolations(page);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  });

  test.each(EXAMPLE_PAGES)('%s fits a 320 px screen without sideways scrolling', async (path) => {
    const page = await open(`${demo}${path}`, { viewport: { width: 320, height: 640 } });
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await page.context().close();
  });

  test.each([320, 390, 1280])(
    'at %i px, group descriptions line up with their headings, and statuses sit beside component names that leave room',
    async (width) => {
      const page = await open(`${demo}/`, { viewport: { width, height: 900 } });
      const layout = await page.evaluate(() =>
        [...document.querySelectorAll('.group')].map((group) => {
          const heading = group.querySelector('h3')!.getBoundingClientRect();

          const textBox = (element: Element | null) => {
            if (!element) return undefined;
            const range = document.createRange();
            range.selectNodeContents(element);
            return range.getBoundingClientRect();
          };
          // Where the text starts, not the box: the box of a paragraph includes its padding.
          const description = textBox(group.querySelector('.group-description'));
          const rows = [...group.querySelectorAll('.component-head')].map((head) => {
            const [name, status] = [head.children[0], head.querySelector('.status')!];
            // Whether both fit on one line at this width: the name's text, the gap and the status.
            const needed = textBox(name)!.width + 8 + status.getBoundingClientRect().width;
            return {
              fits: needed <= head.getBoundingClientRect().width,
              beside: Math.abs(status.getBoundingClientRect().top - name.getBoundingClientRect().top) < 4,
            };
          });
          return { offset: description ? Math.round(description.left - heading.left) : 0, rows };
        }),
      );
      expect(layout.map((g) => g.offset)).toEqual(layout.map(() => 0));
      const rows = layout.flatMap((g) => g.rows);
      // Every status whose row has room stays beside its name; at 390 px and wider, that is every row of the demo.
      expect(rows.filter((r) => r.fits && !r.beside)).toEqual([]);
      if (width >= 390) expect(rows.every((r) => r.beside)).toBe(true);
      await page.context().close();
    },
  );

  test('an unknown address gets the 404 page in the site look', async () => {
    const page = await open(`${demo}/no-such-page/`);
    expect(await page.locator('h1').innerText()).toBe('Page not found');
    expect(await page.locator('header.site a.name img').getAttribute('alt')).toBe('Larkspur Cloud Status');
    await page.context().close();
  });

  test('with JavaScript off the home page is complete: status, incident, times in the display zone', async () => {
    const page = await open(`${fixture}/`, { javaScriptEnabled: false, timezoneId: 'America/New_York' });
    expect(await page.locator('.banner').innerText()).toBe('Major System Outage');
    expect(await page.locator('#open-incidents + article h3').innerText()).toBe('API is down');
    expect(await page.locator('#open-incidents + article [data-due]').innerText()).toBe('Next update by 10 Mar 2026, 13:30 CET');
    expect(await page.locator('[data-zone-note]').innerText()).toBe('Times are in Europe/Berlin.');
    expect(await page.locator('.relative').count()).toBe(0);
    await page.context().close();
  });

  test('the script writes times in the reader zone, with relative phrases, keeping the original as a title', async () => {
    const page = await open(`${fixture}/incidents/2026-03-10-api-down/`, { timezoneId: 'America/New_York' }, (p) =>
      p.clock.setFixedTime(new Date(FIXTURE_NOW)),
    );
    const first = page.locator('.timeline li').first();
    expect(await first.locator('time').innerText()).toBe('10 Mar 2026, 07:30 EDT');
    expect(await first.locator('time').getAttribute('title')).toBe('10 Mar 2026, 12:30 CET');
    expect(await first.locator('.relative').innerText()).toBe(' (30 min ago)');
    expect(await page.locator('[data-zone-note]').innerText()).toBe('Times are shown in your time zone, America/New_York.');
    await page.context().close();
  });

  test('on a 390 px phone the postmortem opens with its summary, the updates as posted collapsed below, every time in one clock', async () => {
    const page = await open(`${demo}/incidents/2026-11-10-api-errors-eu-west/postmortem/`, {
      viewport: { width: 390, height: 844 },
      timezoneId: 'America/New_York',
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'postmortem-390.png') });
    const summary = await page.locator('.postmortem-body h2').first().boundingBox();
    expect(await page.locator('.postmortem-body h2').first().innerText()).toBe('Summary');
    // The heading and the start of its paragraph are on the first screen.
    expect(summary!.y + summary!.height).toBeLessThan(844 / 2);
    expect(await page.locator('.postmortem-facts details').getAttribute('open')).toBeNull();
    expect(await page.locator('.postmortem-facts .timeline').isVisible()).toBe(false);
    // The report's own times are in the reader's zone, as the timeline's are.
    const times = await page.locator('main time').evaluateAll((all) => all.map((t) => t.textContent ?? ''));
    expect(times.length).toBeGreaterThan(8);
    expect(times.filter((t) => !/ (EST|EDT)$/.test(t))).toEqual([]);
    await page.context().close();
  });

  test('a window’s span is written once, its day not repeated, with one relative phrase', async () => {
    const page = await open(`${fixture}/`, { timezoneId: 'Europe/Berlin' }, (p) => p.clock.setFixedTime(new Date(FIXTURE_NOW)));
    const span = page.locator('#card-2026-03-08-web-maintenance').locator('..').locator('time[data-until]');
    expect(await span.innerText()).toBe('15 Mar 2026, 23:00 CET – 16 Mar 2026, 00:00 CET');
    expect(await span.locator('xpath=following-sibling::*[1]').innerText()).toBe(' (in 5 days)');
    await page.context().close();
  });

  test('how long an open incident has lasted is recounted with the clock, in step with the relative times', async () => {
    const page = await open(`${fixture}/incidents/2026-03-10-api-down/`, {}, (p) =>
      p.clock.setFixedTime(new Date(new Date(FIXTURE_NOW).getTime() + 5 * 60_000)),
    );
    expect(await page.locator('[data-ongoing-since]').innerText()).toBe('1 hr 5 mins');
    expect(await page.locator('.timeline li').first().locator('.relative').innerText()).toBe(' (35 min ago)');
    await page.context().close();
  });

  test('the script writes Tokyo time for a reader in Tokyo', async () => {
    const page = await open(`${fixture}/`, { timezoneId: 'Asia/Tokyo' }, (p) => p.clock.setFixedTime(new Date(FIXTURE_NOW)));
    expect(await page.locator('footer time').innerText()).toBe('10 Mar 2026, 21:00 GMT+9');
    await page.context().close();
  });

  test('when the clock passes a maintenance start after the build, the page shows it in progress', async () => {
    // The website migration is scheduled for 22:00–23:00 UTC on 15 March; the build was on 10 March.
    const page = await open(`${fixture}/`, {}, (p) => p.clock.setFixedTime(new Date('2026-03-15T22:30:00Z')));
    const card = page.locator('#card-2026-03-08-web-maintenance').locator('..');
    expect(await card.locator('.phase').innerText()).toBe('In progress');
    expect(await page.locator('[data-component="web"]').innerText()).toBe('Under maintenance');
    // The database work was never marked completed, so it is now running over schedule.
    expect(await page.locator('#card-2026-03-10-db-maintenance').locator('..').locator('.phase').innerText()).toBe('In progress · Running over schedule');
    // The API incident is still open, and its promised update is now overdue.
    expect(await page.locator('.banner').innerText()).toBe('Major System Outage');
    expect(await page.locator('#open-incidents + article [data-due]').innerText()).toMatch(/^Next update was due .+ \(overdue\)$/);
    await page.context().close();
  });

  test('when the window has ended too, it shows completed and the website is operational again', async () => {
    const page = await open(`${fixture}/maintenance/`, {}, (p) => p.clock.setFixedTime(new Date('2026-03-16T08:00:00Z')));
    expect(await page.locator('[data-phase-of="2026-03-08-web-maintenance"]').first().innerText()).toBe('Completed');
    await page.context().close();
    const home = await open(`${fixture}/`, {}, (p) => p.clock.setFixedTime(new Date('2026-03-16T08:00:00Z')));
    expect(await home.locator('[data-component="web"]').innerText()).toBe('Operational');
    await home.context().close();
  });

  test('uptime details open from the keyboard and list each troubled day with a link', async () => {
    const page = await open(`${fixture}/`);
    const summary = page.locator('[data-component="api"]').locator('xpath=ancestor::div[@class="component"]').locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const item = page.locator('[data-component="api"]').locator('xpath=ancestor::div[@class="component"]').locator('details li');
    expect(await item.innerText()).toBe('10 Mar 2026: 92.30% (major outage 1 hr): API is down');
    await page.context().close();
  });

  test('printed, an incident page drops the navigation and keeps the timeline', async () => {
    const page = await open(`${fixture}/incidents/2026-03-10-api-down/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site nav').isVisible()).toBe(false);
    expect(await page.locator('.timeline li').count()).toBe(2);
    expect(await page.locator('.timeline').isVisible()).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.banner, body')!).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });
});
