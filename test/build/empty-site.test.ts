/**
 * A status page the day it is created: what `upfront init --yes` writes, with no incident yet,
 * builds into a site that reads as deliberate, with valid empty feeds, API and calendars; and the
 * first `upfront new` works although git kept no incidents/ folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import ical from 'node-ical';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { read, text } from '../helpers/html-text.ts';
import { brokenInternalLinks, listFiles, REPO_ROOT, runBuild } from '../helpers/run-build.ts';

const NOW = '2026-12-01 09:00 UTC';
const work = mkdtempSync(join(tmpdir(), 'upfront-empty-'));
const site = join(work, 'acme-status');
const out = join(work, 'dist');
const upfront = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/upfront.ts'), ...args], {
    cwd: dir,
    env: { ...process.env, UPFRONT_CONTENT: '', UPFRONT_NOW: NOW },
    encoding: 'utf8',
  });

beforeAll(() => {
  const init = upfront(
    work,
    'init',
    'acme-status',
    '--yes',
    '--name',
    'Acme Status',
    '--url',
    'https://status.acme.test',
    '--time-zone',
    'America/New_York',
    '--support-url',
    'mailto:help@acme.test',
    '--component',
    'api=API',
    '--component',
    'Web app',
  );
  expect([init.status, init.stderr]).toEqual([0, '']);
  const build = runBuild(site, out, NOW);
  expect([build.status, build.stderr]).toEqual([0, '']);
});

test('what init writes passes check --strict', () => {
  expect(upfront(site, 'check', '--strict')).toMatchObject({ status: 0, stdout: '✓ 0 errors, 0 warnings in 4 files\n' });
});

test('the home page says nothing was ever reported, every component operational, with uptime only since the page began', () => {
  const page = read(out, 'index.html');
  const home = text(page);
  expect(home).toContain('All Systems Operational');
  expect(home).toContain(
    'Services Operational APIOperational 90 days ago API: 100.00% uptime since 1 Dec 2026. One bar per day, the oldest first. Today No data: monitoring began on 1 Dec 2026 ' +
      'Web appOperational 90 days ago Web app: 100.00% uptime since 1 Dec 2026.',
  );
  // 89 days before today are drawn as no data; only today is drawn as up.
  const bar = page.split('<div class="uptime">')[1].split('</svg>')[0];
  expect(bar.match(/M\d+ 12h6v6h-6z/g)).toHaveLength(89);
  expect(bar).toContain('<rect x="712" width="6" height="30" fill="url(#uptime-day)"></rect>');
  expect(home).toContain('Past 14 days No incidents reported. When something goes wrong, it is posted here first, with regular updates until it is fixed.');
  expect(home).toContain('Times are in America/New_York.');
  expect(text(read(out, 'history/index.html'))).toContain('History Incidents not resolved yet No incidents reported, and no maintenance so far.');
  // The report starts with the month the page began; the API's components exist from that day.
  expect(text(read(out, 'uptime/index.html')).match(/\w+ 2026 \(so far\)|\w+ 2026 Component/g)).toEqual(['December 2026 (so far)']);
  const components = JSON.parse(read(out, 'api/v2/components.json')).components;
  expect(components.map((c: { id: string; created_at: string; start_date: string | null }) => [c.id, c.created_at, c.start_date])).toEqual([
    ['services', '2026-12-01T05:00:00.000Z', null],
    ['api', '2026-12-01T05:00:00.000Z', '2026-12-01'],
    ['web-app', '2026-12-01T05:00:00.000Z', '2026-12-01'],
  ]);
  expect(text(read(out, 'incidents/index.html'))).toContain('Ongoing incidents No incident is ongoing.');
  expect(text(read(out, 'components/web-app/index.html'))).toContain('No incidents or maintenance have affected this component.');
});

test('the feeds are valid and empty', () => {
  for (const file of ['feed.xml', 'atom.xml', 'components/api/feed.xml', 'components/api/atom.xml']) {
    const feed = parseFeed(read(out, file));
    expect([file, feed.title, feed.items.length]).toEqual([file, file.includes('api') ? 'API · Acme Status' : 'Acme Status', 0]);
  }
});

test('the calendars hold no event but still one component, as RFC 5545 requires, every line ending in CRLF', () => {
  for (const file of ['maintenance.ics', 'components/web-app/maintenance.ics']) {
    const calendar = read(out, file);
    const parsed = ical.sync.parseICS(calendar) as Record<string, { type?: string; val?: string }>;
    expect(Object.values(parsed).flatMap((c) => (c?.type ? [c.type] : []))).toEqual(['VTIMEZONE', 'VCALENDAR']);
    // node-ical keeps a calendar property it has no place for under its own name.
    expect(parsed['refresh-interval']?.val).toBe('PT1H');
    expect(calendar.match(/^BEGIN:(\w+)/gm)).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
    expect(calendar.endsWith('END:VTIMEZONE\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '').includes('\n')).toBe(false);
  }
});

test('the API matches the Statuspage schema with nothing open', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats.default(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(REPO_ROOT, 'test/schemas/statuspage-api-v2.schema.json'), 'utf8')));
  for (const file of ['summary.json', 'status.json', 'incidents.json', 'incidents/unresolved.json', 'scheduled-maintenances.json']) {
    const validate = ajv.getSchema(`https://upfront.invalid/statuspage-api-v2.schema.json#/$defs/api:${file.replace('/', '~1')}`)!;
    validate(JSON.parse(read(out, `api/v2/${file}`)));
    expect([file, validate.errors ?? []]).toEqual([file, []]);
  }
  const summary = JSON.parse(read(out, 'api/v2/summary.json'));
  expect([summary.status, summary.incidents, summary.scheduled_maintenances]).toEqual([{ indicator: 'none', description: 'All Systems Operational' }, [], []]);
});

test('the first incident can be posted in a fresh clone, where git kept no incidents/ folder', () => {
  rmSync(join(site, 'incidents'), { recursive: true });
  const run = upfront(
    site,
    'new',
    '--title',
    'API errors',
    '--impact',
    'major',
    '--component',
    'api=major',
    '--message',
    'Requests to the API fail. We are investigating.',
    '--next-update',
    '30m',
  );
  expect([run.status, run.stderr, run.stdout]).toEqual([
    0,
    'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\nnext: post the next update at 2026-12-01 04:30 -05:00 (in 30 min): upfront update 2026-12-01-api-errors\n',
    'incidents/2026-12-01-api-errors.md\n',
  ]);
  expect(existsSync(join(site, 'incidents/2026-12-01-api-errors.md'))).toBe(true);
});

test('a site made with the GitHub Pages address of a project builds with every link working under its path', () => {
  const pages = join(work, 'pages-site');
  const made = upfront(work, 'init', 'pages-site', '--yes', '--url', 'https://acme.github.io/acme-status', '--support-url', 'help@acme.test');
  expect([made.status, made.stderr]).toEqual([0, '']);
  const dist = join(work, 'pages-dist');
  const build = runBuild(pages, dist, NOW);
  expect([build.status, build.stderr]).toEqual([0, '']);
  const html = listFiles(dist).filter((f) => f.endsWith('.html'));
  expect(html.length).toBeGreaterThanOrEqual(8);
  for (const page of html) expect([page, brokenInternalLinks(dist, '/acme-status/', page)]).toEqual([page, []]);
  expect(read(dist, 'index.html')).toContain('<link rel="canonical" href="https://acme.github.io/acme-status/">');
  expect(read(dist, 'index.html')).toContain('<a href="mailto:help@acme.test">Contact support</a>');
});

test('the git commands of the README that init writes work for an incident and then for its update, pushed to a real origin', () => {
  const repo = join(work, 'readme-site');
  expect(upfront(work, 'init', 'readme-site', '--yes', '--component', 'api=API').status).toBe(0);
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@t.example', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@t.example' },
    });
  const origin = join(work, 'readme-origin.git');
  expect(spawnSync('git', ['init', '-q', '--bare', '-b', 'main', origin]).status).toBe(0);
  for (const args of [
    ['add', '-A'],
    ['commit', '-qm', 'Status page'],
    ['remote', 'add', 'origin', origin],
    ['push', '-qu', 'origin', 'main'],
  ])
    expect(git(...args).status).toBe(0);
  // The README's shell blocks, as a person pastes them: `npx upfront` is this checkout's CLI, the placeholders filled in.
  const blocks = [...readFileSync(join(repo, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  const paste = (block: string, id: string, command: string) =>
    block
      .split('\n')
      .filter((line) => line.trim() && !line.trimStart().startsWith('#') && !line.startsWith('npm ci'))
      .map((line) => line.replace(/\s+#.*$/, ''))
      .map((line) => (line.startsWith('npx upfront') ? command : line.replaceAll('<id>', id).replaceAll('<title>', 'API errors')))
      .join(' && ');
  const cli = `"${process.execPath}" "${join(REPO_ROOT, 'scripts/upfront.ts')}"`;
  const shell = (script: string) =>
    spawnSync('bash', ['-c', script], {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        UPFRONT_CONTENT: '',
        UPFRONT_NOW: NOW,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@t.example',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@t.example',
      },
    });
  const id = '2026-12-01-api-errors';
  const opened = shell(
    paste(
      blocks[0],
      id,
      `${cli} new --title "API errors" --impact major --component api=major --message "Requests fail. We are investigating." --next-update 30m`,
    ),
  );
  expect([opened.status, opened.stderr.includes('fatal')]).toEqual([0, false]);
  // The update starts from main again, as merged by then; a second branch of its own is pushed
  // too. A person is never this quick: the branch names carry the time to the second.
  spawnSync('sleep', ['1']);
  expect(git('push', '-q', 'origin', `HEAD:main`).status).toBe(0);
  const updated = shell(
    paste(
      blocks[1],
      id,
      `${cli} update ${id} --now "2026-12-01 09:20 UTC" --status identified --message "A bad deploy; rolling back. Sorry." --next-update 30m`,
    ),
  );
  expect([updated.status, updated.stderr.includes('fatal')]).toEqual([0, false]);
  const branches = spawnSync('git', ['branch', '--list', 'status/*'], { cwd: origin, encoding: 'utf8' }).stdout.trim().split('\n');
  expect(branches.map((b) => b.trim().replace(/-\d{6}$/, ''))).toEqual([`status/${id}`, `status/${id}`]);
});
