/**
 * `upfront dev`, the live preview while an incident is written: the real command on a real port,
 * its pages following each save of a content file, and content errors shown with file, line and
 * fix instead of a stack trace. And `upfront preview`, which serves the built site.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { contentFolder, incidentFile } from '../helpers/content-folder.ts';
import { text } from '../helpers/html-text.ts';
import { runBuild } from '../helpers/run-build.ts';
import { startUpfront, upfront } from '../helpers/cli.ts';
import { IMPACTS } from '../../src/schemas/status-vocabulary.ts';

const FILE = 'incidents/2026-12-01-api-errors.md';
const dir = contentFolder({});
let server: ChildProcess;
let origin: string;
let log = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The visible text of a page, once `expected` appears in it (the watcher needs a moment after a save). */
async function pageText(path: string, expected: string): Promise<{ status: number; text: string }> {
  let last = { status: 0, text: '' };
  for (let attempt = 0; attempt < 100; attempt++) {
    // A restart (after a save of site.yml) may close the connection before the body ends: that read is tried again.
    const read = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } })
      .then(async (response) => ({ status: response.status, text: text(await response.text()) }))
      .catch(() => undefined);
    if (read) last = read;
    if (last.text.includes(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return last;
}

/** Waits until `done()` holds (up to 20 s). */
async function until(done: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100 && !done(); attempt++) await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Starts `upfront <command>` on a free port and points `origin` at it. */
async function serve(...args: string[]): Promise<void> {
  const port = await freePort();
  origin = `http://localhost:${port}`;
  log = '';
  server = startUpfront([...args, '--port', String(port)], { content: dir });
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
}

beforeAll(() => serve('dev'));
afterAll(() => {
  server?.kill('SIGTERM');
});

test('serves the site at once, then follows each save of an incident file', async () => {
  expect((await pageText('/', 'All Systems Operational')).text).toContain('No incidents reported.');
  writeFileSync(
    join(dir, FILE),
    incidentFile('title: API errors\nimpact: major\ncomponents:\n  api: major_outage', '## Investigating · 2026-12-01 09:00 UTC\n\nRequests to the API fail.'),
  );
  expect((await pageText('/', 'Ongoing incidents')).text).toContain('Ongoing incidents API errors');
  expect((await pageText('/incidents/2026-12-01-api-errors/', 'Requests to the API fail.')).status).toBe(200);
});

test('while the content has errors, every page lists them with file, line and fix; the terminal too, without a stack trace', async () => {
  writeFileSync(
    join(dir, FILE),
    incidentFile('title: API errors\nimpact: huge\ncomponents:\n  api: major_outage', '## Investigating · 2026-12-01 09:00 UTC\n\nRequests to the API fail.'),
  );
  const page = await pageText('/history/', 'The content has errors');
  expect(page.status).toBe(500);
  expect(page.text.split('} ').pop()).toBe(
    'The content has errors 1 error, 0 warnings in 3 files. Nothing would be published like this; fix it and save: this page reloads by itself. ' +
      `${FILE}:3:1 error \`impact\` is \`huge\`, which is not allowed; use one of: ${IMPACTS.join(', ')}.`,
  );
  expect(log).toContain(`${FILE}:3:1  error  \`impact\` is \`huge\``);
  expect(log).not.toMatch(/\n\s+at /);

  writeFileSync(
    join(dir, FILE),
    incidentFile(
      'title: API errors\nimpact: major\ncomponents:\n  api: major_outage',
      '## Resolved · 2026-12-01 10:00 UTC\n\nFixed: a bad deploy was rolled back. We are sorry.\n\n## Investigating · 2026-12-01 09:00 UTC\n\nRequests to the API fail.',
    ),
  );
  const fixed = await pageText('/', 'All Systems Operational');
  expect([fixed.status, fixed.text.slice(-300)]).toEqual([200, expect.stringContaining('Upfront')]);
});

test('a mistake in notifications.yml or site.yml is shown like any content error: file, line and fix, no stack frame, and fixing it brings the page back', async () => {
  writeFileSync(join(dir, 'notifications.yml'), 'channels:\n  - id: hook\n    type: webhok\n    url_env: HOOK_URL\n');
  const notifications = await pageText('/', 'notifications.yml:3:5');
  expect(notifications.status).toBe(500);
  expect(notifications.text).toContain('notifications.yml:3:5 error `channels[0].type` is `webhok`, which is not allowed;');
  expect(notifications.text).toContain('Did you mean `webhook`?');
  rmSync(join(dir, 'notifications.yml'));
  expect((await pageText('/', 'All Systems Operational')).status).toBe(200);

  const settings = readFileSync(join(dir, 'site.yml'), 'utf8');
  // Each save of site.yml restarts the server; the next is made once it has (as a person would).
  await until(() => /server restarted/.test(log.slice(log.lastIndexOf('Restarting'))));
  let mark = log.length;
  writeFileSync(join(dir, 'site.yml'), settings.replace('time_zone: Europe/Berlin', 'time_zone: Europe/Berln'));
  const broken = await pageText('/history/', 'site.yml:');
  expect(broken.status).toBe(500);
  expect(broken.text).toContain('`time_zone`: `Europe/Berln` is not an IANA time zone. Did you mean `Europe/Berlin`?');
  expect(broken.text).not.toMatch(/\bat .+:\d+:\d+\)?/);
  // Saved again only once the server has restarted with the broken file, as a person would.
  await until(() => /Restarting[\s\S]*server restarted/.test(log.slice(mark)));
  mark = log.length;
  writeFileSync(join(dir, 'site.yml'), settings);
  await until(() => /Restarting[\s\S]*server restarted/.test(log.slice(mark)));
  expect((await pageText('/', 'All Systems Operational')).status).toBe(200);
  expect(log).toContain('site.yml:');
  expect(log).not.toMatch(/\n\s+at /);
});

test('preview serves the built site as a static host would, and says what to do when there is none yet', async () => {
  server.kill('SIGTERM');
  const out = join(dir, 'built');
  const missing = upfront(['preview', '--out-dir', out], { content: dir });
  expect([missing.status, missing.stderr]).toEqual([1, `error  ${out} does not exist; run \`npx upfront build\` first\n`]);
  expect(runBuild(dir, out, '2026-12-01 12:00 UTC').status).toBe(0);
  await serve('preview', '--out-dir', out);
  const home = await pageText('/', 'All Systems Operational');
  expect([home.status, home.text.includes('Page generated 1 Dec 2026, 13:00 CET')]).toEqual([200, true]);
  expect((await pageText('/incidents/2026-12-01-api-errors/', 'Resolved')).status).toBe(200);
  // A page's address without its trailing slash is redirected, as GitHub Pages and Netlify do.
  const bare = await fetch(`${origin}/incidents/2026-12-01-api-errors?from=mail`, { redirect: 'manual' });
  expect([bare.status, bare.headers.get('location')]).toEqual([301, '/incidents/2026-12-01-api-errors/?from=mail']);
  expect((await fetch(`${origin}/incidents/no-such-incident`, { redirect: 'manual' })).status).toBe(404);
});
