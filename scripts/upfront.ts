/**
 * The `upfront` command line: create a status site, build, preview and serve it, and for
 * engineers mid-outage open, update and resolve incidents, schedule and finish maintenance,
 * scaffold postmortems, list what is open, check it all and notify subscribers.
 * It works on the site folder it is started in (or above); `--now` pins the clock.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DiagnosticFormat } from '../src/lib/diagnostics.ts';
import { loadContent } from '../src/lib/load-content.ts';
import { resolveNow, resolveSiteFolders } from '../src/lib/runtime-env.ts';
import { parseTimestamp } from '../src/lib/timestamps.ts';
import { parseArgsOrExit } from './cli-args.ts';
import { CliError, type CliContext } from './cli/cli-support.ts';
import {
  cancelMaintenance,
  completeMaintenance,
  newIncident,
  resolveIncident,
  scaffoldPostmortem,
  scheduleMaintenance,
  updateIncident,
  type AuthoringFlags,
} from './cli/authoring-commands.ts';
import { check, list } from './cli/report-commands.ts';
import { notify } from './notify/notify-command.ts';
import { buildSite, devServer, previewSite } from './cli/site-commands.ts';
import { init, type InitFlags } from './init/init-command.ts';

const USAGE = `usage: upfront <command> [options]

  init [dir]          create a status page repository: [--name] [--url] [--base] [--time-zone]
                      [--support-url] [--component id=Name…] [--yes: defaults for the rest]
  build               validate, then build the site into dist/: [--out-dir dir]
  dev                 serve the site with live reload while you write: [--port 4321]
  preview             serve the built site as the CDN will: [--out-dir dir] [--port 4321]
  new                 open an incident: --title --impact --component id=status… --message
                      [--status] [--workaround] [--next-update 30m|time] [--eta] [--started]
  update <id>         add an update: [--status] --message [--next-update] [--eta]
                      [--component id=status…] [--workaround]
  resolve <id>        resolve an incident: --message
  maintenance         schedule a window: --title --component id… --start (--end | --duration 2h) --message
  cancel <id>         cancel a scheduled window: [--message]
  complete <id>       complete a window: [--message]
  postmortem <id>     scaffold the postmortem of an incident
  list                open incidents and upcoming maintenance
  check               validate everything: [--format text|github] [--strict]
  notify              deliver the news between two revisions to the channels in notifications.yml:
                      --since <rev> [--until <rev>, default HEAD] [--last-run time: also announce
                      maintenance that started or ended on schedule since] [--dry-run prints all]

  new, update, resolve, maintenance, cancel and complete take --quiet: the update is published
  but \`upfront notify\` announces it nowhere (a typo fix needs no flag: editing an update never
  notifies).
  every command: [--now time] [--dry-run]. Ids and components may be given by unambiguous
  prefix; a missing --message is read from standard input or $EDITOR, or asked for.`;

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
  until: { type: 'string', default: 'HEAD' },
  'last-run': { type: 'string' },
  now: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'out-dir': { type: 'string', default: 'dist' },
  name: { type: 'string' },
  url: { type: 'string' },
  base: { type: 'string' },
  'time-zone': { type: 'string' },
  'support-url': { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
  port: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Which commands take an id (or, for init, an optional folder), and which options each accepts beyond --now and --dry-run. */
const COMMANDS: Record<string, { id: boolean; folder?: boolean; options: string[] }> = {
  init: { id: false, folder: true, options: ['name', 'url', 'base', 'time-zone', 'support-url', 'component', 'yes'] },
  build: { id: false, options: ['out-dir'] },
  dev: { id: false, options: ['port'] },
  preview: { id: false, options: ['out-dir', 'port'] },
  new: { id: false, options: ['title', 'impact', 'component', 'status', 'message', 'workaround', 'next-update', 'eta', 'started', 'quiet'] },
  update: { id: true, options: ['status', 'message', 'next-update', 'eta', 'component', 'workaround', 'quiet'] },
  resolve: { id: true, options: ['message', 'component', 'quiet'] },
  maintenance: { id: false, options: ['title', 'component', 'start', 'end', 'duration', 'message', 'workaround', 'quiet'] },
  cancel: { id: true, options: ['message', 'quiet'] },
  complete: { id: true, options: ['message', 'quiet'] },
  postmortem: { id: true, options: [] },
  list: { id: false, options: [] },
  check: { id: false, options: ['format', 'strict'] },
  notify: { id: false, options: ['since', 'until', 'last-run'] },
};

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgsOrExit({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }, USAGE);
  const [command, id, ...extra] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const spec = COMMANDS[command];
  if (!spec) throw new CliError(`unknown command \`${command}\`\n${USAGE}`, 2);
  if (spec.id && !id) throw new CliError(`\`upfront ${command}\` needs the id of an incident or maintenance window (a prefix is enough)`, 2);
  if ((!spec.id && !spec.folder && id) || extra.length > 0) throw new CliError(`unexpected argument \`${spec.id ? extra[0] : id}\`\n${USAGE}`, 2);
  const given = Object.keys(values).filter((key) => !['now', 'dry-run', 'help'].includes(key) && argv.some((arg) => arg === `--${key}` || arg.startsWith(`--${key}=`)));
  const stray = given.find((key) => !spec.options.includes(key));
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
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY);
  if (command === 'init') return init(id ?? '.', values as InitFlags, { interactive, now: clock.now });
  if (command === 'build') return buildSite(site, outDir, clock.now);
  if (command === 'dev') return devServer(site, port);
  if (command === 'preview') return previewSite(site, outDir, port);
  if (command === 'notify') {
    const print = (line: string) => console.log(line);
    const lastRun = values['last-run'] === undefined ? undefined : parseTimestamp(values['last-run']);
    if (lastRun && !lastRun.ok) throw new CliError(`--last-run: ${lastRun.message}`, 2);
    return notify({ contentDir, since: values.since, until: values.until, lastRun: lastRun?.date, now: clock.now, dryRun: values['dry-run'], env: process.env, print });
  }
  const context: CliContext = {
    contentDir,
    content: await loadContent(contentDir, clock.now),
    now: clock.now,
    dryRun: values['dry-run'],
    interactive,
  };
  const flags = values as AuthoringFlags;
  const wrote = (path: string) => {
    console.log(context.dryRun ? `(dry run: nothing was written)` : path);
    return 0;
  };
  switch (command) {
    case 'check':
      return check(context, values.format as DiagnosticFormat, values.strict);
    case 'list':
      for (const line of list(context)) console.log(line);
      return 0;
    case 'new':
      return wrote(await newIncident(context, flags));
    case 'update':
      return wrote(await updateIncident(context, id, flags));
    case 'resolve':
      return wrote(await resolveIncident(context, id, flags));
    case 'maintenance':
      return wrote(await scheduleMaintenance(context, flags));
    case 'cancel':
      return wrote(await cancelMaintenance(context, id, flags));
    case 'complete':
      return wrote(await completeMaintenance(context, id, flags));
    default:
      return wrote(await scaffoldPostmortem(context, id));
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
