/**
 * Mailing lists end to end, against local servers that speak Listmonk's and Buttondown's
 * documented APIs (test/helpers/mailing-list-services.ts): `check` asks for the audiences a site
 * lacks, `upfront subscriptions sync` creates them and writes them in, readers subscribe through
 * the form's endpoint and confirm, and `upfront notify` sends each piece of news as exactly one
 * campaign or email to exactly the readers who follow what it touches, in the site's language,
 * never twice: not on a re-run, not after a failure half-way, not after a rate limit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { incidentFile } from '../helpers/content-folder.ts';
import { finished, startUpfront } from '../helpers/cli.ts';
import { startButtondown, startListmonk, type ButtondownService, type ListmonkService, type MailingListService } from '../helpers/mailing-list-services.ts';
import { statusRepository, type StatusRepository } from '../helpers/status-repository.ts';

const TOKEN = 'listmonk-token-3f9a7c';
const API_KEY = 'buttondown-key-8d2e41';
const SITE = `name: Test Status
url: https://status.test.example
time_zone: Europe/Berlin
language: de
support_url: mailto:help@test.example
privacy_url: https://test.example/privacy
`;
const INCIDENT = 'incidents/2026-03-10-api-errors.md';
const FRONTMATTER = 'title: Elevated API error rates\nimpact: major\ncomponents:\n  api: major_outage';
const FIRST = '## Investigating · 2026-03-10 11:00 UTC\n\nAbout 30 % of API requests fail with 503. We are investigating {{ and nothing in braces runs }}.';
const SECOND = '## Identified · 2026-03-10 11:30 UTC\n\nA bad configuration push overloaded the load balancers; we are rolling it back.';
const THIRD = '## Monitoring · 2026-03-10 12:00 UTC\n\nThe rollback is done; error rates are back to normal. We are watching.';
const MAINTENANCE = 'incidents/2026-03-20-database-upgrade.md';

/** Each provider: its server, its channel in notifications.yml, how the form posts a reader's choice. */
interface Provider {
  type: 'listmonk' | 'buttondown';
  start(): Promise<MailingListService>;
  channel(service: MailingListService): string;
  env: NodeJS.ProcessEnv;
  /** The path the form posts to, and its fields for `email` choosing `audiences` (as notifications.yml names them). */
  formPost(email: string, audiences: string[]): { path: string; body: string };
  /** The audiences field. */
  field: 'lists' | 'tags';
  /** The request that creates a broadcast. */
  create: string;
}

const PROVIDERS: Provider[] = [
  {
    type: 'listmonk',
    start: () => startListmonk('upfront', TOKEN),
    channel: (s) => `  - id: subscribers\n    type: listmonk\n    url: ${s.origin}/\n    api_user: upfront\n    api_token_env: T_LISTMONK_TOKEN\n`,
    env: { T_LISTMONK_TOKEN: TOKEN },
    formPost: (email, lists) => ({
      path: '/subscription/form',
      body: new URLSearchParams([['email', email], ...lists.map((l) => ['l', l]), ['nonce', '']]).toString(),
    }),
    field: 'lists',
    create: 'POST /api/campaigns',
  },
  {
    type: 'buttondown',
    start: () => startButtondown('test-status', API_KEY),
    channel: (s) =>
      `  - id: subscribers\n    type: buttondown\n    newsletter: test-status\n    api_key_env: T_BUTTONDOWN_KEY\n    api_url: ${s.origin}/v1\n    subscribe_url: ${s.origin}/api/emails/embed-subscribe/test-status\n`,
    env: { T_BUTTONDOWN_KEY: API_KEY },
    formPost: (email, tags) => ({
      path: '/api/emails/embed-subscribe/test-status',
      body: new URLSearchParams([['email', email], ...tags.map((t) => ['tag', t]), ['embed', '1']]).toString(),
    }),
    field: 'tags',
    create: 'POST /v1/emails',
  },
];

