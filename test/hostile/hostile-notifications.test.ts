/** notifications.yml holds no secret and nothing that could add a mail header: each refused at its line. */
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { readNotificationSettings } from '../../src/notify/notification-config.ts';
import { emailMessage } from '../../src/notify/notification-email.ts';
import { siteLocale } from '../../src/core/site-locale.ts';
import { contentFolder } from '../helpers/content-folder.ts';

const mastodon = (server: string) => `channels:\n  - id: toots\n    type: mastodon\n    server: ${server}\n    token_env: T_TOKEN\n`;
const email = (fields: string) => `channels:\n  - id: mail\n    type: email\n    smtp_url_env: T_SMTP_URL\n    subscribers_env: T_SUBSCRIBERS\n${fields}`;
const FROM = '    from: Test Status <status@test.example>\n';
const UNSUBSCRIBE = '    unsubscribe: https://test.example/unsubscribe?email={email}\n';

test.each([
  ['valid settings', email(FROM + UNSUBSCRIBE), []],
  [
    'a Mastodon server with credentials',
    mastodon('https://bot:hunter2@mastodon.example'),
    [
      'notifications.yml:4:5  error  `channels[0].server` contains a user name or password; secrets belong in environment variables, which this file names (`token_env`), never in the file itself',
    ],
  ],
  [
    'an unsubscribe link with credentials',
    email(`${FROM}    unsubscribe: https://admin:secret@test.example/unsubscribe?email={email}\n`),
    [
      'notifications.yml:7:5  error  `channels[0].unsubscribe` contains a user name or password, which would be published wherever the link appears; remove `user:password@` (secrets belong in environment variables)',
    ],
  ],
  [
    'a carriage return in `from`',
    email(`    from: "Test Status\\rBcc: all@victims.example <status@test.example>"\n${UNSUBSCRIBE}`),
    [
      'notifications.yml:6:5  error  `channels[0].from` must fit on one line: a line break or other control character in a mail header would let it add headers of its own',
    ],
  ],
  [
    'a line feed in `reply_to`',
    email(`${FROM}    reply_to: "Help\\nBcc: all@victims.example <help@test.example>"\n${UNSUBSCRIBE}`),
    [
      'notifications.yml:7:5  error  `channels[0].reply_to` must fit on one line: a line break or other control character in a mail header would let it add headers of its own',
    ],
  ],
  [
    'a control character by YAML escape',
    email(`    from: "Test\\x01Status <status@test.example>"\n${UNSUBSCRIBE}`),
    ['notifications.yml:6:5  error  `channels[0].from` contains the invisible control character U+0001, written as an escape; delete it'],
  ],
])('%s', async (_name, yaml, expected) => {
  const { diagnostics } = await readNotificationSettings(contentFolder({ 'notifications.yml': yaml }), {});
  expect(diagnostics.map((d) => formatDiagnostic(d))).toEqual(expected);
});

test('no header of a mail can hold a line break, whatever the settings held', () => {
  const message = emailMessage(
    {
      subject: 'API down\r\nBcc: x@y.example',
      body: 'Text.',
      facts: [],
      url: 'https://s.example/i/',
      linkText: 'Read',
      tone: 'major',
      locale: siteLocale({ language: 'en' }),
    } as unknown as Parameters<typeof emailMessage>[0],
    {
      siteName: 'Site\nX-Evil: 1',
      from: 'Site <s@s.example>\r\nBcc: all@victims.example',
      to: 'a@b.example',
      replyTo: 'r@s.example\n',
      unsubscribe: 'https://s.example/u\r\n',
      listId: 'site.s.example',
      messageId: '<1@s.example>',
      threadId: '<1@s.example>',
    } as unknown as Parameters<typeof emailMessage>[1],
  );
  const headers = [message.from, message.to, message.replyTo, message.subject, ...Object.values(message.headers)];
  expect(headers.filter((value) => /[\r\n]/.test(value ?? ''))).toEqual([]);
  expect(message.from).toBe('Site <s@s.example> Bcc: all@victims.example');
});
