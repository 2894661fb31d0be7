/** Notifications and the postmortem scaffold are written in the site's language; the checks read a placeholder in any. */
import { describe, expect, test } from 'vitest';
import type { ContentVersion } from '../../src/notify/live-news.ts';
import { newsAfterMerge } from '../helpers/news.ts';
import { mastodonStatus, messageContent, slackMessage } from '../../src/notify/notification-messages.ts';
import { emailMessage } from '../../src/notify/notification-email.ts';
import { postmortemScaffold, PLACEHOLDERS } from '../../src/content/postmortem-scaffold.ts';
import { siteLocale } from '../../src/core/site-locale.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { incident } from '../helpers/entries.ts';

const NOW = new Date('2026-03-10T12:15:00Z');
const open = incident('2026-03-10-api', { api: 'major_outage' }, [['investigating', '2026-03-10T11:00:00Z']]);
const resolved = incident('2026-03-10-api', { api: 'major_outage' }, [
  ['resolved', '2026-03-10T12:10:00Z'],
  ['investigating', '2026-03-10T11:00:00Z'],
]);
const catalog = { groups: [{ id: 'platform', name: 'Platform', components: [{ id: 'api', name: 'API' }] }] } as never;
const settingsIn = (language: string) =>
  siteSettingsSchema.parse({ name: 'Acme', url: 'https://status.acme.example', time_zone: 'Europe/Berlin', support_url: 'mailto:help@acme.example', language });
const version = (events: ContentVersion['events']): ContentVersion => ({ events, postmortems: [] });
const ADDRESSING = {
  siteName: 'Acme',
  from: 'status@acme.example',
  to: 'a@b.example',
  unsubscribe: 'https://acme.example/u',
  messageId: '<1@acme>',
  threadId: '<1@acme>',
  listId: 'acme',
};

describe('a resolution, told in the site’s language', () => {
  const [notification] = newsAfterMerge(version([open]), version([resolved]), NOW).due;

  test('carries what customers receive, under the language’s own label, after the other facts', () => {
    const credited = { ...resolved, data: { ...resolved.data, compensation: 'Une journée de crédit sur **votre prochaine facture**.' } };
    const [news] = newsAfterMerge(version([open]), version([credited]), NOW).due;
    expect(messageContent(news, { settings: settingsIn('fr'), catalog, now: NOW }).facts.at(-1)).toEqual([
      'Dédommagement',
      'Une journée de crédit sur votre prochaine facture.',
    ]);
  });

  test.each([
    [
      'de',
      'Behoben: 2026-03-10-api',
      [
        ['Auswirkung', 'Gering'],
        ['Betroffen', 'API'],
        ['Begonnen', '10. März 2026, 12:00 MEZ'],
        ['Dauer', '1 Std., 10 Min.'],
      ],
      'Auf der Statusseite ansehen',
    ],
    [
      'ja',
      '【解決済み】2026-03-10-api',
      [
        ['影響度', '軽微'],
        ['影響範囲', 'API'],
        ['発生', '2026年3月10日 12:00 GMT+1'],
        ['継続時間', '1 時間10 分'],
      ],
      'ステータスページで見る',
    ],
    [
      'en-US',
      'Resolved: 2026-03-10-api',
      [
        ['Impact', 'Minor'],
        ['Affected', 'API'],
        ['Started', 'Mar 10, 2026, 12:00\u202fPM CET'],
        ['Duration', '1 hr 10 min'],
      ],
      'View on the status page',
    ],
  ])('in %s: subject, facts and link', (language, subject, facts, linkText) => {
    const content = messageContent(notification, { settings: settingsIn(language), catalog, now: NOW });
    expect([content.subject, content.facts, content.linkText]).toEqual([subject, facts, linkText]);
    expect(slackMessage(content).blocks).toContainEqual({ type: 'header', text: { type: 'plain_text', text: subject } });
  });

  test('an Arabic email is marked right to left, its borders on the right, its footer in Arabic', () => {
    const content = messageContent(notification, { settings: settingsIn('ar'), catalog, now: NOW });
    const email = emailMessage(content, ADDRESSING);
    expect(email.html).toContain('<html lang="ar" dir="rtl">');
    expect(email.html).toContain('border-right:4px solid');
    expect(email.html).toContain('<th scope="row" style="text-align:right;padding:4px 0;padding-left:16px;');
    expect(email.text.endsWith('-- \nتصلك هذه الرسالة لأنك اشتركت في إشعارات Acme.\nإيقاف تلقي هذه الرسائل: https://acme.example/u')).toBe(true);
  });

  test('a Mastodon status keeps the promise lines in the language', () => {
    const [opened] = newsAfterMerge(version([]), version([{ ...open, data: { ...open.data, next_update: new Date('2026-03-10T12:30:00Z') } }]), NOW).due;
    const status = mastodonStatus(messageContent(opened, { settings: settingsIn('fr'), catalog, now: NOW }));
    expect(status.split('\n').slice(-2)).toEqual([
      'Prochaine mise à jour avant: 10 mars 2026, 13:30 UTC+1',
      'https://status.acme.example/incidents/2026-03-10-api/#update-20260310t110000z',
    ]);
  });
});

describe('the postmortem scaffold', () => {
  test('has the headings, prompts and timeline of the site’s language', () => {
    const text = postmortemScaffold(resolved.data as never, NOW, 'Europe/Berlin', siteLocale({ language: 'de' }));
    expect(text.split('\n').filter((line) => line.startsWith('## ') || line.startsWith('| '))).toEqual([
      '## Zusammenfassung',
      '## Auswirkung',
      '## Zeitlicher Ablauf',
      '| Zeit | Was geschah |',
      '| --- | --- |',
      '| 2026-03-10 12:00 +01:00 | Wird untersucht: investigating message |',
      '| 2026-03-10 13:10 +01:00 | Behoben: resolved message |',
      '## Ursache',
      '## Behebung',
      '## Ausgleich',
      '## Was sich ändert',
    ]);
    expect(text).toContain('2026-03-10-api: 1 Std., 10 Min. ab 2026-03-10 12:00 +01:00. (diesen Abschnitt schreiben)');
    expect(text).toContain(
      '## Ausgleich\n\nWas betroffene Kunden erhalten und ob sie etwas tun müssen, oder dass keiner gewährt wird und warum. (diesen Abschnitt schreiben)\n',
    );
  });

  test('its compensation section holds what the incident already says customers receive, with nothing left to write', () => {
    const credited = { ...resolved.data, compensation: 'Ein Tag Gutschrift für jedes Konto, auf der nächsten Rechnung.' };
    const text = postmortemScaffold(credited as never, NOW, 'Europe/Berlin', siteLocale({ language: 'de' }));
    expect(text).toContain('## Ausgleich\n\nEin Tag Gutschrift für jedes Konto, auf der nächsten Rechnung.\n\n## Was sich ändert');
  });

  test('its placeholder is known in every language, so no unfinished draft is published after a change of language', () => {
    expect(PLACEHOLDERS).toEqual([
      '(write this section)',
      '(diesen Abschnitt schreiben)',
      '(rédigez cette section)',
      '(escriba esta sección)',
      '(escreva esta seção)',
      '(scrivi questa sezione)',
      '(schrijf dit deel)',
      '（この節を書いてください）',
      '（请撰写本节）',
      '(اكتب هذا القسم)',
    ]);
  });
});
