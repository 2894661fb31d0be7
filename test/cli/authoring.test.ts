/**
 * The authoring commands, run for real in a copy of the fixture with a pinned clock: each step
 * writes what it should, `check` passes after it, and the built site shows the change.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyFixture, REPO_ROOT, runBuild } from '../helpers/run-build.ts';
import { contentFolder, incidentFile, SITE_YML } from '../helpers/content-folder.ts';
import { read, text } from '../helpers/html-text.ts';
import { upfront as run } from '../helpers/cli.ts';
import { COMPONENT_STATUSES } from '../../src/schemas/status-vocabulary.ts';

const upfront = (dir: string, args: string[], input?: string) => run(args, { content: dir, input });
const checkAt = (dir: string, now: string) => upfront(dir, ['check', '--now', now]);
/** Builds `dir` at `now` and returns the page's visible main text. */
function builtPage(dir: string, now: string, page: string): string {
  const out = join(dir, '.out');
  const run = runBuild(dir, out, now);
  expect([run.status, run.stderr]).toEqual([0, '']);
  return text(read(out, page).split('<main id="main" class="wrap">')[1].split('</main>')[0]);
}

describe('an incident from first post to postmortem', () => {
  const dir = copyFixture('basic-site');
  const file = join(dir, 'incidents/2026-03-10-webhooks-delayed-in-the-eu.md');

  test('new: writes the file stamped with the current time, prints its path, and the site shows it', () => {
    const run = upfront(dir, [
      'new',
      '--now',
      '2026-03-10 12:05 UTC',
      '--title',
      'Webhooks delayed in the EU',
      '--impact',
      'min',
      '--component',
      'web=deg',
      '--message',
      'Webhook deliveries are delayed by up to 10 minutes.',
      '--workaround',
      'Poll the events API.',
      '--next-update',
      '30m',
    ]);
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-10-webhooks-delayed-in-the-eu.md\n',
      stderr:
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: post the next update at 2026-03-10 13:35 +01:00 (in 30 min): upfront update 2026-03-10-webhooks-delayed-in-the-eu\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(
      '---\ntitle: Webhooks delayed in the EU\nimpact: minor\ncomponents:\n  web: degraded_performance\nworkaround: Poll the events API.\nnext_update: 2026-03-10 13:35 +01:00\n---\n\n' +
        '## Investigating · 2026-03-10 13:05 +01:00\n\nWebhook deliveries are delayed by up to 10 minutes.\n',
    );
    expect(checkAt(dir, '2026-03-10 12:06 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-10 12:06 UTC', 'incidents/2026-03-10-webhooks-delayed-in-the-eu/index.html')).toContain(
      'Webhooks delayed in the EU Status Investigating Impact Minor Started 10 Mar 2026, 13:05 CET',
    );
  });

  test('a second `new` with the same title gets its own file, never overwriting', () => {
    const run = upfront(dir, [
      'new',
      '--now',
      '2026-03-10 12:07 UTC',
      '--title',
      'Webhooks delayed in the EU',
      '--impact',
      'minor',
      '--component',
      'web=degraded_performance',
      '--message',
      'Duplicate.',
      '--next-update',
      '30m',
      '--dry-run',
    ]);
    expect(run.stdout.split('\n')[0]).toBe('would create incidents/2026-03-10-webhooks-delayed-in-the-eu-2.md:');
    expect(run.stdout.endsWith('(dry run: nothing was written)\n')).toBe(true);
    expect(existsSync(join(dir, 'incidents/2026-03-10-webhooks-delayed-in-the-eu-2.md'))).toBe(false);
  });

  test('update: adds the update on top, its component change in its heading, changes only the fields asked, and keeps the rest byte for byte', () => {
    const before = readFileSync(file, 'utf8');
    const run = upfront(
      dir,
      ['update', 'webhooks', '--now', '2026-03-10 12:30 UTC', '--status', 'ident', '--next-update', '2026-03-10 13:00 UTC', '--component', 'web=partial'],
      'A queue is backed up; we are draining it.\n',
    );
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-10-webhooks-delayed-in-the-eu.md\n',
      stderr:
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: post the next update at 2026-03-10 14:00 +01:00 (in 30 min): upfront update 2026-03-10-webhooks-delayed-in-the-eu\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(
      before
        .replace('next_update: 2026-03-10 13:35 +01:00', 'next_update: 2026-03-10 14:00 +01:00')
        .replace(
          '## Investigating',
          '## Identified · 2026-03-10 13:30 +01:00 · web: partial_outage\n\nA queue is backed up; we are draining it.\n\n## Investigating',
        ),
    );
    expect(checkAt(dir, '2026-03-10 12:31 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-10 12:31 UTC', 'index.html')).toContain('Identified · 10 Mar 2026, 13:30 CET A queue is backed up; we are draining it.');
  });

  test('--status resolved is refused by update and new with the command to run instead, and nothing is written', () => {
    const before = readFileSync(file, 'utf8');
    expect(upfront(dir, ['update', 'webhooks', '--now', '2026-03-10 12:40 UTC', '--status', 'resolved', '--message', 'Fixed.'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error  --status: `resolved` closes the incident: run `upfront resolve 2026-03-10-webhooks-delayed-in-the-eu --message …` with what was fixed\n',
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
    const files = readdirSync(join(dir, 'incidents'));
    expect(
      upfront(dir, [
        'new',
        '--now',
        '2026-03-10 12:40 UTC',
        '--title',
        'Slow search',
        '--impact',
        'minor',
        '--component',
        'api=degraded',
        '--status',
        'Resolved',
        '--message',
        'It was slow.',
      ]),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'error  --status: `resolved` would open an incident already closed: post it open, then run `upfront resolve <id> --message …` with what was fixed\n',
    });
    expect(readdirSync(join(dir, 'incidents'))).toEqual(files);
  });

  test('--dry-run prints the change as a diff and writes nothing', () => {
    const before = readFileSync(file, 'utf8');
    const run = upfront(dir, ['update', 'webh', '--now', '2026-03-10 12:40 UTC', '-m', 'Still draining.', '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+## Identified · 2026-03-10 13:40 +01:00\n+\n+Still draining.\n+\n ## Identified · 2026-03-10 13:30 +01:00');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('--quiet marks the update so that it is published but not notified', () => {
    const run = upfront(dir, ['update', 'webh', '--now', '2026-03-10 12:40 UTC', '-m', 'Still draining.', '--quiet', '--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('+## Identified · 2026-03-10 13:40 +01:00 · quiet\n+\n+Still draining.\n');
  });

  test('resolve: the resolved update, and the promises of a next update and estimate are removed', () => {
    const run = upfront(dir, [
      'resolve',
      'webhooks',
      '--now',
      '2026-03-10 12:50 UTC',
      '-m',
      'All delayed webhooks have been delivered and new ones arrive on time.',
    ]);
    expect(run.status).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain('next_update');
    expect(written).toContain(
      '---\n\n## Resolved · 2026-03-10 13:50 +01:00\n\nAll delayed webhooks have been delivered and new ones arrive on time.\n\n## Identified',
    );
    expect(checkAt(dir, '2026-03-10 12:51 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-10 12:51 UTC', 'incidents/2026-03-10-webhooks-delayed-in-the-eu/index.html')).toContain(
      'Resolved 10 Mar 2026, 13:50 CET Duration 45 min',
    );
  });

  test('an update to a resolved incident is refused, and says what to do', () => {
    const run = upfront(dir, ['update', 'webhooks', '--now', '2026-03-10 13:00 UTC', '-m', 'Again.']);
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'error  2026-03-10-webhooks-delayed-in-the-eu is already resolved; if the problem is back, open a new incident with `upfront new`. To say what customers receive for it: `upfront update 2026-03-10-webhooks-delayed-in-the-eu --compensation "…"`\n',
    });
  });

  test('postmortem: a draft with the timeline filled in, published only once every section is written', () => {
    const run = upfront(dir, ['postmortem', 'webhooks', '--now', '2026-03-11 09:00 UTC']);
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md\n',
      stderr:
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: write its sections, then: upfront postmortem 2026-03-10-webhooks-delayed-in-the-eu --publish\n',
    });
    const path = join(dir, 'incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md');
    const scaffold = readFileSync(path, 'utf8');
    expect(scaffold).toContain(
      '| Time | What happened |\n| --- | --- |\n| 2026-03-10 13:05 +01:00 | Investigating: Webhook deliveries are delayed by up to 10 minutes. |\n' +
        '| 2026-03-10 13:30 +01:00 | Identified: A queue is backed up; we are draining it. |\n| 2026-03-10 13:50 +01:00 | Resolved: All delayed webhooks have been delivered and new ones arrive on time. |\n',
    );
    expect(scaffold.match(/^## .+$/gm)).toEqual([
      '## Summary',
      '## Impact',
      '## Timeline',
      '## Root cause',
      '## Resolution',
      '## Compensation',
      '## What will change',
    ]);
    // A draft: check passes with a warning that names every unwritten section, and nothing is published.
    const draft = checkAt(dir, '2026-03-11 09:01 UTC');
    expect([draft.status, draft.stdout.split('\n').find((line) => line.includes('postmortem.md'))]).toEqual([
      0,
      'incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md:1:1  warning  draft postmortem, not published: 6 sections still say `(write this section)` (lines 8, 12, 24, 28, 32, 36). When it is finished, run `upfront postmortem 2026-03-10-webhooks-delayed-in-the-eu --publish`, which sets `published` to that moment so that subscribers are told',
    ]);
    expect(runBuild(dir, join(dir, '.draft'), '2026-03-11 09:01 UTC').status).toBe(0);
    expect(existsSync(join(dir, '.draft/incidents/2026-03-10-webhooks-delayed-in-the-eu/index.html'))).toBe(true);
    expect(existsSync(join(dir, '.draft/incidents/2026-03-10-webhooks-delayed-in-the-eu/postmortem/index.html'))).toBe(false);
    const early = upfront(dir, ['postmortem', 'webhooks', '--publish', '--now', '2026-03-12 09:00 UTC']);
    expect(early.status).toBe(1);
    expect(early.stderr.split('\n')).toEqual([
      'error  incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md is not ready to publish, so nothing was written:',
      ...[8, 12, 24, 28, 32, 36].map(
        (line) =>
          `incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md:${line}:1  error  this section still says \`(write this section)\`; write it (or delete the section) before the postmortem is published`,
      ),
      '',
    ]);
    writeFileSync(path, scaffold.replaceAll('(write this section)', 'A consumer stopped; we restarted it and added an alert.'));
    // Written over three days, published on the third: the published time is that moment.
    expect(upfront(dir, ['postmortem', 'webhooks', '--publish', '--now', '2026-03-13 16:00 UTC'])).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-10-webhooks-delayed-in-the-eu.postmortem.md\n',
      stderr: 'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n',
    });
    expect(readFileSync(path, 'utf8').split('\n').slice(0, 5)).toEqual([
      '---',
      'published: 2026-03-13 17:00 +01:00',
      '# authors: [Dana Reyes, Sam Okafor]',
      '---',
      '',
    ]);
    const published = checkAt(dir, '2026-03-13 16:01 UTC');
    expect([published.status, published.stdout.includes('postmortem.md')]).toEqual([0, false]);
    expect(builtPage(dir, '2026-03-13 16:01 UTC', 'incidents/2026-03-10-webhooks-delayed-in-the-eu/postmortem/index.html')).toContain(
      'Root cause A consumer stopped; we restarted it and added an alert.',
    );
  });
});

describe('maintenance from announcement to the end', () => {
  const dir = copyFixture('basic-site');

  test('maintenance: schedules a window with its duration, and the site lists it', () => {
    const run = upfront(dir, [
      'maintenance',
      '--now',
      '2026-03-10 12:00 UTC',
      '--title',
      'Search index rebuild',
      '--component',
      'ap',
      '--start',
      '2026-03-20 02:00 UTC',
      '--duration',
      '90m',
      '-m',
      'Search results may be incomplete during the rebuild.',
    ]);
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-20-search-index-rebuild.md\n',
      stderr:
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: when the work starts: upfront update 2026-03-20-search-index-rebuild --status in_progress\n',
    });
    expect(readFileSync(join(dir, 'incidents/2026-03-20-search-index-rebuild.md'), 'utf8')).toBe(
      '---\nkind: maintenance\ntitle: Search index rebuild\ncomponents:\n  - api\nscheduled_for: 2026-03-20 03:00 +01:00\nscheduled_until: 2026-03-20 04:30 +01:00\n---\n\n' +
        '## Scheduled · 2026-03-10 13:00 +01:00\n\nSearch results may be incomplete during the rebuild.\n',
    );
    expect(checkAt(dir, '2026-03-10 12:01 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-10 12:01 UTC', 'maintenance/index.html')).toContain(
      'Search index rebuild Scheduled Affects: API Window 20 Mar 2026, 03:00 CET – 04:30 CET',
    );
  });

  test('cancel: marks it cancelled with an update saying so', () => {
    const run = upfront(dir, ['cancel', 'search', '--now', '2026-03-12 09:00 UTC']);
    expect(run.status).toBe(0);
    const written = readFileSync(join(dir, 'incidents/2026-03-20-search-index-rebuild.md'), 'utf8');
    expect(written).toContain(
      'scheduled_until: 2026-03-20 04:30 +01:00\ncancelled: true\n---\n\n## Scheduled · 2026-03-12 10:00 +01:00\n\nCancelled: this maintenance will not take place, and nothing will change for you. If it is needed later, we will announce a new window.\n\n## Scheduled · 2026-03-10 13:00 +01:00',
    );
    expect(checkAt(dir, '2026-03-12 09:01 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-12 09:01 UTC', 'maintenance/index.html')).toContain('Search index rebuild Maintenance Cancelled');
  });

  test('complete: finishes a window in progress', () => {
    // The window ran over its schedule; it is completed two days later.
    const run = upfront(dir, ['complete', 'db-main', '--now', '2026-03-12 10:00 UTC', '-m', 'The database runs the new version.']);
    expect(run.status).toBe(0);
    expect(checkAt(dir, '2026-03-12 10:01 UTC').status).toBe(0);
    expect(builtPage(dir, '2026-03-12 10:01 UTC', 'incidents/2026-03-10-db-maintenance/index.html')).toContain(
      'Status Completed Scheduled 10 Mar 2026, 12:00 CET – 14:00 CET Completed 12 Mar 2026, 11:00 CET',
    );
  });
});

