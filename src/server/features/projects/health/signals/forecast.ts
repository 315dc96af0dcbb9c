import { daysBetween } from '../dates.ts';
import { forecastEnd } from '../forecast.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthReason } from '../types.ts';

/**
 * Days the forecast end (forecast.ts) lies after the project's end date ('forecast'), or, when there
 * is no pace to forecast from, the open tasks that nothing is moving ('forecast-none': amber from one
 * open task, red from `noneRedOpenTasks`). A project without an end date has nothing to be late for;
 * one on the platform for less than a week has had no time to move anything, so a plan just entered
 * is not a warning.
 */
const MIN_WATCHED_DAYS = 7;

export function forecast(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const { project } = input;
  if (project.endDate === null) return [];
  const result = forecastEnd(input.tasks, {
    today: input.today,
    startedOn: project.startDate ?? project.createdOn,
    windowWeeks: thresholds.forecast.windowWeeks,
  });
  if (result.kind === 'done') return [];
  if (result.kind === 'none') {
    if (daysBetween(project.createdOn, input.today) < MIN_WATCHED_DAYS) return [];
    const reached = levelFor(result.openTasks, { amber: 1, red: thresholds.forecast.noneRedOpenTasks });
    return reached ? [{ signal: 'forecast-none', ...reached, value: result.openTasks, unit: 'tasks' }] : [];
  }
  const daysLate = daysBetween(project.endDate, result.date);
  const reached = levelFor(daysLate, thresholds.forecast);
  return reached ? [{ signal: 'forecast', ...reached, value: daysLate, unit: 'days' }] : [];
}
