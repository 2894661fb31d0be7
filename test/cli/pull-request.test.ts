/**
 * `--pr`: from "something is wrong" to a pull request in one command, against a real clone of a
 * local bare origin and a stand-in `gh` (a script that answers as GitHub's CLI does and logs how
 * it was called): the file alone is committed on its own branch and pushed, the pull request is
 * opened, a follow-up goes to the same open pull request, and without `gh` the commands are printed.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { atTerminal, upfront } from '../helpers/cli.ts';
import { git, statusRepository } from '../helpers/status-repository.ts';

const PR_URL = 'https://github.com/acme/status/pull/7';
const IDENTITY = { GIT_AUTHOR_NAME: 'On Call', GIT_AUTHOR_EMAIL: 'oncall@acme.test', GIT_COMMITTER_NAME: 'On Call', GIT_COMMITTER_EMAIL: 'oncall@acme.test' };

/** A PATH holding git and, unless `withGh` is false, a `gh` that logs its arguments (one JSON array a line) and answers as GitHub's does. */
function toolPath(withGh: boolean): { path: string; log: string } {
  const bin = mkdtempSync(join(tmpdir(), 'upfront-bin-'));
  const log = join(bin, 'gh.log');
  // git, and `script` for the pseudo-terminal.
  for (const tool of ['git', 'script']) symlinkSync(`/usr/bin/${tool}`, join(bin, tool));
  if (withGh) {
    writeFileSync(
      join(bin, 'gh'),
      `#!/usr/bin/env node
const args = process.argv.slice(2);
require('node:fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
if (args[0] === '--version') console.log('gh version 2.63.0 (2026-11-01)');
else if (args[0] === 'pr' && args[1] === 'create') console.log('Creating pull request for ' + args[args.indexOf('--head') + 1] + ' into main\\n\\n${PR_URL}');
else if (args[0] === 'pr' && args[1] === 'view') { if (process.env.GH_PR_OPEN) console.log('${PR_URL}'); else { console.error('no pull requests found for branch'); process.exit(1); } }
`,
    );
    chmodSync(join(bin, 'gh'), 0o755);
  }
  // node for the stand-in gh, git, and nothing else: no gh of this machine's.
  symlinkSync(process.execPath, join(bin, 'node'));
  return { path: bin, log };
}

const ghCalls = (log: string) =>
  existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as string[])
    : [];

const NEW = [
  'new',
  '--now',
  '2026-11-20 14:00 UTC',
  '--title',
  'Search is slow',
  '--impact',
  'minor',
  '--component',
  'api=deg',
  '--message',
  'Searches take up to 20 seconds.',
  '--next-update',
  '30m',
];
const BRANCH = 'upfront/2026-11-20-search-is-slow-20261120-1400';
const FILE = 'incidents/2026-11-20-search-is-slow.md';

test('new --pr commits only the new file on its own branch, pushes it and opens the pull request; update --pr adds to the open one', () => {
  const repository = statusRepository({});
  // Someone's unfinished edit: it stays out of the pull request, as it was.
  writeFileSync(join(repository.dir, 'site.yml'), `${readFileSync(join(repository.dir, 'site.yml'), 'utf8')}# draft\n`);
  const tools = toolPath(true);
  const env = { ...IDENTITY, PATH: tools.path };
  const opened = upfront([...NEW, '--pr'], { content: repository.dir, env });
  expect(opened).toEqual({
    status: 0,
    stdout: `${FILE}\npull request: ${PR_URL}\n`,
    stderr: 'next: post the next update at 2026-11-20 15:30 +01:00 (in 30 min): upfront update 2026-11-20-search-is-slow\n',
  });
  expect(ghCalls(tools.log)).toEqual([
    ['--version'],
    ['pr', 'create', '--base', 'main', '--head', BRANCH, '--title', 'Search is slow: investigating', '--body', 'Searches take up to 20 seconds.'],
  ]);
  expect(git(repository.origin, 'log', '--format=%s', BRANCH)).toBe('Search is slow: investigating\nStatus page');
  expect(git(repository.origin, 'show', '--format=', '--name-only', BRANCH)).toBe(FILE);
  expect([git(repository.dir, 'diff', '--name-only'), git(repository.dir, 'diff', '--cached', '--name-only')]).toEqual(['site.yml', '']);
  expect(git(repository.dir, 'branch', '--show-current')).toBe(BRANCH);

  // The next update, from the same branch: committed there and pushed, into the open pull request.
  const updated = upfront(
    ['update', 'search', '--now', '2026-11-20 14:25 UTC', '--status', 'identified', '-m', 'A slow index; rebuilding it.', '--next-update', '30m', '--pr'],
    {
      content: repository.dir,
      env: { ...env, GH_PR_OPEN: '1' },
    },
  );
  expect([updated.status, updated.stdout]).toEqual([0, `${FILE}\npushed to ${BRANCH}; its pull request now has this change: ${PR_URL}\n`]);
  expect(git(repository.origin, 'log', '--format=%s', BRANCH)).toBe('Search is slow: identified\nSearch is slow: investigating\nStatus page');
  expect(ghCalls(tools.log).slice(2)).toEqual([['--version'], ['pr', 'view', BRANCH, '--json', 'url,state', '--jq', 'select(.state == "OPEN") | .url']]);
});

