import { dayNumber } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthMilestone, HealthReason } from '../types.ts';

/**
 * One reason per milestone that lies at least the amber threshold after its date in the baseline.
 * Milestones added after the baseline have no date there and are not measured; without a baseline
 * there is nothing to slip against.
 */
export function milestoneSlip(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const { baseline } = input;
  if (!baseline) return [];
  const planned = new Map(baseline.milestones.map((entry) => [entry.milestoneId, dayNumber(entry.date)]));
  const today = dayNumber(input.today);
  const reasons: HealthReason[] = [];
  for (const milestone of input.milestones) {
    const baselineDay = planned.get(milestone.id);
    if (baselineDay === undefined) continue;
    const slip = expectedDay(milestone, today) - baselineDay;
    const reached = levelFor(slip, thresholds.milestoneSlip);
    if (!reached) continue;
    reasons.push({
      signal: 'milestone-slip',
      ...reached,
      value: slip,
      unit: 'days',
      subject: { kind: 'milestone', id: milestone.id, name: milestone.name },
      baselineName: baseline.name,
    });
  }
  return reasons;
}

// A reached milestone counts on the day it was reached. An open one whose date has passed will be
// reached today at the earliest, so its slip grows every day until it is reached or moved.
function expectedDay(milestone: HealthMilestone, today: number): number {
  if (milestone.doneOn !== null) return dayNumber(milestone.doneOn);
  return Math.max(dayNumber(milestone.date), today);
}
