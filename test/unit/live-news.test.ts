/** What counts as news when a version of the content is merged, what a correction is, and what each service receives. */
import { describe, expect, test } from 'vitest';
import { componentChangesOf, liveNews, type ContentVersion } from '../../src/notify/live-news.ts';
import { newsAfterMerge } from '../helpers/news.ts';
import { emptyRecord, identifyNews, notNewsReason } from '../../src/notify/delivery-record.ts';
import { clip, mastodonStatus, messageContent, slackMessage, type MessageContent } from '../../src/notify/notification-messages.ts';
import { markdownToPlainText } from '../../src/content/markdown-html.ts';
import { incident, maintenance } from '../helpers/entries.ts';
import type { PostmortemEntry } from '../../src/schemas/postmortem-schema.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import { siteLocale } from '../../src/core/site-locale.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const open = incident('2026-03-10-api', { api: 'major_outage' }, [['investigating', '2026-03-10T11:00:00Z']]);
const updated = incident('2026-03-10-api', { api: 'major_outage' }, [
  ['identified', '2026-03-10T11:30:00Z'],
  ['investigating', '2026-03-10T11:00:00Z'],
]);
const resolved = incident('2026-03-10-api', { api: 'major_outage' }, [
  ['resolved', '2026-03-10T11:50:00Z'],
  ['identified', '2026-03-10T11:30:00Z'],
  ['investigating', '2026-03-10T11:00:00Z'],
]);
const retyped = incident(
  '2026-03-10-api',
  { api: 'partial_outage' },
  [
    ['monitoring', '2026-03-10T11:30:00Z'],
    ['investigating', '2026-03-10T11:00:00Z'],
  ],
  { title: 'Retitled' },
);
const window = ['2026-03-15T02:00:00Z', '2026-03-15T03:00:00Z'] as [string, string];
const scheduled = maintenance('2026-03-15-db', ['db'], window, [['scheduled', '2026-03-10T10:00:00Z']]);
const started = maintenance('2026-03-15-db', ['db'], window, [
  ['in_progress', '2026-03-10T11:55:00Z'],
  ['scheduled', '2026-03-10T10:00:00Z'],
]);
const cancelledByUpdate = maintenance(
  '2026-03-15-db',
  ['db'],
  window,
  [
    ['scheduled', '2026-03-10T11:40:00Z'],
    ['scheduled', '2026-03-10T10:00:00Z'],
  ],
  { cancelled: true },
);
const cancelledByFlag = maintenance('2026-03-15-db', ['db'], window, [['scheduled', '2026-03-10T10:00:00Z']], { cancelled: true });
const moved = maintenance('2026-03-15-db', ['db'], ['2026-03-16T02:00:00Z', '2026-03-16T03:00:00Z'], [['scheduled', '2026-03-10T10:00:00Z']]);
const postmortem = (published: string, quiet = false): PostmortemEntry => ({
  id: '2026-03-10-api',
  data: { published: new Date(published), quiet, body: 'What happened.\n\n## Next\n\nMore.' },
});
const version = (events: ContentVersion['events'], postmortems: PostmortemEntry[] = []): ContentVersion => ({ events, postmortems });
const EMPTY = version([]);
const settings = siteSettingsSchema.parse({
  name: 'Acme Status',
  url: 'https://status.acme.example',
  time_zone: 'UTC',
  support_url: 'mailto:help@acme.example',
});
const catalog = { groups: [{ id: 'platform', name: 'Platform', components: [{ id: 'api', name: 'API' }] }] } as never;

