/**
 * `--pr`: from a written file to a pull request in one command. The file is committed alone on a
 * branch named after the incident, pushed to `origin`, and the pull request opened with GitHub's
 * `gh`, whose address is printed. Without `gh`, nothing is committed: the commands are printed.
 * On the branch of an earlier `--pr` for the same incident, the commit goes there, and so into
 * the pull request already open.
 */
import { spawnSync } from 'node:child_process';
import { CliError, type CliContext } from './cli-support.ts';
import { answer } from './prompts.ts';
import { choice } from './authoring-questions.ts';
import { contentRepository } from '../notify/git-content.ts';

/** What was written, as the commit and the pull request say it. */
export interface Proposal {
  contentDir: string;
  /** The file, relative to the content folder. */
  path: string;
  /** The incident or window it is about. */
  id: string;
  /** The commit's subject and the pull request's title, such as `API errors: identified`. */
  summary: string;
  /** The pull request's description. */
  body: string;
  now: Date;
}

/** Runs a tool, saying whether it succeeded, what it printed, and whether it is missing. */
export function runTool(command: string, cwd: string, args: string[]): { ok: boolean; out: string; err: string; missing: boolean } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: (result.stderr ?? '').trim(), missing: Boolean(result.error) };
}

/** Whether GitHub's `gh` can be run here. */
export function hasGh(cwd: string): boolean {
  return !runTool('gh', cwd, ['--version']).missing;
}

/** Whether the folder's repository pushes to GitHub (as written in its configuration), where `gh` can open the pull request. */
export function pushesToGitHub(contentDir: string): boolean {
  return originRepository(contentDir) !== undefined;
}

/** `owner/name` of a GitHub remote URL (https or ssh), if it is one. */
export function githubRepository(remoteUrl: string): { owner: string; name: string } | undefined {
  const match = /github\.com[:/]([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remoteUrl.trim());
  return match ? { owner: match[1], name: match[2] } : undefined;
}

/** The GitHub repository the folder's `origin` pushes to, if it is on GitHub. */
export function originRepository(dir: string): { owner: string; name: string } | undefined {
  return githubRepository(runTool('git', dir, ['config', '--get', 'remote.origin.url']).out);
}

/** `upfront/2026-11-20-api-errors-20261120-1420`: the branch of one change, unique to the minute. */
function branchName(id: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/-/g, '').replace('T', '-').replace(':', '');
  return `upfront/${id}-${stamp}`;
}

