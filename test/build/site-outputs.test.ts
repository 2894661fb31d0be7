/**
 * The fixture's feeds, calendars, API, badges and host headers, read back with independent
 * clients: @rowanmanning/feed-parser and Python's feedparser for feeds, node-ical for calendars,
 * ajv with a JSON Schema written from Statuspage's documentation for the API.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import ical from 'node-ical';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { read } from '../helpers/html-text.ts';
import { listFiles, REPO_ROOT } from '../helpers/run-build.ts';
import { ALL_OUTPUTS, outputFile, outputFiles } from '../../src/outputs/output-registry.ts';

const { root, sub, example } = inject('fixtureBuilds');
const ORIGIN = 'https://status.fixture.example';
const TAG = 'tag:status.fixture.example,2026:';

/** Every entry of the fixture, newest first: one per update, one for the postmortem. */
const ALL_ENTRIES = [
  [
    '2026-03-10-api-down/2026-03-10T11:30:00Z',
    '[Identified] API is down',
    '2026-03-10T11:30:00.000Z',
    '/incidents/2026-03-10-api-down/#update-20260310t113000z',
  ],
  [
    '2026-03-10-api-down/2026-03-10T11:00:00Z',
    '[Investigating] API is down',
    '2026-03-10T11:00:00.000Z',
    '/incidents/2026-03-10-api-down/#update-20260310t110000z',
  ],
  [
    '2026-03-10-db-maintenance/2026-03-10T11:00:00Z',
    '[In progress] Database upgrade',
    '2026-03-10T11:00:00.000Z',
    '/incidents/2026-03-10-db-maintenance/#update-20260310t110000z',
  ],
  [
    '2026-03-08-web-maintenance/2026-03-08T09:00:00Z',
    '[Scheduled] Website migration',
    '2026-03-08T09:00:00.000Z',
    '/incidents/2026-03-08-web-maintenance/#update-20260308t090000z',
  ],
  [
    '2026-03-10-db-maintenance/2026-03-05T09:00:00Z',
    '[Scheduled] Database upgrade',
    '2026-03-05T09:00:00.000Z',
    '/incidents/2026-03-10-db-maintenance/#update-20260305t090000z',
  ],
  ['2026-03-01-slow-website/postmortem', '[Postmortem] Slow website', '2026-03-03T10:00:00.000Z', '/incidents/2026-03-01-slow-website/postmortem/'],
  [
    '2026-03-01-slow-website/2026-03-01T11:00:00Z',
    '[Resolved] Slow website',
    '2026-03-01T11:00:00.000Z',
    '/incidents/2026-03-01-slow-website/#update-20260301t110000z',
  ],
  [
    '2026-03-01-slow-website/2026-03-01T09:30:00Z',
    '[Investigating] Slow website',
    '2026-03-01T09:30:00.000Z',
    '/incidents/2026-03-01-slow-website/#update-20260301t093000z',
  ],
  [
    '2026-02-01-cancelled-work/2026-02-01T09:00:00Z',
    '[Cancelled] Cancelled network work',
    '2026-02-01T09:00:00.000Z',
    '/incidents/2026-02-01-cancelled-work/#update-20260201t090000z',
  ],
];
const expected = (filter: (id: string) => boolean = () => true, base = '/') =>
  ALL_ENTRIES.filter(([id]) => filter(id)).map(([id, title, updated, path]) => [`${TAG}${id}`, title, updated, `${ORIGIN}${base}${path.slice(1)}`]);

function parsed(dist: string, file: string) {
  const feed = parseFeed(read(dist, file));
  return { feed, entries: feed.items.map((item) => [item.id, item.title, item.updated?.toISOString(), item.url]) };
}

