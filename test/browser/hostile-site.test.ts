/**
 * The hostile fixture in real Chromium: on every page, in the embeddable banner and in feed
 * content shown the way a feed reader shows it, nothing runs (`window.__pwned` stays unset) and
 * the payloads read as text.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { listFiles } from '../helpers/run-build.ts';
import { read } from '../helpers/html-text.ts';

const { hostile, example } = inject('fixtureBuilds');
const TITLE = '</script><script>window.__pwned=1</script> "><img src=x onerror=window.__pwned=1> ]]>';

/** Waits for anything delayed (image errors, toggles) to have had its chance, then reads the flag. */
async function pwned(page: Page): Promise<unknown> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
}

describe.skipIf(!chromiumAvailable())('hostile content in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  let site: string;
  let demo: string;
  let reader: string;

  beforeAll(async () => {
    const [a, b] = await Promise.all([serveStatic(hostile.dist), serveStatic(example.dist)]);
    [site, demo] = [a.origin, b.origin];
    // A "product" page that embeds the banner, and a bare page standing in for a feed reader.
    const host = createServer((req, res) => {
      const body =
        req.url === '/reader'
          ? '<!doctype html><title>Reader</title><main></main>'
          : `<!doctype html><title>Product</title><h1>Product</h1><script src="${site}/embed/status-banner.js"></script>`;
      res.writeHead(200, { 'content-type': 'text/html' }).end(body);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    reader = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    servers.push(a.server, b.server, host);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  test('no page runs anything, with JavaScript on, and the payload title shows as text', async () => {
    const pages = listFiles(hostile.dist).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(16);
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    for (const file of pages) {
      await page.goto(`${site}/${file.replace(/index\.html$/, '')}`);
      expect([file, await pwned(page)]).toEqual([file, undefined]);
    }
    await page.goto(`${site}/incidents/2026-03-10-xss/`);
    expect(await page.locator('h1').innerText()).toBe(TITLE);
    expect(await page.locator('.timeline li').last().locator('.message').innerText()).toContain('<details open ontoggle="window.__pwned=1">x</details>');
    // Nothing legitimate was blocked by the policy either: the site's own script ran.
    expect(await page.locator('[data-zone-note]').innerText()).toMatch(/^Times are shown in your time zone/);
    expect(violations).toEqual([]);
    await page.close();
  });

  test('the example site runs under its Content-Security-Policy without a single violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()));
    for (const path of ['/', '/incidents/2026-11-23-sign-in-errors/', '/subscribe/', '/uptime/']) {
      await page.goto(`${demo}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  test('the banner shows the hostile incident title as text and runs nothing', async () => {
    const page = await browser.newPage();
    await page.goto(`${reader}/product`);
    await page.locator('[data-upfront-status-banner]').waitFor();
    expect(await page.locator('[data-upfront-status-banner] .text').innerText()).toBe(`Ongoing incident: ${TITLE}`);
    expect(await pwned(page)).toBeUndefined();
    await page.close();
  });

  test.each(['feed.xml', 'atom.xml'])('%s entries shown as HTML, the way a feed reader shows them, run nothing', async (file) => {
    const xml = read(hostile.dist, file);
    const page = await browser.newPage();
    await page.goto(`${reader}/reader`);
    // The browser's own XML parser reads the feed, as a reader would; each entry's HTML goes into the page.
    const shown = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return -1;
      const contents = [...doc.getElementsByTagName('content'), ...doc.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')];
      for (const content of contents) document.querySelector('main')!.insertAdjacentHTML('beforeend', `<article>${content.textContent}</article>`);
      return contents.length;
    }, xml);
    expect(shown).toBe(6);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('main').innerText()).toContain('<script>window.__pwned=1</script>');
    await page.close();
  });
});
