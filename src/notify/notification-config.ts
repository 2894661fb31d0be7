/**
 * Reads `notifications.yml`, checking what the schema alone cannot: unique channel ids, component
 * filters that name real components or groups, and for a mailing list (at most one) an audience
 * for every component and a privacy policy to link beside its form.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { readYamlFile } from '../content/load-content.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import type { SiteSettings } from '../schemas/site-settings-schema.ts';
import { didYouMean } from '../schemas/suggest.ts';
import { channelType } from './channels/registry.ts';
import { audienceProblems } from './channels/mailing-list.ts';
import type { SubscribeForm } from './channels/channel-type.ts';
import { notificationSettingsSchema, type NotificationSettings } from './notification-settings-schema.ts';
import { unknownFilterIds } from './component-filters.ts';
import { catalogIndex } from '../core/catalog.ts';

/** The configuration file's name, beside `site.yml`. */
export const NOTIFICATIONS_FILE = 'notifications.yml';

/** What the checks need of the site, when it could be read. */
export interface SiteParts {
  catalog?: ComponentCatalog;
  settings?: SiteSettings;
}

/** Errors of a mailing-list channel's audiences and of the site around its form. */
function checkMailingList(
  channel: NotificationSettings['channels'][number],
  index: number,
  source: YamlSource,
  site: SiteParts,
  first: { index: number; id: string },
): Diagnostic[] {
  const list = channelType(channel).mailingList;
  if (!list) return [];
  const at = (path: PropertyKey[]) => source.locate(['channels', index, ...path]);
  const where = (path: PropertyKey[]): [number, number] => {
    const { line, column } = at(path);
    return [line, column];
  };
  const diagnostics: Diagnostic[] = [];
  if (first.index !== index) {
    diagnostics.push(
      error(
        NOTIFICATIONS_FILE,
        ...where(['type']),
        `a second mailing list: the subscribe page has one form, so keep one \`listmonk\` or \`buttondown\` channel (\`${first.id}\` is the first)`,
      ),
    );
  }
  if (site.settings && !site.settings.privacy_url) {
    diagnostics.push(
      error(
        NOTIFICATIONS_FILE,
        ...where(['type']),
        `a mailing list asks readers for their address, so its form links to your privacy policy: add \`privacy_url: https://…\` to site.yml`,
      ),
    );
  }
  if (site.catalog) {
    const field = list.audiencesField;
    const audiences = list.audiences(channel as never);
    const { unknown, missing } = audienceProblems(audiences, site.catalog);
    const componentIds = Object.keys(audiences.components);
    for (const id of unknown) {
      const known = site.catalog.groups.flatMap((g) => g.components.map((c) => c.id));
      diagnostics.push(
        error(
          NOTIFICATIONS_FILE,
          ...where([field, 'components', id]),
          `\`${id}\` is not a component in components/components.yml.${didYouMean(
            id,
            known.filter((k) => !componentIds.includes(k)),
          )}`,
        ),
      );
    }
    if (missing.length > 0) {
      diagnostics.push(
        error(
          NOTIFICATIONS_FILE,
          ...where([field]),
          `\`${field}\` has no ${list.audienceNoun} for ${missing.map((m) => `\`${m}\``).join(', ')}: the form offers every component and everything; run \`npm run upfront -- subscriptions sync\` to create ${missing.length === 1 ? 'it' : 'them'} in ${list.service} and write ${missing.length === 1 ? 'it' : 'them'} here`,
        ),
      );
    }
  }
  return diagnostics;
}

function checkSettings(settings: NotificationSettings, source: YamlSource, site: SiteParts): Diagnostic[] {
  const { catalog } = site;
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const firstIndex = settings.channels.findIndex((channel) => channelType(channel).mailingList);
  const firstList = { index: firstIndex, id: settings.channels[firstIndex]?.id ?? '' };
  settings.channels.forEach((channel, index) => {
    diagnostics.push(...checkMailingList(channel, index, source, site, firstList));
    if (seen.has(channel.id)) {
      const { line, column } = source.locate(['channels', index, 'id']);
      diagnostics.push(
        error(NOTIFICATIONS_FILE, line, column, `duplicate channel id \`${channel.id}\`; every channel needs its own id (it keeps deliveries apart)`),
      );
    }
    seen.add(channel.id);
    if (catalog) {
      diagnostics.push(
        ...unknownFilterIds(NOTIFICATIONS_FILE, channel.components, catalogIndex(catalog).filterIds, (i) =>
          source.locate(['channels', index, 'components', i]),
        ),
      );
    }
  });
  return diagnostics;
}

/** `notifications.yml`, validated; `present` is false when the site has none (nothing to notify). */
export async function readNotificationSettings(
  contentDir: string,
  site: SiteParts,
): Promise<{ present: boolean; value?: NotificationSettings; diagnostics: Diagnostic[] }> {
  if (!existsSync(join(contentDir, NOTIFICATIONS_FILE))) return { present: false, diagnostics: [] };
  const read = await readYamlFile(contentDir, NOTIFICATIONS_FILE, notificationSettingsSchema, (value, source) => checkSettings(value, source, site));
  return { present: true, ...read };
}

/** The form readers subscribe with: the mailing-list channel's, when notifications.yml has one. */
export function subscribeForm(settings: NotificationSettings | undefined): SubscribeForm | undefined {
  const channel = settings?.channels.find((c) => channelType(c).mailingList);
  if (!channel) return undefined;
  const list = channelType(channel).mailingList!;
  const { everything, components } = list.audiences(channel);
  // Validation made sure that every choice has its audience.
  return { ...list.form(channel), audiences: { everything: everything!, components } };
}