describe('feeds', () => {
  test.each(['feed.xml', 'atom.xml'])('%s: one entry per update and postmortem, newest first, with stable ids, titles, times and anchors', (file) => {
    const { feed, entries } = parsed(root.dist, file);
    expect(feed.meta.type).toBe(file === 'feed.xml' ? 'rss' : 'atom');
    expect([feed.title, feed.url, feed.self]).toEqual(['Fixture Status', `${ORIGIN}/`, `${ORIGIN}/${file}`]);
    expect(entries).toEqual(expected());
    expect(feed.items[0].content).toBe('<p>We found the cause. See <a href="https://docs.fixture.example/backup">the backup guide</a>.</p>');
    expect(feed.items[3].content).toBe('<p>We will move the website to new servers.</p><p>Window: 15 Mar 2026, 23:00 CET – 16 Mar 2026, 00:00 CET</p>');
    // A postmortem's times stay as written in feeds: each names its zone, and a reader has no script to show it in theirs.
    expect(feed.items[5].content).toMatch(
      /^<h2>Summary<\/h2>\n<p>The website was slow for two hours.<\/p>\n<h2>Timeline<\/h2>\n[\s\S]*<td>2026-03-01 09:00 UTC<\/td>[\s\S]*<h2>Root cause<\/h2>\n<p>A cache expired.<\/p>$/,
    );
  });

  test('every RSS item carries the update text in <description> as well as <content:encoded>', () => {
    const { feed } = parsed(root.dist, 'feed.xml');
    expect(feed.items.length).toBeGreaterThan(3);
    for (const item of feed.items) expect([item.id, item.description]).toEqual([item.id, item.content]);
    expect(read(root.dist, 'feed.xml')).toContain('<description>&lt;p&gt;We will move the website to new servers.&lt;/p&gt;');
  });

  test.each([
    ['api', (id: string) => id.startsWith('2026-03-10-api') || id.startsWith('2026-02-01')],
    ['web', (id: string) => id.startsWith('2026-03-08') || id.startsWith('2026-03-01')],
    ['db', (id: string) => id.startsWith('2026-03-10-db')],
  ])('the %s feeds carry only the entries affecting it', (component, filter) => {
    for (const file of ['feed.xml', 'atom.xml']) {
      const { feed, entries } = parsed(root.dist, `components/${component}/${file}`);
      expect(feed.self).toBe(`${ORIGIN}/components/${component}/${file}`);
      expect(entries).toEqual(expected(filter));
    }
  });

  test('every Atom feed names its author, the page, so that each entry has one (RFC 4287 4.1.1), also under a sub-path', () => {
    for (const [dist, file, uri] of [
      [root.dist, 'atom.xml', `${ORIGIN}/`],
      [root.dist, 'components/db/atom.xml', `${ORIGIN}/`],
      [sub.dist, 'atom.xml', `${ORIGIN}/status/`],
    ]) {
      const { feed } = parsed(dist, file);
      expect([file, feed.authors.map((a) => [a.name, a.url])]).toEqual([file, [['Fixture Status', uri]]]);
      expect(read(dist, file)).toContain(`<author>\n        <name>Fixture Status</name>\n        <uri>${uri}</uri>\n    </author>`);
    }
  });

  test('under a sub-path the feeds link there, and `feed_entries` bounds them', () => {
    for (const file of ['feed.xml', 'atom.xml']) {
      const { feed, entries } = parsed(sub.dist, file);
      expect([feed.url, feed.self]).toEqual([`${ORIGIN}/status/`, `${ORIGIN}/status/${file}`]);
      expect(entries).toEqual(expected(undefined, '/status/').slice(0, 3));
    }
  });

  test('the ids stay the same when the site moves to a sub-path: readers do not see old entries as new', () => {
    expect(parsed(sub.dist, 'feed.xml').entries.map((e) => e[0])).toEqual(
      parsed(root.dist, 'feed.xml')
        .entries.slice(0, 3)
        .map((e) => e[0]),
    );
  });

  test('every page offers the site feeds for autodiscovery, and a component page its own as well', () => {
    const links = (file: string) =>
      [...read(root.dist, file).matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">/g)].map((m) => m.slice(1).join(' '));
    const site = ['application/rss+xml Fixture Status (RSS) /feed.xml', 'application/atom+xml Fixture Status (Atom) /atom.xml'];
    for (const file of listFiles(root.dist).filter((f) => f.endsWith('.html') && !f.startsWith('components/')))
      expect([file, links(file)]).toEqual([file, site]);
    expect(links('components/api/index.html')).toEqual([
      ...site,
      'application/rss+xml API (RSS) /components/api/feed.xml',
      'application/atom+xml API (Atom) /components/api/atom.xml',
    ]);
  });

  const python = '/usr/bin/python3';
  const feedparserAvailable = () => {
    if (spawnSync(python, ['-c', 'import feedparser']).status === 0) return true;
    if (process.env.CI) throw new Error('python3-feedparser is missing; .ci/run installs it with apt-get');
    return false;
  };
  test.skipIf(!feedparserAvailable())("Python's feedparser reads every feed of the fixture and the example without complaint (bozo false)", () => {
    const files = [root.dist, example.dist].flatMap((dist) =>
      listFiles(dist)
        .filter((f) => /(feed|atom)\.xml$/.test(f))
        .map((f) => join(dist, f)),
    );
    const script = 'import sys, json, feedparser\nprint(json.dumps([[f, feedparser.parse(f).bozo, len(feedparser.parse(f).entries)] for f in sys.argv[1:]]))';
    const run = spawnSync(python, ['-c', script, ...files], { encoding: 'utf8' });
    const results = JSON.parse(run.stdout) as Array<[string, boolean, number]>;
    expect(results.filter(([, bozo]) => bozo)).toEqual([]);
    expect(results).toHaveLength(files.length);
    expect(results.find(([f]) => f === join(root.dist, 'feed.xml'))?.[2]).toBe(9);
  });
});

describe('calendar', () => {
  const events = (dist: string, file: string) => Object.values(ical.sync.parseICS(read(dist, file))).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];

  test('one event per window, with a stable UID, UTC times, sequence and status', () => {
    expect(
      events(root.dist, 'maintenance.ics').map((e) => [
        e.uid,
        e.sequence,
        e.dtstamp.toISOString(),
        e.start.toISOString(),
        e.end?.toISOString(),
        e.summary,
        e.status,
      ]),
    ).toEqual([
      [
        '2026-03-08-web-maintenance@status.fixture.example',
        0,
        '2026-03-08T09:00:00.000Z',
        '2026-03-15T22:00:00.000Z',
        '2026-03-15T23:00:00.000Z',
        'Maintenance: Website migration',
        'CONFIRMED',
      ],
      // One update after the announcement: sequence 1.
      [
        '2026-03-10-db-maintenance@status.fixture.example',
        1,
        '2026-03-10T11:00:00.000Z',
        '2026-03-10T11:00:00.000Z',
        '2026-03-10T13:00:00.000Z',
        'Maintenance: Database upgrade',
        'CONFIRMED',
      ],
      // Cancelled: the sequence grows so that calendars replace the event they hold.
      [
        '2026-02-01-cancelled-work@status.fixture.example',
        1,
        '2026-02-01T09:00:00.000Z',
        '2026-02-03T22:00:00.000Z',
        '2026-02-03T23:00:00.000Z',
        'Maintenance: Cancelled network work',
        'CANCELLED',
      ],
    ]);
    expect(events(root.dist, 'maintenance.ics')[0].description).toBe(
      'We will move the website to new servers.\n\nhttps://status.fixture.example/incidents/2026-03-08-web-maintenance/',
    );
  });

  test('a component calendar holds only its windows', () => {
    expect(events(root.dist, 'components/api/maintenance.ics').map((e) => e.uid)).toEqual(['2026-02-01-cancelled-work@status.fixture.example']);
    expect(events(root.dist, 'components/db/maintenance.ics').map((e) => e.uid)).toEqual(['2026-03-10-db-maintenance@status.fixture.example']);
  });

  test('lines end in CRLF and are folded at 75 octets', () => {
    for (const dist of [root.dist, example.dist]) {
      const text = read(dist, 'maintenance.ics');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.split('\r\n').filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    }
  });

  test('each calendar tells calendar apps to fetch it again every hour (REFRESH-INTERVAL, X-PUBLISHED-TTL)', () => {
    for (const file of ['maintenance.ics', 'components/db/maintenance.ics']) {
      const lines = read(root.dist, file).split('\r\n');
      expect([file, lines.filter((line) => /^(REFRESH-INTERVAL|X-PUBLISHED-TTL)/.test(line))]).toEqual([
        file,
        ['REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H'],
      ]);
    }
  });
});