/** `name`, or `name-2`, `name-3` … when a branch of that name exists (a second change within the minute). */
function freeBranch(root: string, name: string): string {
  const taken = (branch: string) => runTool('git', root, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`]).ok;
  let n = 1;
  while (taken(n === 1 ? name : `${name}-${n}`)) n++;
  return n === 1 ? name : `${name}-${n}`;
}

const quote = (text: string) => (/^[\w./@:=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** What `--pr` did: the pull request's address, for standard output, and what the person is told. */
export interface Opened {
  printed: string[];
  said: string[];
}

/** Runs git for `--pr`; a failure says how far it got, so nobody writes the update a second time. */
type Git = (what: string, ...args: string[]) => void;

/** Commits `proposal.path` on its own branch, pushes it and opens the pull request. */
export function openPullRequest(proposal: Proposal): Opened {
  const repository = contentRepository(proposal.contentDir, '`--pr` commits the file');
  const git: Git = (what, ...args) => {
    const result = runTool('git', repository.root, args);
    if (!result.ok) throw new CliError(`${proposal.path} is written, but ${what}; no pull request was opened. git said: ${result.err || result.out}`);
  };
  const file = `${repository.prefix}${proposal.path}`;
  const current = runTool('git', repository.root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (!current.ok)
    throw new CliError('HEAD is detached, so `--pr` has no branch to start from; switch to your main branch (`git switch main`) and run the command again');
  const followsUp = current.out.startsWith(`upfront/${proposal.id}-`);
  const branch = followsUp ? current.out : freeBranch(repository.root, branchName(proposal.id, proposal.now));
  if (!hasGh(repository.root)) {
    const commands = [
      ...(followsUp ? [] : [`git switch -c ${branch}`]),
      `git add -- ${quote(file)}`,
      `git commit -m ${quote(proposal.summary)} -- ${quote(file)}`,
      `git push -u origin ${branch}`,
    ];
    const said = ['`gh` (GitHub’s command line) is not installed, so nothing was committed. To propose the change, run:', ...commands.map((c) => `  ${c}`)];
    return { printed: [], said: [...said, `then open a pull request for ${branch} on GitHub${followsUp ? ' (unless one is open already)' : ''}.`] };
  }
  if (followsUp) {
    const open = runTool('gh', repository.root, ['pr', 'view', branch, '--json', 'url,state', '--jq', 'select(.state == "OPEN") | .url']);
    if (!open.ok || !open.out)
      throw new CliError(
        `${branch} has no open pull request (merged or closed), so the change was written but not committed; switch to your main branch and pull (\`git switch main && git pull\`), then run the command again`,
      );
    commitAndPush(file, proposal.summary, branch, git);
    return { printed: [`pushed to ${branch}; its pull request now has this change: ${open.out}`], said: [] };
  }
  git(`the branch ${branch} could not be made`, 'switch', '--quiet', '-c', branch);
  commitAndPush(file, proposal.summary, branch, git);
  const created = runTool('gh', repository.root, [
    'pr',
    'create',
    '--base',
    current.out,
    '--head',
    branch,
    '--title',
    proposal.summary,
    '--body',
    proposal.body,
  ]);
  if (!created.ok)
    throw new CliError(
      `the change is committed and pushed on ${branch}, but \`gh pr create\` failed: ${created.err || created.out}; open the pull request on GitHub`,
    );
  return { printed: [`pull request: ${created.out.split('\n').pop()}`], said: [] };
}

function commitAndPush(file: string, summary: string, branch: string, git: Git): void {
  git('it could not be staged', 'add', '--', file);
  // Only this file: anything else staged or edited stays as it was, out of the pull request.
  git('it could not be committed', 'commit', '--quiet', '-m', summary, '--', file);
  git(
    `it is committed on ${branch} and could not be pushed (push it with \`git push -u origin ${branch}\` when origin can be reached, then open the pull request)`,
    'push',
    '--quiet',
    '-u',
    'origin',
    branch,
  );
}

/** What a command wrote, for `proposeChange`. */
export type WrittenChange = Omit<Proposal, 'contentDir' | 'now'> & { next: string[] };

/**
 * After a command wrote its file: with `--pr` (or a yes at a terminal, where `gh` and a GitHub
 * remote make it one step) the pull request, its address on `print`; then the next steps on `say`.
 */
export async function proposeChange(
  context: CliContext,
  written: WrittenChange,
  pr: boolean,
  print: (line: string) => void,
  say: (line: string) => void,
): Promise<void> {
  if (context.dryRun) return;
  const offered = !pr && context.interactive && pushesToGitHub(context.contentDir) && hasGh(context.contentDir);
  const wanted = pr || (offered && (await wantsPullRequest()));
  if (wanted) {
    const opened = openPullRequest({ ...written, contentDir: context.contentDir, now: context.now });
    opened.printed.forEach(print);
    opened.said.forEach(say);
  } else say('next: propose it in a pull request (`--pr` commits it, pushes and opens one)');
  for (const line of written.next) say(`next: ${line}`);
}

/** The answer to "open the pull request now?"; no when the input ends, since the file is written either way. */
async function wantsPullRequest(): Promise<boolean> {
  try {
    const yes = await answer({
      flag: 'pr',
      given: undefined,
      question: 'Open the pull request now (a branch with this file, pushed, and gh pr create)? (yes, or no)',
      fallback: 'yes',
      parse: choice('answer', ['yes', 'no'] as const),
      interactive: true,
    });
    return yes === 'yes';
  } catch (e) {
    if (e instanceof CliError) return false;
    throw e;
  }
}
