// The project's timeline as rows and shapes, without React: which rows in which order (each milestone
// with its tasks, then the tasks without one), where each task's bar lies on a time scale, and the
// arrows of the dependencies from the end of the task waited for to the start of the waiting one.
import type { Milestone, Task } from '../../../../shared/contracts/projects.ts';
import { daysBetween, isOverdue } from '../calendar-dates.ts';
import type { TimeScale } from './time-scale.ts';

/** Pixels of a row, of the axis above the rows and of the band below them (today's label). */
export const ROW_HEIGHT = 44;
export const HEADER_HEIGHT = 48;
export const FOOTER_HEIGHT = 28;
/** The width of a task that has only one date. */
export const MARKER_WIDTH = 10;
/** How far an arrow leaves a bar before it turns. */
const ELBOW = 8;

export type Dependency = Task['dependsOn'][number];

export interface MilestoneRow {
  kind: 'milestone';
  key: string;
  milestone: Milestone;
  reached: boolean;
  /** Open and its date has passed. */
  overdue: boolean;
  /** Days later (+) or earlier (−) than in the newest baseline; null without a baseline date. */
  slipDays: number | null;
}

/** The heading of the tasks that belong to no milestone (only when the project has milestones). */
export interface GroupRow {
  kind: 'group';
  key: string;
}

export interface TaskRow {
  kind: 'task';
  key: string;
  task: Task;
  overdue: boolean;
  /** Predecessors in this project. */
  inProject: Dependency[];
  /** Predecessors in other projects: said in words on the row, never drawn. */
  elsewhere: Dependency[];
}

export type TimelineRow = MilestoneRow | GroupRow | TaskRow;

/** The earlier of a task's dates, by which it is ordered within its group; tasks without dates last. */
function startOf(task: Task): string | null {
  return task.startDate ?? task.dueDate;
}

function byDates(a: Task, b: Task): number {
  const sa = startOf(a);
  const sb = startOf(b);
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sa < sb ? -1 : 1;
  }
  const da = a.dueDate ?? '';
  const db = b.dueDate ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.title.localeCompare(b.title, 'de');
}

/**
 * The rows in reading order: milestones by date, each followed by its tasks by start (or due) date;
 * then, under a heading of their own, the tasks without a milestone (or with one of another project).
 */
export function timelineRows(
  projectId: string,
  milestones: readonly Milestone[],
  tasks: readonly Task[],
  today: string,
): TimelineRow[] {
  const ordered = [...milestones].sort((a, b) =>
    a.date === b.date ? a.name.localeCompare(b.name, 'de') : a.date < b.date ? -1 : 1,
  );
  const known = new Set(ordered.map((m) => m.id));
  const sorted = [...tasks].sort(byDates);
  const taskRow = (task: Task): TaskRow => ({
    kind: 'task',
    key: task.id,
    task,
    overdue: isOverdue(task, today),
    inProject: task.dependsOn.filter((d) => d.projectId === projectId),
    elsewhere: task.dependsOn.filter((d) => d.projectId !== projectId),
  });
  const rows: TimelineRow[] = [];
  for (const milestone of ordered) {
    rows.push({
      kind: 'milestone',
      key: `milestone-${milestone.id}`,
      milestone,
      reached: milestone.doneAt !== null,
      overdue: milestone.doneAt === null && milestone.date < today,
      slipDays: milestone.baselineDate ? daysBetween(milestone.baselineDate, milestone.date) : null,
    });
    for (const task of sorted) if (task.milestoneId === milestone.id) rows.push(taskRow(task));
  }
  const loose = sorted.filter((task) => task.milestoneId === null || !known.has(task.milestoneId));
  if (loose.length > 0 && ordered.length > 0) rows.push({ kind: 'group', key: 'no-milestone' });
  for (const task of loose) rows.push(taskRow(task));
  return rows;
}

