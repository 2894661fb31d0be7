/**
 * `upfront doctor`: what would stop a status repository from working unattended, each with its
 * fix: no git repository or remote, no lockfile, workflows missing or older than this Upfront's
 * (with the diff), a secret notifications.yml names that the deploy workflow does not pass, a
 * GitHub Pages project site whose base is not its path, an old Node, no `tracking_since`. `--fix` writes the workflows
 * that are missing or that nobody edited; an edited one is shown as a diff and left alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createPatch } from 'diff';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import type { SiteContent } from '../../src/content/load-content.ts';
import { secretFields } from '../../src/notify/channels/channel-type.ts';
import { readNotificationSettings } from '../../src/notify/notification-config.ts';
import { templateFiles } from '../init/init-command.ts';
import { isUnedited, workflowFiles } from '../init/workflow-files.ts';
import { githubRepository } from './pull-request.ts';

/** One thing that would stop the repository working unattended, and how to fix it. */
export interface Finding {
  problem: string;
  fix: string;
  /** A diff that shows it, for a workflow that differs. */
  diff?: string;
  /** Said, but nothing fails for it (an old Node: Upfront fetches a newer one itself). */
  warning?: true;
}

/** What doctor looks at. */
export interface DoctorInput {
  /** The repository's folder (where site.yml is). */
  root: string;
  contentDir: string;
  content: SiteContent;
  now: Date;
  nodeVersion: string;
  fix: boolean;
}

