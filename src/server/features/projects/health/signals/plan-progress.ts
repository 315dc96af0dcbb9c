import { dayNumber } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthReason } from '../types.ts';

/**
 * The share of the tasks planned to be done by today (due today or earlier) that are not done.
 * Too few due tasks say nothing about the plan, so below `minDueTasks` the signal is silent.
 */
export function planProgress(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const today = dayNumber(input.today);
  const due = input.tasks.filter((task) => task.dueDate !== null && dayNumber(task.dueDate) <= today);
  if (due.length === 0 || due.length < thresholds.planProgress.minDueTasks) return [];
  const share = due.filter((task) => task.doneOn === null).length / due.length;
  const reached = levelFor(share, thresholds.planProgress);
  return reached ? [{ signal: 'plan-progress', ...reached, value: share, unit: 'share' }] : [];
}
