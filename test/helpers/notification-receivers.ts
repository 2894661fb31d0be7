/**
 * Real receivers for `upfront notify` tests: an HTTP server on 127.0.0.1 that records every
 * request, can fail, rate-limit or hang on purpose, and honours idempotency keys as a careful
 * receiver would; and an SMTP server (the `smtp-server` package) that records every message,
 * parsed, and can refuse, greylist, slow down or hang like a real one.
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
  /** Answers the next `count` requests to `path` with `status` (and `headers`, such as `Retry-After`). */
  failNext(path: string, count: number, status: number, headers?: Record<string, string>): void;
  /** Until undone, answers every request to `path` with `status` and a body quoting the path back; with `status` 0, never answers. */
  breakPath(path: string, status: number | undefined): void;
  close(): Promise<void>;
}

/** Starts an HTTP receiver on a free port of 127.0.0.1. */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const requests: ReceivedRequest[] = [];
  const accepted: ReceivedRequest[] = [];
  const failures = new Map<string, { count: number; status: number; headers?: Record<string, string> }>();
  const broken = new Map<string, number>();
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
        response.writeHead(failure.status, failure.headers).end('temporarily unavailable');
        return;
      }
      const breakage = broken.get(received.path);
      if (breakage === 0) return; // hangs: the client's own time-out or budget must end it
      if (breakage !== undefined) {
        // As careless servers do, the error quotes the request back, secrets and all.
        response.writeHead(breakage).end(`error at ${received.path} (${String(request.headers.authorization ?? '')})`);
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
    failNext: (path, count, status, headers) => failures.set(path, { count, status, headers }),
    breakPath: (path, status) => (status === undefined ? broken.delete(path) : broken.set(path, status)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** One mail as received: the SMTP envelope and the parsed message. */
export interface ReceivedMail {
  from: string;
  to: string[];
  mail: ParsedMail;
}

/** How the SMTP receiver misbehaves, changeable between runs. */
export interface SmtpBehaviour {
  /** Addresses refused for good at RCPT TO (550 No such user). */
  refuse: Set<string>;
  /** Addresses refused once for now at RCPT TO (451, greylisting), then accepted. */
  greylist: Set<string>;
  /** Wait this long before accepting each message. */
  delayMs: number;
  /** Never answer after DATA. */
  hangAfterData: boolean;
}

/** The SMTP receiver. */
export interface SmtpReceiver {
  /** `smtp://user:password@127.0.0.1:port`. */
  url: string;
  messages: ReceivedMail[];
  /** How many connections were opened. */
  connections(): number;
  behaviour: SmtpBehaviour;
  close(): Promise<void>;
}

/** Starts an SMTP server on a free port of 127.0.0.1 that takes `user`/`password` logins (plain text, no TLS). */
export async function startSmtpReceiver(user: string, password: string): Promise<SmtpReceiver> {
  const messages: ReceivedMail[] = [];
  const behaviour: SmtpBehaviour = { refuse: new Set(), greylist: new Set(), delayMs: 0, hangAfterData: false };
  let connections = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    // A hanging session must not hold the test's end for the default 30 s.
    closeTimeout: 100,
    onConnect(_session, callback) {
      connections++;
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });
      if (behaviour.refuse.has(address.address)) return callback(refusal(550, '5.1.1 No such user here'));
      if (behaviour.greylist.delete(address.address)) return callback(refusal(451, '4.7.1 Greylisted, try again later'));
      callback();
    },
    onData(stream, session, callback) {
      if (behaviour.hangAfterData) {
        stream.resume();
        return;
      }
      const accept = (mail: ParsedMail) => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          mail,
        });
        callback();
      };
      simpleParser(stream).then(
        (mail) => (behaviour.delayMs > 0 ? setTimeout(() => accept(mail), behaviour.delayMs) : accept(mail)),
        (e: Error) => callback(e),
      );
    },
  });
  // A client killed mid-message (a test of exactly that) resets its connection: no error of the receiver's.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    messages,
    connections: () => connections,
    behaviour,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