const git = (root: string, ...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

/** Whether `version` (`22.11.0`) is older than 22.12. */
function olderThanAstroNeeds(version: string): boolean {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major < 22 || (major === 22 && minor < 12);
}

/** Every finding, in the order a person would fix them; with `fix`, writes the workflows it may. */
export async function diagnose(input: DoctorInput): Promise<{ findings: Finding[]; written: string[] }> {
  const { root, content, now } = input;
  const findings: Finding[] = [];
  const written: string[] = [];
  const inside = git(root, 'rev-parse', '--is-inside-work-tree');
  let remote: string | undefined;
  if (inside.error || inside.status !== 0) {
    findings.push({
      problem: 'this folder is not a git repository, so nothing can be pushed, checked or deployed',
      fix: 'git init -b main, commit everything, and push it to a new GitHub repository',
    });
  } else {
    const remotes = git(root, 'remote').stdout.split('\n').filter(Boolean);
    if (remotes.length === 0)
      findings.push({
        problem: 'the repository has no remote: the workflows run only on GitHub',
        fix: 'git remote add origin git@github.com:<owner>/<repository>.git, then git push -u origin HEAD',
      });
    else remote = git(root, 'remote', 'get-url', remotes.includes('origin') ? 'origin' : remotes[0]).stdout.trim();
  }
  if (!existsSync(join(root, 'package-lock.json'))) {
    findings.push({
      problem: 'there is no package-lock.json: the workflows install with npm ci, which needs it',
      fix: 'npm install, then commit package-lock.json',
    });
  }

  const settings = content.settings;
  const notifications = await readNotificationSettings(input.contentDir, {});
  const variables = (notifications.value?.channels ?? []).flatMap((channel) =>
    secretFields(channel).map(([, variable]) => ({ channel: channel.id, variable })),
  );
  if (settings) {
    const template = templateFiles();
    const expected = workflowFiles({ ...settings, secrets: variables.map((v) => v.variable) }, now, (path) => template.get(path)!);
    for (const [path, text] of expected) {
      const file = join(root, path);
      const present = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (present === text) continue;
      const mayWrite = present === undefined || isUnedited(present);
      if (input.fix && mayWrite) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        written.push(path);
        continue;
      }
      const diff = present === undefined ? undefined : createPatch(path, present, text, 'yours', 'this Upfront’s');
      if (present === undefined) findings.push({ problem: `${path} is missing`, fix: 'upfront doctor --fix writes it' });
      else if (mayWrite)
        findings.push({ problem: `${path} is not what this Upfront writes for this site`, fix: 'upfront doctor --fix replaces it (nobody edited it)', diff });
      else
        findings.push({
          problem: `${path} is not what this Upfront writes for this site, and was edited (or written before Upfront marked its files)`,
          fix: 'bring the changes below into it by hand: doctor leaves an edited workflow alone',
          diff,
        });
    }
    // Checked on the file as it is: an edited deploy.yml may still lack a secret.
    const deploy = join(root, '.github/workflows/deploy.yml');
    if (existsSync(deploy) && !written.includes('.github/workflows/deploy.yml')) {
      let passed: string[] = [];
      try {
        const steps = (parse(readFileSync(deploy, 'utf8'))?.jobs?.notify?.steps ?? []) as Array<{ env?: Record<string, string> }>;
        passed = steps.flatMap((step) => Object.keys(step.env ?? {}));
      } catch {
        // A deploy.yml that is no YAML differs from this Upfront's already; said above.
      }
      for (const { channel, variable } of variables.filter((v) => !passed.includes(v.variable))) {
        findings.push({
          problem: `channel \`${channel}\` in notifications.yml reads ${variable}, which deploy.yml does not pass to notify`,
          fix: `add \`${variable}: \${{ secrets.${variable} }}\` to the env of its "Deliver the news" step, and the repository secret ${variable}`,
        });
      }
    }
    if (!settings.tracking_since) {
      // The first commit is the best guess at when the page began watching; the author knows better.
      const first = git(root, 'log', '--reverse', '--format=%cs').stdout.split('\n')[0];
      const day = /^\d{4}-\d{2}-\d{2}$/.test(first ?? '') ? first : DateTime.fromJSDate(now, { zone: settings.time_zone }).toISODate()!;
      findings.push({
        problem: 'site.yml has no `tracking_since`, so uptime counts every day the page shows as watched, even before this page existed',
        fix: `add \`tracking_since: ${day}\` to site.yml (${day === first ? "this repository's first commit" : 'today'}), or the day monitoring really began`,
        warning: true,
      });
    }
    const repository = remote ? githubRepository(remote) : undefined;
    const pagesHost = repository && `${repository.owner.toLowerCase()}.github.io`;
    if (repository && new URL(settings.url).hostname === pagesHost && repository.name.toLowerCase() !== pagesHost && settings.base !== `/${repository.name}/`) {
      findings.push({
        problem: `GitHub Pages serves this repository at https://${pagesHost}/${repository.name}/, but site.yml's base is \`${settings.base}\``,
        fix: `set \`base: /${repository.name}/\` in site.yml`,
      });
    }
  }
  if (olderThanAstroNeeds(input.nodeVersion)) {
    findings.push({
      problem: `Node ${input.nodeVersion.replace(/^v/, '')} runs here; Astro needs 22.12 or newer, so Upfront fetches Node 24 into node_modules on first use`,
      fix: 'install Node 22.12 or newer to skip that (the workflows use Node 24)',
      warning: true,
    });
  }
  return { findings, written };
}

/** Runs `upfront doctor`; returns the exit code (1 when anything but a warning is found). */
export async function doctor(input: DoctorInput, print: (line: string) => void): Promise<number> {
  const { findings, written } = await diagnose(input);
  for (const path of written) print(`✓ wrote ${path}`);
  for (const finding of findings) {
    print(`${finding.warning ? '!' : '✗'} ${finding.problem}\n  fix: ${finding.fix}`);
    if (finding.diff) print(finding.diff.trimEnd());
  }
  const problems = findings.filter((f) => !f.warning).length;
  print(problems === 0 ? '✓ nothing stops this repository from working unattended' : `✗ ${problems} problem${problems === 1 ? '' : 's'} to fix`);
  return problems === 0 ? 0 : 1;
}
