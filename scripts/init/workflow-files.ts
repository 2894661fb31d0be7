/**
 * The GitHub workflows of a status repository, rendered for its settings: what `upfront init`
 * writes and what `upfront doctor` compares with. Each carries a first line saying which Upfront
 * wrote it and a digest of the rest, so that `doctor --fix` can tell a file nobody edited (safe to
 * refresh) from one its owners changed (shown as a diff, left alone).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { templateSecretVariables } from './notification-templates.ts';

const WORKFLOWS = ['alert.yml', 'check.yml', 'deploy.yml', 'refresh.yml'] as const;
const upfrontVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** What the workflows depend on in a site. */
export interface WorkflowSite {
  url: string;
  base: string;
  time_zone: string;
  /** Secret variables notifications.yml names beyond the commented template's. */
  secrets?: readonly string[];
}

/**
 * The refresh workflow's schedule: every 4 hours, one run 5 minutes after midnight in `zone`'s
 * standard time (an hour later by the clock while daylight saving lasts; the same file all year),
 * so that the new day's bars appear when the day begins. Six checks a day keep a quiet month
 * under 300 Actions minutes.
 */
export function refreshCron(zone: string, now: Date): string {
  const { year } = DateTime.fromJSDate(now, { zone });
  // Standard time is the smaller offset of the year, in either hemisphere.
  const offset = Math.min(DateTime.fromObject({ year, month: 1, day: 1 }, { zone }).offset, DateTime.fromObject({ year, month: 7, day: 1 }, { zone }).offset);
  const midnight = (((5 - offset) % 1440) + 1440) % 1440;
  const hours = [0, 4, 8, 12, 16, 20].map((h) => (Math.floor(midnight / 60) + h) % 24).sort((a, b) => a - b);
  return `${midnight % 60} ${hours.join(',')} * * *`;
}

/** The digest a workflow's first line records of the rest of it. */
export function workflowDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

const STAMP = /^# Written by Upfront \S+ \(`upfront doctor --fix` refreshes it while it is unedited\): ([0-9a-f]{16})\n/;

/** A workflow's text with its first line: the version that wrote it and the digest of the rest. */
function stamped(body: string): string {
  return `# Written by Upfront ${upfrontVersion} (\`upfront doctor --fix\` refreshes it while it is unedited): ${workflowDigest(body)}\n${body}`;
}

/** Whether `text` is a workflow exactly as an Upfront wrote it (its body matches its own digest). */
export function isUnedited(text: string): boolean {
  const stamp = STAMP.exec(text);
  return stamp !== null && workflowDigest(text.slice(stamp[0].length)) === stamp[1];
}

/** The workflows of `site` by path, given the template's texts by path (`.github/workflows/<name>`). */
export function workflowFiles(site: WorkflowSite, now: Date, template: (path: string) => string): Map<string, string> {
  const secrets = [...new Set([...templateSecretVariables(), ...(site.secrets ?? [])])];
  const files = new Map<string, string>();
  for (const name of WORKFLOWS) {
    const path = `.github/workflows/${name}`;
    const body = template(path)
      .replace('{{notify-secrets}}', secrets.map((variable) => `          ${variable}: \${{ secrets.${variable} }}`).join('\n'))
      .replace('{{refresh-cron}}', refreshCron(site.time_zone, now))
      .replace('{{time_zone}}', site.time_zone)
      .replace('{{site-url}}', `${site.url}${site.base}`);
    files.set(path, stamped(body));
  }
  return files;
}
