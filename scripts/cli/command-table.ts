/**
 * The one table of `upfront`'s commands and flags: the argument parser, each command's help and
 * the type of the parsed flags all come from it, so a flag is written out once.
 */
import type { parseArgs } from 'node:util';
import { IMPACTS, INCIDENT_UPDATE_STATUSES, MAINTENANCE_UPDATE_STATUSES } from '../../src/schemas/status-vocabulary.ts';

/** A flag: how it is parsed (node:util parseArgs) and how its help names its value and meaning. */
interface Flag {
  type: 'string' | 'boolean';
  multiple?: true;
  short?: string;
  default?: string | boolean;
  /** The value in help, such as `time` or `"…"`. */
  value?: string;
  /** What it does, for every command that takes it unless the command says otherwise. */
  help: string;
}

const TIME = 'time';

/** `investigating, identified or monitoring`: the statuses of a list but one, in a sentence. */
const listOf = (statuses: readonly string[], but: string) =>
  new Intl.ListFormat('en', { type: 'disjunction' }).format(statuses.filter((status) => status !== but));

/** Every flag of every command. */
export const FLAGS = {
  title: { type: 'string', value: '"…"', help: 'what customers notice' },
  impact: { type: 'string', value: IMPACTS.join('|'), help: 'how much of the service is hurt' },
  component: {
    type: 'string',
    multiple: true,
    value: 'id=status',
    help: 'an affected component and its status, such as api=major_outage; repeat it, or give several separated by spaces',
  },
  status: { type: 'string', value: INCIDENT_UPDATE_STATUSES.filter((status) => status !== 'resolved').join('|'), help: 'where the incident stands' },
  message: { type: 'string', short: 'm', value: '"…"', help: 'the update customers read (else piped in, your editor, or asked)' },
  workaround: { type: 'string', value: '"…"', help: 'what customers can do meanwhile; "" removes it' },
  compensation: {
    type: 'string',
    value: '"…"',
    help: 'what affected customers receive for the outage and whether they need to do anything, or that none applies and why; "" removes it',
  },
  'next-update': { type: 'string', value: `30m|${TIME}|none`, help: 'when customers hear from you next' },
  eta: { type: 'string', value: `${TIME}|none`, help: 'the estimated fix; none clears it' },
  started: { type: 'string', value: TIME, help: 'when the problem began, if before now' },
  start: { type: 'string', value: TIME, help: 'when the window starts' },
  end: { type: 'string', value: TIME, help: 'when the window ends' },
  duration: { type: 'string', value: '2h', help: 'the window’s length, instead of --end' },
  format: { type: 'string', default: 'text', value: 'text|github', help: 'how problems are printed (github: workflow annotations)' },
  strict: { type: 'boolean', default: false, help: 'communication warnings are errors' },
  since: {
    type: 'string',
    value: '<rev>',
    help: 'also warn about what merging would announce: a moved update time (a correction, not announced), news dated long ago (announced all the same)',
  },
  budget: {
    type: 'string',
    default: '8m',
    value: '8m',
    help: 'the time the run may spend sending; it then stops, prints its table and leaves the rest to the next run',
  },
  baseline: {
    type: 'string',
    value: '<rev>',
    help: 'on the delivery record’s first run, news already in that revision counts as announced (default: the commit before HEAD)',
  },
  now: { type: 'string', value: TIME, help: 'pin the clock, at a time with its zone' },
  'dry-run': { type: 'boolean', default: false, help: 'show what would be written; write nothing' },
  quiet: { type: 'boolean', default: false, help: 'publish the update without announcing it anywhere' },
  'out-dir': { type: 'string', default: 'dist', value: 'dir', help: 'where the built site is (default dist)' },
  name: { type: 'string', value: '"…"', help: 'the page’s name' },
  url: { type: 'string', value: 'https://…', help: 'the public address, with its path if served under one' },
  base: { type: 'string', value: '/', help: 'the base path, such as /status/' },
  'time-zone': { type: 'string', value: 'Area/City', help: 'the page’s IANA time zone' },
  language: { type: 'string', value: 'en', help: 'the page’s language tag' },
  'support-url': { type: 'string', value: 'https://…|mailto:…', help: 'where customers get help' },
  yes: { type: 'boolean', short: 'y', default: false, help: 'take the defaults for every answer not given' },
  port: { type: 'string', value: '4321', help: 'the port to serve on' },
  force: { type: 'boolean', default: false, help: 'write it even though it is early or incomplete' },
  publish: { type: 'boolean', default: false, help: 'set its published time once every section is written, so `upfront notify` announces it' },
  record: { type: 'boolean', default: false, help: 'what is pending, failed and delivered, from the delivery record; sends nothing' },
  editor: { type: 'boolean', default: false, help: 'write the message in $VISUAL/$EDITOR (vi when neither is set)' },
  fix: { type: 'boolean', default: false, help: 'write the workflows that are missing or that nobody edited; an edited one is shown as a diff and left alone' },
  pr: {
    type: 'boolean',
    default: false,
    help: 'then commit the file on a new branch, push it and open the pull request (with `gh`; else the git commands are printed)',
  },
  help: { type: 'boolean', short: 'h', default: false, help: 'this help' },
  version: { type: 'boolean', short: 'v', default: false, help: 'which Upfront this is' },
} as const satisfies Record<string, Flag>;

