/**
 * Sending, with retries, within a time budget: HTTP requests to webhooks, chat services,
 * Mastodon and mailing-list services, and mail over one pooled SMTP connection. Network errors, 5xx and 429 (honouring
 * Retry-After) are retried with doubling waits while the budget allows; anything else ends the
 * delivery at once. Secrets, and any piece of one a receiver quotes back, are kept out of every
 * message by the redactor.
 */
import { createTransport } from 'nodemailer';
import type { EmailMessage } from './notification-email.ts';
import type { DeliveryState } from './delivery-record.ts';

/** How a delivery ended. */
export interface Outcome {
  state: DeliveryState;
  attempts: number;
  /** Why it failed (or the last failure before success); redacted by the caller. */
  detail?: string;
  /**
   * The channel as a whole cannot be reached (refused connection, time-out, failed login, or an
   * HTTP receiver that failed every attempt): its other deliveries wait for the next run rather
   * than each spend the same time failing.
   */
  channelDown?: boolean;
}

/** Retry policy: attempts in all, and the first wait (each later one doubles). */
export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
}

/** When the run must stop sending: its time budget, or a signal to stop (SIGTERM). */
export interface Deadline {
  /** Aborted when the budget is spent or the run is told to stop. */
  signal: AbortSignal;
  /** Milliseconds left of the budget (0 once told to stop). */
  remainingMs(): number;
  /** Why sending stopped, once it has: the budget, or a signal. */
  stopReason(): string;
}

/** The shortest secret piece scrubbed from what receivers answer. */
const PIECE = 6;

