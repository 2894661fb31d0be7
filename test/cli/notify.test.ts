/**
 * `upfront notify`, run for real in a clone of a status repository whose history is an outage
 * from first post to postmortem, as the deploy workflow runs it after each merge, delivering to
 * real local receivers: an HTTP server standing in for the webhook, Slack, Discord, Teams and
 * Mastodon, and an SMTP server for the subscribers' mail. What each message says is checked here;
 * what survives failures, re-runs and kills, in notify-exactly-once.test.ts.
 */
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentFolder, incidentFile } from '../helpers/content-folder.ts';
import { startHttpReceiver, startSmtpReceiver, type HttpReceiver, type ReceivedRequest, type SmtpReceiver } from '../helpers/notification-receivers.ts';
import { finished, startUpfront, upfront } from '../helpers/cli.ts';
import { git, statusRepository, type StatusRepository } from '../helpers/status-repository.ts';

const WEBHOOK_SECRET = 'whsec-4f1d9a0c7e';
const SLACK_PATH = '/services/T0001/B0002/slack-token-8c2e';
const MASTODON_TOKEN = 'mastodon-token-5b7a';
const SMTP_PASSWORD = 'smtp-pass-91ce';
const SUBSCRIBERS = '- email: alice@customer.example\n- email: bob@customer.example\n  components: [storage]\n';
const SECRETS = [WEBHOOK_SECRET, SLACK_PATH, 'slack-token-8c2e', MASTODON_TOKEN, SMTP_PASSWORD, 'alice@customer.example', 'bob@customer.example'];

/** The signature header's parts, checked against the body with the shared secret. */
export function verifySignature(header: string | string[] | undefined, body: string, secret: string): boolean {
  const match = /^t=(\d+),sha256=([0-9a-f]{64})$/.exec(String(header));
  return (
    match !== null &&
    createHmac('sha256', secret).update(`${match[1]}.${body}`).digest('hex') === match[2] &&
    Math.abs(Date.now() / 1000 - Number(match[1])) < 60
  );
}

const INCIDENT = 'incidents/2026-03-10-api-errors.md';
const FRONTMATTER = 'title: Elevated API error rates\nimpact: major\ncomponents:\n  api: major_outage\nworkaround: Retry failed requests with backoff.';
const FIRST = '## Investigating · 2026-03-10 11:00 UTC\n\nAbout 30 % of API requests fail with 503. We are investigating.';
const SECOND =
  '## Identified · 2026-03-10 11:30 UTC\n\nA bad configuration push overloaded the load balancers; we are rolling it back. We are sorry for the disruption.';

