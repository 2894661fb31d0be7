/**
 * `upfront doctor`, one problem at a time in a repository made by `upfront init`: each is found
 * with its exact message and fix, `--fix` writes what it may, and an edited workflow is left alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { doctor } from '../../scripts/cli/doctor-command.ts';
import { workflowDigest } from '../../scripts/init/workflow-files.ts';
import { upfront } from '../helpers/cli.ts';

const NOW = new Date('2026-12-01T09:00:00Z');
const IDENTITY = ['-c', 'user.name=T', '-c', 'user.email=t@t.example'];

/** A repository as `init` makes it, committed, with a remote and a lockfile: nothing to find. */
function healthy(url = 'https://status.acme.test', remote = join(tmpdir(), 'origin.git')): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'upfront-doctor-')), 'status');
  expect(upfront(['init', dir, '--yes', '--url', url, '--time-zone', 'Europe/Berlin', '--now', NOW.toISOString()]).status).toBe(0);
  writeFileSync(join(dir, 'package-lock.json'), '{}\n');
  spawnSync('git', ['remote', 'add', 'origin', remote], { cwd: dir });
  spawnSync('git', [...IDENTITY, 'commit', '-qam', 'Status page', '--allow-empty'], { cwd: dir });
  return dir;
}

async function run(dir: string, options: { fix?: boolean; nodeVersion?: string } = {}): Promise<{ status: number; lines: string[] }> {
  const lines: string[] = [];
  const status = await doctor(
    { root: dir, contentDir: dir, content: await loadContent(dir, NOW), now: NOW, nodeVersion: options.nodeVersion ?? '24.11.0', fix: options.fix ?? false },
    (line) => lines.push(...line.split('\n')),
  );
  return { status, lines };
}

const DEPLOY = '.github/workflows/deploy.yml';

test.each([
  ['nothing wrong', () => {}, 0, ['✓ nothing stops this repository from working unattended']],
  [
    'not a git repository',
    (dir: string) => rmSync(join(dir, '.git'), { recursive: true }),
    1,
    [
      '✗ this folder is not a git repository, so nothing can be pushed, checked or deployed',
      '  fix: git init -b main, commit everything, and push it to a new GitHub repository',
      '✗ 1 problem to fix',
    ],
  ],
  [
    'no remote',
    (dir: string) => spawnSync('git', ['remote', 'remove', 'origin'], { cwd: dir }),
    1,
    [
      '✗ the repository has no remote: the workflows run only on GitHub',
      '  fix: git remote add origin git@github.com:<owner>/<repository>.git, then git push -u origin HEAD',
      '✗ 1 problem to fix',
    ],
  ],
  [
    'no lockfile',
    (dir: string) => unlinkSync(join(dir, 'package-lock.json')),
    1,
    [
      '✗ there is no package-lock.json: the workflows install with npm ci, which needs it',
      '  fix: npm install, then commit package-lock.json',
      '✗ 1 problem to fix',
    ],
  ],
  [
    'a workflow missing',
    (dir: string) => unlinkSync(join(dir, '.github/workflows/refresh.yml')),
    1,
    ['✗ .github/workflows/refresh.yml is missing', '  fix: upfront doctor --fix writes it', '✗ 1 problem to fix'],
  ],
] as const)('%s', async (_name, spoil, status, lines) => {
  const dir = healthy();
  spoil(dir);
  expect(await run(dir)).toEqual({ status, lines });
});

test('a secret that notifications.yml names and deploy.yml does not pass: said, and --fix passes it while nobody edited deploy.yml', async () => {
  const dir = healthy();
  writeFileSync(join(dir, 'notifications.yml'), 'channels:\n  - id: ops\n    type: slack\n    url_env: ACME_SLACK_URL\n');
  const found = await run(dir);
  expect(found.status).toBe(1);
  // The findings and their fixes, without the diff between them.
  expect(found.lines.filter((line) => line.startsWith('✗ ') || line.startsWith('  fix: '))).toEqual([
    `✗ ${DEPLOY} is not what this Upfront writes for this site`,
    '  fix: upfront doctor --fix replaces it (nobody edited it)',
    '✗ channel `ops` in notifications.yml reads ACME_SLACK_URL, which deploy.yml does not pass to notify',
    '  fix: add `ACME_SLACK_URL: ${{ secrets.ACME_SLACK_URL }}` to the env of its "Deliver the news" step, and the repository secret ACME_SLACK_URL',
    '✗ 2 problems to fix',
  ]);
  expect(found.lines).toContain('+          ACME_SLACK_URL: ${{ secrets.ACME_SLACK_URL }}');
  expect(await run(dir, { fix: true })).toEqual({ status: 0, lines: [`✓ wrote ${DEPLOY}`, '✓ nothing stops this repository from working unattended'] });
  expect(readFileSync(join(dir, DEPLOY), 'utf8')).toContain('          ACME_SLACK_URL: ${{ secrets.ACME_SLACK_URL }}\n');
});

