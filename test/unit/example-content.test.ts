/** The bundled example is the first thing a newcomer sees: it must pass every check and show every state. */
import { expect, test } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { communicationWarnings } from '../../src/content/communication-checks.ts';
import { incidentState, maintenanceState } from '../../src/core/event-state.ts';
import { EXAMPLE_WRITTEN_AT } from '../../scripts/example-written-at.ts';
import { REPO_ROOT } from '../helpers/run-build.ts';

test.each([
  ['at the moment it depicts', EXAMPLE_WRITTEN_AT],
  ['at the real time', new Date()],
])('the example content passes check %s', async (_when, now) => {
  const content = await loadContent(REPO_ROOT, now);
  expect(content.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
});

test('at the moment it depicts, the example raises no communication warning either', async () => {
  const content = await loadContent(REPO_ROOT, EXAMPLE_WRITTEN_AT);
  const { events, postmortems, sources, settings } = content;
  const warnings = communicationWarnings({ events, postmortems, sources, thresholds: settings!.checks, now: EXAMPLE_WRITTEN_AT });
  expect(warnings.map((d) => formatDiagnostic(d))).toEqual([]);
});

test('the example shows every impact, status and maintenance phase it promises', async () => {
  const content = await loadContent(REPO_ROOT, EXAMPLE_WRITTEN_AT);
  const groups = content.catalog?.groups ?? [];
  expect(groups.length).toBeGreaterThanOrEqual(3);
  expect(groups.flatMap((g) => g.components).length).toBeGreaterThanOrEqual(10);
  const incidents = content.events.flatMap((e) => (e.data.kind === 'incident' ? [e.data] : []));
  const maintenance = content.events.flatMap((e) => (e.data.kind === 'maintenance' ? [e.data] : []));
  expect(content.events.length).toBeGreaterThanOrEqual(30);
  expect(new Set(incidents.map((i) => i.impact))).toEqual(new Set(['none', 'minor', 'major', 'critical']));
  expect(new Set(incidents.flatMap((i) => i.updates.map((u) => u.status)))).toEqual(new Set(['investigating', 'identified', 'monitoring', 'resolved']));
  expect(new Set(maintenance.flatMap((m) => m.updates.map((u) => u.status)))).toEqual(new Set(['scheduled', 'in_progress', 'verifying', 'completed']));
  expect(incidents.filter((i) => incidentState(i, EXAMPLE_WRITTEN_AT).isOpen)).toHaveLength(1);
  const phases = maintenance.map((m) => maintenanceState(m, EXAMPLE_WRITTEN_AT).phase);
  expect(phases.filter((p) => p === 'upcoming')).toHaveLength(1);
  expect(phases).toContain('completed');
  expect(phases).toContain('cancelled');
  expect(content.postmortems.length).toBeGreaterThanOrEqual(2);
  expect(incidents.some((i) => i.workaround) && incidents.some((i) => i.started) && incidents.some((i) => i.eta)).toBe(true);
  // Six months of history before the moment it depicts.
  const oldest = Math.min(...content.events.map((e) => e.data.updates[e.data.updates.length - 1].at.getTime()));
  expect((EXAMPLE_WRITTEN_AT.getTime() - oldest) / 86_400_000).toBeGreaterThan(175);
});
