/**
 * Mailing lists as configuration: what `check` says about a channel's audiences and the site
 * around its form, and the pure parts of sending (which audiences a piece of news goes to, text
 * safe in a service's template) and of the page (the form, the Content-Security-Policy).
 */
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { metaContentSecurityPolicy, headerContentSecurityPolicy } from '../../src/outputs/content-security.ts';
import { readNotificationSettings, subscribeForm } from '../../src/notify/notification-config.ts';
import { audienceProblems, audiencesOf, templateSafeHtml, wantedAudiences } from '../../src/notify/channels/mailing-list.ts';
import { componentCatalogSchema } from '../../src/schemas/components-schema.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { COMPONENTS_YML, SITE_YML, contentFolder } from '../helpers/content-folder.ts';
import { parse } from 'yaml';

const catalog = componentCatalogSchema.parse(parse(COMPONENTS_YML));
const settings = siteSettingsSchema.parse({ ...parse(SITE_YML), privacy_url: 'https://test.example/privacy' });
const UUID = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const LISTMONK = `channels:
  - id: readers
    type: listmonk
    url: https://lists.test.example/
    api_user: upfront
    api_token_env: T_TOKEN
    lists:
      everything: ${UUID(1)}
      components:
        api: ${UUID(2)}
        website: ${UUID(3)}
        db: ${UUID(4)}
`;

async function diagnostics(yaml: string, site = { catalog, settings }) {
  const read = await readNotificationSettings(contentFolder({ 'notifications.yml': yaml }), site);
  return read.diagnostics.map((d) => formatDiagnostic(d));
}

test.each([
  ['a complete Listmonk channel', LISTMONK, []],
  [
    'a component of the catalogue without a list, and one that is no component',
    LISTMONK.replace('        db:', '        dbb:'),
    [
      'notifications.yml:12:9  error  `dbb` is not a component in components/components.yml. Did you mean `db`?',
      'notifications.yml:7:5  error  `lists` has no list for `db`: the form offers every component and everything; run `npm run upfront -- subscriptions sync` to create it in Listmonk and write it here',
    ],
  ],
  [
    'no lists at all',
    LISTMONK.split('    lists:')[0],
    [
      'notifications.yml:2:5  error  `lists` has no list for `everything`, `api`, `website`, `db`: the form offers every component and everything; run `npm run upfront -- subscriptions sync` to create them in Listmonk and write them here',
    ],
  ],
  [
    'a list that is no UUID, and an address with a query',
    LISTMONK.replace(UUID(3), 'website-list').replace('https://lists.test.example/', 'https://lists.test.example/?x=1'),
    [
      'notifications.yml:4:5  error  `channels[0].url` should be the https address of the server, such as `https://lists.example.com`',
      'notifications.yml:11:9  error  `channels[0].lists.components.website` should be the UUID of a Listmonk list (Lists → the list → UUID), such as `6f4ac0b2-7d8e-4c5a-9b1e-2f3d4c5b6a7e`',
    ],
  ],
  [
    'a second mailing list',
    `${LISTMONK}  - id: more-readers\n    type: buttondown\n    newsletter: test\n    api_key_env: T_KEY\n    tags:\n      everything: all\n      components: { api: api, website: website, db: db }\n`,
    [
      'notifications.yml:14:5  error  a second mailing list: the subscribe page has one form, so keep one `listmonk` or `buttondown` channel (`readers` is the first)',
    ],
  ],
  [
    'a Buttondown tag name of punctuation alone',
    `channels:\n  - id: readers\n    type: buttondown\n    newsletter: test\n    api_key_env: T_KEY\n    tags:\n      everything: "--"\n      components: { api: api, website: website, db: db }\n`,
    [
      'notifications.yml:7:7  error  `channels[0].tags.everything` should be a tag name with at least one letter or digit and no control characters, such as `status-api`',
    ],
  ],
])('%s', async (_name, yaml, expected) => {
  expect(await diagnostics(yaml)).toEqual(expected);
});

