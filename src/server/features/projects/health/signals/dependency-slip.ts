import { dayNumber } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { CrossProjectDependency, HealthInput, HealthReason } from '../types.ts';

/**
 * Tasks of other projects that this project's tasks wait for (finish to start) and that are
 * expected to finish late: one reason per such task, naming it and its project, with the most
 * days it holds up any of this project's tasks.
 *
 * An open predecessor finishes today at the earliest, or on its due date or the other project's
 * forecast if later. It is late by the days it finishes after our task's start; when our task has
 * no start date, after its own due date (then a passed due date counts at once). A predecessor
 * overdue but still expected before our task starts holds nothing up and is not reported: the
 * other project's own health shows it. Done predecessors and done dependent tasks no longer matter.
 */
export function dependencySlip(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const today = dayNumber(input.today);
  const tasks = new Map(input.tasks.map((task) => [task.id, task]));
  const worst = new Map<string, HealthReason>();
  for (const dependency of input.dependencies) {
    const { predecessor } = dependency;
    // A predecessor in this project is this project's own plan and shows in its other signals.
    if (predecessor.projectId === input.project.id || predecessor.doneOn !== null) continue;
    const task = tasks.get(dependency.taskId);
    if (!task || task.doneOn !== null) continue;
    const neededBy = task.startDate ?? predecessor.dueDate;
    if (neededBy === null) continue;
    const days = expectedFinish(predecessor, today) - dayNumber(neededBy);
    const reached = levelFor(days, thresholds.dependencySlip);
    const previous = worst.get(predecessor.id);
    if (!reached || (previous && previous.value >= days)) continue;
    worst.set(predecessor.id, {
      signal: 'dependency-slip',
      ...reached,
      value: days,
      unit: 'days',
      subject: { kind: 'task', id: predecessor.id, name: predecessor.name, projectName: predecessor.projectName },
    });
  }
  return [...worst.values()];
}

function expectedFinish(predecessor: CrossProjectDependency['predecessor'], today: number): number {
  let day = today;
  for (const planned of [predecessor.dueDate, predecessor.forecastOn]) {
    if (planned !== null) day = Math.max(day, dayNumber(planned));
  }
  return day;
}
