// @ts-check
/**
 * Upfront's alert relay: a Cloudflare Worker for senders that cannot call GitHub themselves
 * (Alertmanager, PagerDuty). It checks that a notification comes from its sender, then passes it
 * on as a repository_dispatch of type `upfront-alert`, which the status repository's Alert
 * workflow turns into a pull request. Written by `upfront relay`; Upfront's docs/alerts.md.
 *
 * Settings: [vars] in wrangler.toml, and secrets set with `npx wrangler secret put NAME`.
 *   GITHUB_REPOSITORY  owner/name of the status repository
 *   GITHUB_TOKEN       secret: a token that may dispatch to it (contents: read and write)
 *   RELAY_SECRET       secret: the bearer token Alertmanager sends (`Authorization: Bearer …`)
 *   PAGERDUTY_SECRET   secret: the signing secret of the PagerDuty webhook subscription
 *   GITHUB_API         GitHub's API (https://api.github.com unless GitHub Enterprise Server)
 */

/** The largest notification taken: Alertmanager sends a few kilobytes per alert. */
const MAX_BODY_BYTES = 1024 * 1024;
/** GitHub takes a client_payload under 64 KB; what is passed on stays below, with room to spare. */
const MAX_PAYLOAD_BYTES = 60 * 1024;
/** The longest text passed on: a summary or a link, never a log. */
const MAX_TEXT_CHARS = 1000;
/** How long after its event a PagerDuty delivery is taken; an older one, signed or not, is a replay. */
const REPLAY_WINDOW_MS = 30 * 60_000;
/** How long GitHub is waited for, so that the sender hears back quickly and retries if it must. */
const GITHUB_TIMEOUT_MS = 10_000;

/** PagerDuty events this instance forwarded, by id, with when: a repeat is answered without a second dispatch. */
const forwarded = new Map();

/**
 * @param {number} status
 * @param {Record<string, unknown>} body
 * @param {Record<string, string>} [headers]
 */
function answer(status, body, headers = {}) {
  return new Response(`${JSON.stringify(body)}\n`, { status, headers: { 'content-type': 'application/json', ...headers } });
}

const encoder = new TextEncoder();
/** @param {string} text */
const bytes = (text) => encoder.encode(text);

/** @param {string} hex */
function fromHex(hex) {
  return /^([0-9a-f]{2})+$/i.test(hex) ? Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16)) : new Uint8Array();
}

/**
 * Whether the two texts are the same, in a time that does not tell how much of them matched.
 * @param {string} a
 * @param {string} b
 */
async function sameSecret(a, b) {
  // Digests have one length, and every byte of them is compared.
  const [x, y] = (await Promise.all([a, b].map((text) => crypto.subtle.digest('SHA-256', bytes(text))))).map((digest) => new Uint8Array(digest));
  return x.reduce((differ, byte, i) => differ | (byte ^ y[i]), 0) === 0;
}

/**
 * Whether a PagerDuty signature header (`v1=<hex>`, several separated by commas while a secret is
 * rotated) signs the body with the secret: HMAC-SHA256, as PagerDuty's webhook documentation says.
 * @param {string} header
 * @param {string} body
 * @param {string} secret
 */
async function signedByPagerDuty(header, body, secret) {
  const key = await crypto.subtle.importKey('raw', bytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  for (const part of header.split(',')) {
    const [version, hex] = part.trim().split('=');
    if (version === 'v1' && hex && (await crypto.subtle.verify('HMAC', key, fromHex(hex), bytes(body)))) return true;
  }
  return false;
}

/**
 * Who sent the request, or the answer refusing it.
 * @param {Request} request
 * @param {string} body
 * @param {Record<string, string | undefined>} env
 * @returns {Promise<'pagerduty' | 'bearer' | Response>}
 */
async function sender(request, body, env) {
  const signature = request.headers.get('x-pagerduty-signature');
  if (signature !== null) {
    if (!env.PAGERDUTY_SECRET)
      return answer(503, { error: 'the relay has no PAGERDUTY_SECRET: set it to the signing secret of the PagerDuty webhook subscription' });
    return (await signedByPagerDuty(signature, body, env.PAGERDUTY_SECRET))
      ? 'pagerduty'
      : answer(401, { error: 'the X-PagerDuty-Signature does not sign this body with the subscription’s secret' });
  }
  if (!env.RELAY_SECRET) return answer(503, { error: 'the relay has no RELAY_SECRET: set it, and send it as `Authorization: Bearer <secret>`' });
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
  if (token && (await sameSecret(token, env.RELAY_SECRET))) return 'bearer';
  return answer(401, { error: 'send the relay’s secret as `Authorization: Bearer <secret>`, or a PagerDuty signature' }, { 'www-authenticate': 'Bearer' });
}

/**
 * The notification with every text cut to MAX_TEXT_CHARS, and then, while it is still too large
 * for GitHub, its list of alerts shortened; `upfront_relay_dropped_alerts` says how many went.
 * @param {any} value
 * @returns {any}
 */
function cutTexts(value) {
  if (typeof value === 'string') return value.length > MAX_TEXT_CHARS ? `${value.slice(0, MAX_TEXT_CHARS - 1)}…` : value;
  if (Array.isArray(value)) return value.map(cutTexts);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.slice(0, MAX_TEXT_CHARS), cutTexts(item)]));
  return value;
}

