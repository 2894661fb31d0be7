/** The embeddable banner on a product page served from another origin, reading the status site's API across origins. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';

const { root } = inject('fixtureBuilds');

/** A product's own page on its own port, including the banner from `statusOrigin`. */
async function productSite(statusOrigin: string): Promise<{ server: Server; origin: string }> {
  const html = `<!doctype html><html lang="en"><head><title>Product</title></head><body><h1>Product</h1>
<script src="${statusOrigin}/embed/status-banner.js" async></script></body></html>`;
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

const bannerText = (page: Page) => page.locator('[data-upfront-status-banner]').locator('.bar').innerText();

describe.skipIf(!chromiumAvailable())('status banner in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  let product: string;
  let productWithoutCors: string;

  beforeAll(async () => {
    const status = await serveStatic(root.dist);
    const statusWithoutHeaders = await serveStatic(root.dist, '/', false);
    const a = await productSite(status.origin);
    const b = await productSite(statusWithoutHeaders.origin);
    servers.push(status.server, statusWithoutHeaders.server, a.server, b.server);
    [product, productWithoutCors] = [a.origin, b.origin];
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  test('while an incident is open, the product page shows a notice linking to the status page, which can be dismissed for good', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(product);
    await page.locator('[data-upfront-status-banner]').waitFor();
    expect(await bannerText(page)).toBe('Ongoing incident: API is down and 1 more\nView the status page\nDismiss');
    expect(await page.locator('[data-upfront-status-banner] a').getAttribute('href')).toBe('https://status.fixture.example/');
    expect(await page.locator('[data-upfront-status-banner] [role="region"]').getAttribute('aria-label')).toBe('Service status');
    // The host page's own content is untouched, and the notice comes first.
    expect(await page.evaluate(() => document.body.firstElementChild?.hasAttribute('data-upfront-status-banner'))).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('Product');

    await page.locator('[data-upfront-status-banner] button').click();
    expect(await page.locator('[data-upfront-status-banner]').count()).toBe(0);
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-upfront-status-banner]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without the CORS header from _headers the browser refuses the API, and the product page carries on unharmed', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(productWithoutCors);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-upfront-status-banner]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
