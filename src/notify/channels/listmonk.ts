/**
 * Listmonk (open source, self-hosted): one double-opt-in public list per component and one for
 * everything. The form posts to its public subscription form (`/subscription/form`, fields
 * `email` and `l`, one per chosen list's UUID); each piece of news is one campaign to the lists
 * that follow it, created and started through the API (`Authorization: token user:token`). A
 * campaign is named with its idempotency key, so a run that died between creating and starting
 * it is finished by the next one, never doubled.
 */
import { z } from 'astro/zod';
import { requestJson, type JsonAnswer, type Outcome } from '../delivery-transport.ts';
import { channelBase, envName, serviceUrl, type Broadcast, type ServiceContext, type ChannelType, type MailingList, type SyncResult } from './channel-type.ts';
import { audiencesSchema, failedStep, mailingListChannel } from './mailing-list.ts';

const listUuid = z
  .string({ error: 'should be the UUID of a Listmonk list, such as `6f4ac0b2-7d8e-4c5a-9b1e-2f3d4c5b6a7e`' })
  .trim()
  .toLowerCase()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'should be the UUID of a Listmonk list (Lists → the list → UUID), such as `6f4ac0b2-7d8e-4c5a-9b1e-2f3d4c5b6a7e`',
  );

/** The settings of a `listmonk` channel. */
export const listmonkSettings = z.strictObject({
  ...channelBase,
  type: z.literal('listmonk'),
  /** The Listmonk server's root URL, where readers' browsers post the form. */
  url: serviceUrl('https://lists.example.com', true, 'api_token_env'),
  /** The API user (Admin → Users → API user); not a secret. */
  api_user: z
    .string({ error: 'should be the name of a Listmonk API user, such as `upfront`' })
    .trim()
    .regex(/^[^\s:]+$/, 'should be the name of a Listmonk API user (no spaces or `:`), such as `upfront`'),
  /** The variable holding that user's API token. */
  api_token_env: envName,
  /** The list of each choice on the form; `upfront subscriptions sync` creates the missing ones and writes them here. */
  lists: audiencesSchema(listUuid, 'list UUID'),
});

type ListmonkSettings = z.output<typeof listmonkSettings>;

interface ListmonkList {
  id: number;
  uuid: string;
  name: string;
}

interface ListmonkCampaign {
  id: number;
  name: string;
  status: string;
}

/** The API's `{ data: … }` envelope, read defensively: a proxy may answer anything. */
function data<T>(answer: JsonAnswer): T | undefined {
  return (answer.json as { data?: T } | undefined)?.data;
}