test('a mailing list asks for the privacy policy its form links to', async () => {
  expect(await diagnostics(LISTMONK, { catalog, settings: { ...settings, privacy_url: undefined } })).toEqual([
    'notifications.yml:3:5  error  a mailing list asks readers for their address, so its form links to your privacy policy: add `privacy_url: https://…` to site.yml',
  ]);
});

test('the form of each service: where it posts, and the fields of a choice', async () => {
  const listmonk = await readNotificationSettings(contentFolder({ 'notifications.yml': LISTMONK }), { catalog, settings });
  expect(subscribeForm(listmonk.value)).toEqual({
    action: 'https://lists.test.example/subscription/form',
    emailField: 'email',
    choiceField: 'l',
    audiences: { everything: UUID(1), components: { api: UUID(2), website: UUID(3), db: UUID(4) } },
    hidden: [],
    honeypot: 'nonce',
  });
  const buttondown = await readNotificationSettings(
    contentFolder({
      'notifications.yml': `channels:\n  - id: readers\n    type: buttondown\n    newsletter: acme-status\n    api_key_env: T_KEY\n    tags: { everything: all, components: { api: api, website: web, db: db } }\n`,
    }),
    { catalog, settings },
  );
  expect(subscribeForm(buttondown.value)).toMatchObject({
    action: 'https://buttondown.com/api/emails/embed-subscribe/acme-status',
    choiceField: 'tag',
    hidden: [['embed', '1']],
  });
  expect(subscribeForm({ ...listmonk.value!, channels: [] })).toBeUndefined();
});

test.each([
  [[], [UUID(1)]],
  [['api'], [UUID(1), UUID(2)]],
  [
    ['api', 'website', 'api'],
    [UUID(1), UUID(2), UUID(3)],
  ],
  [['unknown'], [UUID(1)]],
])('news touching %j goes to %j', (componentIds, expected) => {
  expect(audiencesOf({ everything: UUID(1), components: { api: UUID(2), website: UUID(3) } }, componentIds)).toEqual(expected);
});

test('what a channel lacks, and the audiences sync creates, in catalogue order', () => {
  expect(audienceProblems({ components: { api: 'a', dbb: 'b' } }, catalog)).toEqual({ unknown: ['dbb'], missing: ['everything', 'website', 'db'] });
  expect(wantedAudiences({ everything: 'e', components: { db: 'd' } }, catalog, settings, 'Everything')).toEqual([
    { choice: 'everything', name: 'Test Status: Everything', value: 'e' },
    { choice: 'api', name: 'Test Status: API', value: undefined },
    { choice: 'website', name: 'Test Status: Website', value: undefined },
    { choice: 'db', name: 'Test Status: Database', value: 'd' },
  ]);
});

test.each([
  ['<p>{{ .Subscriber.Email }}</p>', '<p>&#123;&#123; .Subscriber.Email &#125;&#125;</p>'],
  ['<p>{% if x %}</p>', '<p>&#123;% if x %&#125;</p>'],
  ['<p>plain</p>', '<p>plain</p>'],
])('templateSafeHtml(%j)', (html, expected) => {
  expect(templateSafeHtml(html)).toBe(expected);
});

test.each([
  [undefined, "form-action 'none'"],
  ['https://lists.test.example/subscription/form', 'form-action https://lists.test.example'],
  ['http://127.0.0.1:8080/api/emails/embed-subscribe/x', 'form-action http://127.0.0.1:8080'],
])('the pages’ policy for a form posting to %s ends with %s', (action, directive) => {
  expect(metaContentSecurityPolicy(action)).toBe(
    `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; ${directive}`,
  );
  expect(headerContentSecurityPolicy(action)).toBe(`${metaContentSecurityPolicy(action)}; frame-ancestors 'none'`);
});