/** @param {any} notification */
function fitted(notification) {
  const cut = cutTexts(notification);
  const size = () => bytes(JSON.stringify(cut)).length;
  if (Array.isArray(cut.alerts) && size() > MAX_PAYLOAD_BYTES) {
    const all = cut.alerts;
    // The most alerts that fit, found by halving: a storm of hundreds takes a few tries.
    let [fits, fails] = [1, all.length];
    while (fails - fits > 1) {
      const middle = Math.floor((fits + fails) / 2);
      cut.alerts = all.slice(0, middle);
      if (size() > MAX_PAYLOAD_BYTES) fails = middle;
      else fits = middle;
    }
    cut.alerts = all.slice(0, fits);
    cut.upfront_relay_dropped_alerts = all.length - fits;
  }
  return size() > MAX_PAYLOAD_BYTES ? undefined : cut;
}

/**
 * The sender's group of the notification, as a digest: the Alert workflow runs one group at a time.
 * @param {any} notification
 */
async function groupOf(notification) {
  const key =
    notification.groupKey ??
    notification.event?.data?.id ??
    notification.group ??
    notification.alerts?.[0]?.group ??
    notification.id ??
    notification.alerts?.[0]?.id;
  const digest = await crypto.subtle.digest('SHA-256', bytes(String(key ?? '')));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export default {
  /**
   * @param {Request} request
   * @param {Record<string, string | undefined>} env
   */
  async fetch(request, env) {
    if (request.method !== 'POST') return answer(405, { error: 'send the notification with POST' }, { allow: 'POST' });
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer(413, { error: 'a notification is taken up to 1 MB' });
    const body = await request.text();
    if (bytes(body).length > MAX_BODY_BYTES) return answer(413, { error: 'a notification is taken up to 1 MB' });
    const from = await sender(request, body, env);
    if (from instanceof Response) return from;
    /** @type {any} */
    let notification;
    try {
      notification = JSON.parse(body);
    } catch {
      return answer(400, { error: 'the body is not JSON' });
    }
    if (!notification || typeof notification !== 'object' || Array.isArray(notification)) return answer(400, { error: 'the body is not a JSON object' });
    const now = Date.now();
    const event = notification.event;
    if (from === 'pagerduty') {
      const occurred = Date.parse(event?.occurred_at ?? '');
      if (typeof event?.id !== 'string' || Number.isNaN(occurred))
        return answer(400, { error: 'a PagerDuty v3 webhook has `event.id` and `event.occurred_at`' });
      if (Math.abs(now - occurred) > REPLAY_WINDOW_MS)
        return answer(403, { error: 'the event occurred more than 30 minutes ago: a replayed delivery is refused' });
      for (const [id, at] of forwarded) if (now - at > REPLAY_WINDOW_MS) forwarded.delete(id);
      if (forwarded.has(event.id)) return answer(200, { forwarded: false, why: 'this event was forwarded already' });
    }
    if (!env.GITHUB_REPOSITORY || !/^[\w.-]+\/[\w.-]+$/.test(env.GITHUB_REPOSITORY) || !env.GITHUB_TOKEN) {
      return answer(503, { error: 'the relay needs GITHUB_REPOSITORY (owner/name, in wrangler.toml) and the secret GITHUB_TOKEN' });
    }
    const passed = fitted(notification);
    if (!passed) return answer(413, { error: 'the notification does not fit GitHub’s 64 KB, even with its texts cut' });
    const api = (env.GITHUB_API || 'https://api.github.com').replace(/\/+$/, '');
    let github;
    try {
      github = await fetch(`${api}/repos/${env.GITHUB_REPOSITORY}/dispatches`, {
        method: 'POST',
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${env.GITHUB_TOKEN}`,
          'content-type': 'application/json',
          'user-agent': 'upfront-alert-relay',
          'x-github-api-version': '2022-11-28',
        },
        body: JSON.stringify({ event_type: 'upfront-alert', client_payload: { notification: passed, group: await groupOf(notification) } }),
        signal: AbortSignal.timeout(GITHUB_TIMEOUT_MS),
      });
    } catch (e) {
      return answer(502, { error: `GitHub could not be reached (${e instanceof Error ? e.message : String(e)}); send it again` });
    }
    if (github.status !== 204) return answer(502, { error: `GitHub answered ${github.status}: ${(await github.text()).slice(0, 300)}` });
    if (from === 'pagerduty') forwarded.set(event.id, now);
    return answer(202, { forwarded: true });
  },
};
