/**
 * The alert relay in the real Workers runtime: the Worker and wrangler.toml that `upfront relay`
 * writes, run by `wrangler dev` (workerd), in front of a local stand-in for GitHub's API. A sender
 * with the bearer secret or a valid PagerDuty signature is passed on as one repository_dispatch;
 * an unsigned, forged, replayed, malformed or oversized request gets its own answer.
 */
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, expect, test } from 'vitest';
import { RELAY_SETTINGS, relayForTests } from '../helpers/alert-relay.ts';
import { ALERTMANAGER, PAGERDUTY } from '../helpers/alert-payloads.ts';
import { upfront } from '../helpers/cli.ts';

const harness = relayForTests();
beforeEach(() => {
  harness.github.received.length = 0;
  harness.github.answer.status = 204;
});

const BEARER = { authorization: `Bearer ${RELAY_SETTINGS.RELAY_SECRET}` };
const signed = (body: string, secret = RELAY_SETTINGS.PAGERDUTY_SECRET) => ({
  'x-pagerduty-signature': `v1=${createHmac('sha256', secret).update(body).digest('hex')}`,
});

async function send(
  body: string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(harness.relay.url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'POST' ? body : undefined,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

/** The dispatches GitHub's stand-in received, as their bodies. */
const dispatches = () => harness.github.received.map((request) => ({ method: request.method, path: request.path, body: JSON.parse(request.body) }));

test('upfront relay writes the Worker and a wrangler.toml naming it, with the repository to fill in when origin is not on GitHub', () => {
  expect(readFileSync(join(harness.relay.dir, 'wrangler.toml'), 'utf8')).toContain(
    'main = "alert-relay.js"\ncompatibility_date = "2026-11-01"\n\n[vars]\n# The status repository, as owner/name.\nGITHUB_REPOSITORY = "owner/name"\n',
  );
  expect(readFileSync(join(harness.relay.dir, 'alert-relay.js'), 'utf8')).toBe(upfront(['relay']).stdout);
  // Written again: the same files are left as they are; a file that differs is never replaced.
  expect(upfront(['relay', harness.relay.dir]).status).toBe(0);
  const edited = join(mkdtempSync(join(tmpdir(), 'upfront-relay-')), 'relay');
  expect(upfront(['relay', edited]).status).toBe(0);
  writeFileSync(join(edited, 'wrangler.toml'), 'name = "ours"\n');
  expect(upfront(['relay', edited])).toEqual({
    status: 1,
    stdout: '',
    stderr: `error  ${join(edited, 'wrangler.toml')} exists and differs; nothing was written. Move it away, or write the relay into a new folder.\n`,
  });
  expect(readFileSync(join(edited, 'wrangler.toml'), 'utf8')).toBe('name = "ours"\n');
});

test('Alertmanager with the bearer secret: one dispatch to GitHub, as its API documents it, holding the notification and its group', async () => {
  const body = JSON.stringify(ALERTMANAGER);
  expect(await send(body, BEARER).then((r) => [r.status, r.json])).toEqual([202, { forwarded: true }]);
  expect(dispatches()).toEqual([
    {
      method: 'POST',
      path: '/repos/acme/status/dispatches',
      body: { event_type: 'upfront-alert', client_payload: { notification: ALERTMANAGER, group: expect.stringMatching(/^[0-9a-f]{16}$/) } },
    },
  ]);
  const { headers } = harness.github.received[0];
  expect([headers.authorization, headers.accept, headers['x-github-api-version'], headers['user-agent']]).toEqual([
    `Bearer ${RELAY_SETTINGS.GITHUB_TOKEN}`,
    'application/vnd.github+json',
    '2022-11-28',
    'upfront-alert-relay',
  ]);
  // The same group always has the same digest: the Alert workflow runs one group at a time.
  await send(body, BEARER);
  expect(dispatches()[1].body.client_payload.group).toBe(dispatches()[0].body.client_payload.group);
});

test.each([
  ['no credentials', {}, 401, 'send the relay’s secret as `Authorization: Bearer <secret>`, or a PagerDuty signature'],
  ['a wrong bearer secret', { authorization: 'Bearer guessed' }, 401, 'send the relay’s secret as `Authorization: Bearer <secret>`, or a PagerDuty signature'],
  [
    'a PagerDuty signature made with another secret',
    signed(JSON.stringify(ALERTMANAGER), 'another-secret'),
    401,
    'the X-PagerDuty-Signature does not sign this body with the subscription’s secret',
  ],
])('%s: refused with %i, and nothing reaches GitHub', async (_name, headers, status, error) => {
  const answer = await send(JSON.stringify(ALERTMANAGER), headers);
  expect([answer.status, answer.json]).toEqual([status, { error }]);
  expect(harness.github.received).toEqual([]);
});

test('an unsigned request is told how to authenticate', async () => {
  expect((await send('{}', {})).headers.get('www-authenticate')).toBe('Bearer');
});

test('PagerDuty, signed: passed on once; the same delivery replayed is answered without a second dispatch; an old one is refused', async () => {
  const event = PAGERDUTY('incident.triggered');
  const fresh = { event: { ...event.event, id: '01FRESHEVENT0000000000001', occurred_at: new Date().toISOString() } };
  const body = JSON.stringify(fresh);
  expect(await send(body, signed(body)).then((r) => [r.status, r.json])).toEqual([202, { forwarded: true }]);
  expect(await send(body, signed(body)).then((r) => [r.status, r.json])).toEqual([200, { forwarded: false, why: 'this event was forwarded already' }]);
  expect(dispatches().map((d) => d.body.client_payload.notification)).toEqual([fresh]);

  // A signed delivery captured long ago and sent again: its own time gives it away.
  const old = JSON.stringify({ event: { ...event.event, id: '01OLDEVENT000000000000001', occurred_at: new Date(Date.now() - 2 * 3_600_000).toISOString() } });
  expect(await send(old, signed(old)).then((r) => [r.status, r.json])).toEqual([
    403,
    { error: 'the event occurred more than 30 minutes ago: a replayed delivery is refused' },
  ]);
  expect(harness.github.received.length).toBe(1);
});

test.each([
  ['a body that is not JSON', '{"version": "4", "alerts": [', 400, { error: 'the body is not JSON' }],
  ['a JSON list', '[1, 2]', 400, { error: 'the body is not a JSON object' }],
])('%s: refused, and nothing reaches GitHub', async (_name, body, status, json) => {
  expect(await send(body, BEARER).then((r) => [r.status, r.json])).toEqual([status, json]);
  expect(harness.github.received).toEqual([]);
});

test('GET is not a notification: 405 with Allow', async () => {
  const answer = await send('', BEARER, 'GET');
  expect([answer.status, answer.headers.get('allow')]).toEqual([405, 'POST']);
});

test('a notification of 100 KB annotations is cut to fit GitHub’s 64 KB: every text at most 1,000 characters', async () => {
  const huge = { ...ALERTMANAGER, alerts: [{ ...ALERTMANAGER.alerts[0], annotations: { summary: 'API probe failing', description: 'x'.repeat(100_000) } }] };
  expect((await send(JSON.stringify(huge), BEARER)).status).toBe(202);
  const passed = dispatches()[0].body.client_payload.notification;
  expect([harness.github.received[0].body.length < 64 * 1024, passed.alerts[0].annotations.description.length, passed.alerts[0].annotations.summary]).toEqual([
    true,
    1000,
    'API probe failing',
  ]);
});

test('a storm of alerts too many for 64 KB: as many as fit are passed on, in order, and how many were left out is said', async () => {
  const storm = {
    ...ALERTMANAGER,
    alerts: Array.from({ length: 400 }, (_, i) => ({ ...ALERTMANAGER.alerts[0], fingerprint: `f${i}`, annotations: { summary: 'y'.repeat(900) } })),
  };
  expect((await send(JSON.stringify(storm), BEARER)).status).toBe(202);
  const passed = dispatches()[0].body.client_payload.notification;
  const kept = passed.alerts.length;
  expect([kept + passed.upfront_relay_dropped_alerts, passed.alerts.map((a: { fingerprint: string }) => a.fingerprint)]).toEqual([
    400,
    storm.alerts.slice(0, kept).map((a) => a.fingerprint),
  ]);
  // The most that fit: one more would not.
  const size = (alerts: unknown[]) => Buffer.byteLength(JSON.stringify({ ...passed, alerts }));
  expect([size(passed.alerts) <= 60 * 1024, size([...passed.alerts, passed.alerts[0]]) > 60 * 1024]).toEqual([true, true]);
});

test('GitHub failing: 502, so that the sender sends it again', async () => {
  harness.github.answer.status = 500;
  expect(await send(JSON.stringify(ALERTMANAGER), BEARER).then((r) => [r.status, r.json])).toEqual([
    502,
    { error: 'GitHub answered 500: {"message":"Server Error"}' },
  ]);
});
