/**
 * Statuspage's `affected_components` of every update is exactly the change that update made, over
 * every incident and window of the bundled example and of the benchmark's stress content: replayed
 * from the oldest update, each change starts from the status the component had, and an incident or
 * window that is over leaves every component operational.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadContent, type SiteContent } from '../../src/content/load-content.ts';
import { apiUpdates, componentChangesByUpdate, statuspageObjects } from '../../src/outputs/statuspage-api.ts';
import { generateContent } from '../../scripts/bench-content.ts';
import { EXAMPLE_WRITTEN_AT } from '../../scripts/example-written-at.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';
import { incident, maintenance } from '../helpers/entries.ts';

interface ListedUpdate {
  status: string;
  affected_components: Array<{ code: string; old_status: string; new_status: string }> | null;
}

/** Every event of `content` as the API shows it. */
function apiEvents(content: SiteContent, now: Date) {
  const { eventObject } = statuspageObjects({ settings: content.settings!, catalog: content.catalog!, events: content.events, now });
  return content.events.map((entry) => eventObject(entry) as { id: string; status: string; incident_updates: ListedUpdate[] });
}

/** Replays the changes oldest first; returns the problems found (none when every change starts where the last one left off). */
function replayProblems(event: { id: string; status: string; incident_updates: ListedUpdate[] }): string[] {
  const problems: string[] = [];
  const standing = new Map<string, string>();
  for (const update of event.incident_updates.toReversed()) {
    for (const change of update.affected_components ?? []) {
      const before = standing.get(change.code) ?? 'operational';
      if (change.old_status !== before) problems.push(`${event.id} ${update.status}: ${change.code} was ${before}, listed as ${change.old_status}`);
      if (change.old_status === change.new_status) problems.push(`${event.id} ${update.status}: ${change.code} listed without a change`);
      standing.set(change.code, change.new_status);
    }
  }
  if (event.status === 'resolved' || event.status === 'completed') {
    for (const [code, status] of standing) if (status !== 'operational') problems.push(`${event.id} is over but leaves ${code} ${status}`);
  }
  return problems;
}

describe('over whole sites', () => {
  const sites: Array<[string, () => Promise<{ content: SiteContent; now: Date }>]> = [
    ['the bundled example', async () => ({ content: await loadContent(REPO_ROOT, EXAMPLE_WRITTEN_AT), now: EXAMPLE_WRITTEN_AT })],
    [
      'the stress content',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'upfront-stress-'));
        const now = new Date('2026-12-06T12:00:00Z');
        await generateContent(dir, 400, now, 'stress');
        return { content: await loadContent(dir, now), now };
      },
    ],
  ];
  test.each(sites)('%s: every update lists exactly its own change', async (_name, load) => {
    const { content, now } = await load();
    expect(content.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const events = apiEvents(content, now);
    expect(events.length).toBeGreaterThan(10);
    expect(events.flatMap(replayProblems)).toEqual([]);
    // Not vacuous: most events change something, and some updates change nothing.
    const updates = events.flatMap((e) => e.incident_updates);
    expect(updates.filter((u) => u.affected_components !== null).length).toBeGreaterThan(events.length);
    expect(updates.some((u) => u.affected_components === null)).toBe(true);
  });
});

describe('the example, update by update', () => {
  let events: ReturnType<typeof apiEvents>;
  beforeAll(async () => {
    events = apiEvents(await loadContent(REPO_ROOT, EXAMPLE_WRITTEN_AT), EXAMPLE_WRITTEN_AT);
  });
  test('the webhook backlog: set at the first update, unchanged at monitoring, operational again at the resolution', () => {
    const webhooks = events.find((e) => e.id === '2026-11-21-webhook-retries-backlog')!;
    expect(webhooks.incident_updates.map((u) => [u.status, u.affected_components?.map((c) => `${c.code}: ${c.old_status} → ${c.new_status}`) ?? null])).toEqual(
      [
        ['resolved', ['webhooks: degraded_performance → operational']],
        ['monitoring', null],
        ['investigating', ['webhooks: operational → degraded_performance']],
      ],
    );
  });
});

test.each([
  [
    'an incident eased by an update',
    incident('a', { api: 'partial_outage', web: 'major_outage' }, [
      ['resolved', '2026-11-20T15:00:00Z'],
      ['identified', '2026-11-20T14:30:00Z', { api: 'degraded_performance', web: 'major_outage' }],
      ['investigating', '2026-11-20T14:00:00Z'],
    ]).data,
    [
      ['api: degraded_performance → operational', 'web: major_outage → operational'],
      ['api: partial_outage → degraded_performance'],
      ['api: operational → partial_outage', 'web: operational → major_outage'],
    ],
  ],
  [
    'a window started and ended by the clock',
    maintenance('w', ['db'], ['2026-11-20T02:00:00Z', '2026-11-20T04:00:00Z'], [['scheduled', '2026-11-19T09:00:00Z']]).data,
    [['db: under_maintenance → operational'], ['db: operational → under_maintenance'], []],
  ],
  [
    'a window verified by hand, still running',
    maintenance(
      'w',
      ['db'],
      ['2026-11-20T02:00:00Z', '2026-11-21T04:00:00Z'],
      [
        ['verifying', '2026-11-20T03:00:00Z'],
        ['in_progress', '2026-11-20T02:00:00Z'],
        ['scheduled', '2026-11-19T09:00:00Z'],
      ],
    ).data,
    [[], ['db: operational → under_maintenance'], []],
  ],
  [
    'a window cancelled before it started',
    maintenance(
      'w',
      ['db'],
      ['2026-11-20T02:00:00Z', '2026-11-20T04:00:00Z'],
      [
        ['scheduled', '2026-11-19T12:00:00Z'],
        ['scheduled', '2026-11-19T09:00:00Z'],
      ],
      { cancelled: true },
    ).data,
    [[], []],
  ],
] as const)('%s', (_name, data, expected) => {
  const updates = apiUpdates(data, new Date('2026-11-20T16:00:00Z'));
  expect(componentChangesByUpdate(data, updates).map((changes) => changes.map((c) => `${c.componentId}: ${c.old_status} → ${c.new_status}`))).toEqual(expected);
});