describe('news after a merge', () => {
  test.each<[string, ContentVersion, ContentVersion, string[], string[]]>([
    ['a new incident', EMPTY, version([open]), ['opened 2026-03-10-api/2026-03-10T11:00:00Z'], []],
    ['an update', version([open]), version([updated]), ['updated 2026-03-10-api/2026-03-10T11:30:00Z'], []],
    [
      'two updates pushed together, oldest first',
      version([open]),
      version([resolved]),
      ['updated 2026-03-10-api/2026-03-10T11:30:00Z', 'resolved 2026-03-10-api/2026-03-10T11:50:00Z'],
      [],
    ],
    ['text, title, status and components edited under the same times', version([updated]), version([retyped]), [], []],
    ['an incident deleted', version([open]), EMPTY, [], []],
    [
      'a maintenance announcement',
      EMPTY,
      version([scheduled]),
      ['scheduled 2026-03-15-db/2026-03-10T10:00:00Z'],
      ['rescheduled 2026-03-15-db/schedule/2026-03-15T02:00:00Z/2026-03-15T03:00:00Z: said by a new update of the same event'],
    ],
    ['maintenance started', version([scheduled]), version([started]), ['started 2026-03-15-db/2026-03-10T11:55:00Z'], []],
    [
      'maintenance cancelled with an update',
      version([scheduled]),
      version([cancelledByUpdate]),
      ['cancelled 2026-03-15-db/2026-03-10T11:40:00Z'],
      ['cancelled 2026-03-15-db/cancelled: said by a new update of the same event'],
    ],
    ['maintenance cancelled by the flag alone', version([scheduled]), version([cancelledByFlag]), ['cancelled 2026-03-15-db/cancelled'], []],
    ['maintenance moved', version([scheduled]), version([moved]), ['rescheduled 2026-03-15-db/schedule/2026-03-16T02:00:00Z/2026-03-16T03:00:00Z'], []],
    ['a postmortem published', version([resolved]), version([resolved], [postmortem('2026-03-10T11:58:00Z')]), ['postmortem 2026-03-10-api/postmortem'], []],
    ['a postmortem edited', version([resolved], [postmortem('2026-03-10T11:58:00Z')]), version([resolved], [postmortem('2026-03-10T11:59:00Z')]), [], []],
    [
      'a quiet postmortem',
      version([resolved]),
      version([resolved], [postmortem('2026-03-10T11:58:00Z', true)]),
      [],
      ['postmortem 2026-03-10-api/postmortem: quiet'],
    ],
    ['a postmortem dated after the run is not live yet', version([resolved]), version([resolved], [postmortem('2026-03-11T09:00:00Z')]), [], []],
    [
      'a postmortem published days before its merge is news at the merge',
      version([resolved]),
      version([resolved], [postmortem('2026-03-08T09:00:00Z')]),
      ['postmortem 2026-03-10-api/postmortem'],
      [],
    ],
    [
      'a quiet update',
      version([open]),
      version([{ ...updated, data: { ...updated.data, updates: [{ ...updated.data.updates[0], quiet: true }, updated.data.updates[1]] } }]),
      [],
      ['updated 2026-03-10-api/2026-03-10T11:30:00Z: quiet'],
    ],
    ['a quiet file', EMPTY, version([{ ...open, data: { ...open.data, quiet: true } }]), [], ['opened 2026-03-10-api/2026-03-10T11:00:00Z: quiet']],
  ])('%s', (_name, before, after, due, skipped) => {
    const result = newsAfterMerge(before, after, NOW);
    expect(result.due.map((n) => `${n.change} ${n.key}`)).toEqual(due);
    expect(result.skipped.map((s) => `${s.change} ${s.key}: ${s.reason}`)).toEqual(skipped);
  });

  test.each([
    ['23 hours after a run first saw it, news is still news', 23, undefined],
    ['25 hours after, it is not', 25, 'first seen 2026-03-10T12:00:00Z, more than 24 h ago (`announce_within_hours`)'],
  ])('%s', (_name, hours, reason) => {
    const [entry] = identifyNews(liveNews(version([open]), NOW), emptyRecord(NOW), NOW).seen;
    expect(notNewsReason(entry, new Date(NOW.getTime() + hours * 3_600_000), 24)).toBe(reason);
  });

  test('on a record’s first run without a baseline, news older than the window is history', () => {
    const old = incident('2026-03-01-old', { api: 'degraded_performance' }, [['resolved', '2026-03-01T10:00:00Z']]);
    const { seen } = identifyNews(liveNews(version([old, open]), NOW), emptyRecord(NOW), NOW, new Date(NOW.getTime() - 24 * 3_600_000));
    expect(seen.map((s) => [s.id, s.disposition])).toEqual([
      ['2026-03-01-old/2026-03-01T10:00:00Z', 'history'],
      ['2026-03-10-api/2026-03-10T11:00:00Z', 'news'],
    ]);
  });
});

