import { expect, test } from 'vitest';
import { markdownToHtml } from '../../src/content/markdown-html.ts';
import { parseEventFile } from '../../src/content/parse-event-file.ts';

/** The HTML of each update of a file, newest first, as pages render it after the loader parsed the file. */
function renderedUpdates(body: string): string[] {
  const text = `---\ntitle: Test\nimpact: minor\ncomponents:\n  api: degraded_performance\n---\n\n${body}`;
  const { entry, diagnostics } = parseEventFile('incidents/2026-11-20-test.md', '2026-11-20-test', text);
  expect(diagnostics).toEqual([]);
  return entry!.data.updates.map((update) => markdownToHtml(update.message));
}

test.each([
  [
    'GitHub Markdown, and raw HTML shown as text',
    '## Identified · 2026-11-20 10:30 UTC\n\n**Cause** found: a ~~bad~~ config.\n\n| region | state |\n| --- | --- |\n| eu | slow |\n\n## Investigating · 2026-11-20 10:00 UTC\n\nThe form shows <script>alert(1)</script> errors; see https://example.com/x.',
    [
      '<p><strong>Cause</strong> found: a <del>bad</del> config.</p>\n<table>\n<thead>\n<tr>\n<th>region</th>\n<th>state</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>eu</td>\n<td>slow</td>\n</tr>\n</tbody>\n</table>',
      '<p>The form shows &#x3C;script>alert(1)&#x3C;/script> errors; see <a href="https://example.com/x">https://example.com/x</a>.</p>',
    ],
  ],
  [
    // Each message is rendered as if parsed alone, as notifications and the CLI read it: a reference
    // to a definition written under another update stays text.
    'a reference to a definition under another update',
    '## Resolved · 2026-11-20 11:00 UTC\n\nSee [the runbook][rb] and [the log](https://example.com/log).\n\n## Investigating · 2026-11-20 10:00 UTC\n\n[rb]: https://example.com/runbook\n\nLooking into it.',
    ['<p>See [the runbook][rb] and <a href="https://example.com/log">the log</a>.</p>', '<p>Looking into it.</p>'],
  ],
  [
    'a reference to a definition under the same update',
    '## Investigating · 2026-11-20 10:00 UTC\n\nSee [the runbook][rb].\n\n[rb]: https://example.com/runbook',
    ['<p>See <a href="https://example.com/runbook">the runbook</a>.</p>'],
  ],
])('%s', (_name, body, html) => {
  expect(renderedUpdates(body)).toEqual(html);
});
