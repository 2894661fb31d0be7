/**
 * The README's first command, `npm run build:example`: the bundled example built as if written
 * just now, its ongoing incident moved by exactly the time elapsed, its files named by the new
 * dates, and the content that was re-dated (not the repository's own files) is what gets built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { read, text } from '../helpers/html-text.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';
import { EXAMPLE_WRITTEN_AT } from '../../scripts/example-written-at.ts';

test('three days and 30 minutes after it was written, the example reads as just updated', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'upfront-example-')), 'dist');
  const now = new Date(EXAMPLE_WRITTEN_AT.getTime() + (3 * 24 * 60 + 30) * 60_000);
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/build-example.ts'), '--out-dir', out], {
    env: { ...process.env, UPFRONT_CONTENT: '', UPFRONT_NOW: now.toISOString() },
    encoding: 'utf8',
  });
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(run.stdout.split('\n')[0]).toBe('Building the example re-dated to now (4350 minutes later than written).');
  expect(existsSync(join(out, 'incidents/2026-11-23-sign-in-errors'))).toBe(false);
  const page = read(out, 'incidents/2026-11-26-sign-in-errors/index.html');
  expect(page).toContain('<time datetime="2026-11-26T21:11:00Z">26 Nov 2026, 22:11 CET</time>');
  expect(text(read(out, 'index.html'))).toContain('Ongoing incidents Errors when signing in to the dashboard');
  expect(read(out, 'index.html')).toContain('src="/larkspur-logo.svg"');
  // When monitoring began moves with the content: the page began on 28 May, text messages on 15 Oct.
  const report = text(read(out, 'uptime/index.html'));
  expect(report.match(/\w+ 2026 (?:\(so far\) )?Component/g)).toEqual([
    'November 2026 (so far) Component',
    'October 2026 Component',
    'September 2026 Component',
    'August 2026 Component',
    'July 2026 Component',
    'June 2026 Component',
    'May 2026 Component',
  ]);
  expect(report).toContain('Transactional email 100.00% 0 0 Text messages 100.00% (since 15 Oct 2026) 0 0 Below target Search:');
  expect(report).toContain('Transactional email 99.67% below its 99.9% target 140 0 Text messages No data Below target');
  expect(text(read(out, 'components/sms/index.html'))).toContain(
    'Text messages: 100.00% uptime since 15 Oct 2026. One bar per day, the oldest first. Today No data: monitoring began on 15 Oct 2026',
  );
});