describe.each(PROVIDERS)('$type: subscribe, sync and notify', (provider) => {
  let service: MailingListService;
  let repo: StatusRepository;
  /** The audiences notifications.yml names once synced, by choice. */
  let audiences: Record<string, string>;

  async function run(args: string[], env: NodeJS.ProcessEnv = provider.env) {
    const result = await finished(startUpfront(args, { content: repo.dir, cwd: repo.dir, env }));
    expect(result.stdout + result.stderr).not.toContain(provider.type === 'listmonk' ? TOKEN : API_KEY);
    return result;
  }
  const created = () => service.requests.filter((r) => `${r.method} ${r.path}`.startsWith(provider.create));

  beforeAll(async () => {
    service = await provider.start();
    repo = statusRepository({
      'site.yml': SITE,
      'notifications.yml': `retry:\n  attempts: 3\n  first_delay_seconds: 0.05\nchannels:\n${provider.channel(service)}`,
    });
  });
  afterAll(() => service.close());

  test('check asks for the audiences the site lacks; sync creates them, writes them in, and then has nothing to do', async () => {
    const before = await run(['check']);
    expect(before.status).toBe(1);
    expect(before.stdout).toContain(
      `notifications.yml:5:5  error  \`${provider.field}\` has no ${provider.field.slice(0, -1)} for \`everything\`, \`api\`, \`website\`, \`db\`: the form offers every component and everything; run \`npm run upfront -- subscriptions sync\` to create them in ${provider.type === 'listmonk' ? 'Listmonk' : 'Buttondown'} and write them here`,
    );

    const dry = await run(['subscriptions', 'sync', '--dry-run']);
    expect(dry.stdout).toBe(
      `Would create in ${provider.type === 'listmonk' ? 'Listmonk' : 'Buttondown'}, and write into notifications.yml: “Test Status: Alles” (everything), “Test Status: API” (api), “Test Status: Website” (website), “Test Status: Database” (db).\n(dry run: nothing was created or written)\n`,
    );
    expect(service.requests).toEqual([]);

    const unset = await run(['subscriptions', 'sync'], {});
    expect([unset.status, unset.stderr]).toEqual([
      1,
      `error  environment variable ${Object.keys(provider.env)[0]} is not set; sync talks to ${provider.type === 'listmonk' ? 'Listmonk' : 'Buttondown'}'s API with it\n`,
    ]);

    const wrong = await run(['subscriptions', 'sync'], { [Object.keys(provider.env)[0]]: 'not-the-token' });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toBe(
      provider.type === 'listmonk'
        ? 'error  reading the lists: HTTP 403: {"message":"invalid API credentials"} (check the API user and the token in its variable)\n'
        : 'error  reading the tags: HTTP 401: {"code":"invalid_token","detail":"Invalid token."} (check the API key in its variable)\n',
    );

    const sync = await run(['subscriptions', 'sync']);
    expect(sync.status).toBe(0);
    const text = readFileSync(join(repo.dir, 'notifications.yml'), 'utf8');
    const channel = parse(text).channels[0][provider.field];
    audiences = { everything: channel.everything, ...channel.components };
    expect(Object.keys(audiences)).toEqual(['everything', 'api', 'website', 'db']);
    const noun = provider.field.slice(0, -1);
    expect(sync.stdout).toBe(
      [
        `created ${noun} “Test Status: Alles” for \`everything\`: ${audiences.everything}`,
        `created ${noun} “Test Status: API” for \`api\`: ${audiences.api}`,
        `created ${noun} “Test Status: Website” for \`website\`: ${audiences.website}`,
        `created ${noun} “Test Status: Database” for \`db\`: ${audiences.db}`,
        `Wrote 4 ${noun}s into notifications.yml; commit it so that the form offers them.`,
        '',
      ].join('\n'),
    );
    // Written into the channel (a tag's name quoted, as YAML needs), the rest of the file as it was.
    const yaml = (value: string) => (provider.type === 'buttondown' ? `"${value}"` : value);
    expect(text).toBe(
      `retry:\n  attempts: 3\n  first_delay_seconds: 0.05\nchannels:\n${provider.channel(service)}    ${provider.field}:\n      everything: ${yaml(audiences.everything)}\n      components:\n        api: ${yaml(audiences.api)}\n        website: ${yaml(audiences.website)}\n        db: ${yaml(audiences.db)}\n`,
    );
    if (provider.type === 'listmonk') {
      const lists = (service as ListmonkService).lists;
      expect(lists.map((l) => [l.name, l.type, l.optin, l.uuid])).toEqual(
        Object.entries(audiences).map(([choice, uuid]) => [
          `Test Status: ${{ everything: 'Alles', api: 'API', website: 'Website', db: 'Database' }[choice]}`,
          'public',
          'double',
          uuid,
        ]),
      );
    } else {
      expect((service as ButtondownService).tags.map((t) => t.name)).toEqual(Object.values(audiences));
    }

    expect((await run(['check'])).status).toBe(0);
    const again = await run(['subscriptions', 'sync']);
    expect(again.stdout).toBe(
      `4 ${noun}s named in notifications.yml already exist in ${provider.type === 'listmonk' ? 'Listmonk' : 'Buttondown'}.\nNothing to create: ${provider.type === 'listmonk' ? 'Listmonk' : 'Buttondown'} has a ${noun} for everything and every component.\n`,
    );
    repo.commit({}, 'Mailing list');
  });

  test('readers subscribe through the form endpoint; an address that subscribes again adds to what it follows', async () => {
    const subscribe = async (email: string, choices: string[]) => {
      const { path, body } = provider.formPost(
        email,
        choices.map((c) => audiences[c]),
      );
      const response = await fetch(`${service.origin}${path}`, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'follow',
      });
      expect(response.status).toBe(200);
    };
    await subscribe('all@customer.example', ['everything']);
    await subscribe('api@customer.example', ['api']);
    await subscribe('db@customer.example', ['db']);
    await subscribe('both@customer.example', ['api', 'website']);
    // Subscribing again adds to what an address follows (both services say so).
    await subscribe('both@customer.example', ['everything']);
    await subscribe('unconfirmed@customer.example', ['api']);
    for (const email of ['all', 'api', 'db', 'both']) service.confirm(`${email}@customer.example`);
    // Buttondown keeps tags by id; either way, the three audiences chosen over two visits.
    const chosen = [...service.subscribers.get('both@customer.example')!.audiences];
    const names = provider.type === 'buttondown' ? chosen.map((id) => (service as ButtondownService).tags.find((t) => t.id === id)!.name) : chosen;
    expect(names).toEqual([audiences.api, audiences.website, audiences.everything]);
    expect(service.subscribers.get('unconfirmed@customer.example')!.confirmed).toBe(false);
  });

  test('an update about the API is one broadcast to the API’s and everything’s readers, in German; a re-run sends nothing', async () => {
    repo.commit({ [INCIDENT]: incidentFile(`${FRONTMATTER}\nnext_update: 2026-03-10 11:30 UTC`, FIRST) }, 'Open incident');
    const first = await run(['notify', '--now', '2026-03-10 11:02 UTC']);
    expect(first.status).toBe(0);
    expect(service.sent).toHaveLength(1);
    const [broadcast] = service.sent;
    expect(broadcast.recipients).toEqual(['all@customer.example', 'api@customer.example', 'both@customer.example']);
    expect(broadcast.subject).toBe('[Test Status] Wird untersucht: Elevated API error rates');
    // The incident's own braces print as braces: the services' template engines never see `{{`.
    expect(broadcast.body).toContain('About 30 % of API requests fail with 503. We are investigating &#123;&#123; and nothing in braces runs &#125;&#125;.');
    expect(broadcast.body).toContain(
      '<a href="https://status.test.example/incidents/2026-03-10-api-errors/#update-20260310t110000z" style="color:#175cd3">Auf der Statusseite ansehen</a>',
    );
    expect(broadcast.body).toContain('Sie erhalten diese E-Mail, weil Sie Meldungen von Test Status abonniert haben.');
    if (provider.type === 'listmonk') {
      expect(broadcast.altbody).toContain('We are investigating {{"{{"}} and nothing in braces runs }}.');
      const campaign = (service as ListmonkService).campaigns[0];
      expect(campaign.tags).toEqual(['upfront', 'subscribers']);
      expect(campaign.name).toMatch(/^\[Test Status\] Wird untersucht: Elevated API error rates · [0-9a-f]{32}$/);
    } else {
      expect(broadcast.body.startsWith('<!-- buttondown-editor-mode: fancy --><div style="max-width:600px;margin:0 auto">')).toBe(true);
      const [request] = created();
      expect(request.headers['x-idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.parse(request.body)).toMatchObject({ status: 'about_to_send', archival_mode: 'disabled', filters: { predicate: 'or', groups: [] } });
    }

    const requests = service.requests.length;
    const again = await run(['notify', '--now', '2026-03-10 11:05 UTC']);
    expect(again.status).toBe(0);
    expect(service.sent).toHaveLength(1);
    // Settled in the delivery record: the re-run does not even ask the service.
    expect(service.requests.length).toBe(requests);
  });

  test('a failure half-way is finished by the next run without a second broadcast; a rate limit is waited out', async () => {
    repo.commit({ [INCIDENT]: incidentFile(FRONTMATTER, `${SECOND}\n\n${FIRST}`) }, 'Identified');
    const halfway = provider.type === 'listmonk' ? 'PUT /api/campaigns/2/status' : 'POST /v1/emails';
    service.failNext(halfway, 3, 503);
    const failed = await run(['notify', '--now', '2026-03-10 11:32 UTC']);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(
      provider.type === 'listmonk'
        ? 'starting campaign 2: HTTP 503: {"message":"temporarily unavailable"} (gave up after 3 attempts)'
        : 'creating the email: HTTP 503: {"message":"temporarily unavailable"} (gave up after 3 attempts)',
    );
    expect(service.sent).toHaveLength(1);

    service.failNext(halfway, 1, 429, { 'Retry-After': '1' });
    const started = Date.now();
    const finishedRun = await run(['notify', '--now', '2026-03-10 11:40 UTC']);
    expect(finishedRun.status).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(service.sent.map((s) => s.subject)).toEqual([
      '[Test Status] Wird untersucht: Elevated API error rates',
      '[Test Status] Ursache gefunden: Elevated API error rates',
    ]);
    if (provider.type === 'listmonk') {
      // The draft the failed run created was found by its key and started: still one campaign.
      expect((service as ListmonkService).campaigns.map((c) => [c.id, c.status])).toEqual([
        [1, 'running'],
        [2, 'running'],
      ]);
    } else {
      // Every attempt carried the same idempotency key.
      const keys = new Set(
        created()
          .slice(1)
          .map((r) => r.headers['x-idempotency-key']),
      );
      expect([created().length, keys.size]).toEqual([6, 1]);
      expect((service as ButtondownService).emails).toHaveLength(2);
    }
  });

  test('a refusal of the request itself (422 or 400) fails the channel with the service’s words, and the next run sends it once', async () => {
    repo.commit({ [INCIDENT]: incidentFile(FRONTMATTER, `${THIRD}\n\n${SECOND}\n\n${FIRST}`) }, 'Monitoring');
    // Each service's documented error shape: Listmonk's `message`, Buttondown's validation `detail` list.
    if (provider.type === 'listmonk') service.failNext(provider.create, 1, 400, {}, { message: 'invalid content type' });
    else service.failNext(provider.create, 1, 422, {}, { detail: [{ type: 'missing', loc: ['body', 'subject'], msg: 'Field required' }] });
    const refused = await run(['notify', '--now', '2026-03-10 12:02 UTC']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain(
      provider.type === 'listmonk'
        ? 'creating the campaign: HTTP 400: {"message":"invalid content type"}'
        : 'creating the email: HTTP 422: {"detail":[{"type":"missing","loc":["body","subject"],"msg":"Field required"}]}',
    );
    const next = await run(['notify', '--now', '2026-03-10 12:10 UTC']);
    expect(next.status).toBe(0);
    expect(service.sent).toHaveLength(3);
  });

  test('maintenance on the database reaches the database’s and everything’s readers', async () => {
    repo.commit(
      {
        [MAINTENANCE]: incidentFile(
          'title: Database upgrade\nkind: maintenance\nscheduled_for: 2026-03-20 02:00 UTC\nscheduled_until: 2026-03-20 03:00 UTC\ncomponents: [db]',
          '## Scheduled · 2026-03-10 12:20 UTC\n\nWe upgrade the database to a new major version. Writes pause for up to a minute.',
        ),
      },
      'Maintenance',
    );
    expect((await run(['notify', '--now', '2026-03-10 12:22 UTC'])).status).toBe(0);
    const last = service.sent.at(-1)!;
    expect(last.subject).toBe('[Test Status] Geplante Wartung: Database upgrade');
    expect(last.recipients).toEqual(['all@customer.example', 'both@customer.example', 'db@customer.example']);
  });
});