/** A flag's name. */
export type FlagName = keyof typeof FLAGS;

/** The flags as parsed. */
export type ParsedFlags = ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true; strict: true }>>['values'];

/** A command: what it takes besides flags, what it does, and its flags (a flag may say what it means here). */
export interface Command {
  /** It takes an id (or, for `subscriptions`, a word), optional at a terminal. */
  id?: true;
  /** It takes an optional folder (`init`, `relay`). */
  folder?: true;
  /** It takes an optional file (`alert`; else standard input). */
  file?: true;
  /** What it does, after its name in the usage list. */
  does: string;
  flags: Array<FlagName | [FlagName, string] | [FlagName, string, string]>;
  /** Said under the flags. */
  notes?: string;
  /** Why it refuses a flag people reach for, said instead of a bare "does not take". */
  refuses?: Partial<Record<FlagName, string>>;
}

/** Flags every authoring command takes. */
const WRITES: Command['flags'] = ['quiet', 'editor', 'dry-run', 'pr'];

/** Every command, in the order the usage lists them. */
export const COMMANDS: Record<string, Command> = {
  init: {
    folder: true,
    does: 'create a status page repository',
    flags: [
      'name',
      'url',
      'base',
      'time-zone',
      'language',
      'support-url',
      ['component', 'a component customers use: a name, or id=Name such as api="Public API"; repeat it'],
      'yes',
    ],
    notes: 'a missing answer is asked for at a terminal',
    refuses: { 'dry-run': 'it would write for real' },
  },
  build: {
    does: 'validate, then build the site into dist/',
    flags: [['out-dir', 'where the site is written (default dist)']],
    refuses: { 'dry-run': 'it would write for real; `upfront check` validates without building' },
  },
  dev: { does: 'serve the site with live reload while you write', flags: ['port'], refuses: { 'dry-run': 'it only serves the site, and writes nothing' } },
  preview: {
    does: 'serve the built site as the CDN will',
    flags: ['out-dir', 'port'],
    refuses: { 'dry-run': 'it only serves the built site, and writes nothing' },
  },
  new: {
    does: 'open an incident',
    flags: [
      'title',
      'impact',
      'component',
      ['status', 'where the incident stands (default investigating)'],
      'message',
      'workaround',
      'next-update',
      'eta',
      'started',
      ...WRITES,
    ],
  },
  update: {
    id: true,
    does: 'add an update to an open incident or a maintenance window',
    flags: [
      [
        'status',
        `${listOf(INCIDENT_UPDATE_STATUSES, 'resolved')} for an incident; ${listOf(MAINTENANCE_UPDATE_STATUSES, 'completed')} for a window (default: unchanged)`,
        'status',
      ],
      'message',
      ['component', 'a component’s status from this update on, such as api=degraded_performance; repeat it, or give several separated by spaces'],
      'workaround',
      'next-update',
      'eta',
      ['compensation', 'what affected customers receive; a resolved incident takes it alone, with no new update'],
      ...WRITES,
    ],
    notes: 'without an id, at a terminal: choose from what is open; what is not given is asked, showing what stands now',
  },
  resolve: {
    id: true,
    does: 'resolve an incident (every component back to operational)',
    flags: [
      ['message', 'what was fixed, an apology, and whether customers need to do anything'],
      ['workaround', '"" removes it (else it stays, collapsed as history; asked at a terminal)'],
      ['compensation', 'what affected customers receive and whether they need to do anything, or that none applies and why (asked at a terminal)'],
      ['force', 'write a resolution `upfront check` would warn about (too short to say what happened)'],
      ...WRITES,
    ],
    refuses: { component: 'resolving returns every component to operational; if one is still affected, post `upfront update --status monitoring` instead' },
  },
  maintenance: {
    does: 'schedule a maintenance window',
    flags: [
      'title',
      ['component', 'a component the work affects, by id; repeat it, or give several separated by spaces'],
      'start',
      'end',
      'duration',
      'message',
      'workaround',
      ...WRITES,
    ],
  },
  reschedule: {
    id: true,
    does: 'move a maintenance window, with an update saying so',
    flags: ['start', 'end', 'duration', ['message', 'the update (else the new and old times are said)'], 'quiet', 'dry-run', 'pr'],
    notes: 'once started, only the end moves',
  },
  cancel: {
    id: true,
    does: 'cancel a maintenance window that has not started',
    flags: [['message', 'why (else a standard cancellation notice)'], ...WRITES],
    notes: 'only before the window starts, by its schedule or by an update; after that, complete it',
  },
  complete: { id: true, does: 'complete a maintenance window', flags: ['message', ['force', 'complete it before its scheduled start'], ...WRITES] },
  postmortem: { id: true, does: 'write the postmortem of an incident: a draft first', flags: ['publish', 'dry-run', 'pr'] },
  alert: {
    file: true,
    does: 'propose the incident of a monitoring alert, by the rules of alerts.yml',
    flags: [
      ['pr', 'then commit it on the alert group’s branch, push it and open or update its pull request (with `gh`)'],
      ['dry-run', 'show what would be written; write nothing'],
    ],
    notes:
      'it reads the notification from the file, else standard input: Alertmanager’s, Grafana’s or PagerDuty’s webhook, or a generic JSON. A repeat updates the same proposal; a resolution proposes a monitoring update (docs/alerts.md)',
  },
  relay: {
    folder: true,
    does: 'write the Cloudflare Worker that relays alerts to GitHub (no dir: print it)',
    notes: 'for senders that cannot call GitHub themselves (Alertmanager, PagerDuty); the folder gets the Worker and its wrangler.toml (docs/alerts.md)',
    flags: [],
    refuses: { 'dry-run': 'without a folder it prints the Worker, and writes nothing' },
  },
  list: { does: 'open incidents and upcoming maintenance, in the site’s time zone', flags: [] },
  check: { does: 'validate everything', flags: ['format', 'strict', 'since'] },
  subscriptions: {
    id: true,
    does: 'create the mailing list’s lists or tags that notifications.yml lacks, and write them into it',
    flags: [['dry-run', 'say what would be created; create and write nothing']],
    notes: 'one list or tag per component and one for everything, created through the service’s API (its token in the variable notifications.yml names)',
  },
  doctor: { does: 'check what would stop this repository working unattended, and say how to fix it', flags: ['fix'] },
  notify: {
    does: 'deliver what is news and not yet delivered to notifications.yml’s channels',
    flags: ['record', ['dry-run', 'print every message a run would send now; send and record nothing'], 'budget', 'baseline'],
  },
};

