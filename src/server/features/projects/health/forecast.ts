import { addDays, dayNumber } from './dates.ts';
import type { HealthTask } from './types.ts';

/**
 * When the open tasks will be done at the recent pace:
 * - 'done': no open task;
 * - 'none': open tasks but nothing done in the window, so no pace to extrapolate (never a division by zero);
 * - 'date': the day the last open task is expected done, with the pace in tasks per week.
 */
export type Forecast =
  | { kind: 'done' }
  | { kind: 'none'; openTasks: number }
  | { kind: 'date'; date: string; openTasks: number; perWeek: number };

/**
 * The pace is the tasks done in the last `windowWeeks` (today included). A project younger than the
 * window is measured over its own age, but at least a week: otherwise a young project's pace would be
 * diluted by weeks before it existed, and a first day's work would be extrapolated to a whole plan.
 */
export function forecastEnd(
  tasks: readonly HealthTask[],
  options: { today: string; startedOn: string; windowWeeks: number },
): Forecast {
  const today = dayNumber(options.today);
  const openTasks = tasks.filter((task) => task.doneOn === null).length;
  if (openTasks === 0) return { kind: 'done' };
  const age = today - dayNumber(options.startedOn);
  const windowDays = Math.min(options.windowWeeks * 7, Math.max(7, age));
  const doneInWindow = tasks.filter((task) => {
    if (task.doneOn === null) return false;
    const daysAgo = today - dayNumber(task.doneOn);
    return daysAgo >= 0 && daysAgo < windowDays;
  }).length;
  if (doneInWindow === 0) return { kind: 'none', openTasks };
  const daysNeeded = Math.ceil((openTasks * windowDays) / doneInWindow);
  return {
    kind: 'date',
    date: addDays(options.today, daysNeeded),
    openTasks,
    perWeek: (doneInWindow * 7) / windowDays,
  };
}
