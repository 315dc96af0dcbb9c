import type { PortfolioMilestone } from '../../../../shared/contracts/portfolio.ts';
import type { HealthLevel, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { daysBetween } from '../calendar-dates.ts';

/** Where a milestone stands today: reached, its date passed while open, or still ahead. */
export type MilestoneState = 'done' | 'late' | 'open';

export interface TimelineMilestone {
  id: string;
  name: string;
  date: string;
  baselineDate: string | null;
  /** Days after the baseline's date (negative: earlier); null without a baseline date. */
  slip: number | null;
  state: MilestoneState;
}

export interface TimelineRow {
  project: { id: string; name: string; level: ProjectLevel; override: HealthLevel | null };
  milestones: TimelineMilestone[];
}

/** Where a milestone stands on `today` (a day whose date has passed is late; due today is not yet). */
export function milestoneState(milestone: Pick<PortfolioMilestone, 'date' | 'doneAt'>, today: string): MilestoneState {
  if (milestone.doneAt) return 'done';
  return milestone.date < today ? 'late' : 'open';
}

/**
 * One row per project that has milestones, in the order of `order` (the portfolio's, so the timeline
 * follows the table's sort); projects the order does not name come last, by name. Milestones in a row
 * by date.
 */
export function timelineRows(
  milestones: readonly PortfolioMilestone[],
  order: readonly string[],
  today: string,
): TimelineRow[] {
  const rows = new Map<string, TimelineRow>();
  for (const m of milestones) {
    let row = rows.get(m.project.id);
    if (!row) {
      row = { project: { ...m.project }, milestones: [] };
      rows.set(m.project.id, row);
    }
    row.milestones.push({
      id: m.id,
      name: m.name,
      date: m.date,
      baselineDate: m.baselineDate,
      slip: m.baselineDate ? daysBetween(m.baselineDate, m.date) : null,
      state: milestoneState(m, today),
    });
  }
  for (const row of rows.values()) row.milestones.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rank = new Map(order.map((id, index) => [id, index]));
  return [...rows.values()].sort((a, b) => {
    const ra = rank.get(a.project.id) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b.project.id) ?? Number.POSITIVE_INFINITY;
    return ra !== rb ? ra - rb : a.project.name.localeCompare(b.project.name, 'de');
  });
}

/** Every date a timeline of these rows has to show: milestones, their baseline dates, and today. */
export function timelineDates(rows: readonly TimelineRow[], today: string): string[] {
  return [
    today,
    ...rows.flatMap((row) => row.milestones.flatMap((m) => (m.baselineDate ? [m.date, m.baselineDate] : [m.date]))),
  ];
}

/**
 * The milestone the keyboard lands on first in a row: the first one not yet reached, else the last.
 * Arrow keys move from there.
 */
export function firstFocus(row: TimelineRow): number {
  const open = row.milestones.findIndex((m) => m.state !== 'done');
  return open >= 0 ? open : Math.max(0, row.milestones.length - 1);
}

/** In another row, the milestone nearest in time to `date` (Up and Down keep the place in time). */
export function nearestIndex(row: TimelineRow, date: string): number {
  let best = 0;
  let distance = Number.POSITIVE_INFINITY;
  row.milestones.forEach((m, index) => {
    const d = Math.abs(daysBetween(date, m.date));
    if (d < distance) {
      best = index;
      distance = d;
    }
  });
  return best;
}