describe('edits keep the author file exactly and refuse what would break it', () => {
  const original =
    '\uFEFF---\r\n# written by hand\r\ntitle: "API errors"   # keep\r\nimpact: minor\r\ncomponents: { api: partial_outage }\r\nnext_update: 2026-11-20T15:30:00+01:00\r\n---\r\n\r\n' +
    '## Investigating · 2026-11-20 14:00 UTC\r\n\r\nWe are looking.\r\n';
  const folder = () => contentFolder({ 'incidents/2026-11-20-api.md': original });

  test('a CRLF file with a BOM, comments and flow style gets only the new update', () => {
    const dir = folder();
    expect(upfront(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '-m', 'Found it.']).status).toBe(0);
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api.md'), 'utf8')).toBe(
      original.replace('## Investigating', '## Investigating · 2026-11-20 15:20 +01:00\r\n\r\nFound it.\r\n\r\n## Investigating'),
    );
  });

  test('an unknown component gets a suggestion and nothing is written', () => {
    const dir = folder();
    const run = upfront(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '-m', 'x', '--component', 'dbb=major']);
    expect(run).toEqual({ status: 2, stdout: '', stderr: 'error  --component: unknown component `dbb`. Did you mean `db`? Known: api, website, db\n' });
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api.md'), 'utf8')).toBe(original);
  });

  test('an ambiguous prefix is refused with the candidates', () => {
    const run = upfront(folder(), ['update', 'api', '--now', '2026-11-20 14:20 UTC', '-m', 'x', '--status', 'i']);
    expect(run.stderr).toBe('error  --status: `i` could be any status of: investigating, identified; type more of it\n');
  });

  test('a change that would make the file invalid is refused with the reason', () => {
    const dir = folder();
    const run = upfront(dir, ['update', 'api', '--now', '2026-11-20 14:00 UTC', '-m', 'At the same minute as the first post.']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'error  the change would make incidents/2026-11-20-api.md invalid, so nothing was written:\n' +
        'incidents/2026-11-20-api.md:13:1  error  two updates at 2026-11-20 14:00 UTC; give each update its own time\n',
    );
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api.md'), 'utf8')).toBe(original);
  });

  test('a file that is already invalid is not edited until it is fixed', () => {
    const dir = contentFolder({
      'incidents/2026-11-20-api.md': incidentFile(
        'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nnext_update: 2026-11-20 15:00',
        '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      ),
    });
    const run = upfront(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '-m', 'x']);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe('error  incidents/2026-11-20-api.md has errors; fix them (npm run check) before adding to it:');
  });

  test('no temporary files are left behind', () => {
    const dir = folder();
    upfront(dir, ['update', 'api', '--now', '2026-11-20 14:20 UTC', '-m', 'Found it.']);
    expect(readdirSync(join(dir, 'incidents'))).toEqual(['2026-11-20-api.md']);
  });

  test('a missing message with no terminal and nothing piped is a usage error', () => {
    const run = upfront(folder(), ['update', 'api', '--now', '2026-11-20 14:20 UTC']);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error  the update needs a message: give --message "…" or pipe the text in (no terminal to ask at)\n',
    });
  });
});

