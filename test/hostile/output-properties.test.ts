/**
 * Property test of the outputs: arbitrary Unicode (C0 and C1 controls, halves of surrogate
 * pairs, U+FFFE, markup, CDATA ends) through every text field of an incident, a maintenance
 * window, the site name and a component name. Each field is either refused by validation, or
 * every XML output made from the sample (RSS, Atom, badge) parses in a strict XML parser
 * (Python's expat) and its calendar in ical.js. The writers are tested bare, without the last
 * guard the site adds (`replaceForbidden`): validation and escaping alone keep outputs well-formed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkEvent } from '../../src/content/event-checks.ts';
import { feedEntries } from '../../src/outputs/feed-entries.ts';
import { atomDocument, rssDocument } from '../../src/outputs/feed-documents.ts';
import { contentTextProblem } from '../../src/content/load-content.ts';
import { maintenanceCalendar } from '../../src/outputs/maintenance-calendar.ts';
import { normalizeText } from '../../src/content/markdown-file.ts';
import { parseEventFile } from '../../src/content/parse-event-file.ts';
import { parseYamlSource } from '../../src/content/yaml-source.ts';
import { badgeSvg, componentBadge } from '../../src/outputs/status-badges.ts';
import { shortText } from '../../src/schemas/field-types.ts';
import { siteSettingsSchema } from '../../src/schemas/site-settings-schema.ts';
import type { EventEntry, MaintenanceData } from '../../src/schemas/incident-schema.ts';
import { siteLocale } from '../../src/core/site-locale.ts';

const NOW = new Date('2026-11-20T15:00:00Z');
const SAMPLES = 150;

const hostilePiece = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  ']]>',
  '<![CDATA[',
  '<',
  '>',
  '&',
  '&amp;',
  '&#1;',
  '"',
  "'",
  '\r',
  '\n',
  '\t',
  '<script>',
  '\u200B',
  'é',
  '🚨',
  'ok ',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(hostilePiece, { maxLength: 12 }).map((pieces) => pieces.join('')),
);

/** A text field as an author's YAML would hold it (escapes for what cannot be written raw), validated as the loader does. */
function acceptedYamlText(value: string): string | undefined {
  const source = parseYamlSource(stringify({ value }));
  if (source.errors.length > 0) return undefined;
  const parsed = shortText.safeParse((source.value as { value: unknown }).value);
  return parsed.success ? parsed.data : undefined;
}

/** An event file with `fields` as frontmatter and `message` as its one update, through the loader's per-file steps. */
function acceptedEvent(id: string, fields: Record<string, unknown>, message: string): EventEntry | undefined {
  const file = `incidents/${id}.md`;
  const raw = normalizeText(
    `---\n${stringify(fields)}---\n\n## ${fields.kind === 'maintenance' ? 'Scheduled' : 'Investigating'} · 2026-11-20 14:00 UTC\n\n${message}\n`,
  );
  if (contentTextProblem(file, raw)) return undefined;
  const { entry, source } = parseEventFile(file, id, raw);
  if (!entry || !source) return undefined;
  return checkEvent(entry, source, { now: NOW, componentIds: ['api'] }).length === 0 ? entry : undefined;
}

test('every text field is refused or makes well-formed feeds, badges and calendars', async () => {
  const samples = fc.sample(fc.record({ title: text, workaround: text, message: text, siteName: text, componentName: text, windowTitle: text }), {
    numRuns: SAMPLES,
    seed: 20261201,
  });
  const dir = mkdtempSync(join(tmpdir(), 'upfront-output-properties-'));
  const xmlFiles: string[] = [];
  let accepted = 0;
  for (const [index, sample] of samples.entries()) {
    const name = acceptedYamlText(sample.siteName) ?? 'Status';
    const settings = siteSettingsSchema.parse({
      name,
      url: 'https://status.test.example',
      time_zone: 'Europe/Berlin',
      support_url: 'mailto:help@test.example',
    });
    const incident = acceptedEvent(
      '2026-11-20-api',
      { title: sample.title, impact: 'minor', components: { api: 'partial_outage' }, workaround: sample.workaround },
      sample.message,
    );
    const window = acceptedEvent(
      '2026-11-20-db',
      { kind: 'maintenance', title: sample.windowTitle, components: ['api'], scheduled_for: '2026-11-22 02:00 UTC', scheduled_until: '2026-11-22 03:00 UTC' },
      sample.message,
    );
    const events = [incident, window].filter((e): e is EventEntry => e !== undefined);
    accepted += events.length;
    const entries = feedEntries(settings, events, new Map(), NOW)();
    const channel = {
      title: name,
      description: `Updates of ${name}`,
      pageUrl: 'https://status.test.example/',
      selfUrl: 'https://status.test.example/atom.xml',
      fallbackUpdated: NOW,
      author: { name, uri: 'https://status.test.example/' },
      language: 'en',
    };
    const outputs = {
      'atom.xml': atomDocument(channel, entries),
      'feed.xml': await rssDocument(channel, entries),
      'badge.svg': badgeSvg(componentBadge(acceptedYamlText(sample.componentName) ?? 'API', 'major_outage', siteLocale(settings))),
    };
    for (const [file, body] of Object.entries(outputs)) {
      const path = join(dir, `${index}-${file}`);
      writeFileSync(path, body);
      xmlFiles.push(path);
    }
    const calendar = maintenanceCalendar(
      settings,
      name,
      events.filter((e): e is EventEntry<MaintenanceData> => e.data.kind === 'maintenance'),
      NOW,
    );
    expect(() => ICAL.parse(calendar), `calendar of sample ${index}`).not.toThrow();
  }
  // Some samples must get through validation, or the property says nothing about the writers.
  expect(accepted).toBeGreaterThan(SAMPLES / 4);
  const strict = spawnSync(
    'python3',
    ['-c', 'import sys, xml.dom.minidom as m\nfor f in sys.argv[1:]:\n  try: m.parse(f)\n  except Exception as e: print(f, e)', ...xmlFiles],
    { encoding: 'utf8' },
  );
  expect([strict.status, strict.stdout, strict.stderr]).toEqual([0, '', '']);
});
