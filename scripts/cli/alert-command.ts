/**
 * `upfront alert [file]`: reads one monitoring alert notification (a file, or standard input) and
 * proposes its incident: a new file, or an update of the one an earlier alert of its group
 * proposed. With `--pr`, each group's proposal goes on its own branch, `upfront/alert-<digest>`,
 * pushed with its pull request opened or updated, labelled, and its reviewers taken from
 * CODEOWNERS. A person reviews and merges: nothing here publishes or resolves anything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readNotification, type Alert, type AlertFormat } from '../../src/alerts/alert-notification.ts';
import { alertGroups, proposeForGroup, type AlertGroup, type AlertProposal } from '../../src/alerts/alert-proposal.ts';
import { ALERTS_FILE, readAlertRules, type AlertRules } from '../../src/alerts/alert-rules.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { headingWord } from '../../src/content/update-heading.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { editEvent, writeNew, type Written } from './authoring-commands.ts';
import { CliError, refuseOnErrors, type CliContext } from './cli-support.ts';
import { codeOwners } from './code-owners.ts';
import { contentRepository, type ContentRepository } from '../notify/git-content.ts';
import { hasGh, runTool } from './pull-request.ts';

/** The largest notification read: Alertmanager sends a few kilobytes per alert, and a relay forwards at most 64 KB. */
const MAX_NOTIFICATION_BYTES = 1024 * 1024;

/** The label every proposal's pull request carries, so a team can filter and notify on it. */
export const ALERT_LABEL = 'upfront-alert';

const FORMAT_NAMES: Record<AlertFormat, string> = { alertmanager: 'Alertmanager', grafana: 'Grafana', pagerduty: 'PagerDuty', generic: 'generic JSON' };

/** The notification's text: the file named, else standard input. */
function readInput(file: string | undefined): { text: string; from: string } {
  if (!file && process.stdin.isTTY) throw new CliError('`upfront alert` reads a notification: give its file (`upfront alert alert.json`), or pipe it in', 2);
  const from = file ?? 'standard input';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file ?? 0);
  } catch (e) {
    throw new CliError(`${from} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 2);
  }
  if (bytes.length > MAX_NOTIFICATION_BYTES)
    throw new CliError(`${from} holds ${Math.ceil(bytes.length / 1024)} KB; a notification is read up to 1024 KB, so this is not one`, 2);
  return { text: bytes.toString('utf8'), from };
}

/** The alerts of the input, or an error that says what is wrong with it. */
function readAlerts(file: string | undefined): { format: AlertFormat; alerts: Alert[] } {
  const { text, from } = readInput(file);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    throw new CliError(`${from} is not JSON (${(e as Error).message}); \`upfront alert\` reads the body a sender posts (docs/alerts.md)`, 2);
  }
  const read = readNotification(body);
  if ('error' in read) throw new CliError(`${from} is ${read.error}`, 2);
  return read;
}

/** The site's rules; without them nothing can be proposed, and that is said. */
async function rules(context: CliContext): Promise<AlertRules> {
  const read = await readAlertRules(context.contentDir, context.content.catalog);
  if (!read.present)
    throw new CliError(
      `there is no ${ALERTS_FILE}: its rules say which components an alert affects; write one (docs/alerts.md), such as:\nrules:\n  - match: { service: api }\n    impact: major\n    components: { api: major_outage }`,
    );
  refuseOnErrors(read.diagnostics, `${ALERTS_FILE} has errors, so nothing was proposed`);
  return read.value!;
}

/** Whether `path` (in the content folder) is in `revision`: published once that revision is the default branch. */
function inRevision(repository: ContentRepository | undefined, revision: string, path: string): boolean {
  return repository !== undefined && runTool('git', repository.root, ['cat-file', '-e', `${revision}:${repository.prefix}${path}`]).ok;
}

/** The proposal written into the content folder. */
function writeProposal(context: CliContext, proposal: Exclude<AlertProposal, { kind: 'none' }>): Written {
  const said = (title: string, message: string | undefined) => ({
    summary: `${title}: ${headingWord(proposal.status).toLowerCase()} (proposed from an alert)`,
    body: message ?? '',
    next: [],
  });
  if (proposal.kind === 'new') {
    return writeNew(
      context,
      proposal.title,
      proposal.date,
      () => proposal.text,
      () => said(proposal.title, proposal.message),
    );
  }
  return editEvent(context, proposal.entry, proposal.changes, proposal.update, said(proposal.entry.data.title, proposal.message));
}

