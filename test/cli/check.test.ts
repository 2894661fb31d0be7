/** `upfront check` as engineers and pull-request checks run it. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/run-build.ts';
import { contentFolder, incidentFile } from '../helpers/content-folder.ts';
import { upfront } from '../helpers/cli.ts';

const check = (contentDir: string, ...args: string[]) => upfront(['check', ...args], { content: contentDir, env: { UPFRONT_NOW: '2026-11-20 16:00 UTC' } });
const FIXTURE = join(REPO_ROOT, 'test/fixtures/basic-site');

const broken = () =>
  contentFolder({
    'incidents/2026-11-20-api.md': incidentFile(
      'title: API errors\nimpact: minor\ncomponents:\n  apii: partial_outage',
      '## Investigating · 2026-11-20 14:00\n\nLooking.',
    ),
  });

test('valid content passes with exit code 0', () => {
  const run = check(FIXTURE, '--now', '2026-03-10 12:00 UTC');
  expect([run.status, run.stdout, run.stderr]).toEqual([0, '✓ 0 errors, 0 warnings in 9 files\n', '']);
});

test('communication warnings do not fail the check, unless --strict makes them errors', () => {
  // Months after the fixture's outage, its promised update is long overdue.
  const warned = check(FIXTURE);
  expect([warned.status, warned.stdout.split('\n').slice(-3)]).toEqual([
    0,
    [
      'incidents/2026-03-10-api-down.md:11:1  warning  no update for 255 days 4 hrs; open incidents should be updated at least every 60 min',
      '✓ 0 errors, 2 warnings in 9 files',
      '',
    ],
  ]);
  const strict = check(FIXTURE, '--strict');
  expect([strict.status, strict.stdout.split('\n').slice(-2)]).toEqual([1, ['✗ 2 errors, 0 warnings in 9 files', '']]);
  expect(strict.stdout).toContain('incidents/2026-03-10-api-down.md:7:1  error  the promised update is overdue by 255 days 3 hrs');
});

test('every problem is printed as path:line:column, then a summary, with exit code 1', () => {
  const run = check(broken());
  expect(run.status).toBe(1);
  expect(run.stdout).toBe(
    [
      'incidents/2026-11-20-api.md:5:3  error  unknown component `apii`. Did you mean `api`? Components are listed in components/components.yml',
      'incidents/2026-11-20-api.md:8:1  error  the time of update `## investigating · 2026-11-20 14:00`: `2026-11-20 14:00` has no time zone; add `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`',
      '✗ 2 errors, 0 warnings in 3 files',
      '',
    ].join('\n'),
  );
});

test('--format github prints workflow annotations', () => {
  const run = check(broken(), '--format', 'github');
  expect(run.status).toBe(1);
  expect(run.stdout.split('\n')[0]).toBe(
    '::error file=incidents/2026-11-20-api.md,line=5,col=3::unknown component `apii`. Did you mean `api`? Components are listed in components/components.yml',
  );
});

test.each([
  [['--format', 'xml'], 'error  --format must be `text` or `github`, not `xml`\n'],
  [['--strictt'], "error  Unknown option '--strictt'. Did you mean `--strict`?\nusage: upfront <command> [options]\n"],
  [['--title', 'x'], 'error  `upfront check` does not take --title (new, maintenance take it)\n'],
])('bad arguments (%s) get a usage message and exit code 2, not a stack trace', (args, stderr) => {
  const run = check(broken(), ...args);
  expect([run.status, `${run.stderr.split('\n').slice(0, 2).join('\n')}\n`]).toEqual([2, `${stderr.split('\n').slice(0, 2).join('\n')}\n`]);
});

test.each([
  ['scripts/upfront.ts', ['build', '--outdir', 'x'], "error  Unknown option '--outdir'. Did you mean `--out-dir`?\nusage: upfront <command> [options]\n"],
  [
    'scripts/bench.ts',
    ['--incident', '5'],
    "error  Unknown option '--incident'. Did you mean `--incidents`?\nusage: npm run bench -- [--incidents N] [--mix realistic|stress] [--keep]\n",
  ],
])('%s with a mistyped flag prints its usage and exits 2', (script, args, stderr) => {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, script), ...args], { encoding: 'utf8' }); // bench.ts too, not only the CLI
  // The first two lines: the problem with its suggestion, and the start of the usage text.
  expect([run.status, `${run.stderr.split('\n').slice(0, 2).join('\n')}\n`]).toEqual([2, stderr]);
});

test('a bad UPFRONT_NOW is refused clearly', () => {
  const run = upfront(['check'], { env: { UPFRONT_NOW: '2026-11-20 16:00' } });
  expect([run.status, run.stderr]).toEqual([
    2,
    'error  UPFRONT_NOW: `2026-11-20 16:00` has no time zone; add `UTC`, an offset such as `+01:00` or a zone such as `America/New_York`\n',
  ]);
});

test('--since warns about a postmortem that says it was published long before the merge, and about a correction that will not be announced', () => {
  const dir = contentFolder({
    'notifications.yml': 'channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n',
    'incidents/2026-11-16-api.md': incidentFile(
      'title: API errors\nimpact: major\ncomponents:\n  api: partial_outage\ncompensation: No credit applies, as the API stayed within its monthly target.',
      '## Resolved · 2026-11-16 15:00 UTC\n\nA bad deploy; we rolled it back and every request has succeeded since.\n\n## Investigating · 2026-11-16 14:00 UTC\n\nLooking.',
    ),
  });
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@t.example', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@t.example' },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'incident');
  // Written over days with the time it was started, then opened for review on the 20th.
  writeFileSync(
    join(dir, 'incidents/2026-11-16-api.postmortem.md'),
    '---\npublished: 2026-11-17 09:00 UTC\n---\n\n## What happened\n\nA configuration push.\n',
  );
  writeFileSync(
    join(dir, 'incidents/2026-11-16-api.md'),
    incidentFile(
      'title: API errors\nimpact: major\ncomponents:\n  api: partial_outage\ncompensation: No credit applies, as the API stayed within its monthly target.',
      '## Resolved · 2026-11-16 15:05 UTC\n\nA bad deploy; we rolled it back and every request has succeeded since.\n\n## Investigating · 2026-11-16 14:00 UTC\n\nLooking.',
    ),
  );
  const run = check(dir, '--since', 'HEAD');
  expect([run.status, run.stdout.split('\n')]).toEqual([
    0,
    [
      'incidents/2026-11-16-api.md:9:1  warning  merging would not announce this update: it was published at 2026-11-16T15:00:00Z, and moving its time is a correction, not news; to tell subscribers something new, add a new update instead',
      'incidents/2026-11-16-api.postmortem.md:1:1  warning  merging announces this postmortem now, but it says it was published 3 days 7 hrs ago; set `published` to the time of merging (`upfront postmortem 2026-11-16-api --publish`), or add `quiet: true` if it is history being filled in',
      '✓ 0 errors, 2 warnings in 5 files',
      '',
    ],
  ]);
  // Without --since there is no revision to compare with, and no such warning.
  expect(check(dir).stdout).toBe('✓ 0 errors, 0 warnings in 5 files\n');
});

test('--since outside a git repository says which command needs one', () => {
  const dir = contentFolder({ 'notifications.yml': 'channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n' });
  const run = check(dir, '--since', 'HEAD');
  expect([run.status, run.stderr]).toEqual([
    1,
    `error  ${dir} is not inside a git repository; \`upfront check --since\` compares revisions of the content, so it runs in a clone\n`,
  ]);
});

test('--since a revision whose content has errors says so instead of warning about nothing', () => {
  const dir = contentFolder({
    'notifications.yml': 'channels:\n  - id: team\n    type: discord\n    url_env: D_URL\n',
    'incidents/2026-11-16-api.md': 'no frontmatter\n',
  });
  const git = (...args: string[]) =>
    spawnSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@t.example', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@t.example' },
    });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'broken');
  git('rm', '-q', 'incidents/2026-11-16-api.md');
  const run = check(dir, '--since', 'HEAD');
  expect([run.status, run.stdout.split('\n')[0]]).toEqual([
    0,
    'notifications.yml:1:1  warning  the content at --since HEAD has errors, so what merging would announce cannot be told; pass a --since revision whose content is valid',
  ]);
});