test('an older Upfront’s unedited workflow is refreshed by --fix; an edited one is shown as a diff and left alone', async () => {
  const dir = healthy();
  const path = join(dir, DEPLOY);
  const current = readFileSync(path, 'utf8');
  // As an older version wrote it: another body, its own digest in the first line.
  const olderBody = current.slice(current.indexOf('\n') + 1).replace('timeout-minutes: 10', 'timeout-minutes: 20');
  writeFileSync(path, `# Written by Upfront 0.2.9 (\`upfront doctor --fix\` refreshes it while it is unedited): ${workflowDigest(olderBody)}\n${olderBody}`);
  expect((await run(dir)).lines.slice(0, 2)).toEqual([
    `✗ ${DEPLOY} is not what this Upfront writes for this site`,
    '  fix: upfront doctor --fix replaces it (nobody edited it)',
  ]);
  expect((await run(dir, { fix: true })).lines).toEqual([`✓ wrote ${DEPLOY}`, '✓ nothing stops this repository from working unattended']);
  expect(readFileSync(path, 'utf8')).toBe(current);

  const edited = current.replace('timeout-minutes: 10', 'timeout-minutes: 12');
  writeFileSync(path, edited);
  const refused = await run(dir, { fix: true });
  expect(refused.status).toBe(1);
  expect(refused.lines.slice(0, 2)).toEqual([
    `✗ ${DEPLOY} is not what this Upfront writes for this site, and was edited (or written before Upfront marked its files)`,
    '  fix: bring the changes below into it by hand: doctor leaves an edited workflow alone',
  ]);
  expect(refused.lines).toContain('-    timeout-minutes: 12');
  expect(refused.lines).toContain('+    timeout-minutes: 10');
  expect(readFileSync(path, 'utf8')).toBe(edited);
});

test('a GitHub Pages project site whose base is not the repository’s path', async () => {
  const dir = healthy('https://acme.github.io', 'git@github.com:acme/acme-status.git');
  expect(await run(dir)).toEqual({
    status: 1,
    lines: [
      "✗ GitHub Pages serves this repository at https://acme.github.io/acme-status/, but site.yml's base is `/`",
      '  fix: set `base: /acme-status/` in site.yml',
      '✗ 1 problem to fix',
    ],
  });
});

test('no tracking_since is a warning whose fix names the day of the first commit', async () => {
  const dir = healthy();
  const settings = join(dir, 'site.yml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^tracking_since: .*\n/m, ''));
  // git writes the commit's day in this machine's zone, as Intl does without one.
  const firstCommit = new Intl.DateTimeFormat('en-CA').format(new Date());
  expect(await run(dir)).toEqual({
    status: 0,
    lines: [
      '! site.yml has no `tracking_since`, so uptime counts every day the page shows as watched, even before this page existed',
      `  fix: add \`tracking_since: ${firstCommit}\` to site.yml (this repository's first commit), or the day monitoring really began`,
      '✓ nothing stops this repository from working unattended',
    ],
  });
});

test('an old Node is a warning, not a failure: Upfront fetches a newer one itself', async () => {
  expect(await run(healthy(), { nodeVersion: '20.19.5' })).toEqual({
    status: 0,
    lines: [
      '! Node 20.19.5 runs here; Astro needs 22.12 or newer, so Upfront fetches Node 24 into node_modules on first use',
      '  fix: install Node 22.12 or newer to skip that (the workflows use Node 24)',
      '✓ nothing stops this repository from working unattended',
    ],
  });
});

test('the command line runs it in the status repository', () => {
  const dir = healthy();
  const cli = upfront(['doctor'], { cwd: dir });
  expect([cli.status, cli.stdout, cli.stderr]).toEqual([0, '✓ nothing stops this repository from working unattended\n', '']);
});
