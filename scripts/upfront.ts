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
import { proposeChange } from './cli/pull-request.ts';
import { COMMANDS, commandHelp, FLAGS, strayFlagProblem, USAGE } from './cli/command-table.ts';
import {
  cancelMaintenance,
  completeMaintenance,
  newIncident,
  postmortem,
  rescheduleMaintenance,
  resolveIncident,
  scheduleMaintenance,
  updateEvent,
  type Written,
} from './cli/authoring-commands.ts';
import { didYouMean } from '../src/schemas/suggest.ts';
import { check, list } from './cli/report-commands.ts';
import { notify } from './notify/notify-command.ts';
import { subscriptionsSync } from './cli/subscriptions-command.ts';
import { doctor } from './cli/doctor-command.ts';
import { alert } from './cli/alert-command.ts';
import { relay } from './cli/relay-command.ts';
import { buildSite, devServer, previewSite } from './cli/site-commands.ts';
import { init } from './init/init-command.ts';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgsOrExit({ args: argv, options: FLAGS, allowPositionals: true, strict: true }, USAGE);
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
  if ((!spec.id && !spec.folder && !spec.file && id) || extra.length > 0)
    throw new CliError(`unexpected argument \`${spec.id ? extra[0] : id}\`\n${commandHelp(command)}`, 2);
  const given = Object.keys(values).filter((key) => argv.some((arg) => arg === `--${key}` || arg.startsWith(`--${key}=`)));
  // --dry-run, for one, is offered only where it keeps its promise: writing, sending and creating nothing.
  const stray = given.map((flag) => strayFlagProblem(command, flag)).find(Boolean);
  if (stray) throw new CliError(stray, 2);
  if (values.format !== 'text' && values.format !== 'github') throw new CliError(`--format must be \`text\` or \`github\`, not \`${values.format}\``, 2);

  const clock = values.now ? resolveNow({ UPFRONT_NOW: values.now }) : resolveNow(process.env);
  if ('error' in clock) throw new CliError(clock.error.replace('UPFRONT_NOW', values.now ? '--now' : 'UPFRONT_NOW'), 2);
  const site = resolveSiteFolders(process.env, process.cwd());
  const { contentDir } = site;
  // Started outside any status site (a wrong folder, mid-outage): say so once, rather than list
  // every file that is missing or ask questions about an incident that cannot be written.
  if (command !== 'init' && existsSync(contentDir) && !existsSync(join(contentDir, 'site.yml'))) {
    throw new CliError(
      `${contentDir} is not a status site: there is no site.yml in it${process.env.UPFRONT_CONTENT?.trim() ? ' (UPFRONT_CONTENT)' : ' or any folder above'}. Run the command inside your status repository, or create one with \`npx upfront init\`.`,
      2,
    );
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536))
    throw new CliError(`--port must be a port number such as 4321, not \`${values.port}\``, 2);
  const outDir = resolve(site.root, values['out-dir']);
  if (command === 'init') return init(id ?? '.', values, { interactive, now: clock.now });
  if (command === 'build') return buildSite(site, outDir, clock.now);
  if (command === 'dev') return devServer(site, port);
  if (command === 'relay') return relay(id === undefined ? undefined : resolve(id), process.cwd(), (line) => console.log(line));
  if (command === 'preview') return previewSite(site, outDir, port);
  if (command === 'notify') {
    const budget = /^(\d+)(s|m|h)$/.exec(values.budget.trim());
    if (!budget || Number(budget[1]) === 0) throw new CliError(`--budget must be a duration such as \`90s\`, \`8m\` or \`1h\`, not \`${values.budget}\``, 2);
    const budgetMs = Number(budget[1]) * { s: 1_000, m: 60_000, h: 3_600_000 }[budget[2] as 's' | 'm' | 'h'];
    // Told to stop (a cancelled or timed-out job): the run stops sending, prints its table and saves its record.
    const stop = new AbortController();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop.abort());
    const print = (line: string) => console.log(line);
    return notify({
      contentDir,
      baseline: values.baseline,
      now: clock.now,
      dryRun: values['dry-run'],
      showRecord: values.record,
      budgetMs,
      env: process.env,
      print,
      stopSignal: stop.signal,
    });
  }
  const context: CliContext = {
    contentDir,
    content: await loadContent(contentDir, clock.now),
    now: clock.now,
    dryRun: values['dry-run'],
    interactive,
  };
  const flags = values;
  const wrote = async (written: Written) => {
    console.log(context.dryRun ? `(dry run: nothing was written)` : written.path);
    // Said now, by the command that wrote the file, rather than by \`check\` in CI later.
    for (const line of written.warnings) console.error(line);
    await proposeChange(
      context,
      written,
      values.pr,
      (line) => console.log(line),
      (line) => console.error(line),
    );
    return 0;
  };
  switch (command) {
    case 'doctor':
      return doctor({ root: site.root, contentDir, content: context.content, now: clock.now, nodeVersion: process.versions.node, fix: values.fix }, (line) =>
        console.log(line),
      );
    case 'subscriptions':
      if (id !== 'sync') throw new CliError(`\`upfront subscriptions\` takes \`sync\`${id ? `, not \`${id}\`` : ''}\n${commandHelp(command)}`, 2);
      return subscriptionsSync(context, process.env, (line) => console.log(line));
    case 'check':
      return check(context, values.format as DiagnosticFormat, values.strict, values.since);
    case 'alert':
      return alert(
        context,
        id,
        values.pr,
        (line) => console.log(line),
        (line) => console.error(line),
      );
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
