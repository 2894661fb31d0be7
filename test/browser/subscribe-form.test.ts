/**
 * The email subscription form in real Chromium, with JavaScript on and off: a reader's choice on
 * /subscribe/ and on an open incident's page reaches the mailing-list service with exactly the
 * chosen lists (the example: Listmonk) or tags (the fixture: Buttondown). The form posts to the
 * service's real address; the browser's request is handed to a local server that speaks the
 * service's documented form endpoint, so the page, its Content-Security-Policy and the service's
 * answer are all what a reader gets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { parse } from 'yaml';
import { axeViolations, chromiumAvailable, launchChromium } from './chromium.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { startButtondown, startListmonk, type ButtondownService, type ListmonkService } from '../helpers/mailing-list-services.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

const { root, example, languages } = inject('fixtureBuilds');
const LISTS: { everything: string; components: Record<string, string> } = parse(readFileSync(join(REPO_ROOT, 'notifications.yml'), 'utf8')).channels.find(
  (c: { type: string }) => c.type === 'listmonk',
).lists;

describe.skipIf(!chromiumAvailable())('the subscription form in Chromium', () => {
  let browser: Browser;
  const servers: Server[] = [];
  let demo: string;
  let fixture: string;
  let german: string;
  let listmonk: ListmonkService;
  let buttondown: ButtondownService;

  beforeAll(async () => {
    const [a, b, c] = await Promise.all([serveStatic(example.dist), serveStatic(root.dist), serveStatic(languages.de.dist)]);
    servers.push(a.server, b.server, c.server);
    [demo, fixture, german] = [a.origin, b.origin, c.origin];
    listmonk = await startListmonk('upfront', 'unused');
    // The example's lists, as `subscriptions sync` would have created them in its Listmonk.
    for (const [choice, uuid] of Object.entries({ everything: LISTS.everything, ...LISTS.components })) listmonk.addList(choice, { uuid });
    buttondown = await startButtondown('fixture-status', 'unused');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) server.close();
    await listmonk?.close();
    await buttondown?.close();
  });

  /** A page whose requests to the services' real origins are answered by the local servers. */
  async function open(url: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext(options);
    for (const [origin, local] of [
      ['https://lists.larkspur.example', listmonk.origin],
      ['https://buttondown.com', buttondown.origin],
    ]) {
      await context.route(`${origin}/**`, async (route) => {
        const response = await route.fetch({ url: route.request().url().replace(origin, local) });
        await route.fulfill({ response });
      });
    }
    const page = await context.newPage();
    await page.goto(url);
    return page;
  }
  /** The form fields of the last request the service received. */
  const lastPost = (service: ListmonkService | ButtondownService) => new URLSearchParams(service.requests.at(-1)!.body);

  describe.each([true, false])('JavaScript %s', (javaScriptEnabled) => {
    test('on /subscribe/, everything is chosen by default and reaches Listmonk as its list', async () => {
      const page = await open(`${demo}/subscribe/`, { javaScriptEnabled });
      const email = `everything-${javaScriptEnabled}@reader.example`;
      await page.getByLabel('Email address').fill(email);
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.waitForLoadState();
      expect(await page.locator('body').innerText()).toContain('Subscribed. Check your inbox to confirm your subscription.');
      const fields = lastPost(listmonk);
      expect([fields.get('email'), fields.getAll('l'), fields.get('nonce')]).toEqual([email, [LISTS.everything], '']);
      expect([...listmonk.subscribers.get(email)!.audiences]).toEqual([LISTS.everything]);
      await page.context().close();
    });

    test('on /subscribe/, choosing two components sends exactly their two lists', async () => {
      const page = await open(`${demo}/subscribe/`, { javaScriptEnabled });
      const email = `two-${javaScriptEnabled}@reader.example`;
      await page.getByLabel('Email address').fill(email);
      // With JavaScript, choosing a component drops "everything" by itself; without, the reader unticks it.
      if (!javaScriptEnabled) await page.getByLabel('Everything').uncheck();
      await page.getByLabel('API', { exact: true }).check();
      await page.getByLabel('Object storage').check();
      expect(await page.getByLabel('Everything').isChecked()).toBe(false);
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.waitForLoadState();
      expect(lastPost(listmonk).getAll('l')).toEqual([LISTS.components.api, LISTS.components['object-storage']]);
      await page.context().close();
    });

    test('on an open incident, the short form sends the incident’s components', async () => {
      const page = await open(`${demo}/incidents/2026-11-23-sign-in-errors/`, { javaScriptEnabled });
      const form = page.locator('#get-updates + form');
      expect(await form.locator('legend').innerText()).toBe('An email with each update, and about later incidents that affect:');
      expect(
        await form
          .getByRole('checkbox')
          .evaluateAll((boxes) => boxes.map((b) => [(b.parentElement as HTMLElement).innerText.trim(), (b as HTMLInputElement).checked])),
      ).toEqual([
        ['Login and SSO', true],
        ['Dashboard', true],
      ]);
      await form.getByLabel('Email address').fill(`incident-${javaScriptEnabled}@reader.example`);
      await form.getByRole('button', { name: 'Subscribe' }).click();
      await page.waitForLoadState();
      expect(lastPost(listmonk).getAll('l')).toEqual([LISTS.components.auth, LISTS.components.dashboard]);
      await page.context().close();
    });

    test('Buttondown gets one tag per choice, and its confirmation page (a redirect on its own origin) is shown', async () => {
      const page = await open(`${fixture}/subscribe/`, { javaScriptEnabled });
      const email = `tags-${javaScriptEnabled}@reader.example`;
      await page.getByLabel('Email address').fill(email);
      if (!javaScriptEnabled) await page.getByLabel('Everything').uncheck();
      await page.getByLabel('Website').check();
      await page.getByLabel('Database').check();
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.waitForLoadState();
      expect(await page.locator('body').innerText()).toContain('Almost there: check your inbox to confirm your subscription.');
      const fields = new URLSearchParams(buttondown.requests.find((r) => r.body.includes(encodeURIComponent(email)))!.body);
      expect([fields.get('email'), fields.getAll('tag'), fields.get('embed')]).toEqual([email, ['fixture-web', 'fixture-db'], '1']);
      await page.context().close();
    });
  });

  test('with JavaScript, a wrong answer is said in the site’s language beside its field, which gets the focus; nothing is sent and nothing typed is lost', async () => {
    const page = await open(`${demo}/subscribe/`);
    const before = listmonk.requests.length;
    const submit = page.getByRole('button', { name: 'Subscribe' });
    await submit.click();
    expect(await page.locator('#subscribe-email-error').innerText()).toBe('Enter your email address.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('subscribe-email');
    expect(await page.getByLabel('Email address').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Email address').fill('not an address');
    await submit.click();
    expect(await page.locator('#subscribe-email-error').innerText()).toBe('Enter an email address such as name@example.com.');
    expect(await page.getByLabel('Email address').inputValue()).toBe('not an address');

    await page.getByLabel('Email address').fill('reader@reader.example');
    await page.getByLabel('Everything').uncheck();
    await submit.click();
    expect(await page.locator('#subscribe-choice-error').innerText()).toBe('Choose everything, or at least one component.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-everything'))).toBe('');
    expect(await page.locator('#subscribe-email-error').isVisible()).toBe(false);
    expect(listmonk.requests.length).toBe(before);

    // Choosing everything again drops any component chosen meanwhile.
    await page.getByLabel('Search').check();
    await page.getByLabel('Everything').check();
    expect(await page.getByLabel('Search').isChecked()).toBe(false);
    await page.context().close();
  });

  test('in German, the form and its messages are German', async () => {
    const page = await open(`${german}/subscribe/`);
    expect(await page.locator('#email-updates').innerText()).toBe('Updates per E-Mail');
    await page.getByLabel('E-Mail-Adresse').fill('leser@example');
    await page.getByRole('button', { name: 'Abonnieren' }).click();
    expect(await page.locator('#subscribe-email-error').innerText()).toBe('Geben Sie eine E-Mail-Adresse wie name@example.com ein.');
    await page.context().close();
  });

  test('the policy lets the form post to the service’s origin and nowhere else', async () => {
    const page = await open(`${demo}/subscribe/`);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action https://lists.larkspur.example",
    );
    // A form elsewhere (as injected content would make) is refused by the browser, which says why.
    const violated = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.violatedDirective} ${event.blockedURI}`), { once: true });
          const form = document.querySelector('form[data-subscribe-form]') as HTMLFormElement;
          form.action = 'https://elsewhere.example/steal';
          form.submit();
        }),
    );
    expect(violated).toBe('form-action https://elsewhere.example/steal');
    expect(page.url()).toBe(`${demo}/subscribe/`);
    await page.context().close();
  });

  test.each([
    ['light', '/subscribe/'],
    ['dark', '/subscribe/'],
    ['light', '/incidents/2026-11-23-sign-in-errors/'],
  ] as const)('axe-core finds nothing on the form (%s, %s), its messages shown', async (colorScheme, path) => {
    const page = await open(`${demo}${path}`, { colorScheme, bypassCSP: true });
    const form = page.locator('form[data-subscribe-form]');
    await form.getByRole('button', { name: 'Subscribe' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
