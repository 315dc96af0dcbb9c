import { dayNumber } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthReason } from '../types.ts';

/**
 * One reason per open task blocked for at least the amber threshold (unit 'days', the task as
 * subject), and one red reason without subject when `redCount` or more tasks are blocked at
 * once (unit 'tasks'), however briefly: many small blockers stop a project as well.
 */
export function blocked(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const today = dayNumber(input.today);
  const blockedTasks = input.tasks.flatMap(({ doneOn, blockedSince, ...task }) =>
    doneOn === null && blockedSince !== null ? [{ ...task, blockedSince }] : [],
  );
  const reasons: HealthReason[] = [];
  for (const task of blockedTasks) {
    const days = today - dayNumber(task.blockedSince);
    const reached = levelFor(days, thresholds.blocked);
    if (!reached) continue;
    reasons.push({
      signal: 'blocked',
      ...reached,
      value: days,
      unit: 'days',
      subject: { kind: 'task', id: task.id, name: task.name },
    });
  }
  const { redCount } = thresholds.blocked;
  if (blockedTasks.length >= redCount) {
    reasons.push({ signal: 'blocked', level: 'red', value: blockedTasks.length, threshold: redCount, unit: 'tasks' });
  }
  return reasons;
}
