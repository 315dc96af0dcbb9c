import { dayNumber } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthReason } from '../types.ts';

/**
 * The share of the open tasks whose due date has passed. A task due today is not overdue yet (it
 * may still be done today); below `minOpenTasks` open tasks the signal is silent.
 */
export function overdueShare(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const today = dayNumber(input.today);
  const open = input.tasks.filter((task) => task.doneOn === null);
  if (open.length === 0 || open.length < thresholds.overdueShare.minOpenTasks) return [];
  const overdue = open.filter((task) => task.dueDate !== null && dayNumber(task.dueDate) < today).length;
  const reached = levelFor(overdue / open.length, thresholds.overdueShare);
  return reached ? [{ signal: 'overdue-share', ...reached, value: overdue / open.length, unit: 'share' }] : [];
}