/** The flags of `command` with what each means there and how its value is shown. */
export function commandFlags(command: string): Array<{ name: FlagName; help: string; value?: string }> {
  return COMMANDS[command].flags.map((flag) => {
    const [name, help, value] = typeof flag === 'string' ? [flag] : flag;
    return { name, help: help ?? FLAGS[name].help, value: value ?? (FLAGS[name] as Flag).value };
  });
}

/**
 * Why `command` refuses `flag`: its own reason, or which commands take the flag; undefined when
 * it takes it (or the flag is one every command takes).
 */
export function strayFlagProblem(command: string, flag: string): string | undefined {
  if (['now', 'help', 'version'].includes(flag) || commandFlags(command).some(({ name }) => name === flag)) return undefined;
  const reason = COMMANDS[command].refuses?.[flag as FlagName];
  const takers = Object.keys(COMMANDS).filter((other) => commandFlags(other).some(({ name }) => name === flag));
  return `\`upfront ${command}\` does not take --${flag}${reason ? `: ${reason}` : takers.length > 0 ? ` (${takers.join(', ')} ${takers.length === 1 ? 'takes' : 'take'} it)` : ''}`;
}

const COMMON = `every command: [--now time] [--help]; --now pins the clock and names its zone (UTC, +01:00 or
Europe/Berlin). Other times without a zone are in the site's time_zone, and may be
typed as 18:45, 6:45pm, tomorrow 09:00, 2026-12-06 18:45 CET or a duration such as 30m; ids and
components may be given by unambiguous prefix. upfront --version says which Upfront this is.`;

/** `update [id]`: a command with what it takes. */
function commandLine(command: string): string {
  const { id, folder, file } = COMMANDS[command];
  return `${command}${id ? (command === 'subscriptions' ? ' sync' : ' [id]') : folder ? ' [dir]' : file ? ' [file]' : ''}`;
}

/** The usage of every command. */
export const USAGE = `usage: upfront <command> [options]\n(\`upfront <command> --help\` lists the flags of one command)\n\n${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${commandLine(name).padEnd(20)}${command.does}`)
  .join('\n')}\n\n${COMMON}`;

/** The help of one command: what it does and every flag it takes. */
export function commandHelp(command: string): string {
  const flags = commandFlags(command).map(({ name, help, value }) => `  --${name}${value ? ` ${value}` : ''}: ${help}`);
  const notes = COMMANDS[command].notes;
  return `usage: upfront ${commandLine(command)} [options]\n\n${COMMANDS[command].does}.\n${flags.length ? `\n${flags.join('\n')}\n` : ''}${notes ? `\n${notes}.\n` : ''}\n${COMMON}`;
}