test('on the branch of a pull request already merged, the change is written and nothing is committed', () => {
  const repository = statusRepository({});
  const tools = toolPath(true);
  expect(upfront([...NEW, '--pr'], { content: repository.dir, env: { ...IDENTITY, PATH: tools.path } }).status).toBe(0);
  const late = upfront(['update', 'search', '--now', '2026-11-20 14:25 UTC', '-m', 'Still slow.', '--next-update', '30m', '--pr'], {
    content: repository.dir,
    env: { ...IDENTITY, PATH: tools.path },
  });
  expect([late.status, late.stderr]).toEqual([
    1,
    `error  ${BRANCH} has no open pull request (merged or closed), so the change was written but not committed; switch to your main branch and pull (\`git switch main && git pull\`), then run the command again\n`,
  ]);
  expect(git(repository.origin, 'log', '--format=%s', BRANCH)).toBe('Search is slow: investigating\nStatus page');
});

test('back on main within the same minute, another change for the incident gets a branch of its own', () => {
  const repository = statusRepository({});
  const tools = toolPath(true);
  const env = { ...IDENTITY, PATH: tools.path };
  expect(upfront([...NEW, '--pr'], { content: repository.dir, env }).status).toBe(0);
  git(repository.dir, 'switch', '--quiet', 'main');
  const again = upfront(['new', ...NEW.slice(1), '--pr'], { content: repository.dir, env });
  expect([again.status, again.stdout]).toEqual([0, `incidents/2026-11-20-search-is-slow.md\npull request: ${PR_URL}\n`]);
  expect(git(repository.dir, 'branch', '--show-current')).toBe(`${BRANCH}-2`);
  expect(git(repository.origin, 'log', '--format=%s', `${BRANCH}-2`)).toBe('Search is slow: investigating\nStatus page');
});

test('an origin that cannot be reached: the file is written and committed, and the message says how to push it', () => {
  const repository = statusRepository({});
  git(repository.dir, 'remote', 'set-url', 'origin', join(repository.dir, 'no-such-origin.git'));
  const run = upfront([...NEW, '--pr'], { content: repository.dir, env: { ...IDENTITY, PATH: toolPath(true).path } });
  expect(run.status).toBe(1);
  expect(run.stderr.split(' git said: ')[0]).toBe(
    `error  ${FILE} is written, but it is committed on ${BRANCH} and could not be pushed (push it with \`git push -u origin ${BRANCH}\` when origin can be reached, then open the pull request); no pull request was opened.`,
  );
  expect(git(repository.dir, 'log', '--format=%s', '-1', BRANCH)).toBe('Search is slow: investigating');
});

test('without gh, nothing is committed and the git commands to run are printed', () => {
  const repository = statusRepository({});
  const run = upfront([...NEW, '--pr'], { content: repository.dir, env: { ...IDENTITY, PATH: toolPath(false).path } });
  expect(run).toEqual({
    status: 0,
    stdout: `${FILE}\n`,
    stderr:
      '`gh` (GitHub’s command line) is not installed, so nothing was committed. To propose the change, run:\n' +
      `  git switch -c ${BRANCH}\n  git add -- ${FILE}\n  git commit -m 'Search is slow: investigating' -- ${FILE}\n  git push -u origin ${BRANCH}\n` +
      `then open a pull request for ${BRANCH} on GitHub.\n` +
      'next: post the next update at 2026-11-20 15:30 +01:00 (in 30 min): upfront update 2026-11-20-search-is-slow\n',
  });
  expect(git(repository.dir, 'status', '--porcelain', '--untracked-files=all')).toBe(`?? ${FILE}`);
  expect(git(repository.dir, 'branch', '--show-current')).toBe('main');
});

test('at a terminal, in a repository that pushes to GitHub and with gh installed, the pull request is offered', async () => {
  const repository = statusRepository({});
  // The remote reads as GitHub's; git's insteadOf sends the push to the local origin.
  git(repository.dir, 'remote', 'set-url', 'origin', 'https://github.com/acme/status.git');
  git(repository.dir, 'config', `url.${repository.origin}.insteadOf`, 'https://github.com/acme/status.git');
  const tools = toolPath(true);
  const { status, screen } = await atTerminal([...NEW.slice(0, -2)], ['', '', '', '', 'maybe', ''], {
    content: repository.dir,
    env: { ...IDENTITY, PATH: tools.path },
  });
  expect([status, screen]).toEqual([0, expect.stringContaining('pull request:')]);
  expect(screen).toContain('Open the pull request now (a branch with this file, pushed, and gh pr create)? (yes, or no) [yes]: ');
  expect(screen).toContain('  ✗ unknown answer `maybe`. Known: yes, no\n');
  expect(screen).toContain(`pull request: ${PR_URL}\n`);
  expect(git(repository.origin, 'log', '--format=%s', BRANCH)).toBe('Search is slow: investigating\nStatus page');
});