describe('Statuspage-compatible API', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'test/schemas/statuspage-api-v2.schema.json'), 'utf8')));
  const FILES = [
    'summary.json',
    'status.json',
    'components.json',
    'incidents.json',
    'incidents/unresolved.json',
    'scheduled-maintenances.json',
    'scheduled-maintenances/upcoming.json',
    'scheduled-maintenances/active.json',
  ];
  const api = (dist: string, file: string) => JSON.parse(read(dist, `api/v2/${file}`));

  test.each(FILES)('%s matches the schema written from Statuspage documentation, in the fixture and the example', (file) => {
    const validate = ajv.getSchema(`https://upfront.invalid/statuspage-api-v2.schema.json#/$defs/api:${file.replace('/', '~1')}`)!;
    for (const dist of [root.dist, sub.dist, example.dist]) {
      validate(api(dist, file));
      expect([dist, file, validate.errors ?? []]).toEqual([dist, file, []]);
    }
  });

  test('the schema rejects what Statuspage clients would not understand', () => {
    const validate = ajv.getSchema('https://upfront.invalid/statuspage-api-v2.schema.json#/$defs/api:status.json')!;
    expect(validate({ page: api(root.dist, 'status.json').page, status: { indicator: 'severe', description: 'x' } })).toBe(false);
  });

  test('summary: page, status, components with groups, open incidents, active and upcoming maintenance', () => {
    const summary = api(root.dist, 'summary.json');
    expect(summary.page).toEqual({
      id: summary.page.id,
      name: 'Fixture Status',
      url: `${ORIGIN}/`,
      time_zone: 'Europe/Berlin',
      updated_at: '2026-03-10T11:30:00.000Z',
    });
    expect(summary.page.id).toMatch(/^[0-9a-f]{12}$/);
    expect(summary.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
    expect(
      summary.components.map((c: { id: string; status: string; group: boolean; group_id: string | null; position: number }) => [
        c.id,
        c.status,
        c.group,
        c.group_id,
        c.position,
      ]),
    ).toEqual([
      ['platform', 'major_outage', true, null, 1],
      ['api', 'major_outage', false, 'platform', 1],
      ['web', 'operational', false, 'platform', 2],
      ['storage', 'under_maintenance', true, null, 2],
      ['db', 'under_maintenance', false, 'storage', 1],
    ]);
    expect(summary.components[0].components).toEqual(['api', 'web']);
    expect(summary.incidents.map((i: { id: string }) => i.id)).toEqual(['2026-03-10-api-down']);
    expect(summary.scheduled_maintenances.map((m: { id: string; status: string }) => `${m.id} ${m.status}`)).toEqual([
      '2026-03-10-db-maintenance in_progress',
      '2026-03-08-web-maintenance scheduled',
    ]);
  });

  test('an incident in Statuspage shape, updates newest first', () => {
    const [incident] = api(root.dist, 'incidents/unresolved.json').incidents;
    expect({ ...incident, incident_updates: undefined, components: undefined, page_id: undefined }).toEqual({
      id: '2026-03-10-api-down',
      name: 'API is down',
      status: 'identified',
      created_at: '2026-03-10T11:00:00.000Z',
      updated_at: '2026-03-10T11:30:00.000Z',
      monitoring_at: null,
      resolved_at: null,
      impact: 'critical',
      shortlink: `${ORIGIN}/incidents/2026-03-10-api-down/`,
      started_at: '2026-03-10T11:00:00.000Z',
      compensation: null,
    });
    expect(incident.incident_updates.map((u: { status: string; body: string; created_at: string }) => [u.status, u.body, u.created_at])).toEqual([
      ['identified', 'We found the cause. See [the backup guide](https://docs.fixture.example/backup).', '2026-03-10T11:30:00.000Z'],
      ['investigating', 'The API returns errors.', '2026-03-10T11:00:00.000Z'],
    ]);
    expect(incident.incident_updates[0].id).toBe('2026-03-10-api-down-update-20260310t113000z');
    // Each update lists the change it made: the first one set the status, the second changed nothing.
    expect(incident.incident_updates.map((u: { affected_components: unknown }) => u.affected_components)).toEqual([
      null,
      [{ code: 'api', name: 'API', old_status: 'operational', new_status: 'major_outage' }],
    ]);
    expect(incident.components.map((c: { id: string }) => c.id)).toEqual(['api']);
  });

  test('lists: every incident newest first; maintenances by schedule; resolved and cancelled ones closed', () => {
    expect(
      api(root.dist, 'incidents.json').incidents.map((i: { id: string; status: string; resolved_at: string | null }) => [i.id, i.status, i.resolved_at]),
    ).toEqual([
      ['2026-03-10-api-down', 'identified', null],
      ['2026-03-01-slow-website', 'resolved', '2026-03-01T11:00:00.000Z'],
    ]);
    const maintenances = api(root.dist, 'scheduled-maintenances.json').scheduled_maintenances;
    expect(
      maintenances.map((m: { id: string; status: string; impact: string; scheduled_for: string; scheduled_until: string }) => [
        m.id,
        m.status,
        m.impact,
        m.scheduled_for,
        m.scheduled_until,
      ]),
    ).toEqual([
      ['2026-03-08-web-maintenance', 'scheduled', 'maintenance', '2026-03-15T22:00:00.000Z', '2026-03-15T23:00:00.000Z'],
      ['2026-03-10-db-maintenance', 'in_progress', 'maintenance', '2026-03-10T11:00:00.000Z', '2026-03-10T13:00:00.000Z'],
      // Statuspage has no cancelled state: a cancelled window is completed, its update says why.
      ['2026-02-01-cancelled-work', 'completed', 'maintenance', '2026-02-03T22:00:00.000Z', '2026-02-03T23:00:00.000Z'],
    ]);
    expect(api(root.dist, 'scheduled-maintenances/upcoming.json').scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual([
      '2026-03-08-web-maintenance',
    ]);
    expect(api(root.dist, 'scheduled-maintenances/active.json').scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual(['2026-03-10-db-maintenance']);
  });

  test('the newest update of every incident and window says its status, as Statuspage clients that read either expect', () => {
    for (const dist of [root.dist, sub.dist, example.dist]) {
      const events = [...api(dist, 'incidents.json').incidents, ...api(dist, 'scheduled-maintenances.json').scheduled_maintenances];
      const disagreeing = events.filter((e: { status: string; incident_updates: Array<{ status: string }> }) => e.incident_updates[0].status !== e.status);
      expect([dist, events.length >= 5, disagreeing.map((e: { id: string }) => e.id)]).toEqual([dist, true, []]);
    }
    const cancelled = api(root.dist, 'scheduled-maintenances.json').scheduled_maintenances.find((m: { id: string }) => m.id === '2026-02-01-cancelled-work');
    expect(cancelled.incident_updates.map((u: { status: string }) => u.status)).toEqual(['completed']);
  });

  test('ids and the page id do not depend on where the site is served', () => {
    expect(api(sub.dist, 'summary.json').incidents[0].id).toBe('2026-03-10-api-down');
    expect(api(sub.dist, 'summary.json').incidents[0].shortlink).toBe(`${ORIGIN}/status/incidents/2026-03-10-api-down/`);
  });
});

describe('badges', () => {
  test('SVG badges carry their status as an accessible title', () => {
    expect(read(root.dist, 'badge.svg')).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="20" role="img" aria-label="Fixture Status: major system outage"><title>Fixture Status: major system outage<\/title>/,
    );
    expect(read(root.dist, 'components/api/badge.svg')).toContain('<title>API: major outage</title>');
    expect(read(root.dist, 'components/db/badge.svg')).toContain('<title>Database: under maintenance</title>');
    expect(read(root.dist, 'components/web/badge.svg')).toContain('fill="#1a7f37"');
  });

  test('shields.io endpoint JSON', () => {
    expect(JSON.parse(read(root.dist, 'components/web/shields.json'))).toEqual({
      schemaVersion: 1,
      label: 'Website',
      message: 'operational',
      color: '1a7f37',
      cacheSeconds: 300,
    });
    expect(JSON.parse(read(root.dist, 'shields.json'))).toEqual({
      schemaVersion: 1,
      label: 'Fixture Status',
      message: 'major system outage',
      color: 'b0232a',
      cacheSeconds: 300,
    });
  });
});