test('list shows what is open and how long since each was updated', () => {
  const run = upfront(join(REPO_ROOT, 'test/fixtures/basic-site'), ['list', '--now', '2026-03-10 12:45 UTC']);
  expect(run.stdout).toBe(
    'incident     2026-03-10-api-down  identified, critical impact, updated 1 hr ago, next update OVERDUE, was due 15 min ago (2026-03-10 13:30 +01:00)\n' +
      'maintenance  2026-03-10-db-maintenance  in progress, 2026-03-10 12:00 +01:00 – 2026-03-10 14:00 +01:00, updated 2 hr ago\n' +
      'maintenance  2026-03-08-web-maintenance  upcoming, 2026-03-15 23:00 +01:00 – 2026-03-16 00:00 +01:00, updated 2 days ago\n',
  );
});

test('an unknown id gets a suggestion and the list of what is open, not the whole history', () => {
  const run = upfront(join(REPO_ROOT, 'test/fixtures/basic-site'), ['update', 'api-dwn', '--now', '2026-03-10 12:45 UTC', '-m', 'x']);
  expect(run).toEqual({
    status: 1,
    stdout: '',
    stderr:
      'error  no incident or maintenance window `api-dwn`. Did you mean `api-down`? Open now: 2026-03-10-api-down, 2026-03-10-db-maintenance, 2026-03-08-web-maintenance (`upfront list` shows them)\n',
  });
});

