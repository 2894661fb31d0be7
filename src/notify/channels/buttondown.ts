/**
 * Buttondown (hosted): one tag per component and one for everything. The form posts to the
 * newsletter's embed-subscribe endpoint with a `tag` field per chosen component (Buttondown runs
 * double opt-in and creates a tag it does not know yet); each piece of news is one email,
 * created through the API (`Authorization: Token …`) with `X-Idempotency-Key`, filtered to the
 * subscribers that carry one of its components' tags or everything's.
 */
import { z } from 'astro/zod';
import { requestJson, type Outcome } from '../delivery-transport.ts';
import { channelBase, envName, serviceUrl, type Broadcast, type ServiceContext, type ChannelType, type MailingList, type SyncResult } from './channel-type.ts';
import { audiencesSchema, failedStep, mailingListChannel } from './mailing-list.ts';

// Buttondown's own rule for a tag's name (TagInput in its OpenAPI document): 1–100 characters,
// no control characters, at least one letter or digit.
const tagName = z
  .string({ error: 'should be the name of a Buttondown tag, such as `status-api`' })
  .trim()
  .min(1, 'should be the name of a Buttondown tag, such as `status-api`')
  .max(100, 'is longer than Buttondown allows for a tag name (100 characters)')
  .regex(
    /^[^\u0000-\u001F\u007F-\u009F]*[\p{L}\p{N}][^\u0000-\u001F\u007F-\u009F]*$/u,
    'should be a tag name with at least one letter or digit and no control characters, such as `status-api`',
  );

/** The settings of a `buttondown` channel. */
export const buttondownSettings = z.strictObject({
  ...channelBase,
  type: z.literal('buttondown'),
  /** The newsletter's username, as in `https://buttondown.com/<username>`. */
  newsletter: z
    .string({ error: 'should be the newsletter’s username, such as `acme-status`' })
    .trim()
    .regex(/^[A-Za-z0-9_-]+$/, 'should be the newsletter’s username as in `https://buttondown.com/<username>`, such as `acme-status`'),
  api_key_env: envName,
  /** The tag of each choice on the form; `upfront subscriptions sync` creates the missing ones and writes them here. */
  tags: audiencesSchema(tagName, 'tag name'),
  /** The API's address; another only for a test server. */
  api_url: serviceUrl('https://api.buttondown.com/v1', true, 'api_key_env').default('https://api.buttondown.com/v1'),
  /** Where the form posts; by default the newsletter's embed-subscribe address. */
  subscribe_url: serviceUrl('https://buttondown.com/api/emails/embed-subscribe/acme-status', true, 'api_key_env').optional(),
});

type ButtondownSettings = z.output<typeof buttondownSettings>;

interface ButtondownTag {
  id: string;
  name: string;
}

function api(settings: ButtondownSettings, context: ServiceContext) {
  return (method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}) =>
    requestJson(
      {
        method,
        url: path.startsWith('http') ? path : `${settings.api_url}/${path}`,
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: () => ({ Authorization: `Token ${context.secret('api_key_env')}`, ...headers }),
      },
      context.policy,
      context.deadline,
    );
}

const tagsOfRun = new WeakMap<ServiceContext, Promise<{ tags?: ButtondownTag[]; outcome: Outcome }>>();

/** Every tag of the newsletter, read once per run, page after page. */
function newsletterTags(settings: ButtondownSettings, context: ServiceContext): Promise<{ tags?: ButtondownTag[]; outcome: Outcome }> {
  let read = tagsOfRun.get(context);
  if (!read) {
    read = (async () => {
      const tags: ButtondownTag[] = [];
      let next: string | undefined = 'tags?page_size=1000';
      while (next) {
        const answer = await api(settings, context)('GET', next);
        const page = answer.json as { results?: ButtondownTag[]; next?: string | null } | undefined;
        if (answer.outcome.state !== 'delivered') return { outcome: answer.outcome };
        if (!Array.isArray(page?.results)) return { outcome: { ...answer.outcome, state: 'failed' as const, detail: 'the answer held no tags' } };
        tags.push(...page.results);
        next = page.next ?? undefined;
      }
      return { tags, outcome: { state: 'delivered' as const, attempts: 1 } };
    })();
    tagsOfRun.set(context, read);
  }
  return read;
}

