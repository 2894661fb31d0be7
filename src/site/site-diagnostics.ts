/** What every command that publishes validates, the content, notifications.yml and alerts.yml, in one place: the build, `check` and the dev server agree. */
import { warning, type Diagnostic } from '../core/diagnostics.ts';
import type { SiteContent } from '../content/load-content.ts';
import { readNotificationSettings } from '../notify/notification-config.ts';
import { readAlertRules } from '../alerts/alert-rules.ts';
import { missingStrings, WRITTEN, type PartialTranslation } from '../locale/translations.ts';
import { translationOf, type TranslatedLanguage } from '../schemas/languages.ts';

/** The problems of the content and of the configuration files beside it, and how many files that is. */
export async function siteDiagnostics(contentDir: string, content: SiteContent): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const notifications = await readNotificationSettings(contentDir, content);
  const alerts = await readAlertRules(contentDir, content.catalog);
  const language = content.settings ? untranslated(content.settings.language) : [];
  return {
    diagnostics: [...content.diagnostics, ...notifications.diagnostics, ...alerts.diagnostics, ...language],
    fileCount: content.fileCount + (notifications.present ? 1 : 0) + (alerts.present ? 1 : 0),
  };
}

/** How many strings are named before "and N more": the list is for whoever translates them. */
const NAMED_STRINGS = 10;

/** A warning when the site's language lacks strings that its readers then see in English. */
export function untranslated(language: string, written: Record<TranslatedLanguage, PartialTranslation> = WRITTEN): Diagnostic[] {
  const translation = translationOf(language);
  const missing = missingStrings(written[translation]);
  if (missing.length === 0) return [];
  const named = missing
    .slice(0, NAMED_STRINGS)
    .map((path) => `\`${path}\``)
    .join(', ');
  const more = missing.length > NAMED_STRINGS ? `, and ${missing.length - NAMED_STRINGS} more` : '';
  return [
    warning(
      'site.yml',
      1,
      1,
      `Upfront's ${translation} translation lacks ${missing.length} ${missing.length === 1 ? 'string' : 'strings'}, which readers see in English: ${named}${more} (src/locale/${translation}.ts; docs/translations.md)`,
    ),
  ];
}