describe('maintenance windows from the CLI: status updates, moves, early completion and cancellation', () => {
  const dir = copyFixture('basic-site');
  const web = join(dir, 'incidents/2026-03-08-web-maintenance.md');

  test('update <window> --status verifying posts the maintenance status; completed and incident flags are refused with what to run', () => {
    const run = upfront(dir, [
      'update',
      'db-main',
      '--now',
      '2026-03-10 12:50 UTC',
      '--status',
      'verif',
      '-m',
      'The upgrade is done; we are checking replication.',
    ]);
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-10-db-maintenance.md\n',
      stderr:
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: when it is done: upfront complete 2026-03-10-db-maintenance\n',
    });
    expect(readFileSync(join(dir, 'incidents/2026-03-10-db-maintenance.md'), 'utf8')).toContain(
      '---\n\n## Verifying · 2026-03-10 13:50 +01:00\n\nThe upgrade is done; we are checking replication.\n\n## ',
    );
    expect(upfront(dir, ['update', 'web-maint', '--now', '2026-03-10 12:50 UTC', '--status', 'completed', '-m', 'x'])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error  --status: `completed` ends the window: run `upfront complete 2026-03-08-web-maintenance`\n',
    });
    expect(upfront(dir, ['update', 'web-maint', '--now', '2026-03-10 12:50 UTC', '--next-update', '30m', '-m', 'x'])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'error  --next-update is for incidents; a maintenance window has its times (`upfront reschedule 2026-03-08-web-maintenance`) and its components in its file\n',
    });
  });

  test('complete before the start is refused with the alternatives; --force completes it', () => {
    const before = readFileSync(web, 'utf8');
    expect(upfront(dir, ['complete', 'web-maint', '--now', '2026-03-10 13:00 UTC'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'error  2026-03-08-web-maintenance has not started (it starts at 2026-03-15 23:00 +01:00, in 5 days 9 hrs); cancel it with `upfront cancel 2026-03-08-web-maintenance`, move it with `upfront reschedule 2026-03-08-web-maintenance`, or add --force if the work really is done\n',
    });
    expect(readFileSync(web, 'utf8')).toBe(before);
    const forced = upfront(dir, ['complete', 'web-maint', '--now', '2026-03-10 13:00 UTC', '--force', '--dry-run']);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('+## Completed · 2026-03-10 14:00 +01:00\n+\n+The maintenance is complete.\n');
  });

  test('reschedule moves the window with an update saying from when to when, and the calendar takes the new times as a newer version', () => {
    const run = upfront(dir, ['reschedule', 'web-maint', '--now', '2026-03-10 13:00 UTC', '--start', '2026-03-16 23:00', '--duration', '90m']);
    expect(run).toEqual({
      status: 0,
      stdout: 'incidents/2026-03-08-web-maintenance.md\n',
      stderr: 'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n',
    });
    expect(readFileSync(web, 'utf8')).toBe(
      '---\nkind: maintenance\ntitle: Website migration\ncomponents: [web]\nscheduled_for: 2026-03-16 23:00 +01:00\nscheduled_until: 2026-03-17 00:30 +01:00\n---\n\n' +
        '## Scheduled · 2026-03-10 14:00 +01:00\n\nRescheduled: the maintenance now runs 16 Mar 2026, 23:00 CET – 17 Mar 2026, 00:30 CET (it was planned for 15 Mar 2026, 23:00 CET – 16 Mar 2026, 00:00 CET).\n\n' +
        '## Scheduled · 2026-03-08 09:00 UTC\n\nWe will move the website to new servers.\n',
    );
    const out = join(dir, '.moved');
    expect(runBuild(dir, out, '2026-03-10 13:01 UTC').status).toBe(0);
    const event = readFileSync(join(out, 'maintenance.ics'), 'utf8')
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT')
      .find((e) => e.includes('Website migration'))!;
    expect(event.match(/^(DTSTART|DTEND|SEQUENCE)[:;].*$/gm)).toEqual(['SEQUENCE:1', 'DTSTART:20260316T220000Z', 'DTEND:20260316T233000Z']);
    expect(upfront(dir, ['reschedule', 'db-main', '--now', '2026-03-10 12:55 UTC', '--start', '2026-03-11 02:00'])).toEqual({
      status: 1,
      stdout: '',
      stderr: 'error  the window has started, so its start cannot move; give only --end or --duration to change when it ends\n',
    });
  });

  test('cancel refuses a window its schedule has started, though no update said so, and writes nothing', () => {
    const before = readFileSync(web, 'utf8');
    expect(upfront(dir, ['cancel', 'web-maint', '--now', '2026-03-16 22:30 UTC'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'error  2026-03-08-web-maintenance has started (at 2026-03-16 23:00 +01:00), so it can no longer be cancelled; finish it with `upfront complete 2026-03-08-web-maintenance`, or say what happens next with `upfront update 2026-03-08-web-maintenance`\n',
    });
    expect(readFileSync(web, 'utf8')).toBe(before);
  });

  test('a cancelled window reads as cancelled and puts no component under maintenance: not on the page, in the API or on the badge', () => {
    const run = upfront(dir, ['cancel', 'web-maint', '--now', '2026-03-12 09:00 UTC']);
    expect(run.status).toBe(0);
    const out = join(dir, '.cancelled');
    // During the time the window was planned for.
    expect(runBuild(dir, out, '2026-03-16 22:30 UTC').status).toBe(0);
    const page = text(read(out, 'incidents/2026-03-08-web-maintenance/index.html'));
    expect(page).toContain(
      'Affected components WebsiteOperational Updates Cancelled 12 Mar 2026, 10:00 CET Cancelled: this maintenance will not take place, and nothing will change for you.',
    );
    // (The database window of the other tests is still running over, under maintenance.)
    const home = text(read(out, 'index.html'));
    expect([home.includes('WebsiteOperational'), home.includes('WebsiteUnder maintenance')]).toEqual([true, false]);
    const components = JSON.parse(read(out, 'api/v2/components.json')).components as Array<{ id: string; status: string }>;
    expect(components.find((c) => c.id === 'web')!.status).toBe('operational');
    expect(read(out, 'components/web/badge.svg')).toContain('operational');
    expect(read(out, 'feed.xml')).toContain('<title>[Cancelled] Website migration</title>');
  });
});

