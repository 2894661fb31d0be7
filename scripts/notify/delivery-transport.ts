/**
 * Sending, with retries: HTTP POSTs to webhooks, chat services and Mastodon, and mail over SMTP.
 * Network errors, 5xx and 429 (and SMTP 4xx) are retried with doubling waits; anything else is a
 * permanent refusal reported at once. Secrets are kept out of every message by the redactor.
 */
import { createTransport } from 'nodemailer';
import type { EmailMessage } from '../../src/notify/notification-email.ts';

/** How a delivery ended. */
export interface Outcome {
  ok: boolean;
  attempts: number;
  /** Why it failed (or the last failure before success); redacted. */
  detail?: string;
}

/** Retry policy: attempts in all, and the first wait (each later one doubles). */
export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
}

/** Removes every secret from a text: each secret value (longest first) becomes `[redacted]`. */
export class Redactor {
  private readonly secrets = new Set<string>();

  /**
   * Adds secret values; URLs also hide their host and password, which errors quote alone, and a
   * user name that is a mail address (a plain one such as `apikey` is no secret, and hiding it
   * would blank that word everywhere).
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

  /** `text` with every secret replaced. */
  redact(text: string): string {
    let result = text;
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) result = result.split(secret).join('[redacted]');
    return result;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One try: done (ok or a permanent refusal), or worth trying again after `waitMs` (if given). */
type Attempt = { done: true; ok: boolean; detail?: string } | { done: false; detail: string; waitMs?: number };

async function withRetries(policy: RetryPolicy, attempt: () => Promise<Attempt>): Promise<Outcome> {
  let detail: string | undefined;
  for (let count = 1; ; count++) {
    const result = await attempt();
    if (result.done) return { ok: result.ok, attempts: count, detail: result.detail ?? (result.ok && detail ? `after: ${detail}` : undefined) };
    detail = result.detail;
    if (count >= policy.attempts) return { ok: false, attempts: count, detail: `${detail} (gave up after ${count} attempts)` };
    await sleep(result.waitMs ?? policy.firstDelayMs * 2 ** (count - 1));
  }
}

/** The message of a network error, with its cause (fetch hides the useful part there). */
function networkError(e: unknown): string {
  const error = e as Error & { cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError') return 'no answer within 15 s';
  return error.cause?.code ?? error.cause?.message ?? error.message;
}

/** How long a 429 or 503 asks to wait, capped at a minute so one receiver cannot stall the run. */
function retryAfterMs(header: string | null): number | undefined {
  const seconds = header ? Number(header) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 60) * 1000 : undefined;
}

/** POSTs `body` as JSON to `url`; success is a 2xx (a redirect is a failure, as with Statuspage). */
export function postJson(url: string, body: string, headers: Record<string, string>, policy: RetryPolicy): Promise<Outcome> {
  return withRetries(policy, async () => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'User-Agent': 'Upfront status page notifier', ...headers },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(15_000),
      });
      const answer = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 200);
      const detail = `HTTP ${response.status}${answer ? `: ${answer}` : ''}`;
      if (response.ok) return { done: true, ok: true };
      if (response.status === 429 || response.status >= 500) return { done: false, detail, waitMs: retryAfterMs(response.headers.get('retry-after')) };
      return { done: true, ok: false, detail };
    } catch (e) {
      return { done: false, detail: networkError(e) };
    }
  });
}

/** A mail sender for one SMTP server; `close` when done. */
export interface MailSender {
  send(message: EmailMessage): Promise<Outcome>;
  close(): void;
}

/** A sender over the SMTP server at `smtpUrl` (`smtp://user:pass@host:587`, `smtps://…`). */
export function mailSender(smtpUrl: string, policy: RetryPolicy): MailSender {
  const transport = createTransport(smtpUrl);
  return {
    send: (message) =>
      withRetries(policy, async () => {
        try {
          await transport.sendMail(message);
          return { done: true, ok: true };
        } catch (e) {
          const error = e as Error & { responseCode?: number; response?: string; code?: string };
          const detail = error.response ?? error.code ?? error.message;
          // SMTP 5xx is a permanent refusal (no such mailbox, rejected); 4xx and lost connections pass.
          if (error.responseCode && error.responseCode >= 500) return { done: true, ok: false, detail };
          return { done: false, detail };
        }
      }),
    close: () => transport.close(),
  };
}
