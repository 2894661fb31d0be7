/**
 * The `upfront` command line: create a status site, build, preview and serve it, and for
 * engineers mid-outage open, update and resolve incidents, schedule and finish maintenance,
 * scaffold postmortems, list what is open, check it all and notify subscribers.
 * It works on the site folder it is started in (or above); `--now` pins the clock.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DiagnosticFormat } from '../src/core/diagnostics.ts';
import { loadContent } from '../src/content/load-content.ts';
import { resolveNow, resolveSiteFolders } from '../src/site/runtime-env.ts';
import { parseArgsOrExit } from './cli-args.ts';
import { CliError, type CliContext } from './cli/cli-support.ts';
import {
  cancelMaintenance,
  completeMaintenance,
  newIncident,
  postmortem,
  rescheduleMaintenance,
  resolveIncident,
  scheduleMaintenance,
  updateEvent,
  type AuthoringFlags,
  type Written,
} from './cli/authoring-commands.ts';
import { didYouMean } from '../src/schemas/suggest.ts';
import { check, list } from './cli/report-commands.ts';
import { notify } from './notify/notify-command.ts';
import { subscriptionsSync } from './cli/subscriptions-command.ts';
import { doctor } from './cli/doctor-command.ts';
import { buildSite, devServer, previewSite } from './cli/site-commands.ts';
import { init, type InitFlags } from './init/init-command.ts';

/** Each command: what it takes (an id, or for init an optional folder), its flags beyond --now and --dry-run, and its help. */
const COMMANDS: Record<string, { id?: true; folder?: boolean; options: string[]; synopsis: string; help: string }> = {
  init: {
    folder: true,
    options: ['name', 'url', 'base', 'time-zone', 'language', 'support-url', 'component', 'yes'],
    synopsis: 'init [dir]          create a status page repository',
    help: '--name, --url, --base, --time-zone, --language, --support-url, --component id=Name… (repeat it): the answers, asked for at a terminal when missing\n--yes: take the defaults for the rest',
  },
  build: { options: ['out-dir'], synopsis: 'build               validate, then build the site into dist/', help: '--out-dir dir: where the site is written (default dist)' },
  dev: { options: ['port'], synopsis: 'dev                 serve the site with live reload while you write', help: '--port 4321' },
  preview: { options: ['out-dir', 'port'], synopsis: 'preview             serve the built site as the CDN will', help: '--out-dir dir (default dist)\n--port 4321' },
  new: {
    options: ['title', 'impact', 'component', 'status', 'message', 'workaround', 'next-update', 'eta', 'started', 'quiet', 'editor', 'dry-run'],
    synopsis: 'new                 open an incident',
    help: '--title "…": what customers notice\n--impact none|minor|major|critical\n--component id=status: each affected component (repeat it), such as api=major_outage\n--status investigating|identified|monitoring (default investigating)\n--message "…": the first update (else piped in, your editor, or asked)\n--next-update 30m|time  --eta time  --started time  --workaround "…"',
  },
  update: {
    id: true,
    options: ['status', 'message', 'next-update', 'eta', 'component', 'workaround', 'quiet', 'editor', 'dry-run'],
    synopsis: 'update [id]         add an update to an open incident or a maintenance window',
    help: 'an incident: --status investigating|identified|monitoring (default: unchanged) --message "…" --next-update 30m|time|none --eta time|none --component id=status… --workaround "…"\na maintenance window: --status scheduled|in_progress|verifying --message "…" --workaround "…"\nwithout an id, at a terminal: choose from what is open',
  },
  resolve: { id: true, options: ['message', 'workaround', 'quiet', 'editor', 'dry-run'], synopsis: 'resolve [id]        resolve an incident (every component back to operational)', help: '--message "…": what happened, and whether customers need to do anything\n--workaround "": remove the workaround (else it stays, collapsed as history; asked at a terminal)' },
  maintenance: {
    options: ['title', 'component', 'start', 'end', 'duration', 'message', 'workaround', 'quiet', 'editor', 'dry-run'],
    synopsis: 'maintenance         schedule a maintenance window',
    help: '--title "…" --component id… (repeat it) --start time (--end time | --duration 2h: from the start) --message "…" [--workaround "…"]',
  },
  reschedule: { id: true, options: ['start', 'end', 'duration', 'message', 'quiet', 'dry-run'], synopsis: 'reschedule [id]     move a maintenance window, with an update saying so', help: '--start time (--end time | --duration 2h: from the start); once started, only the end moves\n[--message "…": else the new and old times are said]' },
  cancel: { id: true, options: ['message', 'quiet', 'editor', 'dry-run'], synopsis: 'cancel [id]         cancel a maintenance window that has not started', help: '[--message "…": else a standard cancellation notice]\nonly before the window starts, by its schedule or by an update; after that, complete it' },
  complete: { id: true, options: ['message', 'quiet', 'force', 'editor', 'dry-run'], synopsis: 'complete [id]       complete a maintenance window', help: '[--message "…"]\n--force: complete it before its scheduled start' },
  postmortem: { id: true, options: ['publish', 'dry-run'], synopsis: 'postmortem [id]     write the postmortem of an incident: a draft first', help: '--publish: set its published time once every section is written, so `upfront notify` announces it' },
  list: { options: [], synopsis: 'list                open incidents and upcoming maintenance, in the site\'s time zone', help: '' },
  check: {
    options: ['format', 'strict', 'since'],
    synopsis: 'check               validate everything',
    help: '--format text|github\n--strict: communication warnings are errors\n--since <rev>: also warn about what merging would announce: a moved update time (a correction, not announced), news dated long ago (announced all the same)',
  },
  subscriptions: {
    id: true,
    options: ['dry-run'],
    synopsis: 'subscriptions sync  create the mailing list\'s lists or tags that notifications.yml lacks, and write them into it',
    help: 'sync: one list or tag per component and one for everything, created through the service\'s API (its token in the variable notifications.yml names)\n--dry-run: say what would be created; creates and writes nothing',
  },
  doctor: {
    options: ['fix'],
    synopsis: 'doctor              check what would stop this repository working unattended, and say how to fix it',
    help: '--fix: write the workflows that are missing or that nobody edited; an edited one is shown as a diff and left alone',
  },
  notify: {
    options: ['record', 'budget', 'baseline', 'dry-run'],
    synopsis: 'notify              deliver what is news and not yet delivered to notifications.yml\'s channels',
    help: '--record: what is pending, failed and delivered, from the delivery record; sends nothing\n--dry-run: print every message a run would send now; sends and records nothing\n--budget 8m: the time the run may spend sending (default 8m); it then stops, prints its table and leaves the rest to the next run\n--baseline <rev>: on the delivery record\'s first run, news already in that revision counts as announced (default: the commit before HEAD)',
  },
};

