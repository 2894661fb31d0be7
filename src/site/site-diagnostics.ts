/** What every command that publishes validates, the content, notifications.yml and alerts.yml, in one place: the build, `check` and the dev server agree. */
import type { Diagnostic } from '../core/diagnostics.ts';
import type { SiteContent } from '../content/load-content.ts';
import { readNotificationSettings } from '../notify/notification-config.ts';
import { readAlertRules } from '../alerts/alert-rules.ts';

/** The problems of the content and of the configuration files beside it, and how many files that is. */
export async function siteDiagnostics(contentDir: string, content: SiteContent): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const notifications = await readNotificationSettings(contentDir, content);
  const alerts = await readAlertRules(contentDir, content.catalog);
  return {
    diagnostics: [...content.diagnostics, ...notifications.diagnostics, ...alerts.diagnostics],
    fileCount: content.fileCount + (notifications.present ? 1 : 0) + (alerts.present ? 1 : 0),
  };
}
