/** The built fixture home page in a real browser: readable on a small phone, with JavaScript off, in dark mode. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Server } from 'node:http';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';

const { root } = inject('fixtureBuilds');

describe.skipIf(!chromiumAvailable())('home page in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  let requests: string[];

  beforeAll(async () => {
    ({ server, origin, requests } = await serveStatic(root.dist));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test('at 320 px wide with JavaScript off, nothing overflows sideways and the status is readable', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    expect(await page.locator('.banner').innerText()).toBe('Major System Outage');
    expect(await page.locator('#open-incidents + article h3').innerText()).toBe('API is down');
    await context.close();
  });

  test('the page loads only its own HTML, stylesheet and script', async () => {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).origin));
    requests.length = 0;
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    expect(new Set(loaded)).toEqual(new Set([origin]));
    // Whether and when Chromium fetches the icon the page declares is its own choice (it did in some
    // runs and not in others); everything else is exact.
    const icon = await page.evaluate(() => new URL(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href).pathname);
    expect(icon).toBe('/favicon.svg');
    const named = (paths: string[]) =>
      paths
        .filter((r) => r !== icon)
        .map((r) => r.replace(/\/_astro\/([a-z-]+)\.[\w-]+\.(css|js)$/, '/_astro/$1.*.$2'))
        .sort();
    expect(named(requests)).toEqual(['/', '/_astro/live-page.*.js', '/_astro/site.*.css']);
    await page.close();
  });

  test('dark mode switches the page colours', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 23, 26)');
    await context.close();
  });

  test('the first Tab reaches the skip link, which leads to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});
