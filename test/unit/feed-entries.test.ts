import { expect, test } from 'vitest';
import { feedEntries } from '../../src/outputs/feed-entries.ts';
import { calendarSequence } from '../../src/outputs/maintenance-calendar.ts';
import { pageId } from '../../src/outputs/statuspage-api.ts';
import { siteSettingsSchema, type SiteSettings } from '../../src/schemas/site-settings-schema.ts';
import type { PostmortemEntry } from '../../src/schemas/postmortem-schema.ts';
import { incident, maintenance } from '../helpers/entries.ts';

const settings: SiteSettings = siteSettingsSchema.parse({
  name: 'Acme',
  url: 'https://status.acme.example',
  time_zone: 'UTC',
  support_url: 'mailto:help@acme.example',
});
const outage = incident('2026-11-20-api', { api: 'major_outage' }, [
  ['resolved', '2026-11-20T11:00:00Z'],
  ['investigating', '2026-11-20T10:00:00Z'],
]);
const window = maintenance('2026-11-18-db', ['db'], ['2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z'], [['scheduled', '2026-11-18T09:00:00Z']]);
const postmortem = (published: string): Map<string, PostmortemEntry> =>
  new Map([['2026-11-20-api', { id: '2026-11-20-api', data: { published: new Date(published), body: 'What happened.' } } as PostmortemEntry]]);
const NOW = new Date('2026-11-21T12:00:00Z');

test('one entry per update and per published postmortem, newest first, with stable ids', () => {
  const entries = feedEntries(settings, [outage, window], postmortem('2026-11-21T09:00:00Z'), NOW)();
  expect(entries.map((e) => [e.id, e.title, e.updated.toISOString(), e.link])).toEqual([
    [
      'tag:status.acme.example,2026:2026-11-20-api/postmortem',
      '[Postmortem] 2026-11-20-api',
      '2026-11-21T09:00:00.000Z',
      'https://status.acme.example/incidents/2026-11-20-api/postmortem/',
    ],
    [
      'tag:status.acme.example,2026:2026-11-20-api/2026-11-20T11:00:00Z',
      '[Resolved] 2026-11-20-api',
      '2026-11-20T11:00:00.000Z',
      'https://status.acme.example/incidents/2026-11-20-api/#update-20261120t110000z',
    ],
    [
      'tag:status.acme.example,2026:2026-11-20-api/2026-11-20T10:00:00Z',
      '[Investigating] 2026-11-20-api',
      '2026-11-20T10:00:00.000Z',
      'https://status.acme.example/incidents/2026-11-20-api/#update-20261120t100000z',
    ],
    [
      'tag:status.acme.example,2026:2026-11-18-db/2026-11-18T09:00:00Z',
      '[Scheduled] 2026-11-18-db',
      '2026-11-18T09:00:00.000Z',
      'https://status.acme.example/incidents/2026-11-18-db/#update-20261118t090000z',
    ],
  ]);
  expect(entries[3].html).toBe('<p>scheduled message</p><p>Window: 22 Nov 2026, 02:00 UTC – 03:00 UTC</p>');
});

test.each([
  ['a postmortem dated after now is not announced yet', { now: NOW, published: '2026-11-22T09:00:00Z', limit: 50, component: undefined }, 3],
  ['the limit keeps the newest', { now: NOW, published: '2026-11-21T09:00:00Z', limit: 2, component: undefined }, 2],
  ['a component sees only what affected it', { now: NOW, published: '2026-11-21T09:00:00Z', limit: 50, component: 'db' }, 1],
  ['a component nothing affected has an empty feed', { now: NOW, published: '2026-11-21T09:00:00Z', limit: 50, component: 'cdn' }, 0],
])('%s', (_name, { now, published, limit, component }, count) => {
  expect(feedEntries({ ...settings, feed_entries: limit }, [outage, window], postmortem(published), now)(component)).toHaveLength(count);
});

test.each([
  ['announced only', [['scheduled', '2026-11-18T09:00:00Z']], false, 0],
  [
    'announced and started',
    [
      ['in_progress', '2026-11-22T02:00:00Z'],
      ['scheduled', '2026-11-18T09:00:00Z'],
    ],
    false,
    1,
  ],
  ['announced and cancelled', [['scheduled', '2026-11-18T09:00:00Z']], true, 1],
  [
    'three updates, then cancelled',
    [
      ['scheduled', '2026-11-20T09:00:00Z'],
      ['scheduled', '2026-11-19T09:00:00Z'],
      ['scheduled', '2026-11-18T09:00:00Z'],
    ],
    true,
    3,
  ],
] as const)('calendarSequence: %s', (_name, updates, cancelled, sequence) => {
  expect(calendarSequence(maintenance('m', ['db'], ['2026-11-22T02:00:00Z', '2026-11-22T03:00:00Z'], updates, { cancelled }).data)).toBe(sequence);
});

test('the page id depends only on where the site lives', () => {
  expect(pageId(settings)).toBe(pageId({ ...settings, name: 'Renamed' }));
  expect(pageId(settings)).not.toBe(pageId({ ...settings, base: '/status/' }));
  expect(pageId(settings)).toMatch(/^[0-9a-f]{12}$/);
});