describe('corrections keep the identity of what was announced', () => {
  const withUpdates = (updates: Array<[string, string, string]>) =>
    incident(
      '2026-03-10-api',
      { api: 'major_outage' },
      updates.map(([status, at]) => [status as 'investigating', at]),
      {},
    ) as ReturnType<typeof incident>;
  const text = (entry: ReturnType<typeof incident>, messages: string[]) => ({
    ...entry,
    data: { ...entry.data, updates: entry.data.updates.map((u, i) => ({ ...u, message: messages[i] })) },
  });
  const two = text(
    withUpdates([
      ['identified', '2026-03-10T11:30:00Z', ''],
      ['investigating', '2026-03-10T11:00:00Z', ''],
    ]),
    ['Found it.', 'Looking.'],
  );
  test.each<[string, ReturnType<typeof incident>, string[], string[]]>([
    [
      'the minute of an update moved',
      text(
        withUpdates([
          ['identified', '2026-03-10T11:31:00Z', ''],
          ['investigating', '2026-03-10T11:00:00Z', ''],
        ]),
        ['Found it.', 'Looking.'],
      ),
      [],
      ['2026-03-10-api/2026-03-10T11:30:00Z → 2026-03-10T11:31:00Z'],
    ],
    [
      'the minute and the text moved',
      text(
        withUpdates([
          ['identified', '2026-03-10T11:29:00Z', ''],
          ['investigating', '2026-03-10T11:00:00Z', ''],
        ]),
        ['Found it: a typo fixed.', 'Looking.'],
      ),
      [],
      ['2026-03-10-api/2026-03-10T11:30:00Z → 2026-03-10T11:29:00Z (text too)'],
    ],
    ['a typo fixed', text(two, ['Found it, fixed.', 'Looking.']), [], []],
    [
      'a forgotten update filled in between is news, the others keep their ids',
      text(
        withUpdates([
          ['identified', '2026-03-10T11:30:00Z', ''],
          ['investigating', '2026-03-10T11:15:00Z', ''],
          ['investigating', '2026-03-10T11:00:00Z', ''],
        ]),
        ['Found it.', 'Still looking.', 'Looking.'],
      ),
      ['updated 2026-03-10-api/2026-03-10T11:15:00Z'],
      [],
    ],
    [
      'an update replaced by another, twenty minutes later and with other text, is news',
      text(
        withUpdates([
          ['identified', '2026-03-10T11:50:00Z', ''],
          ['investigating', '2026-03-10T11:00:00Z', ''],
        ]),
        ['Rolled back.', 'Looking.'],
      ),
      ['updated 2026-03-10-api/2026-03-10T11:50:00Z'],
      [],
    ],
    [
      'a new update after a moved one',
      text(
        withUpdates([
          ['monitoring', '2026-03-10T11:50:00Z', ''],
          ['identified', '2026-03-10T11:32:00Z', ''],
          ['investigating', '2026-03-10T11:00:00Z', ''],
        ]),
        ['Watching.', 'Found it.', 'Looking.'],
      ),
      ['updated 2026-03-10-api/2026-03-10T11:50:00Z'],
      ['2026-03-10-api/2026-03-10T11:30:00Z → 2026-03-10T11:32:00Z'],
    ],
  ])('%s', (_name, after, due, corrections) => {
    const result = newsAfterMerge(version([two]), version([after]), NOW);
    expect(result.due.map((n) => `${n.change} ${n.key}`)).toEqual(due);
    expect(result.corrections.map((c) => `${c.id} → ${c.to}${c.textChanged ? ' (text too)' : ''}`)).toEqual(corrections);
  });
});

describe('maintenance that starts or ends on schedule, with no update saying so', () => {
  const soon = maintenance('2026-03-10-db', ['db'], ['2026-03-10T11:55:00Z', '2026-03-10T12:30:00Z'], [['scheduled', '2026-03-09T10:00:00Z']]);
  const ending = maintenance('2026-03-10-db', ['db'], ['2026-03-10T10:00:00Z', '2026-03-10T11:58:00Z'], [['scheduled', '2026-03-09T10:00:00Z']]);
  const startPosted = maintenance(
    '2026-03-10-db',
    ['db'],
    ['2026-03-10T11:55:00Z', '2026-03-10T12:30:00Z'],
    [
      ['in_progress', '2026-03-10T11:54:00Z'],
      ['scheduled', '2026-03-09T10:00:00Z'],
    ],
  );
  test.each<[string, ContentVersion, ContentVersion, string, string[]]>([
    ['started since the last run', version([soon]), version([soon]), '2026-03-10T11:50:00Z', ['started 2026-03-10-db/started/2026-03-10T11:55:00Z']],
    ['already started at the last run', version([soon]), version([soon]), '2026-03-10T11:56:00Z', []],
    ['ended since the last run', version([ending]), version([ending]), '2026-03-10T11:50:00Z', ['completed 2026-03-10-db/ended/2026-03-10T11:58:00Z']],
    [
      'the start announced by an update is announced once',
      version([soon]),
      version([startPosted]),
      '2026-03-10T11:50:00Z',
      ['started 2026-03-10-db/2026-03-10T11:54:00Z'],
    ],
    [
      'a cancelled window neither starts nor ends',
      version([soon]),
      version([{ ...soon, data: { ...soon.data, cancelled: true } }]),
      '2026-03-10T11:50:00Z',
      ['cancelled 2026-03-10-db/cancelled'],
    ],
  ])('%s', (_name, before, after, lastRun, due) => {
    const result = newsAfterMerge(before, after, NOW, 24, new Date(lastRun));
    expect(result.due.map((n) => `${n.change} ${n.key}`)).toEqual(due);
  });

  test('its message says it happened as scheduled', () => {
    const [startedNews] = newsAfterMerge(version([soon]), version([soon]), NOW, 24, new Date('2026-03-10T11:50:00Z')).due;
    const content = messageContent(startedNews, { settings, catalog, now: NOW });
    expect([content.subject, content.body, content.url]).toEqual([
      'Maintenance in progress: 2026-03-10-db',
      'The maintenance has begun, as scheduled.',
      'https://status.acme.example/incidents/2026-03-10-db/',
    ]);
  });

  test('a window starting on schedule moves its components under maintenance, and ending moves them back', () => {
    const [start] = liveNews(version([soon]), NOW).filter((n) => n.change === 'started');
    expect(componentChangesOf(start, [soon]).map((c) => [c.key, c.oldStatus, c.newStatus])).toEqual([
      ['2026-03-10-db/started/2026-03-10T11:55:00Z/component/db', 'operational', 'under_maintenance'],
    ]);
    const [end] = liveNews(version([ending]), NOW).filter((n) => n.change === 'completed');
    expect(componentChangesOf(end, [ending]).map((c) => [c.oldStatus, c.newStatus])).toEqual([['under_maintenance', 'operational']]);
  });
});

