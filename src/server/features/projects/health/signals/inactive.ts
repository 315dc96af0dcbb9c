import { dayNumber, latestDay } from '../dates.ts';
import { levelFor } from '../levels.ts';
import type { HealthThresholds } from '../thresholds.ts';
import type { HealthInput, HealthReason } from '../types.ts';

/**
 * Days since the last activity or status note, whichever is later. A project where nothing has
 * happened yet counts from the day it was created.
 */
export function inactive(input: HealthInput, thresholds: HealthThresholds): HealthReason[] {
  const { project } = input;
  const last = latestDay(project.lastActivityOn, project.lastStatusNoteOn) ?? project.createdOn;
  const days = dayNumber(input.today) - dayNumber(last);
  const reached = levelFor(days, thresholds.inactive);
  return reached ? [{ signal: 'inactive', ...reached, value: days, unit: 'days' }] : [];
}
