/**
 * Real receivers for `upfront notify` tests: an HTTP server on 127.0.0.1 that records every
 * request, can fail on purpose, and honours idempotency keys as a careful receiver would; and
 * an SMTP server (the `smtp-server` package) that records every message, parsed.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One request as received. */
export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** The HTTP receiver. */
export interface HttpReceiver {
  url(path: string): string;
  /** Every request, including failed attempts and repeats. */
  requests: ReceivedRequest[];
  /** Requests accepted as new: a repeated `Idempotency-Key` is acknowledged but not accepted again. */
  accepted: ReceivedRequest[];
  /** Answers the next `count` requests to `path` with `status`. */
  failNext(path: string, count: number, status: number): void;
  close(): Promise<void>;
}

/** Starts an HTTP receiver on a free port of 127.0.0.1. */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  const accepted: ReceivedRequest[] = [];
  const failures = new Map<string, { count: number; status: number }>();
  const seenKeys = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received = { path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(received);
      const failure = failures.get(received.path);
      if (failure && failure.count > 0) {
        failure.count--;
        response.writeHead(failure.status).end('temporarily unavailable');
        return;
      }
      const key = String(request.headers['idempotency-key'] ?? '');
      if (!key || !seenKeys.has(key)) accepted.push(received);
      if (key) seenKeys.add(key);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    accepted,
    failNext: (path, count, status) => failures.set(path, { count, status }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One mail as received: the SMTP envelope and the parsed message. */
export interface ReceivedMail {
  from: string;
  to: string[];
  mail: ParsedMail;
}

/** The SMTP receiver. */
export interface SmtpReceiver {
  /** `smtp://user:password@127.0.0.1:port`. */
  url: string;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts an SMTP server on a free port of 127.0.0.1 that takes `user`/`password` logins (plain text, no TLS). */
export async function startSmtpReceiver(user: string, password: string): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            mail,
          });
          callback();
        },
        (e: Error) => callback(e),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
