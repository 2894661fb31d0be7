/**
 * Property-based tests (fast-check) of the content pipeline for one incident file: whatever the
 * text and whatever the frontmatter, the result is a parsed incident or a list of located
 * errors, never an exception, and it comes back in bounded time.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { stringify } from 'yaml';
import { contentTextProblem } from '../../src/content/load-content.ts';
import { normalizeText } from '../../src/content/markdown-file.ts';
import { parseEventFile } from '../../src/content/parse-event-file.ts';
import { markdownToHtml } from '../../src/content/markdown-html.ts';

const FILE = 'incidents/2026-11-20-api.md';
// Generous on purpose: typical inputs take a few milliseconds; this only catches blow-ups.
const TIME_BOUND_MS = 2_000;

/** The per-file pipeline of loadContent: normalize, refuse bad shapes, parse. */
function pipeline(raw: string) {
  const started = performance.now();
  const text = normalizeText(raw);
  const problem = contentTextProblem(FILE, text);
  const result = problem ? { diagnostics: [problem] } : parseEventFile(FILE, '2026-11-20-api', text);
  if (result && 'entry' in result && result.entry) for (const update of result.entry.data.updates) markdownToHtml(update.message);
  return { result, ms: performance.now() - started, lines: text.split('\n').length };
}

/** Either an entry with no errors, or at least one error, each placed inside the file and saying something. */
function assertOutcome({ result, ms, lines }: ReturnType<typeof pipeline>): void {
  expect(ms).toBeLessThan(TIME_BOUND_MS);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if ('entry' in result && result.entry) {
    expect(errors).toEqual([]);
    return;
  }
  expect(errors.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(d.file).toBe(FILE);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(10);
  }
}

const HEADING = '## Investigating · 2026-11-20 14:00 UTC\n\nLooking.\n';
const markdownPiece = fc.constantFrom(
  '> ',
  '- ',
  '1. ',
  '*',
  '_',
  '[',
  '](',
  ')',
  '`',
  '```',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '\n',
  '\n\n',
  '## ',
  '·',
  ' UTC',
  '2026-11-20 14:00',
  '|',
  '~',
  '\\',
  'é',
  '🚨',
  '\u202e',
  'text ',
);

test('arbitrary text never throws and is either an incident or located errors', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => assertOutcome(pipeline(text))),
    { numRuns: 400 },
  );
});

test('arbitrary Markdown-shaped bodies after valid frontmatter never throw and stay bounded', () => {
  const body = fc.array(markdownPiece, { maxLength: 4000 }).map((pieces) => pieces.join(''));
  fc.assert(
    fc.property(body, (text) =>
      assertOutcome(pipeline(`---\ntitle: API errors\nimpact: minor\ncomponents:\n  api: partial_outage\n---\n\n${HEADING}\n${text}`)),
    ),
    { numRuns: 300 },
  );
});

test('arbitrary frontmatter never throws and is either an incident or located errors', () => {
  const key = fc.oneof(
    fc.constantFrom('kind', 'title', 'impact', 'components', 'started', 'workaround', 'next_update', 'eta', 'scheduled_for', 'scheduled_until', 'cancelled'),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom('2026-11-20 14:00 UTC', 'minor', 'maintenance', 'partial_outage'),
    fc.dictionary(fc.constantFrom('api', 'web', 'x'), fc.string()),
  );
  const frontmatter = fc.dictionary(key, value, { maxKeys: 8 });
  fc.assert(
    fc.property(frontmatter, (fields) => {
      const yaml = Object.keys(fields).length === 0 ? '' : stringify(fields);
      assertOutcome(pipeline(`---\n${yaml}---\n\n${HEADING}`));
    }),
    { numRuns: 400 },
  );
});

test('arbitrary YAML text as frontmatter never throws', () => {
  const yamlish = fc
    .array(
      fc.constantFrom(
        'a: ',
        '- ',
        '&x ',
        '*x ',
        '<<: ',
        '!!',
        '"',
        "'",
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '\n',
        '  ',
        '#',
        '|',
        '>',
        'title',
        'impact',
        'minor',
        '2026-11-20 14:00 UTC',
        '?',
        '%YAML 1.2\n',
      ),
      { maxLength: 300 },
    )
    .map((p) => p.join(''));
  fc.assert(
    fc.property(yamlish, (yaml) => assertOutcome(pipeline(`---\n${yaml}\n---\n\n${HEADING}`))),
    { numRuns: 400 },
  );
});
