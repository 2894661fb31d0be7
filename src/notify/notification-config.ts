/**
 * Reads `notifications.yml` and the email subscriber list, checking what the schema alone
 * cannot: unique channel ids, and component filters that name real components or groups.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { readYamlFile } from '../content/load-content.ts';
import { schemaDiagnostics } from '../content/schema-issues.ts';
import { didYouMean } from '../schemas/suggest.ts';
import { parseYamlSource, type YamlSource } from '../content/yaml-source.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import { notificationSettingsSchema, subscriberListSchema, type NotificationSettings, type Subscriber } from '../schemas/notification-settings-schema.ts';
import { catalogIndex } from '../core/catalog.ts';

/** The configuration file's name, beside `site.yml`. */
export const NOTIFICATIONS_FILE = 'notifications.yml';


/** The component ids a filter covers, groups expanded to their members. */
export function expandFilter(filter: readonly string[], catalog: ComponentCatalog): Set<string> {
  const { groupMembers } = catalogIndex(catalog);
  return new Set(filter.flatMap((id) => groupMembers.get(id) ?? [id]));
}

function unknownFilterIds(file: string, filter: readonly string[] | undefined, known: readonly string[], locate: (index: number) => { line: number; column: number }): Diagnostic[] {
  return (filter ?? []).flatMap((id, index) => {
    if (known.includes(id)) return [];
    const { line, column } = locate(index);
    return [error(file, line, column, `\`${id}\` is not a component or group in components/components.yml.${didYouMean(id, known)}`)];
  });
}

function checkSettings(settings: NotificationSettings, source: YamlSource, catalog: ComponentCatalog | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  settings.channels.forEach((channel, index) => {
    if (seen.has(channel.id)) {
      const { line, column } = source.locate(['channels', index, 'id']);
      diagnostics.push(error(NOTIFICATIONS_FILE, line, column, `duplicate channel id \`${channel.id}\`; every channel needs its own id (it keeps deliveries apart)`));
    }
    seen.add(channel.id);
    if (catalog) {
      diagnostics.push(...unknownFilterIds(NOTIFICATIONS_FILE, channel.components, catalogIndex(catalog).filterIds, (i) => source.locate(['channels', index, 'components', i])));
    }
  });
  return diagnostics;
}

/** `notifications.yml`, validated; `present` is false when the site has none (nothing to notify). */
export async function readNotificationSettings(
  contentDir: string,
  catalog: ComponentCatalog | undefined,
): Promise<{ present: boolean; value?: NotificationSettings; diagnostics: Diagnostic[] }> {
  if (!existsSync(join(contentDir, NOTIFICATIONS_FILE))) return { present: false, diagnostics: [] };
  const read = await readYamlFile(contentDir, NOTIFICATIONS_FILE, notificationSettingsSchema, (value, source) => checkSettings(value, source, catalog));
  return { present: true, ...read };
}

// Any address in a message about the subscriber list is replaced: the list is private.
const ADDRESS = /[^\s<>@`'"]+@[^\s<>@`'"]+/g;

/**
 * The subscriber list held in environment variable `variable` (YAML). Diagnostics name the
 * variable and the line, never an address.
 */
export function parseSubscriberList(variable: string, text: string, catalog: ComponentCatalog): { value?: Subscriber[]; diagnostics: Diagnostic[] } {
  const file = `$${variable}`;
  const hide = (diagnostics: Diagnostic[]) => diagnostics.map((d) => ({ ...d, message: d.message.replace(ADDRESS, '<address>') }));
  const source = parseYamlSource(text);
  if (source.errors.length > 0) return { diagnostics: hide(source.errors.map((e) => error(file, e.line, e.column, e.message))) };
  const result = subscriberListSchema.safeParse(source.value ?? []);
  if (!result.success) return { diagnostics: hide(schemaDiagnostics(result.error.issues, { file, input: source.value, schema: subscriberListSchema, locate: source.locate })) };
  const known = catalogIndex(catalog).filterIds;
  const diagnostics = result.data.flatMap((subscriber, index) =>
    unknownFilterIds(file, subscriber.components, known, (i) => source.locate([index, 'components', i])),
  );
  return diagnostics.length > 0 ? { diagnostics: hide(diagnostics) } : { value: result.data, diagnostics: [] };
}
