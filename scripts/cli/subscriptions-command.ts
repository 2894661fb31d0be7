/**
 * `upfront subscriptions sync`: creates at the mailing-list service the audiences (Listmonk
 * lists, Buttondown tags) that notifications.yml does not name yet, one per component and one
 * for everything, and writes them into notifications.yml; it says what it created.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editYaml, type FieldChange } from '../../src/content/content-edits.ts';
import { formatDiagnostic, hasErrors } from '../../src/core/diagnostics.ts';
import { siteLocale } from '../../src/core/site-locale.ts';
import { Redactor, type Deadline } from '../../src/notify/delivery-transport.ts';
import { channelSecrets } from '../../src/notify/channels/channel-type.ts';
import { wantedAudiences } from '../../src/notify/channels/mailing-list.ts';
import { channelType } from '../../src/notify/channels/registry.ts';
import { NOTIFICATIONS_FILE, readNotificationSettings } from '../../src/notify/notification-config.ts';
import { CliError, type CliContext } from './cli-support.ts';

/** The longest sync may wait for the service, in all. */
const SYNC_BUDGET_MS = 120_000;

/** Runs `upfront subscriptions sync`; returns the exit code. */
export async function subscriptionsSync(context: CliContext, env: NodeJS.ProcessEnv, print: (line: string) => void): Promise<number> {
  const { content, contentDir } = context;
  const { settings, catalog } = content;
  if (!settings || !catalog || hasErrors(content.diagnostics)) {
    throw new CliError(`the content has errors; fix them first (npm run check):\n${content.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`, 1);
  }
  // Read without the site's checks: the audiences it lacks are what sync is for.
  const config = await readNotificationSettings(contentDir, {});
  if (!config.present)
    throw new CliError(`there is no ${NOTIFICATIONS_FILE}: add a \`listmonk\` or \`buttondown\` channel to it first (see docs/notifications.md in Upfront)`, 1);
  if (!config.value) throw new CliError(`${NOTIFICATIONS_FILE} has errors:\n${config.diagnostics.map((d) => formatDiagnostic(d)).join('\n')}`, 1);
  const index = config.value.channels.findIndex((c) => channelType(c).mailingList);
  if (index < 0)
    throw new CliError(
      `${NOTIFICATIONS_FILE} has no mailing list: add a channel of \`type: listmonk\` or \`type: buttondown\` (see docs/notifications.md in Upfront)`,
      1,
    );
  const channel = config.value.channels[index];
  const list = channelType(channel).mailingList!;
  const wanted = wantedAudiences(list.audiences(channel), catalog, settings, siteLocale(settings).UI.subscribeForm.everything);
  const lacking = wanted.filter((w) => !w.value);

  if (context.dryRun) {
    print(
      lacking.length === 0
        ? `${NOTIFICATIONS_FILE} names a ${list.audienceNoun} for everything and every component.`
        : `Would create in ${list.service}, and write into ${NOTIFICATIONS_FILE}: ${lacking.map((w) => `“${w.name}” (${w.choice})`).join(', ')}.`,
    );
    print('(dry run: nothing was created or written)');
    return 0;
  }
  const secrets = channelSecrets(channel, env);
  if (secrets.missing.length > 0)
    throw new CliError(`environment variable ${secrets.missing.join(', ')} is not set; sync talks to ${list.service}'s API with it`, 1);
  const redactor = new Redactor();
  redactor.add(...secrets.values);
  const signal = AbortSignal.timeout(SYNC_BUDGET_MS);
  const started = Date.now();
  const deadline: Deadline = {
    signal,
    remainingMs: () => Math.max(0, started + SYNC_BUDGET_MS - Date.now()),
    stopReason: () => `${SYNC_BUDGET_MS / 1000} s passed`,
  };
  const result = await list.sync(channel, wanted, { secret: secrets.secret, policy: { attempts: 4, firstDelayMs: 2_000 }, deadline });

  // What was created is written down even when a later step failed: it exists at the service now.
  if (result.created.length > 0) {
    const file = join(contentDir, NOTIFICATIONS_FILE);
    const field = list.audiencesField;
    const changes: FieldChange[] = result.created.map(({ choice, value }) => [
      choice === 'everything' ? ['channels', index, field, 'everything'] : ['channels', index, field, 'components', choice],
      value,
    ]);
    writeFileSync(file, editYaml(readFileSync(file, 'utf8'), changes)!);
  }
  for (const made of result.created) print(`${made.found ? 'found' : 'created'} ${list.audienceNoun} “${made.name}” for \`${made.choice}\`: ${made.value}`);
  if (result.existing > 0)
    print(
      `${result.existing} ${list.audienceNoun}${result.existing === 1 ? '' : 's'} named in ${NOTIFICATIONS_FILE} already exist${result.existing === 1 ? 's' : ''} in ${list.service}.`,
    );
  for (const problem of result.problems) print(`error  ${redactor.redact(problem)}`);
  if (result.created.length > 0)
    print(
      `Wrote ${result.created.length} ${list.audienceNoun}${result.created.length === 1 ? '' : 's'} into ${NOTIFICATIONS_FILE}; commit it so that the form offers ${result.created.length === 1 ? 'it' : 'them'}.`,
    );
  else if (result.problems.length === 0) print(`Nothing to create: ${list.service} has a ${list.audienceNoun} for everything and every component.`);
  return result.problems.length > 0 ? 1 : 0;
}
