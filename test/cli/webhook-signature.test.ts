/**
 * The signature verification snippets of docs/notifications.md, in JavaScript and Python, run as
 * a receiver would run them on a real delivery: they accept it, and refuse it tampered with or
 * replayed later.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { incidentFile } from '../helpers/content-folder.ts';
import { finished, startUpfront } from '../helpers/cli.ts';
import { startHttpReceiver, type HttpReceiver, type ReceivedRequest } from '../helpers/notification-receivers.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';
import { statusRepository } from '../helpers/status-repository.ts';
import { signPayload } from '../../src/notify/notification-webhook.ts';

const SECRET = 'whsec-verify-9d2e';
const docs = readFileSync(join(REPO_ROOT, 'docs/notifications.md'), 'utf8');
const snippet = (language: string) => new RegExp(`### Verifying a webhook[\\s\\S]*?\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(docs)![1];

let http: HttpReceiver;
let delivery: ReceivedRequest;
beforeAll(async () => {
  http = await startHttpReceiver();
  const repo = statusRepository({ 'notifications.yml': 'channels:\n  - id: hook\n    type: webhook\n    url_env: T_URL\n    secret_env: T_SECRET\n' });
  repo.commit(
    {
      'incidents/2026-03-10-api.md': incidentFile(
        'title: API errors\nimpact: major\ncomponents:\n  api: major_outage',
        '## Investigating · 2026-03-10 11:00 UTC\n\nRequests fail.',
      ),
    },
    'Open',
  );
  const run = await finished(
    startUpfront(['notify', '--now', '2026-03-10 11:01 UTC'], { content: repo.dir, cwd: repo.dir, env: { T_URL: http.url('/hook'), T_SECRET: SECRET } }),
  );
  expect(run.status).toBe(0);
  [delivery] = http.requests;
});
afterAll(() => http.close());

/** Each case: the header and the body a receiver gets, and whether the snippet must accept them. */
const cases = () => {
  const header = String(delivery.headers['x-upfront-signature-256']);
  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  return [
    ['the delivery as received', header, delivery.body, true],
    ['the body changed by one character', header, delivery.body.replace('Requests fail', 'Requests fall'), false],
    ['a correct signature made an hour ago (a replay)', signPayload(SECRET, delivery.body, hourAgo), delivery.body, false],
    ['the old form without a timestamp', header.replace(/^t=\d+,/, ''), delivery.body, false],
  ] as const;
};

test('the JavaScript check accepts the delivery, and refuses it tampered with or replayed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upfront-verify-'));
  writeFileSync(
    join(dir, 'verify.mjs'),
    `${snippet('js')}\nconst cases = JSON.parse(process.argv[2]);\nconsole.log(JSON.stringify(cases.map(([, header, body]) => verifyUpfrontSignature(${JSON.stringify(SECRET)}, header, Buffer.from(body)))));\n`,
  );
  const run = spawnSync(process.execPath, [join(dir, 'verify.mjs'), JSON.stringify(cases())], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual(cases().map((c) => c[3]));
});

test('the Python check does the same', () => {
  const dir = mkdtempSync(join(tmpdir(), 'upfront-verify-'));
  writeFileSync(
    join(dir, 'verify.py'),
    `${snippet('python')}\nimport json, sys\ncases = json.loads(sys.argv[1])\nprint(json.dumps([verify_upfront_signature(${JSON.stringify(SECRET)}, header, body.encode()) for _, header, body, _ in cases]))\n`,
  );
  const run = spawnSync('python3', [join(dir, 'verify.py'), JSON.stringify(cases())], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual(cases().map((c) => c[3]));
});