const failedAt = (step: string, outcome: Outcome) => failedStep(step, outcome, 'the API key in its variable');

/** Sends one email to the subscribers carrying any of the broadcast's tags. */
async function send(settings: ButtondownSettings, broadcast: Broadcast, context: ServiceContext): Promise<Outcome> {
  const { tags, outcome } = await newsletterTags(settings, context);
  if (!tags) return failedAt('reading the tags', outcome);
  // A tag Buttondown does not know yet is one nobody has chosen (the form creates it with its first subscriber).
  const ids = broadcast.audiences.flatMap((name) => tags.filter((t) => t.name === name).map((t) => t.id));
  if (ids.length === 0) return { state: 'delivered', attempts: 0, detail: `nobody has chosen ${broadcast.audiences.join(', ')} yet` };
  const created = await api(settings, context)(
    'POST',
    'emails',
    {
      subject: broadcast.subject,
      body: `<!-- buttondown-editor-mode: fancy -->${broadcast.html}`,
      status: 'about_to_send',
      // The status page is the archive; the newsletter's own stays for what its author writes.
      archival_mode: 'disabled',
      filters: { predicate: 'or', groups: [], filters: ids.map((id) => ({ field: 'subscriber.tags', operator: 'contains', value: id })) },
      metadata: { upfront: broadcast.key },
    },
    { 'X-Idempotency-Key': broadcast.key },
  );
  return created.outcome.state === 'delivered' ? created.outcome : failedAt('creating the email', created.outcome);
}

/** Creates each tag notifications.yml names (or would name) that the newsletter lacks. */
async function sync(
  settings: ButtondownSettings,
  wanted: Parameters<MailingList<ButtondownSettings>['sync']>[1],
  context: ServiceContext,
): Promise<SyncResult> {
  const result: SyncResult = { created: [], existing: 0, problems: [] };
  const { tags, outcome } = await newsletterTags(settings, context);
  if (!tags) return { ...result, problems: [failedAt('reading the tags', outcome).detail!] };
  for (const audience of wanted) {
    const name = audience.value ?? audience.name;
    if (tags.some((t) => t.name === name)) {
      if (audience.value) result.existing++;
      else result.created.push({ choice: audience.choice, value: name, name, found: true });
      continue;
    }
    const created = await api(settings, context)('POST', 'tags', { name, color: '#6b7280', description: `Status updates from Upfront (${audience.choice})` });
    if (created.outcome.state !== 'delivered') {
      result.problems.push(failedAt(`creating the tag “${name}”`, created.outcome).detail!);
      break;
    }
    result.created.push({ choice: audience.choice, value: name, name });
  }
  return result;
}

/** Buttondown as a mailing list. */
const buttondownList: MailingList<ButtondownSettings> = {
  service: 'Buttondown',
  audiencesField: 'tags',
  audienceNoun: 'tag',
  audiences: (settings) => settings.tags,
  form: (settings) => ({
    action: settings.subscribe_url ?? `https://buttondown.com/api/emails/embed-subscribe/${settings.newsletter}`,
    emailField: 'email',
    choiceField: 'tag',
    hidden: [['embed', '1']],
  }),
  send,
  sync,
};

/** The `buttondown` channel type. */
export const buttondown: ChannelType<ButtondownSettings> = {
  sends:
    'one Buttondown email per piece of news to the subscribers tagged with the components it touches or with everything (each subscriber once), with `X-Idempotency-Key`; readers subscribe themselves with the form on the subscribe page',
  template: `# Readers subscribe themselves (double opt-in) with the form on /subscribe/; Buttondown keeps
# the addresses, tagged with the components they chose. Run
# \`npm run upfront -- subscriptions sync\` to create the tags and write their names here.
# - id: subscribers
#   type: buttondown
#   newsletter: acme-status
#   api_key_env: UPFRONT_BUTTONDOWN_API_KEY`,
  ...mailingListChannel(buttondownList),
};
