/**
 * A mailing-list service (Listmonk, Buttondown, …) as Upfront uses it. The service keeps the
 * addresses, runs double opt-in, handles unsubscribes, bounces and complaints, and holds the
 * consent records; Upfront renders the form that subscribes a reader to one audience (a list, a
 * tag) per chosen component, sends each piece of news as one broadcast to the audiences that
 * follow it, and creates the audiences new components need. Nothing of Upfront runs between
 * deploys. A provider is one module implementing `MailingList`; `mailingListChannel` makes it a
 * channel type.
 */
import { z } from 'astro/zod';
import { catalogIndex } from '../../core/catalog.ts';
import type { ComponentCatalog } from '../../schemas/components-schema.ts';
import type { SiteSettings } from '../../schemas/site-settings-schema.ts';
import { emailBodies, oneLine } from '../notification-email.ts';
import { messageContent } from '../notification-messages.ts';
import type { Outcome } from '../delivery-transport.ts';
import type { Audiences, Broadcast, ChannelType, Delivery, MailingList, WantedAudience } from './channel-type.ts';

/** The audiences field of a provider's settings (`lists`, `tags`), each audience written as `value` requires. */
export function audiencesSchema(value: z.ZodType<string>, noun: string) {
  return z
    .strictObject(
      {
        /** The audience of readers who follow every component. */
        everything: value.optional(),
        /** One audience per component id. */
        components: z.record(z.string(), value, { error: `should map component ids to ${noun}s, such as \`api: …\`` }).default({}),
      },
      { error: `should hold \`everything:\` and \`components:\`, the ${noun} of each choice on the form` },
    )
    .prefault({});
}

/** The audiences a site needs: everything, then each component in catalogue order, with the names they get at the service. */
export function wantedAudiences(audiences: Audiences, catalog: ComponentCatalog, settings: SiteSettings, everythingName: string): WantedAudience[] {
  return [
    { choice: 'everything', name: `${settings.name}: ${everythingName}`, value: audiences.everything },
    ...catalogIndex(catalog).components.map((c) => ({ choice: c.id, name: `${settings.name}: ${c.name}`, value: audiences.components[c.id] })),
  ];
}

/** What is wrong with a channel's audiences for this catalogue: ids that are no component, components without an audience. */
export function audienceProblems(audiences: Audiences, catalog: ComponentCatalog): { unknown: string[]; missing: string[] } {
  const { componentIds } = catalogIndex(catalog);
  return {
    unknown: Object.keys(audiences.components).filter((id) => !componentIds.includes(id)),
    missing: [...(audiences.everything ? [] : ['everything']), ...componentIds.filter((id) => !audiences.components[id])],
  };
}

/** The audiences of news touching `componentIds`: everything's and each component's, once each (a reader on several gets one mail). */
export function audiencesOf(audiences: Audiences, componentIds: readonly string[]): string[] {
  const values = [audiences.everything, ...componentIds.map((id) => audiences.components[id])];
  return [...new Set(values.filter((v): v is string => Boolean(v)))];
}

/**
 * `html` safe in a service's message template (Listmonk's Go templates, Buttondown's Jinja-like
 * ones): an incident's own `{{` must print, not run.
 */
export function templateSafeHtml(html: string): string {
  return html.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

/** A failed step of a call to a service, saying which step; a refused login (401, 403) also says what to check. */
export function failedStep(step: string, outcome: Outcome, credentials: string): Outcome {
  const refused = /HTTP 40[13]/.test(outcome.detail ?? '');
  return { ...outcome, detail: `${step}: ${outcome.detail ?? 'failed'}${refused ? ` (check ${credentials})` : ''}` };
}

/** The channel type of a mailing-list provider. */
export function mailingListChannel<Settings extends { type: string; id: string }>(
  list: MailingList<Settings>,
): Pick<ChannelType<Settings>, 'componentUpdates' | 'perRecipient' | 'plan' | 'mailingList'> {
  return {
    componentUpdates: false,
    perRecipient: false,
    mailingList: list,
    plan(settings, news, context) {
      const site = context.settings;
      const audiences = list.audiences(settings);
      const deliveries: Delivery[] = [];
      for (const item of news) {
        if (item.kind !== 'notification') continue;
        const content = messageContent(item.notification, context.site);
        const words = content.locale.NOTIFY_WORDS;
        const bodies = emailBodies(content, site.name, { reason: words.emailReason(site.name, '') });
        const broadcast: Broadcast = {
          key: context.idempotencyKey(item),
          subject: oneLine(`[${site.name}] ${content.subject}`),
          html: templateSafeHtml(bodies.fragment),
          text: bodies.text,
          audiences: audiencesOf(audiences, item.notification.componentIds),
        };
        deliveries.push({
          news: item,
          preview: `${list.service} broadcast to ${list.audienceNoun}s ${broadcast.audiences.join(', ')}\nSubject: ${broadcast.subject}\n\n${broadcast.text}`,
          send: () => list.send(settings, broadcast, context),
        });
      }
      return { deliveries };
    },
  };
}