describe('componentChangesOf', () => {
  test('each update moves the components as of its own time: opened, then nothing, then resolved', () => {
    const news = liveNews(version([resolved]), NOW);
    expect(news.map((n) => componentChangesOf(n, [resolved]).map((c) => `${c.componentId}: ${c.oldStatus} → ${c.newStatus}`))).toEqual([
      ['api: operational → major_outage'],
      [],
      ['api: major_outage → operational'],
    ]);
  });

  test('another open incident on the same component keeps it down when one resolves', () => {
    const other = incident('2026-03-10-other', { api: 'partial_outage' }, [['investigating', '2026-03-10T10:00:00Z']]);
    const last = liveNews(version([resolved]), NOW).at(-1)!;
    expect(componentChangesOf(last, [resolved, other]).map((c) => [c.oldStatus, c.newStatus])).toEqual([['major_outage', 'partial_outage']]);
  });
});

describe('messages', () => {
  test('an update with a next-update promise states it, in the display zone', () => {
    const withPromise = { ...updated, data: { ...updated.data, next_update: new Date('2026-03-10T12:30:00Z') } };
    const [notification] = newsAfterMerge(version([open]), version([withPromise]), NOW).due;
    expect(messageContent(notification, { settings, catalog, now: NOW })).toEqual({
      subject: 'Identified: 2026-03-10-api',
      body: 'identified message',
      facts: [
        ['Impact', 'Minor'],
        ['Affected', 'API: Major outage'],
        ['Started', '10 Mar 2026, 11:00 UTC'],
        ['Next update by', '10 Mar 2026, 12:30 UTC'],
      ],
      url: 'https://status.acme.example/incidents/2026-03-10-api/#update-20260310t113000z',
      linkText: 'View on the status page',
      tone: 'minor',
      at: new Date('2026-03-10T11:30:00Z'),
      locale: siteLocale({ language: 'en' }),
    });
  });

  const content: MessageContent = {
    subject: 'Down <now>',
    body: 'A & B <b>',
    facts: [],
    url: 'https://s.example/i/',
    linkText: 'View',
    tone: 'major',
    at: NOW,
    locale: siteLocale({ language: 'en' }),
  };
  test('Slack text escapes the three characters mrkdwn reads', () => {
    expect(slackMessage(content).blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Down <now>' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'A &amp; B &lt;b&gt;' } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '<https://s.example/i/|View>' }] },
    ]);
  });

  test.each([
    ['short', 'All good.', 'Down <now>\n\nAll good.\n\nhttps://s.example/i/'],
    ['long, clipped to 500 characters counting the link as 23', 'x'.repeat(600), `Down <now>\n\n${'x'.repeat(462)}…\n\nhttps://s.example/i/`],
  ])('a Mastodon status: %s', (_name, body, expected) => {
    expect(mastodonStatus({ ...content, body })).toBe(expected);
  });

  test.each([
    ['abc', 5, 'abc'],
    ['abcdef', 5, 'abcd…'],
    ['ab   cdef', 5, 'ab…'],
  ])('clip(%j, %i) = %j', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  test.each([
    ['soft-wrapped lines join', 'one\ntwo', 'one two'],
    ['a hard break stays', 'one\\\ntwo', 'one\ntwo'],
    ['links keep their address', '[status](https://s.example/) and https://s.example/', 'status (https://s.example/) and https://s.example/'],
    ['lists get bullets and numbers', '- a\n- b\n\n1. c', '• a\n• b\n\n1. c'],
    ['emphasis and code marks go', '**bold** _it_ `code`', 'bold it code'],
  ])('markdownToPlainText: %s', (_name, markdown, expected) => {
    expect(markdownToPlainText(markdown)).toBe(expected);
  });
});