function api(settings: ListmonkSettings, context: ServiceContext) {
  const headers = () => ({ Authorization: `token ${settings.api_user}:${context.secret('api_token_env')}` });
  return (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
    requestJson(
      { method, url: `${settings.url}/api/${path}`, body: body === undefined ? undefined : JSON.stringify(body), headers },
      context.policy,
      context.deadline,
    );
}

const listsOfRun = new WeakMap<ServiceContext, Promise<{ lists?: ListmonkList[]; outcome: Outcome }>>();

/** Every list on the server, read once per run. */
function serverLists(settings: ListmonkSettings, context: ServiceContext): Promise<{ lists?: ListmonkList[]; outcome: Outcome }> {
  let lists = listsOfRun.get(context);
  if (!lists) {
    lists = api(settings, context)('GET', 'lists?per_page=all&minimal=true').then((answer) => {
      const found = data<{ results?: ListmonkList[] } | ListmonkList[]>(answer);
      const lists = Array.isArray(found) ? found : found?.results;
      if (answer.outcome.state === 'delivered' && !Array.isArray(lists))
        return { outcome: { ...answer.outcome, state: 'failed' as const, detail: 'the answer held no lists' } };
      return { outcome: answer.outcome, lists };
    });
    listsOfRun.set(context, lists);
  }
  return lists;
}

const failedAt = (step: string, outcome: Outcome) => failedStep(step, outcome, 'the API user and the token in its variable');

/** Text that Listmonk runs through its Go templates (the subject, the plain text) with an incident's own `{{` printed, not run. */
function goTemplateText(text: string): string {
  return text.replace(/\{\{/g, '{{"{{"}}');
}

/** Sends one campaign: finds an earlier run's by its key, or creates one, then starts it unless it runs already. */
async function send(settings: ListmonkSettings, broadcast: Broadcast, context: ServiceContext): Promise<Outcome> {
  const call = api(settings, context);
  const { lists, outcome } = await serverLists(settings, context);
  if (!lists) return failedAt('reading the lists', outcome);
  const ids = broadcast.audiences.map((uuid) => lists.find((l) => l.uuid === uuid)?.id);
  const missing = broadcast.audiences.filter((_, i) => ids[i] === undefined);
  if (missing.length > 0) {
    return {
      state: 'failed',
      attempts: 1,
      channelDown: true,
      detail: `Listmonk at ${settings.url} has no list ${missing.join(', ')}; run \`upfront subscriptions sync\` to create the lists notifications.yml needs`,
    };
  }
  const found = await call('GET', `campaigns?query=${encodeURIComponent(broadcast.key)}&no_body=true&per_page=all`);
  if (found.outcome.state !== 'delivered') return failedAt('looking for an earlier run’s campaign', found.outcome);
  let campaign = data<{ results?: ListmonkCampaign[] }>(found)?.results?.find((c) => c.name.includes(broadcast.key));
  if (!campaign) {
    const created = await call('POST', 'campaigns', {
      name: `${broadcast.subject} · ${broadcast.key}`,
      subject: goTemplateText(broadcast.subject),
      lists: ids,
      type: 'regular',
      content_type: 'html',
      body: broadcast.html,
      altbody: goTemplateText(broadcast.text),
      messenger: 'email',
      tags: ['upfront', settings.id],
    });
    if (created.outcome.state !== 'delivered') return failedAt('creating the campaign', created.outcome);
    campaign = data<ListmonkCampaign>(created);
    if (!campaign) return { state: 'failed', attempts: created.outcome.attempts, detail: 'creating the campaign: the answer held no campaign' };
  }
  // Started by an earlier run (or by hand): sending it again would mail everyone twice.
  if (campaign.status !== 'draft' && campaign.status !== 'scheduled')
    return { state: 'delivered', attempts: 1, detail: `campaign ${campaign.id} is ${campaign.status} already` };
  const started = await call('PUT', `campaigns/${campaign.id}/status`, { status: 'running' });
  return started.outcome.state === 'delivered' ? started.outcome : failedAt(`starting campaign ${campaign.id}`, started.outcome);
}

/** Creates a public double-opt-in list for each audience notifications.yml does not name yet. */
async function sync(settings: ListmonkSettings, wanted: Parameters<MailingList<ListmonkSettings>['sync']>[1], context: ServiceContext): Promise<SyncResult> {
  const result: SyncResult = { created: [], existing: 0, problems: [] };
  const { lists, outcome } = await serverLists(settings, context);
  if (!lists) return { ...result, problems: [failedAt('reading the lists', outcome).detail!] };
  for (const audience of wanted) {
    if (audience.value) {
      if (lists.some((l) => l.uuid === audience.value)) result.existing++;
      else
        result.problems.push(
          `the list of \`${audience.choice}\` (${audience.value}) is not on ${settings.url}; delete it from notifications.yml to have a new one created`,
        );
      continue;
    }
    const created = await api(settings, context)('POST', 'lists', {
      name: audience.name,
      type: 'public',
      optin: 'double',
      tags: ['upfront'],
      description: `Status updates from Upfront (${audience.choice})`,
    });
    const list = data<ListmonkList>(created);
    if (created.outcome.state !== 'delivered' || !list?.uuid) {
      result.problems.push(failedAt(`creating the list “${audience.name}”`, created.outcome).detail!);
      break;
    }
    result.created.push({ choice: audience.choice, value: list.uuid, name: audience.name });
  }
  return result;
}

/** Listmonk as a mailing list. */
const listmonkList: MailingList<ListmonkSettings> = {
  service: 'Listmonk',
  audiencesField: 'lists',
  audienceNoun: 'list',
  audiences: (settings) => settings.lists,
  form: (settings) => ({
    action: `${settings.url}/subscription/form`,
    emailField: 'email',
    choiceField: 'l',
    hidden: [],
    // Listmonk drops a submission whose `nonce` is filled in: only bots fill hidden fields.
    honeypot: 'nonce',
  }),
  send,
  sync,
};

/** The `listmonk` channel type. */
export const listmonk: ChannelType<ListmonkSettings> = {
  sends:
    'one Listmonk campaign per piece of news to the double-opt-in lists of the components it touches and of everything (each subscriber once), created and started through the API; readers subscribe themselves with the form on the subscribe page',
  template: `# Readers subscribe themselves (double opt-in) with the form on /subscribe/; Listmonk keeps the
# addresses, one public list per component and one for everything. Run
# \`npm run upfront -- subscriptions sync\` to create the lists and write their UUIDs here.
# - id: subscribers
#   type: listmonk
#   url: https://lists.example.com
#   api_user: upfront
#   api_token_env: UPFRONT_LISTMONK_TOKEN`,
  ...mailingListChannel(listmonkList),
};
