/**
 * A site made its own without forking, in Chromium: its logo in the header, its accent colour on
 * links in light and dark mode, its stylesheet loaded after Upfront's under the same CSP, and
 * its footer links; axe finds nothing in either mode.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, chromiumAvailable, launchChromium } from './chromium.ts';
import { copyFixture, runBuild } from '../helpers/run-build.ts';
import { serveStatic } from '../helpers/static-server.ts';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="160" height="40" fill="#114477"/></svg>';
// Same selector as Upfront's own rule: the site's wins only because it loads later.
const SITE_CSS =
  'header.site { border-bottom: 4px solid rgb(17, 68, 119); }\nfooter.site { background: rgb(240, 244, 250); }\n@media (prefers-color-scheme: dark) { footer.site { background: rgb(10, 20, 30); } }\n';

describe.skipIf(!chromiumAvailable())('a customised site in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const dir = copyFixture(
      'basic-site',
      (settings) =>
        `${settings}logo: brand/logo.svg\naccent_color: "#114477"\nstylesheet: site.css\nfooter_links:\n  - label: Privacy\n    url: https://fixture.example/privacy\n`,
    );
    mkdirSync(join(dir, 'public/brand'), { recursive: true });
    writeFileSync(join(dir, 'public/brand/logo.svg'), LOGO);
    writeFileSync(join(dir, 'public/site.css'), SITE_CSS);
    const out = join(dir, '.out');
    const run = runBuild(dir, out, '2026-03-10 12:00 UTC');
    expect([run.status, run.stderr]).toEqual([0, '']);
    ({ server, origin } = await serveStatic(out));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  test.each([
    ['light', 'rgb(17, 68, 119)', 'rgb(240, 244, 250)'],
    ['dark', 'rgb(110, 141, 172)', 'rgb(10, 20, 30)'],
  ] as const)(
    'in %s mode: logo, accent, the site stylesheet after Upfront’s, footer links, no CSP violation, no axe finding',
    async (colorScheme, link, footer) => {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { csp: string[] }).csp ??= []).push(e.blockedURI)),
      );
      page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
      await page.goto(`${origin}/`);

      const logo = page.locator('header.site a.name img');
      expect(await logo.getAttribute('alt')).toBe('Fixture Status');
      expect(await page.getByRole('link', { name: 'Fixture Status' }).count()).toBe(1);
      expect(
        await logo.evaluate((img: HTMLImageElement) => [
          img.naturalWidth,
          img.getBoundingClientRect().height,
          img.getAttribute('width'),
          img.getAttribute('height'),
        ]),
      ).toEqual([160, 32, '160', '40']);

      const styles = await page.evaluate(() => ({
        sheets: [...document.styleSheets].map((s) => new URL(s.href!).pathname.replace(/site\.[\w-]+\.css$/, 'site.[hash].css')),
        link: getComputedStyle(document.querySelector('header.site nav a')!).color,
        header: getComputedStyle(document.querySelector('header.site')!).borderBottom,
        footer: getComputedStyle(document.querySelector('footer.site')!).backgroundColor,
        footerLinks: [...document.querySelectorAll('footer.site nav a')].map((a) => [a.textContent, a.getAttribute('href')]),
        csp: (window as unknown as { csp?: string[] }).csp ?? [],
      }));
      expect(styles).toEqual({
        sheets: ['/_astro/site.[hash].css', '/site.css'],
        link,
        header: '4px solid rgb(17, 68, 119)',
        footer,
        footerLinks: [['Privacy', 'https://fixture.example/privacy']],
        csp: [],
      });
      expect(violations).toEqual([]);
      await context.close();

      // axe is injected as an inline script, which the page's CSP rightly refuses.
      const audit = await browser.newContext({ colorScheme, bypassCSP: true });
      const auditPage = await audit.newPage();
      await auditPage.goto(`${origin}/`);
      const findings = await axeViolations(auditPage);
      expect(findings).toEqual([]);
      await audit.close();
    },
  );
});