/** The proposal of one group, against the content as it is now (perhaps on the group's branch), or its errors refused. */
async function propose(context: CliContext, group: AlertGroup, alertRules: AlertRules, published: (path: string) => boolean): Promise<AlertProposal> {
  const { catalog, settings, events, diagnostics } = context.content;
  refuseOnErrors(diagnostics, 'the content has errors, so nothing was proposed; fix them (npm run check)');
  const result = proposeForGroup(group, alertRules, { events, catalog: catalog!, settings: settings!, published }, context.now);
  if ('errors' in result) throw new CliError(result.errors.map((d) => formatDiagnostic(d)).join('\n'));
  return result.proposal;
}

/** Text of the sender's, for a pull request: in a code span, so that no markup or mention in it acts. */
const literal = (text: string) => `\`${text.replace(/`/g, 'ʼ')}\``;

/** How many alerts a description lists; a storm of them says how many more there were. */
const LISTED_ALERTS = 20;

/** The pull request's description: what merging publishes, the alerts behind it and their links (never on the page). */
export function proposalDescription(context: CliContext, group: AlertGroup, written: Written): string {
  const text = readFileSync(join(context.contentDir, written.path), 'utf8');
  const fence = '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const alerts = group.alerts.slice(0, LISTED_ALERTS).map((alert) => {
    const labels = Object.entries(alert.labels)
      .map(([name, value]) => `${name}=${value}`)
      .join(' ');
    const links = alert.links.map((link) => `<${new URL(link).href.replace(/[<>\s]/g, encodeURIComponent)}>`).join(' ');
    return `- ${alert.status}: ${literal(alert.summary)}${labels ? ` ${literal(labels.slice(0, 300))}` : ''}${links ? ` ${links}` : ''}`;
  });
  const more = group.alerts.length > LISTED_ALERTS ? [`- and ${group.alerts.length - LISTED_ALERTS} more`] : [];
  return [
    `Proposed by \`upfront alert\` from a ${FORMAT_NAMES[group.format]} notification. Nothing is published until this is merged: read the text as a customer would, edit \`${written.path}\` on this branch if it should say more (what customers notice, what they can do meanwhile), then merge to publish and notify.`,
    '',
    '### What merging publishes',
    '',
    `> ${written.body.replace(/\n/g, '\n> ')}`,
    '',
    `<details><summary>${written.path}</summary>\n\n${fence}markdown\n${text}${fence}\n\n</details>`,
    '',
    '### The alerts (for reviewers; never on the page)',
    '',
    ...alerts,
    ...more,
    ...written.warnings.map((w) => `\n⚠ ${w}`),
  ].join('\n');
}

/** `upfront alert`: proposes the incident of each group of alerts in the notification; with `pr`, on its branch and pull request. */
export async function alert(
  context: CliContext,
  file: string | undefined,
  pr: boolean,
  print: (line: string) => void,
  say: (line: string) => void,
): Promise<number> {
  if (pr && context.dryRun) throw new CliError('--dry-run writes nothing, so --pr would have nothing to commit; give one of them', 2);
  const { format, alerts } = readAlerts(file);
  const alertRules = await rules(context);
  // Also for --dry-run: what is published decides between editing a proposal and adding an update.
  const repository = optionalRepository(context, pr);
  for (const group of alertGroups(format, alerts)) {
    if (pr) await proposeOnBranch(context, repository!, group, alertRules, print, say);
    else {
      const proposal = await propose(context, group, alertRules, (path) => inRevision(repository, 'HEAD', path));
      if (proposal.kind === 'none') say(`nothing to propose: ${proposal.why}`);
      else {
        const written = writeProposal(context, proposal);
        print(context.dryRun ? '(dry run: nothing was written)' : written.path);
        written.warnings.forEach(say);
      }
    }
  }
  return 0;
}

/** The repository, required with `--pr`; without it, the one the folder is in (if any) tells what is published. */
function optionalRepository(context: CliContext, pr: boolean): ContentRepository | undefined {
  if (pr) return contentRepository(context.contentDir, '`upfront alert --pr` commits the proposal on its branch');
  try {
    return contentRepository(context.contentDir, '');
  } catch {
    return undefined;
  }
}

/** What `gh pr view --json number,state,url` printed, read; anything else is said, not thrown as a parser's error. */
function pullRequestOf(printed: string, branch: string): { number: number; state: 'OPEN' | 'CLOSED' | 'MERGED'; url: string } {
  try {
    const pull = JSON.parse(printed);
    if (typeof pull?.number === 'number' && ['OPEN', 'CLOSED', 'MERGED'].includes(pull.state) && typeof pull.url === 'string') return pull;
  } catch {
    // Said below.
  }
  throw new CliError(
    `\`gh pr view ${branch}\` printed what is no pull request (${printed.slice(0, 200)}); check that \`gh\` is GitHub's own CLI, signed in (\`gh auth status\`), then run the command again`,
  );
}