describe('every command has its own help', () => {
  test.each([
    [
      'notify',
      'usage: upfront notify [options]\n\ndeliver what is news and not yet delivered to notifications.yml’s channels.\n\n  --record: what is pending, failed and delivered, from the delivery record; sends nothing\n',
    ],
    [
      'reschedule',
      'usage: upfront reschedule [id] [options]\n\nmove a maintenance window, with an update saying so.\n\n  --start time: when the window starts\n  --end time: when the window ends\n  --duration 2h: the window’s length, instead of --end\n',
    ],
  ])('upfront %s --help', (command, start) => {
    const run = upfront(REPO_ROOT, [command, '--help']);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout.startsWith(start)).toBe(true);
  });

  test.each([
    ['resolv', 'resolve'],
    ['lsit', 'list'],
  ])('an unknown command (%s) gets a suggestion (%s), swapped letters too', (typed, meant) => {
    const run = upfront(REPO_ROOT, [typed]);
    expect([run.status, run.stderr.split('\n')[0]]).toEqual([2, `error  unknown command \`${typed}\`. Did you mean \`${meant}\`?`]);
  });

  test.each([
    ['build', 'it would write for real; `upfront check` validates without building'],
    ['init', 'it would write for real'],
  ])('--dry-run is refused by %s, which would write for real, and nothing is written', (command, why) => {
    const dir = copyFixture('basic-site');
    const run = upfront(dir, [command, '--dry-run']);
    expect([run.status, run.stderr]).toEqual([2, `error  \`upfront ${command}\` does not take --dry-run: ${why}\n`]);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  test.each([
    [
      'resolve',
      ['--component', 'api=operational'],
      '--component: resolving returns every component to operational; if one is still affected, post `upfront update --status monitoring` instead',
    ],
    ['update', ['--start', '2h'], '--start (maintenance, reschedule take it)'],
  ])('a flag %s does not take says why, or which commands take it', (command, args, said) => {
    const dir = copyFixture('basic-site');
    const before = readFileSync(join(dir, 'incidents/2026-03-10-api-down.md'), 'utf8');
    const run = upfront(dir, [command, 'api-down', '-m', 'x', ...args]);
    expect([run.status, run.stderr]).toEqual([2, `error  \`upfront ${command}\` does not take ${said}\n`]);
    expect(readFileSync(join(dir, 'incidents/2026-03-10-api-down.md'), 'utf8')).toBe(before);
  });

  test('a mistyped component status gets the one meant; --version says which Upfront this is', () => {
    const dir = copyFixture('basic-site');
    const run = upfront(dir, [
      'new',
      '--now',
      '2026-03-10 12:05 UTC',
      '--title',
      'Slow',
      '--impact',
      'minor',
      '--component',
      'web=majr',
      '-m',
      'Pages load slowly.',
    ]);
    expect([run.status, run.stderr]).toEqual([
      2,
      `error  --component: unknown component status \`majr\`. Did you mean \`major_outage\`? Known: ${COMPONENT_STATUSES.join(', ')}\n`,
    ]);
    const version = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version;
    expect(upfront(REPO_ROOT, ['--version'])).toEqual({ status: 0, stdout: `upfront ${version}\n`, stderr: '' });
  });
});

describe('the command that writes a file says at once what `check` would warn about it', () => {
  test('resolve --message "Fixed." is refused before anything is written; with --force it is written, and the warning said', () => {
    const open = incidentFile(
      'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nnext_update: 2026-11-20 15:00 UTC',
      '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
    );
    const dir = contentFolder({ 'incidents/2026-11-20-api.md': open });
    expect(upfront(dir, ['resolve', 'api', '--now', '2026-11-20 14:30 UTC', '-m', 'Fixed.'])).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'error  the resolution would be published with a warning, so nothing was written:\n' +
        '  the resolved update says too little (1 word); say what happened, what was affected and whether customers need to do anything\n' +
        'Say what was fixed, an apology, and whether customers need to do anything in --message, or add --force to write it as it is\n',
    });
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api.md'), 'utf8')).toBe(open);
    expect(upfront(dir, ['resolve', 'api', '--now', '2026-11-20 14:30 UTC', '-m', 'Fixed.', '--force'])).toEqual({
      status: 0,
      stdout: 'incidents/2026-11-20-api.md\n',
      stderr:
        'incidents/2026-11-20-api.md:8:1  warning  the resolved update says too little (1 word); say what happened, what was affected and whether customers need to do anything\n' +
        'next: propose it in a pull request (`--pr` commits it, pushes and opens one)\n' +
        'next: if customers should learn what happened, write a postmortem: upfront postmortem 2026-11-20-api\n',
    });
  });

  test('the CLI refuses what check refuses: a control character in the message, a paragraph beyond the limit', () => {
    const dir = contentFolder({
      'incidents/2026-11-20-api.md': incidentFile(
        'title: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\nnext_update: 2026-11-20 15:00 UTC',
        '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.',
      ),
    });
    const control = upfront(dir, ['update', 'api', '--now', '2026-11-20 14:30 UTC', '-m', 'Still \u0007 looking.']);
    expect([control.status, control.stderr.split('\n')[1]]).toEqual([
      1,
      'incidents/2026-11-20-api.md:11:7  error  contains the invisible control character U+0007; delete it (it often comes with text pasted from a terminal or chat)',
    ]);
    const long = upfront(dir, [
      'new',
      '--now',
      '2026-11-20 14:30 UTC',
      '--title',
      'Slow',
      '--impact',
      'minor',
      '--component',
      'db=deg',
      '-m',
      'word '.repeat(1200),
    ]);
    expect(long.status).toBe(1);
    expect(long.stderr.split('\n')[1]).toBe(
      'incidents/2026-11-20-slow.md:10:1  error  this paragraph is longer than 5,000 characters; split it with blank lines',
    );
    expect(readdirSync(join(dir, 'incidents'))).toEqual(['2026-11-20-api.md']);
  });
});