test('build.json says when the site was built and when it next changes by the clock alone', () => {
  expect(JSON.parse(read(root.dist, 'build.json'))).toEqual({
    generated_at: '2026-03-10T12:00:00Z',
    next_change_at: '2026-03-10T12:30:00Z',
    next_change: 'the next update of 2026-03-10-api-down falls due',
  });
});

test('_headers lets any origin read the API, under the base path', () => {
  expect(read(root.dist, '_headers')).toBe(
    "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action https://buttondown.com; frame-ancestors 'none'\n" +
      '/api/*\n  Access-Control-Allow-Origin: *\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  expect(read(sub.dist, '_headers')).toContain('/status/api/*\n  Access-Control-Allow-Origin: *\n');
});

test('the banner script has its words filled in and needs nothing else', () => {
  const banner = read(root.dist, 'embed/status-banner.js');
  expect(banner).toContain('const WORDS = {"lang":"en","dir":"ltr","region":"Service status",');
  expect(banner).not.toContain('__WORDS__');
  expect(banner).not.toMatch(/\bimport\b|\brequire\(/);
  expect(Buffer.byteLength(banner)).toBeLessThan(6 * 1024);
});

test('the subscribe page lists every output with its address, and each exists', () => {
  const page = read(root.dist, 'subscribe/index.html');
  // Every file of the registry's outputs is built, and each for readers is listed (build.json is for the deployment's scheduled check).
  const built = listFiles(root.dist).filter(
    (f) => !f.endsWith('.html') && !f.startsWith('_') && !['favicon.svg', 'robots.txt', 'embed/status-banner.js'].includes(f),
  );
  const componentIds = ['api', 'web', 'db'];
  expect(built.sort()).toEqual(outputFiles(componentIds).sort());
  const forReaders = ALL_OUTPUTS.filter((output) => output.listed).flatMap((output) => [
    outputFile(output),
    ...(output.perComponent ? componentIds.map((id) => outputFile(output, id)) : []),
  ]);
  expect(forReaders).toHaveLength(8 + 5 + 3 * 5);
  for (const file of forReaders) expect([file, page.includes(`href="/${file}"`)]).toEqual([file, true]);
  for (const file of ['feed.xml', 'atom.xml', 'maintenance.ics', 'api/v2/summary.json', 'badge.svg']) expect(page).toContain(`>${ORIGIN}/${file}</a>`);
  expect(page).toContain(`&lt;script src=&quot;${ORIGIN}/embed/status-banner.js&quot; async&gt;&lt;/script&gt;`);
  expect(existsSync(join(root.dist, 'embed/status-banner.js'))).toBe(true);
});