/**
 * One group's proposal on its branch. An open pull request for the branch gets the change; a
 * closed one was declined by a person, so a repeat proposes nothing until the alerts resolve (and
 * the branch is removed); otherwise the branch starts again from the current one (after a merge,
 * the incident is there to be updated).
 */
async function proposeOnBranch(
  context: CliContext,
  repository: ContentRepository,
  group: AlertGroup,
  alertRules: AlertRules,
  print: (line: string) => void,
  say: (line: string) => void,
): Promise<void> {
  const { root } = repository;
  if (!hasGh(root))
    throw new CliError(
      '`gh` (GitHub’s command line) is not installed, and `--pr` opens the pull request with it; run `upfront alert` without --pr to write the proposal only',
    );
  const base = runTool('git', root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (!base.ok) throw new CliError('HEAD is detached, so `--pr` has no branch to start from; check out the default branch first');
  const branch = `upfront/alert-${group.key}`;
  const git = (what: string, ...args: string[]) => {
    const result = runTool('git', root, args);
    if (!result.ok) throw new CliError(`${what}; git said: ${result.err || result.out}`);
    return result.out;
  };
  const onOrigin = runTool('git', root, ['fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]).ok;
  const view = onOrigin ? runTool('gh', root, ['pr', 'view', branch, '--json', 'number,state,url']) : undefined;
  const pull = view?.ok ? pullRequestOf(view.out, branch) : undefined;
  if (pull?.state === 'CLOSED') {
    if (group.alerts.every((a) => a.status === 'resolved')) {
      git(`the declined proposal's branch ${branch} could not be removed`, 'push', '--quiet', 'origin', '--delete', branch);
      say(`the alerts are resolved; the declined proposal’s branch ${branch} is removed, so the next alert of this group proposes again`);
    } else say(`nothing proposed: a person declined this group’s proposal (${pull.url} is closed); it is proposed again once its alerts have resolved`);
    return;
  }
  const open = pull?.state === 'OPEN';
  git(`the branch ${branch} could not be checked out`, 'switch', '--quiet', '-C', branch, open ? `origin/${branch}` : base.out);
  try {
    context.content = await loadContent(context.contentDir, context.now);
    const proposal = await propose(context, group, alertRules, (path) => inRevision(repository, base.out, path));
    if (proposal.kind === 'none') {
      say(`nothing to propose: ${proposal.why}${open ? ` (${pull!.url})` : ''}`);
      return;
    }
    const written = writeProposal(context, proposal);
    const path = `${repository.prefix}${written.path}`;
    git('the proposal could not be staged', 'add', '--', path);
    git('the proposal could not be committed', 'commit', '--quiet', '-m', written.summary, '--', path);
    // A fresh start replaces a branch whose pull request was merged: nothing on it is lost.
    git(`the proposal is committed on ${branch} but could not be pushed`, 'push', '--quiet', ...(open ? [] : ['--force']), 'origin', branch);
    const body = proposalDescription(context, group, written);
    if (open) {
      const edited = runTool('gh', root, ['pr', 'edit', String(pull!.number), '--body', body]);
      if (!edited.ok) say(`pushed to ${branch}, but the description of ${pull!.url} could not be updated: ${edited.err || edited.out}`);
      print(`${written.path}\npushed to ${branch}: ${pull!.url}`);
      return;
    }
    // The label may be new to the repository; `--force` makes it, or leaves it as it is.
    runTool('gh', root, ['label', 'create', ALERT_LABEL, '--force', '--color', 'd93f0b', '--description', 'An incident proposed from a monitoring alert']);
    const created = runTool('gh', root, [
      'pr',
      'create',
      '--base',
      base.out,
      '--head',
      branch,
      '--title',
      written.summary,
      '--body',
      body,
      '--label',
      ALERT_LABEL,
    ]);
    if (!created.ok) throw new CliError(`the proposal is pushed on ${branch}, but \`gh pr create\` failed: ${created.err || created.out}`);
    const url = created.out.split('\n').pop()!;
    print(`${written.path}\npull request: ${url}`);
    const reviewers = codeOwners(root, path);
    if (reviewers.length > 0) {
      const asked = runTool('gh', root, ['pr', 'edit', url, '--add-reviewer', reviewers.join(',')]);
      if (!asked.ok) say(`the reviewers from CODEOWNERS (${reviewers.join(', ')}) could not be requested: ${asked.err || asked.out}`);
    }
  } finally {
    runTool('git', root, ['switch', '--quiet', base.out]);
  }
}