describe('what the CLI writes for customers is in the site’s language, with dates as its pages write them', () => {
  const WINDOW = (title: string) =>
    incidentFile(
      `kind: maintenance\ntitle: ${title}\ncomponents: [db]\nscheduled_for: 2026-12-18 20:00 UTC\nscheduled_until: 2026-12-18 23:00 UTC`,
      '## Scheduled · 2026-12-01 09:00 UTC\n\nDie Datenbank ist schreibgeschützt.',
    );
  const RESOLVED = incidentFile(
    'title: API-Fehler\nimpact: major\ncomponents:\n  api: major_outage',
    '## Resolved · 2026-12-02 15:30 UTC\n\nDas Zurückrollen hat es behoben; seit 15:25 gelingen alle Anfragen. Entschuldigung.\n\n## Investigating · 2026-12-02 14:00 UTC\n\nAnfragen scheitern mit 502.',
  );
  const dir = contentFolder({
    'site.yml': `${SITE_YML}language: de\n`,
    'incidents/2026-12-18-db-upgrade.md': WINDOW('Datenbank-Upgrade'),
    'incidents/2026-12-19-web-upgrade.md': WINDOW('Web-Upgrade'),
    'incidents/2026-12-02-api.md': RESOLVED,
  });
  const now = ['--now', '2026-12-06 10:00 UTC'];
  const newest = (id: string) =>
    readFileSync(join(dir, `incidents/${id}.md`), 'utf8')
      .split('---\n\n')[1]
      .split('\n\n## ')[0];

  test.each([
    [
      'reschedule',
      ['2026-12-18-db', '--start', '2026-12-20 21:00', '--duration', '3h'],
      '2026-12-18-db-upgrade',
      'Verschoben: Die Wartung findet jetzt 20. Dez. 2026, 21:00 MEZ – 21. Dez. 2026, 00:00 MEZ statt (geplant war 18. Dez. 2026, 21:00 MEZ – 19. Dez. 2026, 00:00 MEZ).',
    ],
    [
      'cancel',
      ['2026-12-19-web'],
      '2026-12-19-web-upgrade',
      'Abgesagt: Diese Wartung findet nicht statt, und für Sie ändert sich nichts. Falls sie später nötig wird, kündigen wir ein neues Zeitfenster an.',
    ],
    // Five minutes after the reschedule: two updates may not share a time.
    ['complete', ['2026-12-18-db', '--force', '--now', '2026-12-06 10:05 UTC'], '2026-12-18-db-upgrade', 'Die Wartung ist abgeschlossen.'],
  ])('%s writes its note in German', (command, args, id, note) => {
    const run = upfront(dir, [command, ...args, ...(args.includes('--now') ? [] : now)]);
    expect([run.status, run.stdout, run.stderr.split('\n')[0]]).toEqual([
      0,
      `incidents/${id}.md\n`,
      'next: propose it in a pull request (`--pr` commits it, pushes and opens one)',
    ]);
    expect(newest(id)).toBe(command === 'complete' ? `## Completed · 2026-12-06 11:05 +01:00\n\n${note}` : `## Scheduled · 2026-12-06 11:00 +01:00\n\n${note}`);
  });

  test('the postmortem’s headings, prompts and timeline are German', () => {
    expect(upfront(dir, ['postmortem', 'api', ...now]).status).toBe(0);
    const draft = readFileSync(join(dir, 'incidents/2026-12-02-api.postmortem.md'), 'utf8');
    expect(draft.split('\n').filter((line) => line.startsWith('## ') || line.startsWith('| '))).toEqual([
      '## Zusammenfassung',
      '## Auswirkung',
      '## Zeitlicher Ablauf',
      '| Zeit | Was geschah |',
      '| --- | --- |',
      '| 2026-12-02 15:00 +01:00 | Wird untersucht: Anfragen scheitern mit 502. |',
      '| 2026-12-02 16:30 +01:00 | Behoben: Das Zurückrollen hat es behoben; seit 15:25 gelingen alle Anfragen. Entschuldigung. |',
      '## Ursache',
      '## Behebung',
      '## Ausgleich',
      '## Was sich ändert',
    ]);
  });
});

