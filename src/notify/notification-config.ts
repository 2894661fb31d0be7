/**
 * Reads `notifications.yml`, checking what the schema alone
 * cannot: unique channel ids, and component filters that name real components or groups.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../core/diagnostics.ts';
import { readYamlFile } from '../content/load-content.ts';
import type { YamlSource } from '../content/yaml-source.ts';
import type { ComponentCatalog } from '../schemas/components-schema.ts';
import { notificationSettingsSchema, type NotificationSettings } from './notification-settings-schema.ts';
import { unknownFilterIds } from './component-filters.ts';
import { catalogIndex } from '../core/catalog.ts';

/** The configuration file's name, beside `site.yml`. */
export const NOTIFICATIONS_FILE = 'notifications.yml';

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
