/**
 * Monthly availability targets (`sla` in site.yml): the target each component and group is held
 * to, and the months that fell below it, with the events whose downtime put them there. The
 * figures are the uptime report's own (watched time only), so a page never marks a month the
 * table does not show below its target.
 */
import type { SlaSettings } from '../schemas/site-settings-schema.ts';
import type { PeriodUptime } from './uptime.ts';
import type { ReportMonth } from './status-overview.ts';

/** A target written in per cent as a share: to a ten-thousandth of a per cent, so that 99.9 is 0.999 and not 0.9990000000000001. */
export function targetShare(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}

/** The target a component or group is held to, as a share (`0.999`): its own, else its group's, else the site's; none without `sla`. */
export function targetOf(sla: SlaSettings | undefined, id: string, groupId?: string): number | undefined {
  if (!sla) return undefined;
  return targetShare(sla.components[id] ?? (groupId === undefined ? undefined : sla.components[groupId]) ?? sla.target);
}

// Half a millisecond: the arithmetic's rounding, never a real minute of downtime.
const TOLERANCE_MS = 0.5;

/**
 * Whether a period fell below `target`: it was watched, and the time its uptime figure leaves
 * down is more than the target allows. Compared as time, so that 99.9 % of a month is never lost
 * to floating-point rounding; from the figure shown (a group's is its members' mean), so that a row
 * is marked exactly when its figure is under the target.
 */
export function isBelowTarget(period: PeriodUptime, target: number | undefined): boolean {
  return target !== undefined && period.watchedMs > 0 && (target - period.uptime) * period.watchedMs > TOLERANCE_MS;
}

/** The periods of one component or group that fell below its target (none without one), in the order given. */
export function periodsBelowTarget(periods: readonly PeriodUptime[], target: number | undefined): Array<{ period: PeriodUptime; target: number }> {
  return target === undefined ? [] : periods.filter((period) => isBelowTarget(period, target)).map((period) => ({ period, target }));
}

/** A group or component that fell below its target in a month. */
export interface MissedTarget {
  id: string;
  name: string;
  target: number;
  period: PeriodUptime;
}

/** The groups and components of one report month that fell below their targets, in the report's order. */
export function missedTargets(month: ReportMonth, sla: SlaSettings | undefined): MissedTarget[] {
  const missed: MissedTarget[] = [];
  const consider = (id: string, name: string, period: PeriodUptime, target: number | undefined) => {
    if (target !== undefined && isBelowTarget(period, target)) missed.push({ id, name, target, period });
  };
  for (const { group, period, components } of month.groups) {
    consider(group.id, group.name, period, targetOf(sla, group.id));
    for (const { component, period: own } of components) consider(component.id, component.name, own, targetOf(sla, component.id, group.id));
  }
  return missed;
}

/** Whether any component or group has a target of its own, other than the site's. */
export function hasOwnTargets(sla: SlaSettings | undefined): boolean {
  return sla !== undefined && Object.keys(sla.components).length > 0;
}