describe('what customers receive, set with --compensation', () => {
  const RESOLVED = incidentFile(
    'title: API errors\nimpact: major\ncomponents:\n  api: major_outage',
    '## Resolved · 2026-11-20 16:00 UTC\n\nThe rollback fixed it; every request since 15:55 has succeeded. We are sorry.\n\n## Investigating · 2026-11-20 14:00 UTC\n\nRequests fail with 502.',
  );
  const CREDIT = 'Every account receives one day of credit on its next invoice; nothing to do.';

  test('a resolved incident takes it alone, with no new update, and the warning that asked for it is gone', () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': RESOLVED });
    expect(checkAt(dir, '2026-11-21 09:00 UTC').stdout).toContain(
      'incidents/2026-11-20-api-errors.md:3:1  warning  major incident that lasted 2 hrs says nothing of what customers get for it',
    );
    const run = upfront(dir, ['update', 'api', '--now', '2026-11-21 09:00 UTC', '--compensation', CREDIT]);
    expect([run.status, run.stdout]).toEqual([0, 'incidents/2026-11-20-api-errors.md\n']);
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toBe(
      RESOLVED.replace('  api: major_outage\n', `  api: major_outage\ncompensation: ${CREDIT}\n`),
    );
    expect(checkAt(dir, '2026-11-21 09:00 UTC').stdout).not.toContain('says nothing of what customers get');
    expect(builtPage(dir, '2026-11-21 09:00 UTC', 'incidents/2026-11-20-api-errors/index.html')).toContain(`Compensation ${CREDIT} Affected components`);
  });

  test('with anything else it is refused, and nothing is written', () => {
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': RESOLVED });
    const run = upfront(dir, ['update', 'api', '--now', '2026-11-21 09:00 UTC', '--compensation', CREDIT, '-m', 'Credits are on their way.']);
    expect(run).toEqual({
      status: 2,
      stdout: '',
      stderr: 'error  --message is for open incidents; 2026-11-20-api-errors is resolved, and takes --compensation alone\n',
    });
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toBe(RESOLVED);
  });

  test('an open incident’s update may set it, and "" removes it', () => {
    const open = RESOLVED.replace(/## Resolved[^#]*/, '');
    const dir = contentFolder({ 'incidents/2026-11-20-api-errors.md': open });
    const set = upfront(dir, [
      'update',
      'api',
      '--now',
      '2026-11-20 14:30 UTC',
      '-m',
      'We found the cause.',
      '--status',
      'identified',
      '--next-update',
      '30m',
      '--compensation',
      CREDIT,
    ]);
    expect(set.status).toBe(0);
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).toContain(`compensation: ${CREDIT}\n`);
    const removed = upfront(dir, ['update', 'api', '--now', '2026-11-20 14:45 UTC', '-m', 'A fix is rolling out.', '--compensation', '']);
    expect(removed.status).toBe(0);
    expect(readFileSync(join(dir, 'incidents/2026-11-20-api-errors.md'), 'utf8')).not.toContain('compensation');
  });
});
