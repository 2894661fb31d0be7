/** What every command that publishes validates, the content and notifications.yml, in one place: the build, `check` and the dev server agree. */
import type { Diagnostic } from '../core/diagnostics.ts';
import type { SiteContent } from '../content/load-content.ts';
import { readNotificationSettings } from '../notify/notification-config.ts';

/** The problems of the content and of notifications.yml, and how many files that is. */
export async function siteDiagnostics(contentDir: string, content: SiteContent): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const notifications = await readNotificationSettings(contentDir, content);
  return { diagnostics: [...content.diagnostics, ...notifications.diagnostics], fileCount: content.fileCount + (notifications.present ? 1 : 0) };
}
