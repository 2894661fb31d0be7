/**
 * Progressive enhancement for every page, a few KB with no framework. With JavaScript off the
 * page is complete and correct as of its build; with it on, this script
 *   - writes each time in the reader's own zone, with a relative phrase for recent ones, and
 *     recounts how long open incidents have lasted, and
 *   - re-derives what time alone changes (a maintenance window that has started or ended, a
 *     next update that is now overdue, the component statuses and the banner that follow), using
 *     the same pure modules as the build, from the data embedded in the page (only what it shows).
 * Words and formats are the site's language's (virtual:upfront/live-locale), never the browser's.
 * It runs again every half minute, so a tab left open keeps telling the truth. It also enhances
 * the email subscription form (subscribe-form.ts).
 */
import { LIVE_WORDS, OVERALL_WORDS, PHASE_WORDS, REGION, STATUS_WORDS } from 'virtual:upfront/live-locale';
import { currentComponentStatuses, overallStatus } from '../core/current-status.ts';
import { maintenanceState } from '../core/event-state.ts';
import { formatDateTime, formatDuration, formatRelative, formatTimeRange } from '../core/format-time.ts';
import { parseLiveData } from '../core/live-data.ts';
import { worseStatus, type ComponentStatus } from '../schemas/status-vocabulary.ts';
import { enhanceSubscribeForms } from './subscribe-form.ts';

const RELATIVE_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;
const REFRESH_MS = 30_000;

const live = parseLiveData(document.getElementById('live-data')?.textContent ?? '{"windows":[]}');
const relativeSpans = new WeakMap<Element, HTMLSpanElement>();

function all<T extends Element = HTMLElement>(selector: string): T[] {
  return [...document.querySelectorAll<T>(selector)];
}

function setStatusLabel(element: HTMLElement, status: ComponentStatus): void {
  element.className = `status ${status}`;
  element.textContent = STATUS_WORDS[status];
}

function rewriteTimes(now: Date, readerZone: string): void {
  for (const time of all<HTMLTimeElement>('time[datetime*="T"]')) {
    const date = new Date(time.dateTime);
    time.title ||= time.textContent ?? '';
    // A window's span is one element: its day written once, and one relative phrase, for its start.
    const until = time.dataset.until;
    time.textContent = until ? formatTimeRange(date, new Date(until), readerZone, REGION) : formatDateTime(date, readerZone, REGION);
    let span = relativeSpans.get(time);
    if (!span) {
      span = document.createElement('span');
      span.className = 'relative';
      time.after(span);
      relativeSpans.set(time, span);
    }
    span.textContent = Math.abs(date.getTime() - now.getTime()) < RELATIVE_WITHIN_MS ? ` (${formatRelative(date, now, REGION)})` : '';
  }
  for (const note of all('[data-zone-note]')) note.textContent = LIVE_WORDS.readerZoneNote(readerZone);
  // Counted from the same clock as the relative times, so "ongoing for" never lags behind "(5 min ago)".
  for (const span of all('[data-ongoing-since]'))
    span.textContent = formatDuration(Math.max(0, now.getTime() - new Date(span.dataset.ongoingSince ?? '').getTime()), REGION);
}

function rederiveState(now: Date): void {
  const windows = new Map(live.windows.map((entry) => [entry.id, entry.data]));
  for (const label of all('[data-phase-of]')) {
    const window = windows.get(label.dataset.phaseOf ?? '');
    // A window not embedded is over, and shown as it was built.
    if (!window) continue;
    const state = maintenanceState(window, now);
    label.className = `phase ${state.phase}`;
    label.textContent = PHASE_WORDS[state.phase] + (state.isOverrunning ? ` · ${LIVE_WORDS.overrunning}` : '');
  }
  for (const promise of all('[data-due]')) {
    const overdue = new Date(promise.dataset.due ?? '') < now;
    const words = promise.dataset.words === 'short' ? LIVE_WORDS.short : LIVE_WORDS.full;
    promise.querySelector('.due-label')!.textContent = overdue ? words.wasDue : words.by;
    promise.querySelector<HTMLElement>('.overdue')!.hidden = !overdue;
  }
  // Without the status data the page shows no current status, and what it does show stays as built.
  if (!live.status) return;
  const statuses = currentComponentStatuses(live.status, now);
  const statusOf = (id: string) => statuses.get(id) ?? 'operational';
  for (const label of all('[data-component]')) setStatusLabel(label, statusOf(label.dataset.component ?? ''));
  for (const label of all('[data-members]')) setStatusLabel(label, (label.dataset.members ?? '').split(' ').map(statusOf).reduce(worseStatus));
  const banner = document.querySelector<HTMLElement>('.banner');
  if (banner) {
    const openIncidents = live.status.filter((entry) => entry.data.kind === 'incident');
    const { tone } = overallStatus(statuses, openIncidents as Parameters<typeof overallStatus>[1]);
    banner.className = `banner ${tone}`;
    banner.textContent = OVERALL_WORDS[tone];
  }
}

function refresh(): void {
  const now = new Date();
  rewriteTimes(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
  rederiveState(now);
}

refresh();
setInterval(refresh, REFRESH_MS);
enhanceSubscribeForms();
