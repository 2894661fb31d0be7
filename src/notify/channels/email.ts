/**
 * Email over SMTP to a private subscriber list: one mail per subscriber (never a shared `To:`),
 * over one pooled connection per run. The record keeps each recipient by a keyed hash, never the
 * address: a refused mailbox is reported in a masked form and never tried again for that news.
 */
import { createHmac } from 'node:crypto';
import { z } from 'astro/zod';
import { catalogIndex } from '../../core/catalog.ts';
import { formatDiagnostic } from '../../core/diagnostics.ts';
import { isoUtc } from '../../core/format-time.ts';
import { linkUrl } from '../../schemas/field-types.ts';
import { pageId } from '../../outputs/statuspage-api.ts';
import { maskAddress } from '../delivery-record.ts';
import { mailSender } from '../delivery-transport.ts';
import { emailMessage } from '../notification-email.ts';
import { messageContent } from '../notification-messages.ts';
import { parseSubscriberList, type Subscriber } from '../subscriber-list.ts';
import { channelBase, envName, type ChannelType, type Delivery, type News } from './channel-type.ts';

const MAILBOX = /^(?:[^<>@]+<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** A mailbox as mail headers write it: `status@acme.example` or `Acme Status <status@acme.example>`. */
const mailbox = z
  .string({ error: 'should be a mail address such as `Acme Status <status@acme.example>`' })
  .trim()
  .superRefine((text, context) => {
    // A line break would end the mail header and start another one (`Bcc:`, say): header injection.
    if (/[\u0000-\u001F\u007F]/.test(text)) {
      context.addIssue({
        code: 'custom',
        message: 'must fit on one line: a line break or other control character in a mail header would let it add headers of its own',
      });
    } else if (!MAILBOX.test(text)) {
      context.addIssue({ code: 'custom', message: 'should be a mail address such as `status@acme.example` or `Acme Status <status@acme.example>`' });
    }
  });

/** The settings of a `email` channel. */
export const emailSettings = z.strictObject({
  ...channelBase,
  type: z.literal('email'),
  /** `smtp://user:password@host:587` or `smtps://…:465`; the password makes all of it a secret. */
  smtp_url_env: envName,
  from: mailbox,
  reply_to: mailbox.optional(),
  /** Names the variable that holds the subscriber list (YAML), so that no address is ever committed. */
  subscribers_env: envName,
  /**
   * Where a subscriber stops receiving mail: an https page or a mailto address, shown in every
   * mail and sent as `List-Unsubscribe`. `{email}` is replaced by the recipient's address.
   */
  unsubscribe: linkUrl,
});

/** The `email` channel type. */
export const email: ChannelType<z.output<typeof emailSettings>> = {
  sends:
    'one mail per subscriber over SMTP (one pooled connection per run), plain text and HTML, threaded per incident, with `List-Unsubscribe` (and `List-Unsubscribe-Post` when the link is https)',
  template: `# One mail per subscriber over SMTP (smtps://user:password@host:465 in the secret). The list of
# subscribers is YAML in a secret too, never in the repository:
#   - email: ops@customer.example
#     components: [api]      # optional: only news about these components or groups
# - id: customer-email
#   type: email
#   smtp_url_env: UPFRONT_SMTP_URL
#   from: Status <status@example.com>
#   reply_to: support@example.com
#   subscribers_env: UPFRONT_SUBSCRIBERS
#   unsubscribe: mailto:status@example.com?subject=unsubscribe%20{email}`,
  componentUpdates: false,
  perRecipient: true,
  secretProblem: (settings, secret) =>
    /^smtps?:$/.test(URL.canParse(secret('smtp_url_env')) ? new URL(secret('smtp_url_env')).protocol : '')
      ? undefined
      : `environment variable ${settings.smtp_url_env} should hold an smtp:// or smtps:// URL`,
  plan(settings, news, context) {
    const { catalog, redactor } = context;
    const listText = context.env[settings.subscribers_env];
    let subscribers: Subscriber[] = [];
    if (listText !== undefined || !context.dryRun) {
      const parsed = parseSubscriberList(settings.subscribers_env, listText ?? '', catalog);
      if (!parsed.value)
        return { deliveries: [], problem: `the subscriber list is invalid:\n${parsed.diagnostics.map((d) => `  ${formatDiagnostic(d)}`).join('\n')}` };
      subscribers = parsed.value;
      redactor.add(...subscribers.map((s) => s.email));
    }
    const site = context.settings;
    const host = new URL(site.url).hostname;
    const { names } = catalogIndex(catalog);
    // Keyed by the SMTP URL, a secret: the record can be public without telling who subscribed.
    const recipientKey = (address: string) => createHmac('sha256', context.secret('smtp_url_env')).update(address.toLowerCase()).digest('hex').slice(0, 24);
    const messageFor = (item: Extract<News, { kind: 'notification' }>, subscriber: Subscriber) => {
      const { notification } = item;
      const firstUpdate = notification.event.data.updates.at(-1)!;
      const thread: News = { kind: 'notification', notification: { ...notification, key: `${notification.event.id}/${isoUtc(firstUpdate.at)}` } };
      return emailMessage(messageContent(notification, context.site), {
        siteName: site.name,
        from: settings.from,
        replyTo: settings.reply_to,
        to: subscriber.email,
        unsubscribe: settings.unsubscribe.replace(/\{email\}/g, encodeURIComponent(subscriber.email)),
        scope: subscriber.components?.map((c) => names.get(c) ?? c),
        messageId: `<${context.idempotencyKey(item, subscriber.email)}@${host}>`,
        threadId: `<${context.idempotencyKey(thread, subscriber.email)}@${host}>`,
        listId: `${site.name.replace(/[<>"]/g, '')} <${pageId(site)}.${host}>`,
      });
    };
    const deliveries: Delivery[] = [];
    const nobody = new Map<string, string>();
    let sender: ReturnType<typeof mailSender> | undefined;
    for (const item of news) {
      if (item.kind !== 'notification') continue;
      const recipients = subscribers.filter((s) => context.follows(s.components, item.notification.componentIds));
      if (context.dryRun) {
        const sample = messageFor(item, { email: 'subscriber@example.invalid' });
        const to =
          listText === undefined
            ? `the subscribers in $${settings.subscribers_env} (not set here)`
            : `${recipients.length} of ${subscribers.length} subscribers`;
        deliveries.push({
          news: item,
          preview: `To: ${to}\nSubject: ${sample.subject}\n\n${sample.text}`,
          send: async () => ({ state: 'delivered', attempts: 0 }),
        });
        continue;
      }
      if (recipients.length === 0) nobody.set(item.notification.key, 'no subscriber follows these components');
      for (const subscriber of recipients) {
        const recipient = { key: recipientKey(subscriber.email), masked: maskAddress(subscriber.email) };
        const recorded = context.recorded(item, recipient.key);
        if (recorded && recorded.state !== 'failed') continue;
        sender ??= mailSender(context.secret('smtp_url_env'), context.policy, context.deadline);
        const mailer = sender;
        deliveries.push({ news: item, recipient, preview: '', send: () => mailer.send(messageFor(item, subscriber)) });
      }
    }
    return { deliveries, nobody, close: () => sender?.close() };
  },
};