/** Every date the timeline shows, for the span of its scale. */
export function timelineDates(rows: readonly TimelineRow[]): (string | null)[] {
  return rows.flatMap((row) =>
    row.kind === 'task'
      ? [row.task.startDate, row.task.dueDate]
      : row.kind === 'milestone'
        ? [row.milestone.date, row.milestone.baselineDate]
        : [],
  );
}

export interface Bar {
  x1: number;
  x2: number;
  /** Only one date: a short mark at it rather than a span. */
  marker: boolean;
}

/**
 * A task's bar: from the start of its start day to the end of its due day. With only a due date a
 * short mark ending on it, with only a start date one beginning on it; none without dates.
 */
export function barOf(task: Pick<Task, 'startDate' | 'dueDate'>, scale: TimeScale): Bar | null {
  const { startDate, dueDate } = task;
  const markerWidth = Math.max(MARKER_WIDTH, scale.dayWidth);
  if (startDate && dueDate) {
    // A due date before the start is drawn over both days rather than backwards.
    const [first, last] = startDate <= dueDate ? [startDate, dueDate] : [dueDate, startDate];
    const x1 = scale.x(first);
    return { x1, x2: Math.max(scale.xEnd(last), x1 + 4), marker: false };
  }
  if (dueDate) {
    const x2 = scale.xEnd(dueDate);
    return { x1: x2 - markerWidth, x2, marker: true };
  }
  if (startDate) {
    const x1 = scale.x(startDate);
    return { x1, x2: x1 + markerWidth, marker: true };
  }
  return null;
}

/** The vertical middle of the row at `index`. */
export function rowMiddle(index: number): number {
  return HEADER_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
}

export interface Arrow {
  key: string;
  fromId: string;
  toId: string;
  /** An SVG path in right angles, ending at the waiting task's start. */
  path: string;
  /** The waiting task starts before the task it waits for is due. */
  conflict: boolean;
}

/**
 * The arrows of the dependencies within the project, each from the end of the predecessor's bar to
 * the start of the dependent's. A predecessor without a bar (no dates) or not among the rows gets no
 * arrow; `unDrawn` tells which, so the row can say it in words instead.
 */
export function arrowsOf(rows: readonly TimelineRow[], scale: TimeScale): { arrows: Arrow[]; unDrawn: Set<string> } {
  const placed = new Map<string, { index: number; bar: Bar; task: Task }>();
  rows.forEach((row, index) => {
    if (row.kind !== 'task') return;
    const bar = barOf(row.task, scale);
    if (bar) placed.set(row.task.id, { index, bar, task: row.task });
  });
  const arrows: Arrow[] = [];
  const unDrawn = new Set<string>();
  for (const row of rows) {
    if (row.kind !== 'task') continue;
    for (const dep of row.inProject) {
      const from = placed.get(dep.id);
      const to = placed.get(row.task.id);
      if (!from || !to) {
        unDrawn.add(`${dep.id}>${row.task.id}`);
        continue;
      }
      const start = row.task.startDate ?? row.task.dueDate;
      arrows.push({
        key: `${dep.id}>${row.task.id}`,
        fromId: dep.id,
        toId: row.task.id,
        path: arrowPath(from.bar.x2, rowMiddle(from.index), to.bar.x1, rowMiddle(to.index)),
        conflict: dep.dueDate !== null && start !== null && start < dep.dueDate,
      });
    }
  }
  return { arrows, unDrawn };
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * From (x1, y1) rightwards to (x2, y2). When the target lies far enough to the right the line turns
 * down (or up) just after the source; otherwise it goes round: down to the edge between the rows,
 * back left to just before the target, and in from the left, so the head always points at a start.
 */
export function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
  const out = x1 + ELBOW;
  if (x2 - ELBOW >= out) return `M${r(x1)} ${r(y1)}H${r(out)}V${r(y2)}H${r(x2)}`;
  const edge = y2 > y1 ? y2 - ROW_HEIGHT / 2 : y2 + ROW_HEIGHT / 2;
  const before = x2 - ELBOW;
  return `M${r(x1)} ${r(y1)}H${r(out)}V${r(edge)}H${r(before)}V${r(y2)}H${r(x2)}`;
}