describe('upfront notify over the history of an outage', () => {
  let http: HttpReceiver;
  let smtp: SmtpReceiver;
  let repo: StatusRepository;
  let env: NodeJS.ProcessEnv;
  let closedPort: number;

  // Asynchronous: the receivers live in this process and must keep answering while notify runs.
  async function notify(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
    const { status, stdout, stderr } = await finished(startUpfront(['notify', ...args], { content: repo.dir, cwd: repo.dir, env: { ...env, ...extraEnv } }));
    for (const secret of SECRETS) expect(stdout + stderr).not.toContain(secret);
    return { status, stdout, stderr };
  }
  /** Runs notify at `now`, as the deploy workflow does; returns what reached each receiver. */
  async function deliver(now: string, extraEnv: NodeJS.ProcessEnv = {}) {
    const requestsBefore = http.requests.length;
    const acceptedBefore = http.accepted.length;
    const mailBefore = smtp.messages.length;
    const run = await notify(['--now', now], extraEnv);
    return {
      ...run,
      requests: http.requests.slice(requestsBefore),
      accepted: http.accepted.slice(acceptedBefore),
      mail: smtp.messages.slice(mailBefore),
    };
  }
  const byPath = (requests: ReceivedRequest[], path: string) => requests.filter((r) => r.path === path).map((r) => JSON.parse(r.body));

  beforeAll(async () => {
    http = await startHttpReceiver();
    smtp = await startSmtpReceiver('status', SMTP_PASSWORD);
    // A port that was just free and is closed again: connecting to it is refused.
    const probe = await startHttpReceiver();
    closedPort = Number(new URL(probe.url('/')).port);
    await probe.close();
    repo = statusRepository({
      'notifications.yml': `retry:
  attempts: 3
  first_delay_seconds: 0.05
channels:
  - id: hook
    type: webhook
    url_env: T_WEBHOOK_URL
    secret_env: T_WEBHOOK_SECRET
  - id: chat
    type: slack
    url_env: T_SLACK_URL
  - id: storage-team
    type: discord
    url_env: T_DISCORD_URL
    components: [storage]
  - id: ops
    type: teams
    url_env: T_TEAMS_URL
  - id: toots
    type: mastodon
    server: ${http.url('')}
    token_env: T_MASTODON_TOKEN
    visibility: unlisted
  - id: mail
    type: email
    smtp_url_env: T_SMTP_URL
    from: Test Status <status@test.example>
    subscribers_env: T_SUBSCRIBERS
    unsubscribe: https://test.example/unsubscribe?email={email}
`,
      'incidents/2026-03-01-old-outage.md': incidentFile(
        'title: Old outage\nimpact: minor\ncomponents:\n  website: degraded_performance',
        '## Resolved · 2026-03-01 10:00 UTC\n\nIt was fixed, and here is why it happened.',
      ),
    });
    env = {
      T_WEBHOOK_URL: http.url('/hook'),
      T_WEBHOOK_SECRET: WEBHOOK_SECRET,
      T_SLACK_URL: http.url(SLACK_PATH),
      T_DISCORD_URL: http.url('/discord'),
      T_TEAMS_URL: http.url('/teams'),
      T_MASTODON_TOKEN: MASTODON_TOKEN,
      T_SMTP_URL: smtp.url,
      T_SUBSCRIBERS: SUBSCRIBERS,
    };
  });
  afterAll(async () => {
    await http.close();
    await smtp.close();
  });

  test('a new incident reaches every channel whose filter matches, in each service’s own shape; the old one is history', async () => {
    repo.commit({ [INCIDENT]: incidentFile(`${FRONTMATTER}\nnext_update: 2026-03-10 11:30 UTC`, FIRST) }, 'Open incident');
    const run = await deliver('2026-03-10 11:02 UTC');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual([
      `No delivery record yet: it starts here, and news already in ${git(repo.dir, 'rev-parse', 'HEAD^').slice(0, 12)} counts as announced before it.`,
      'Delivery record: refs/upfront/deliveries at origin. 2 pieces of news live, 1 still news, 6 deliveries due.',
    ]);
    expect(run.requests.map((r) => r.path).sort()).toEqual(['/api/v1/statuses', '/hook', '/hook', '/teams', SLACK_PATH].sort());

    const [incident, component] = run.requests.filter((r) => r.path === '/hook');
    for (const request of [incident, component]) {
      expect(verifySignature(request.headers['x-upfront-signature-256'], request.body, WEBHOOK_SECRET)).toBe(true);
      expect(verifySignature(request.headers['x-upfront-signature-256'], `${request.body} `, WEBHOOK_SECRET)).toBe(false);
      expect(request.headers['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
      expect(request.headers['x-upfront-delivery']).toBe(request.headers['idempotency-key']);
      expect(request.headers['content-type']).toBe('application/json');
    }
    const incidentPayload = JSON.parse(incident.body);
    expect(incident.headers['x-upfront-event']).toBe('incident.update');
    expect(incidentPayload.meta).toEqual({ unsubscribe: null, documentation: 'https://status.test.example/subscribe/', generated_at: '2026-03-10T11:02:00Z' });
    expect(incidentPayload.page).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{12}$/),
      status_indicator: 'critical',
      status_description: 'Major System Outage',
    });
    expect(incidentPayload.incident).toMatchObject({
      id: '2026-03-10-api-errors',
      name: 'Elevated API error rates',
      status: 'investigating',
      impact: 'major',
      shortlink: 'https://status.test.example/incidents/2026-03-10-api-errors/',
      postmortem_body: null,
    });
    expect(incidentPayload.incident.incident_updates).toEqual([
      expect.objectContaining({
        status: 'investigating',
        body: 'About 30 % of API requests fail with 503. We are investigating.',
        created_at: '2026-03-10T11:00:00.000Z',
        deliver_notifications: true,
      }),
    ]);
    const componentPayload = JSON.parse(component.body);
    expect(component.headers['x-upfront-event']).toBe('component.update');
    expect(componentPayload.component_update).toEqual({
      id: '2026-03-10-api-errors/2026-03-10T11:00:00Z/component/api',
      component_id: 'api',
      component_type: 'Component',
      old_status: 'operational',
      new_status: 'major_outage',
      created_at: '2026-03-10T11:00:00Z',
    });
    expect(componentPayload.component).toMatchObject({ id: 'api', name: 'API', status: 'major_outage', group_id: 'platform' });

    const [slack] = byPath(run.requests, SLACK_PATH);
    expect(slack.text).toBe('Investigating: Elevated API error rates https://status.test.example/incidents/2026-03-10-api-errors/#update-20260310t110000z');
    expect(slack.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Investigating: Elevated API error rates' } });
    expect(slack.blocks[1].text.text).toBe('About 30 % of API requests fail with 503. We are investigating.');
    expect(slack.blocks[2].fields.map((f: { text: string }) => f.text)).toEqual([
      '*Impact*\nMajor',
      '*Affected*\nAPI: Major outage',
      '*Started*\n10 Mar 2026, 12:00 CET',
      '*Next update by*\n10 Mar 2026, 12:30 CET',
      '*What you can do meanwhile*\nRetry failed requests with backoff.',
    ]);

    const [teams] = byPath(run.requests, '/teams');
    expect(teams.type).toBe('message');
    expect(teams.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0].content.body[0]).toMatchObject({ type: 'TextBlock', text: 'Investigating: Elevated API error rates', color: 'Attention' });
    expect(teams.attachments[0].content.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'View on the status page', url: 'https://status.test.example/incidents/2026-03-10-api-errors/#update-20260310t110000z' },
    ]);

    const [toot] = run.requests.filter((r) => r.path === '/api/v1/statuses');
    expect(toot.headers.authorization).toBe(`Bearer ${MASTODON_TOKEN}`);
    expect(JSON.parse(toot.body)).toEqual({
      status:
        'Investigating: Elevated API error rates\n\nAbout 30 % of API requests fail with 503. We are investigating.\n\nNext update by: 10 Mar 2026, 12:30 CET\nhttps://status.test.example/incidents/2026-03-10-api-errors/#update-20260310t110000z',
      visibility: 'unlisted',
    });

    // Bob follows storage only, so the API incident goes to Alice alone, addressed to her alone.
    expect(run.mail.map((m) => m.to)).toEqual([['alice@customer.example']]);
    const { mail } = run.mail[0];
    expect(mail.subject).toBe('[Test Status] Investigating: Elevated API error rates');
    expect(mail.from?.text).toBe('"Test Status" <status@test.example>');
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, ' ');
    expect(header('list-unsubscribe')).toBe('List-Unsubscribe: <https://test.example/unsubscribe?email=alice%40customer.example>');
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-id')).toMatch(/^List-ID: Test Status <[0-9a-f]{12}\.status\.test\.example>$/);
    expect(header('auto-submitted')).toBe('Auto-Submitted: auto-generated');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@status\.test\.example>$/);
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.text).toBe(
      'Investigating: Elevated API error rates\n\nAbout 30 % of API requests fail with 503. We are investigating.\n\n' +
        'Impact: Major\nAffected: API: Major outage\nStarted: 10 Mar 2026, 12:00 CET\nNext update by: 10 Mar 2026, 12:30 CET\nWhat you can do meanwhile: Retry failed requests with backoff.\n\n' +
        'View on the status page: https://status.test.example/incidents/2026-03-10-api-errors/#update-20260310t110000z\n\n' +
        '-- \nYou receive this because you subscribed to Test Status notifications.\nStop receiving these emails: https://test.example/unsubscribe?email=alice%40customer.example',
    );
    expect(mail.html).toContain('<p>About 30 % of API requests fail with 503. We are investigating.</p>');
    expect(mail.html).toContain(
      '<a href="https://test.example/unsubscribe?email=alice%40customer.example" style="color:#175cd3">Stop receiving these emails</a>',
    );
    expect(run.stdout).toContain('✓ 6 delivered, 0 failed, 0 refused for good\n');
    expect(repo.record()?.news['2026-03-01-old-outage/2026-03-01T10:00:00Z'].disposition).toBe('baseline');
  });

  test('an update is announced once, threaded under the first mail', async () => {
    repo.commit({ [INCIDENT]: incidentFile(`${FRONTMATTER}\nnext_update: 2026-03-10 12:00 UTC`, `${SECOND}\n\n${FIRST}`) }, 'Update');
    const run = await deliver('2026-03-10 11:31 UTC');
    expect(run.status).toBe(0);
    expect(run.requests.map((r) => r.path).sort()).toEqual(['/api/v1/statuses', '/hook', '/teams', SLACK_PATH].sort());
    expect(byPath(run.requests, '/hook')[0].incident.incident_updates.map((u: { status: string }) => u.status)).toEqual(['identified', 'investigating']);
    expect(byPath(run.requests, SLACK_PATH)[0].blocks[0].text.text).toBe('Identified: Elevated API error rates');
    const first = smtp.messages[0].mail.messageId;
    expect(run.mail.map((m) => [m.mail.subject, m.mail.inReplyTo, m.mail.references])).toEqual([
      ['[Test Status] Identified: Elevated API error rates', first, first],
    ]);
  });

  test('fixing a typo in an earlier update sends nothing', async () => {
    repo.commit(
      {
        [INCIDENT]: incidentFile(
          `${FRONTMATTER}\nnext_update: 2026-03-10 12:00 UTC`,
          `${SECOND.replace('rolling it back', 'rolling back the change')}\n\n${FIRST}`,
        ),
      },
      'Typo',
    );
    const run = await deliver('2026-03-10 11:35 UTC');
    expect([run.status, run.requests.length, run.mail.length]).toEqual([0, 0, 0]);
    expect(run.stdout).toBe('Delivery record: refs/upfront/deliveries at origin. 3 pieces of news live, 2 still news, 0 deliveries due.\n');
  });

  const MONITORING = '## Monitoring · 2026-03-10 11:50 UTC · quiet\n\nError rates are back to normal; we are watching.';
  test('a quiet update is published but announced nowhere', async () => {
    repo.commit({ [INCIDENT]: incidentFile(FRONTMATTER, `${MONITORING}\n\n${SECOND}\n\n${FIRST}`) }, 'Quiet update');
    const run = await deliver('2026-03-10 11:51 UTC');
    expect([run.status, run.requests.length, run.mail.length]).toEqual([0, 0, 0]);
    expect(run.stdout).toContain('0 deliveries due.\n  not announced: updated 2026-03-10-api-errors/2026-03-10T11:50:00Z (quiet)\n');
  });

  test('the resolution is announced, and the webhook hears the component is operational again', async () => {
    const resolved =
      '## Resolved · 2026-03-10 12:10 UTC\n\nThe rollback is complete and error rates have been normal for 20 minutes. A bad configuration push caused it.';
    repo.commit({ [INCIDENT]: incidentFile(FRONTMATTER, `${resolved}\n\n${MONITORING}\n\n${SECOND}\n\n${FIRST}`) }, 'Resolve');
    const run = await deliver('2026-03-10 12:11 UTC');
    expect(run.status).toBe(0);
    const [incident, component] = byPath(run.requests, '/hook');
    expect([incident.incident.status, incident.page.status_indicator]).toEqual(['resolved', 'none']);
    expect(component.component_update).toMatchObject({ component_id: 'api', old_status: 'major_outage', new_status: 'operational' });
    expect(byPath(run.requests, SLACK_PATH)[0].blocks[2].fields.map((f: { text: string }) => f.text)).toEqual([
      '*Impact*\nMajor',
      '*Affected*\nAPI',
      '*Started*\n10 Mar 2026, 12:00 CET',
      '*Duration*\n1 hr 10 mins',
    ]);
    expect(run.mail.map((m) => m.mail.subject)).toEqual(['[Test Status] Resolved: Elevated API error rates']);
  });

  test('a maintenance announcement reaches the storage team and the subscriber who follows storage', async () => {
    const window = 'kind: maintenance\ntitle: Database upgrade\ncomponents: [db]\nscheduled_for: 2026-03-15 02:00 UTC\nscheduled_until: 2026-03-15 03:00 UTC';
    repo.commit(
      {
        'incidents/2026-03-15-database-upgrade.md': incidentFile(
          window,
          '## Scheduled · 2026-03-10 13:00 UTC\n\nWe are upgrading the database; writes pause for up to 5 minutes.',
        ),
      },
      'Maintenance',
    );
    const run = await deliver('2026-03-10 13:01 UTC');
    expect(run.status).toBe(0);
    expect(run.requests.map((r) => r.path).sort()).toEqual(['/api/v1/statuses', '/discord', '/hook', '/teams', SLACK_PATH].sort());
    const [discord] = byPath(run.requests, '/discord');
    expect(discord).toEqual({
      username: 'Test Status',
      allowed_mentions: { parse: [] },
      embeds: [
        {
          title: 'Scheduled maintenance: Database upgrade',
          url: 'https://status.test.example/incidents/2026-03-15-database-upgrade/#update-20260310t130000z',
          description: 'We are upgrading the database; writes pause for up to 5 minutes.',
          color: 0x1570ef,
          timestamp: '2026-03-10T13:00:00.000Z',
          fields: [
            { name: 'Window', value: '15 Mar 2026, 03:00 CET – 04:00 CET', inline: true },
            { name: 'Components', value: 'Database', inline: true },
          ],
          footer: { text: 'Test Status' },
        },
      ],
    });
    expect(byPath(run.requests, '/hook')[0].incident).toMatchObject({ status: 'scheduled', impact: 'maintenance', scheduled_for: '2026-03-15T02:00:00.000Z' });
    expect(run.mail.map((m) => m.to[0]).sort()).toEqual(['alice@customer.example', 'bob@customer.example']);
    const bob = run.mail.find((m) => m.to[0] === 'bob@customer.example')!.mail;
    expect(bob.text).toContain('You receive this because you subscribed to Test Status notifications about Storage.');
  });

  test('a postmortem is announced; a receiver failing twice gets it on the third attempt', async () => {
    http.failNext(SLACK_PATH, 2, 503);
    repo.commit(
      {
        'incidents/2026-03-10-api-errors.postmortem.md':
          '---\npublished: 2026-03-12 09:00 UTC\n---\n\nA configuration push overloaded the load balancers for 70 minutes.\n\n## What we will change\n\nStaged rollouts.\n',
      },
      'Postmortem',
    );
    const run = await deliver('2026-03-12 09:05 UTC');
    expect(run.status).toBe(0);
    expect(run.requests.filter((r) => r.path === SLACK_PATH)).toHaveLength(3);
    expect(new Set(run.requests.filter((r) => r.path === SLACK_PATH).map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(run.stdout).toMatch(/postmortem 2026-03-10-api-errors +chat \(slack\) +delivered on attempt 3 \(after HTTP 503: temporarily unavailable\)/);
    const [hook] = byPath(run.requests, '/hook');
    expect(hook.incident.postmortem_body).toContain('A configuration push overloaded the load balancers for 70 minutes.');
    expect(hook.incident.postmortem_published_at).toBe('2026-03-12T09:00:00Z');
    expect(byPath(run.requests, '/teams')[0].attachments[0].content.body[1].text).toBe(
      'We have published what happened during “Elevated API error rates” and what we will change.\n\nA configuration push overloaded the load balancers for 70 minutes.',
    );
    expect(run.mail.map((m) => m.mail.subject)).toEqual(['[Test Status] Postmortem: Elevated API error rates']);
  });

  const WEBSITE = 'incidents/2026-03-12-website-down.md';
  test('a receiver that is down fails alone: the others deliver, and the exit code, summary and annotations say so', async () => {
    repo.commit(
      {
        [WEBSITE]: incidentFile(
          'title: Website unreachable\nimpact: critical\ncomponents:\n  website: major_outage',
          '## Investigating · 2026-03-12 10:00 UTC\n\nThe website does not load.',
        ),
      },
      'Second incident',
    );
    const run = await deliver('2026-03-12 10:01 UTC', { T_TEAMS_URL: `http://127.0.0.1:${closedPort}/teams-down`, GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Not delivered to ops (teams)::opened 2026-03-12-website-down @ 2026-03-12T10:00:00Z: FAILED: ECONNREFUSED (gave up after 3 attempts)\n',
    );
    expect(run.stdout).toMatch(/opened 2026-03-12-website-down @ 2026-03-12T10:00:00Z +ops \(teams\) +FAILED: ECONNREFUSED \(gave up after 3 attempts\)/);
    expect(run.stdout).toContain('✗ 5 delivered, 1 failed (the next run tries again), 0 refused for good\n');
    expect(run.accepted.map((r) => r.path).sort()).toEqual(['/api/v1/statuses', '/hook', '/hook', SLACK_PATH].sort());
    expect(run.mail).toHaveLength(1);
  });

  test('the next run delivers to the channel that failed, and only to it', async () => {
    const run = await deliver('2026-03-12 10:11 UTC');
    expect(run.status).toBe(0);
    expect(run.requests.map((r) => r.path)).toEqual(['/teams']);
    expect(run.mail).toEqual([]);
    expect(run.stdout).toMatch(/opened 2026-03-12-website-down @ 2026-03-12T10:00:00Z +ops \(teams\) +delivered\n/);
  });

  test('--dry-run prints every message a run would send and sends nothing; in Actions, the job summary shows them too', async () => {
    repo.commit(
      {
        [WEBSITE]: incidentFile(
          'title: Website unreachable\nimpact: critical\ncomponents:\n  website: major_outage',
          '## Identified · 2026-03-12 10:30 UTC\n\nA certificate expired.\n\n## Investigating · 2026-03-12 10:00 UTC\n\nThe website does not load.',
        ),
      },
      'Update',
    );
    const requestsBefore = http.requests.length;
    const recordBefore = repo.record();
    const summary = join(repo.dir, '.summary.md');
    const run = await notify(['--now', '2026-03-12 10:31 UTC', '--dry-run'], { T_SUBSCRIBERS: undefined, GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(0);
    expect(run.stdout.match(/^--- .*$/gm)).toEqual([
      '--- hook (webhook) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z',
      '--- chat (slack) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z',
      '--- ops (teams) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z',
      '--- toots (mastodon) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z',
      '--- mail (email) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z',
    ]);
    expect(run.stdout).toContain('To: the subscribers in $T_SUBSCRIBERS (not set here)\nSubject: [Test Status] Identified: Website unreachable');
    expect(run.stdout.endsWith('(dry run: nothing was sent)\n')).toBe(true);
    expect(http.requests.length).toBe(requestsBefore);
    expect(repo.record()).toEqual(recordBefore);
    const written = readFileSync(summary, 'utf8');
    expect(
      written.startsWith(
        '### Notifications merging would send\n\n<details><summary>hook (webhook) · updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z</summary>\n\n````\n{\n  "meta"',
      ),
    ).toBe(true);
    expect(written.match(/<details>/g)).toHaveLength(5);
  });

  test('a missing secret fails its channel alone, naming the variable but no value; --record then shows what is pending', async () => {
    const run = await deliver('2026-03-12 10:32 UTC', { T_SLACK_URL: '' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\(all news\) +chat \(slack\) +FAILED: environment variable T_SLACK_URL is not set/);
    expect(run.requests.map((r) => r.path).sort()).toEqual(['/api/v1/statuses', '/hook', '/teams']);
    expect(run.mail).toHaveLength(1);
    const record = await notify(['--now', '2026-03-12 10:33 UTC', '--record']);
    expect(record.status).toBe(0);
    expect(record.stdout).toContain(
      'updated 2026-03-12-website-down @ 2026-03-12T10:30:00Z  (first seen 2026-03-12T10:32:00Z)\n  hook (webhook): 1 delivered\n  chat (slack): 1 pending\n',
    );
  });
});

describe('upfront notify refuses what it cannot do, sending nothing', () => {
  const run = (dir: string, args: string[]) => upfront(args, { content: dir });
  const repo = (notifications: string) => statusRepository({ 'notifications.yml': notifications }).dir;

  test('a mistyped channel type and an unknown component are errors of check and of notify, with suggestions', () => {
    const dir = repo(
      'channels:\n  - id: chat\n    type: slak\n    url_env: SLACK_URL\n  - id: mail\n    type: discord\n    url_env: D_URL\n    components: [dbb]\n',
    );
    const check = run(dir, ['check', '--now', '2026-03-10 12:00 UTC']);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(
      'notifications.yml:3:5  error  `channels[0].type` is `slak`, which is not allowed; use one of: webhook, slack, discord, teams, mastodon, email, listmonk, buttondown. Did you mean `slack`?',
    );
    const notify = run(dir, ['notify', '--now', '2026-03-10 12:00 UTC']);
    expect(notify.status).toBe(1);
    expect(notify.stderr).toBe('error  notifications.yml has errors (above); nothing was sent\n');
  });

  test('a secret written into the file instead of a variable name is refused', () => {
    const dir = repo('channels:\n  - id: chat\n    type: slack\n    url_env: https://hooks.slack.com/services/T0/B0/x\n');
    const check = run(dir, ['check', '--now', '2026-03-10 12:00 UTC']);
    expect(check.stdout).toContain(
      'notifications.yml:4:5  error  `channels[0].url_env` should name an environment variable (letters, digits and `_`), such as `SLACK_WEBHOOK_URL`; the secret itself never goes in this file',
    );
  });

  test('an unknown component names the catalogue, and a baseline that does not exist is named', () => {
    const dir = repo('channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n');
    const notify = run(dir, ['notify', '--baseline', 'nope', '--now', '2026-03-10 12:00 UTC']);
    expect([notify.status, notify.stderr]).toEqual([1, 'error  --baseline `nope` is not a commit in this repository.\n']);
    const withFilter = repo('channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n    components: [dbb]\n');
    expect(run(withFilter, ['check', '--now', '2026-03-10 12:00 UTC']).stdout).toContain(
      'notifications.yml:5:18  error  `dbb` is not a component or group in components/components.yml. Did you mean `db`?',
    );
  });

  test('an uncommitted notifications.yml or site.yml is named by notify and by check, with what it means for CI', () => {
    const dir = repo('channels: []\n');
    // Channels added but not committed: this run reads them, CI would not.
    writeFileSync(join(dir, 'notifications.yml'), 'channels: []\n# a channel is coming\n');
    writeFileSync(join(dir, 'site.yml'), `${readFileSync(join(dir, 'site.yml'), 'utf8')}# edited\n`);
    const notify = run(dir, ['notify', '--now', '2026-03-10 12:00 UTC']);
    expect([notify.status, notify.stdout]).toEqual([
      0,
      'note: site.yml has changes that are not committed; this run reads them, but CI and the deployed site read what is committed, so commit and merge them for every run to notify the same way\n' +
        'note: notifications.yml has changes that are not committed; this run reads them, but CI and the deployed site read what is committed, so commit and merge them for every run to notify the same way\n' +
        'notifications.yml names no channel yet: nothing to deliver. Uncomment or add one to notify subscribers.\n',
    ]);
    const check = run(dir, ['check', '--now', '2026-03-10 12:00 UTC']);
    expect([check.status, check.stderr]).toEqual([
      0,
      'note: site.yml has changes that are not committed; this check read them, but CI checks and the deployment builds what is committed, so commit them with your change\n' +
        'note: notifications.yml has changes that are not committed; this check read them, but CI checks and the deployment builds what is committed, so commit them with your change\n',
    ]);
    git(dir, 'commit', '-qam', 'Settings');
    expect(run(dir, ['check', '--now', '2026-03-10 12:00 UTC']).stderr).toBe('');
  });

  test('content outside a git repository is refused, saying why notify needs one', () => {
    const dir = contentFolder({ 'notifications.yml': 'channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n' });
    expect(run(dir, ['notify', '--now', '2026-03-10 12:00 UTC'])).toMatchObject({
      status: 1,
      stderr: `error  ${dir} is not inside a git repository; \`upfront notify\` keeps its delivery record in the repository's git, so it runs in a clone\n`,
    });
  });

  test('a budget that is not a duration, and a clone whose origin cannot be reached, send nothing and say why', () => {
    const dir = repo('channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n');
    expect(run(dir, ['notify', '--budget', 'soon'])).toMatchObject({
      status: 2,
      stderr: 'error  --budget must be a duration such as `90s`, `8m` or `1h`, not `soon`\n',
    });
    git(dir, 'remote', 'set-url', 'origin', join(dir, 'no-such-origin.git'));
    const notify = run(dir, ['notify', '--now', '2026-03-10 12:00 UTC']);
    expect(notify.status).toBe(1);
    expect(notify.stderr).toMatch(
      /^error {2}the delivery record could not be read from origin \(git ls-remote: .+\); nothing was sent, since what was already delivered cannot be told\n$/,
    );
  });
});