const COMMON = `every command: [--now time] [--help]. Times without a zone are in the site's time_zone;
ids and components may be given by unambiguous prefix. new, update, resolve, maintenance, reschedule,
cancel and complete take --quiet (published, announced nowhere) and --editor (write the message in
$VISUAL/$EDITOR); a missing --message is piped in, or asked for at a terminal. They, postmortem,
notify and subscriptions sync take --dry-run: show what would be written or sent, and do nothing.
upfront --version says which Upfront this is.`;

const USAGE = `usage: upfront <command> [options]\n(\`upfront <command> --help\` lists the flags of one command)\n\n${Object.values(COMMANDS)
  .map((c) => `  ${c.synopsis}`)
  .join('\n')}\n\n${COMMON}`;

/** The help of one command: what it does and every flag it takes. */
function commandHelp(command: string): string {
  const { synopsis, help } = COMMANDS[command];
  const [usage, ...what] = synopsis.split(/\s{2,}/);
  return `usage: upfront ${usage} [options]\n\n${what.join(' ')}.\n${help ? `\n${help.split('\n').map((line) => `  ${line}`).join('\n')}\n` : ''}\n${COMMON}`;
}

const OPTIONS = {
  title: { type: 'string' },
  impact: { type: 'string' },
  component: { type: 'string', multiple: true },
  status: { type: 'string' },
  message: { type: 'string', short: 'm' },
  workaround: { type: 'string' },
  'next-update': { type: 'string' },
  eta: { type: 'string' },
  started: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  duration: { type: 'string' },
  format: { type: 'string', default: 'text' },
  strict: { type: 'boolean', default: false },
  since: { type: 'string' },
  budget: { type: 'string', default: '8m' },
  baseline: { type: 'string' },
  now: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'out-dir': { type: 'string', default: 'dist' },
  name: { type: 'string' },
  url: { type: 'string' },
  base: { type: 'string' },
  'time-zone': { type: 'string' },
  language: { type: 'string' },
  'support-url': { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
  port: { type: 'string' },
  force: { type: 'boolean', default: false },
  publish: { type: 'boolean', default: false },
  record: { type: 'boolean', default: false },
  editor: { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgsOrExit({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }, USAGE);
  const [command, id, ...extra] = positionals;
  if (values.version) {
    console.log(`upfront ${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}`);
    return 0;
  }
  if (!command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const spec = COMMANDS[command];
  if (!spec) throw new CliError(`unknown command \`${command}\`.${didYouMean(command, Object.keys(COMMANDS))}\n${USAGE}`, 2);
  if (values.help) {
    console.log(commandHelp(command));
    return 0;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
  if ((!spec.id && !spec.folder && id) || extra.length > 0) throw new CliError(`unexpected argument \`${spec.id ? extra[0] : id}\`\n${commandHelp(command)}`, 2);
  const given = Object.keys(values).filter((key) => !['now', 'help'].includes(key) && argv.some((arg) => arg === `--${key}` || arg.startsWith(`--${key}=`)));
  const stray = given.find((key) => !spec.options.includes(key));
  // --dry-run is offered only where it keeps its promise: writing, sending and creating nothing.
  if (stray === 'dry-run') throw new CliError(`\`upfront ${command}\` has no --dry-run: it would write or serve for real${command === 'build' ? '; `upfront check` validates without building' : ''}`, 2);
  if (stray) throw new CliError(`\`upfront ${command}\` does not take --${stray}`, 2);
  if (values.format !== 'text' && values.format !== 'github') throw new CliError(`--format must be \`text\` or \`github\`, not \`${values.format}\``, 2);

  const clock = values.now ? resolveNow({ UPFRONT_NOW: values.now }) : resolveNow(process.env);
  if ('error' in clock) throw new CliError(clock.error.replace('UPFRONT_NOW', values.now ? '--now' : 'UPFRONT_NOW'), 2);
  const site = resolveSiteFolders(process.env, process.cwd());
  const { contentDir } = site;
  // Started outside any status site (a wrong folder, mid-outage): say so once, rather than list
  // every file that is missing or ask questions about an incident that cannot be written.
  if (command !== 'init' && existsSync(contentDir) && !existsSync(join(contentDir, 'site.yml'))) {
    throw new CliError(`${contentDir} is not a status site: there is no site.yml in it${process.env.UPFRONT_CONTENT?.trim() ? ' (UPFRONT_CONTENT)' : ' or any folder above'}. Run the command inside your status repository, or create one with \`npx upfront init\`.`, 2);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new CliError(`--port must be a port number such as 4321, not \`${values.port}\``, 2);
  const outDir = resolve(site.root, values['out-dir']);
  if (command === 'init') return init(id ?? '.', values as InitFlags, { interactive, now: clock.now });
  if (command === 'build') return buildSite(site, outDir, clock.now);
  if (command === 'dev') return devServer(site, port);
  if (command === 'preview') return previewSite(site, outDir, port);
  if (command === 'notify') {
    const budget = /^(\d+)(s|m|h)$/.exec(values.budget.trim());
    if (!budget || Number(budget[1]) === 0) throw new CliError(`--budget must be a duration such as \`90s\`, \`8m\` or \`1h\`, not \`${values.budget}\``, 2);
    const budgetMs = Number(budget[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[budget[2] as 's' | 'm' | 'h'];
    // Told to stop (a cancelled or timed-out job): the run stops sending, prints its table and saves its record.
    const stop = new AbortController();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop.abort());
    const print = (line: string) => console.log(line);
    return notify({ contentDir, baseline: values.baseline, now: clock.now, dryRun: values['dry-run'], showRecord: values.record, budgetMs, env: process.env, print, stopSignal: stop.signal });
  }
  const context: CliContext = {
    contentDir,
    content: await loadContent(contentDir, clock.now),
    now: clock.now,
    dryRun: values['dry-run'],
    interactive,
  };
  const flags = values as AuthoringFlags;
  const wrote = ({ path, warnings }: Written) => {
    console.log(context.dryRun ? `(dry run: nothing was written)` : path);
    // Said now, by the command that wrote the file, rather than by \`check\` in CI later.
    for (const line of warnings) console.error(line);
    return 0;
  };
  switch (command) {
    case 'doctor':
      return doctor({ root: site.root, contentDir, content: context.content, now: clock.now, nodeVersion: process.versions.node, fix: values.fix }, (line) => console.log(line));
    case 'subscriptions':
      if (id !== 'sync') throw new CliError(`\`upfront subscriptions\` takes \`sync\`${id ? `, not \`${id}\`` : ''}\n${commandHelp(command)}`, 2);
      return subscriptionsSync(context, process.env, (line) => console.log(line));
    case 'check':
      return check(context, values.format as DiagnosticFormat, values.strict, values.since);
    case 'list':
      for (const line of list(context)) console.log(line);
      return 0;
    case 'new':
      return wrote(await newIncident(context, flags));
    case 'update':
      return wrote(await updateEvent(context, id, flags));
    case 'resolve':
      return wrote(await resolveIncident(context, id, flags));
    case 'maintenance':
      return wrote(await scheduleMaintenance(context, flags));
    case 'reschedule':
      return wrote(await rescheduleMaintenance(context, id, flags));
    case 'cancel':
      return wrote(await cancelMaintenance(context, id, flags));
    case 'complete':
      return wrote(await completeMaintenance(context, id, flags));
    default:
      return wrote(await postmortem(context, id, values.publish));
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    // A CliError is a problem the user can fix; anything else is our bug, but an engineer
    // mid-outage still gets one readable line rather than a stack trace.
    console.error(`error  ${e.message}`);
    process.exit(e instanceof CliError ? e.exitCode : 2);
  },
);
