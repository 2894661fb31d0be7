/**
 * The alert relay as it runs at Cloudflare, here: the Worker and wrangler.toml that `upfront
 * relay` writes, served by `wrangler dev` in the real Workers runtime (workerd), in front of a
 * local stand-in for GitHub's dispatch endpoint that records what it receives.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { upfront } from './cli.ts';
import { REPO_ROOT } from './run-build.ts';

/** One request GitHub's stand-in received. */
export interface GitHubRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A stand-in for `POST /repos/{owner}/{repo}/dispatches`: 204 as GitHub answers, or `status` when set. */
export async function gitHubApi(): Promise<{ url: string; received: GitHubRequest[]; answer: { status: number }; close(): Promise<void> }> {
  const received: GitHubRequest[] = [];
  const answer = { status: 204 };
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body });
      response
        .writeHead(answer.status, answer.status === 204 ? {} : { 'content-type': 'application/json' })
        .end(answer.status === 204 ? undefined : '{"message":"Server Error"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answer,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The settings the relay runs with in tests. */
export const RELAY_SETTINGS = {
  GITHUB_REPOSITORY: 'acme/status',
  GITHUB_TOKEN: 'ghs_relay_test_token',
  RELAY_SECRET: 'relay-secret-0123456789',
  PAGERDUTY_SECRET: 'pagerduty-signing-secret',
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The relay written by `upfront relay` into a new folder, running in workerd under `wrangler dev`, forwarding to `githubApi`. */
export async function startRelay(githubApi: string): Promise<{ url: string; dir: string; stop(): void }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'upfront-relay-')), 'relay');
  const written = upfront(['relay', dir]);
  if (written.status !== 0) throw new Error(`upfront relay failed: ${written.stderr}`);
  const port = await freePort();
  const vars = Object.entries({ ...RELAY_SETTINGS, GITHUB_API: githubApi }).flatMap(([name, value]) => ['--var', `${name}:${value}`]);
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      join(dir, '.state'),
      ...vars,
    ],
    {
      cwd: dir,
      // No telemetry, no update check, no account: this machine reaches no Cloudflare service.
      env: { ...process.env, HOME: dir, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG: 'info', CI: 'true', NO_COLOR: '1' },
    },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wrangler dev did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Ready on http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`wrangler dev exited (${code}):\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, dir, stop: () => child.kill('SIGTERM') };
}

/** GitHub's stand-in and the relay in front of it, started before a test file's tests and stopped after them. */
export function relayForTests(): { github: Awaited<ReturnType<typeof gitHubApi>>; relay: Awaited<ReturnType<typeof startRelay>> } {
  const running = {} as ReturnType<typeof relayForTests>;
  beforeAll(async () => {
    running.github = await gitHubApi();
    running.relay = await startRelay(running.github.url);
  });
  afterAll(async () => {
    running.relay?.stop();
    await running.github?.close();
  });
  return running;
}