/** Removes every secret from a text: each secret value, and in what a receiver wrote any piece of one of six characters or more, becomes `[redacted]`. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /**
   * Adds secret values; URLs also hide their host and password, which errors quote alone, and a
   * user name that is a mail address.
   */
  add(...values: Array<string | undefined>): void {
    for (const value of values) {
      if (!value || value.length < 3) continue;
      this.secrets.add(value);
      if (!URL.canParse(value)) continue;
      const url = new URL(value);
      const user = decodeURIComponent(url.username);
      for (const part of [url.host, decodeURIComponent(url.password), url.href, user.includes('@') ? user : '']) if (part.length >= 3) this.secrets.add(part);
    }
  }

  /**
   * `text`, which a receiver or a server wrote, with every secret replaced, and every run of six
   * or more characters that occurs in a secret: a receiver may quote back a path, a token or a
   * query parameter it was sent.
   */
  redact(text: string): string {
    return this.hide(text, true);
  }

  /**
   * `text`, which Upfront wrote (a message preview, a label), with every whole secret replaced: it
   * holds no piece of one, and hiding every `https://` a secret URL shares with it would only
   * garble it.
   */
  redactWhole(text: string): string {
    return this.hide(text, false);
  }

  private hide(text: string, pieces: boolean): string {
    const hidden = new Array<boolean>(text.length).fill(false);
    for (const secret of this.secrets) {
      let start = text.indexOf(secret);
      while (start >= 0) {
        hidden.fill(true, start, start + secret.length);
        start = text.indexOf(secret, start + 1);
      }
      if (!pieces || secret.length < PIECE) continue;
      for (let i = 0; i + PIECE <= text.length; i++) {
        let end = i + PIECE;
        if (!secret.includes(text.slice(i, end))) continue;
        while (end < text.length && secret.includes(text.slice(i, end + 1))) end++;
        hidden.fill(true, i, end);
      }
    }
    let result = '';
    for (let i = 0; i < text.length; i++) {
      if (!hidden[i]) result += text[i];
      else if (!hidden[i - 1]) result += '[redacted]';
    }
    return result;
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/** One try: done (delivered or refused), failed for good this run, or worth trying again after `waitMs`. */
type Attempt =
  | { state: DeliveryState; detail?: string; channelDown?: boolean; retry?: false }
  | { retry: true; detail: string; waitMs?: number; channelDown?: boolean };

async function withRetries(policy: RetryPolicy, deadline: Deadline, attempt: () => Promise<Attempt>): Promise<Outcome> {
  let detail: string | undefined;
  for (let count = 1; ; count++) {
    if (deadline.signal.aborted)
      return {
        state: 'failed',
        attempts: count - 1,
        detail: detail ? `${detail} (then stopped: ${deadline.stopReason()})` : deadline.stopReason(),
        channelDown: true,
      };
    const result = await attempt();
    if (!result.retry) {
      const after = result.state === 'delivered' && detail ? `after: ${detail}` : undefined;
      return { state: result.state, attempts: count, detail: result.detail ?? after, channelDown: result.channelDown };
    }
    detail = result.detail;
    const wait = result.waitMs ?? policy.firstDelayMs * 2 ** (count - 1);
    if (deadline.signal.aborted || deadline.remainingMs() <= 0) return { state: 'failed', attempts: count, detail, channelDown: true };
    if (count >= policy.attempts) return { state: 'failed', attempts: count, detail: `${detail} (gave up after ${count} attempts)`, channelDown: true };
    if (wait >= deadline.remainingMs())
      return { state: 'failed', attempts: count, detail: `${detail} (no time left in the run's budget to try again)`, channelDown: true };
    await sleep(wait, deadline.signal);
  }
}

/** The longest a receiver may take to answer one request. */
const REQUEST_TIMEOUT_MS = 15_000;

/** The message of a network error, with its cause (fetch hides the useful part there). */
function networkError(e: unknown, deadline: Deadline, timeoutMs: number): string {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (deadline.signal.aborted) return `no answer before ${deadline.stopReason()}`;
  if (error.name === 'TimeoutError')
    return timeoutMs < REQUEST_TIMEOUT_MS ? `no answer before ${deadline.stopReason()}` : `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return error.cause?.code ?? error.cause?.message ?? error.message;
}

/** How long a 429 or 503 asks to wait, capped at a minute so one receiver cannot stall the run. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, 0), 60) * 1000 : undefined;
}

/** One request to an HTTP receiver or API; `headers` is called for every attempt (a signature may be timestamped). */
export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  /** JSON text, for POST and PUT. */
  body?: string;
  headers: () => Record<string, string>;
}

/** How a request ended and, when it succeeded, the JSON the receiver answered (undefined when it answered none). */
export interface JsonAnswer {
  outcome: Outcome;
  json?: unknown;
}

/** Sends `request`; success is a 2xx (a redirect is a failure, as with Statuspage). */
export async function requestJson(request: JsonRequest, policy: RetryPolicy, deadline: Deadline): Promise<JsonAnswer> {
  let json: unknown;
  const outcome = await withRetries(policy, deadline, async () => {
    // Never past the budget: a receiver that hangs costs at most what is left of it.
    const timeoutMs = Math.max(1, Math.min(REQUEST_TIMEOUT_MS, deadline.remainingMs()));
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: {
          ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          Accept: 'application/json',
          'User-Agent': 'Upfront status page notifier',
          ...request.headers(),
        },
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.any([deadline.signal, AbortSignal.timeout(timeoutMs)]),
      });
      const text = await response.text().catch(() => '');
      const answer = text.replace(/\s+/g, ' ').trim().slice(0, 200);
      const detail = `HTTP ${response.status}${answer ? `: ${answer}` : ''}`;
      if (response.ok) {
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        return { state: 'delivered' };
      }
      if (response.status === 429 || response.status >= 500) return { retry: true, detail, waitMs: retryAfterMs(response.headers.get('retry-after')) };
      // A 4xx says the request or the address is wrong: trying again now would get the same
      // answer, but a later run may find it fixed (a secret replaced).
      return { state: 'failed', detail, channelDown: true };
    } catch (e) {
      return { retry: true, detail: networkError(e, deadline, timeoutMs), channelDown: true };
    }
  });
  return { outcome, json };
}

/** POSTs `body` as JSON to `url`. */
export async function postJson(url: string, body: string, headers: () => Record<string, string>, policy: RetryPolicy, deadline: Deadline): Promise<Outcome> {
  return (await requestJson({ method: 'POST', url, body, headers }, policy, deadline)).outcome;
}

/**
 * `work`, or a rejection as soon as `signal` aborts: a server that hangs mid-message must not hold
 * the run past its budget (the message may then arrive after all: it is sent again by the next
 * run with the same Message-ID, the one repeat an interrupted sender cannot avoid).
 */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('stopped'));
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(new Error('stopped'));
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A mail sender for one SMTP server, over one pooled connection; `close` when done. */
export interface MailSender {
  send(message: EmailMessage): Promise<Outcome>;
  close(): void;
}

// nodemailer's codes for a server that cannot be reached or logged into: no mail can go this run.
const SERVER_DOWN = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'EAUTH', 'ETLS', 'EREQUIRETLS', 'EPROTOCOL', 'EHLO']);

/** A sender over the SMTP server at `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`): one connection for the whole run. */
export function mailSender(smtpUrl: string, policy: RetryPolicy, deadline: Deadline): MailSender {
  const transport = createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    maxMessages: Number.POSITIVE_INFINITY,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof createTransport>[0]);
  // A spent budget or a stop closes the connection, which ends a send that hangs.
  deadline.signal.addEventListener('abort', () => transport.close(), { once: true });
  return {
    send: (message) =>
      withRetries(policy, deadline, async () => {
        try {
          await untilStopped(transport.sendMail(message), deadline.signal);
          return { state: 'delivered' };
        } catch (e) {
          const error = e as Error & { responseCode?: number; response?: string; code?: string };
          const detail = error.response ?? error.code ?? error.message;
          const code = error.responseCode ?? 0;
          // The server answered about this message or recipient: 5xx is final (no such mailbox),
          // 4xx (greylisting, a full mailbox) is for a later run, not for a retry seconds from now.
          if (code >= 500 && !SERVER_DOWN.has(error.code ?? '')) return { state: 'refused', detail };
          if (code >= 400 && !SERVER_DOWN.has(error.code ?? '')) return { state: 'failed', detail };
          if (deadline.signal.aborted) return { state: 'failed', detail: `no answer before ${deadline.stopReason()}`, channelDown: true };
          return { retry: true, detail, channelDown: true };
        }
      }),
    close: () => transport.close(),
  };
}
