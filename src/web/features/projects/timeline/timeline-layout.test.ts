import { describe, expect, it } from 'vitest';
import type { Milestone, Task } from '../../../../shared/contracts/projects.ts';
import { timeScale } from './time-scale.ts';
import {
  arrowPath,
  arrowsOf,
  barOf,
  HEADER_HEIGHT,
  MARKER_WIDTH,
  ROW_HEIGHT,
  rowMiddle,
  timelineDates,
  timelineRows,
} from './timeline-layout.ts';

const PROJECT = 'p1';
const TODAY = '2026-03-15';

function task(id: string, fields: Partial<Task> = {}): Task {
  return {
    id,
    projectId: PROJECT,
    projectName: 'Breitband',
    workspaceId: 'w1',
    title: id,
    description: '',
    state: 'todo',
    blockedReason: null,
    blockedSince: null,
    priority: 'normal',
    labels: [],
    checklist: [],
    startDate: null,
    dueDate: null,
    estimateHours: null,
    milestoneId: null,
    assignees: [],
    dependsOn: [],
    position: 0,
    doneAt: null,
    commentCount: 0,
    attachmentCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

function milestone(id: string, date: string, fields: Partial<Milestone> = {}): Milestone {
  return { id, name: id, date, doneAt: null, baselineDate: null, tasks: { total: 0, done: 0 }, ...fields };
}

const dep = (of: Task, projectId = PROJECT, projectName = 'Breitband') => ({
  id: of.id,
  title: of.title,
  state: of.state,
  dueDate: of.dueDate,
  projectId,
  projectName,
});

describe('timeline rows', () => {
  it('lists each milestone by date with its tasks by start, then the tasks without a milestone under a heading', () => {
    const rows = timelineRows(
      PROJECT,
      [milestone('Vergabe', '2026-05-01'), milestone('Planung', '2026-03-01')],
      [
        task('Angebote prüfen', { milestoneId: 'Vergabe', dueDate: '2026-04-20' }),
        task('Ausschreiben', { milestoneId: 'Vergabe', startDate: '2026-03-02', dueDate: '2026-03-30' }),
        task('Bedarf erheben', { milestoneId: 'Planung', startDate: '2026-01-10', dueDate: '2026-02-20' }),
        task('Ohne Datum', { milestoneId: 'Vergabe' }),
        task('Presse', { dueDate: '2026-06-01' }),
        task('Fremder Meilenstein', { milestoneId: 'anderswo', dueDate: '2026-02-01' }),
      ],
      TODAY,
    );
    expect(
      rows.map((row) =>
        row.kind === 'milestone' ? `◆ ${row.milestone.name}` : row.kind === 'group' ? '—' : row.task.title,
      ),
    ).toEqual([
      '◆ Planung',
      'Bedarf erheben',
      '◆ Vergabe',
      'Ausschreiben',
      'Angebote prüfen',
      'Ohne Datum',
      '—',
      'Fremder Meilenstein',
      'Presse',
    ]);
  });

  it('needs no heading when the project has no milestones', () => {
    const rows = timelineRows(PROJECT, [], [task('a', { dueDate: '2026-03-01' })], TODAY);
    expect(rows.map((row) => row.kind)).toEqual(['task']);
  });

  it('marks overdue tasks and milestones, the reached ones and the slip against the baseline', () => {
    const rows = timelineRows(
      PROJECT,
      [
        milestone('spät', '2026-03-14', { baselineDate: '2026-02-28' }),
        milestone('erreicht', '2026-03-01', { doneAt: '2026-03-01T10:00:00Z', baselineDate: '2026-03-05' }),
        milestone('heute', TODAY),
      ],
      [
        task('late', { dueDate: '2026-03-14' }),
        task('done late', { dueDate: '2026-03-01', state: 'done' }),
        task('due today', { dueDate: TODAY }),
      ],
      TODAY,
    );
    const byName = new Map(
      rows.map((row) => [
        row.kind === 'milestone' ? row.milestone.name : row.kind === 'task' ? row.task.title : row.key,
        row,
      ]),
    );
    expect(byName.get('spät')).toMatchObject({ overdue: true, reached: false, slipDays: 14 });
    expect(byName.get('erreicht')).toMatchObject({ overdue: false, reached: true, slipDays: -4 });
    expect(byName.get('heute')).toMatchObject({ overdue: false, slipDays: null });
    expect(byName.get('late')).toMatchObject({ overdue: true });
    expect(byName.get('done late')).toMatchObject({ overdue: false });
    expect(byName.get('due today')).toMatchObject({ overdue: false });
  });

  it('tells the predecessors in this project from those in others', () => {
    const here = task('here', { dueDate: '2026-03-01' });
    const there = task('there', { projectId: 'p2', projectName: 'Glasfaser', dueDate: '2026-03-02' });
    const rows = timelineRows(
      PROJECT,
      [],
      [here, task('waits', { dependsOn: [dep(here), dep(there, 'p2', 'Glasfaser')] })],
      TODAY,
    );
    const waits = rows.find((row) => row.kind === 'task' && row.task.title === 'waits');
    expect(waits).toMatchObject({
      inProject: [{ id: 'here' }],
      elsewhere: [{ id: 'there', projectName: 'Glasfaser' }],
    });
  });

  it('gives the scale every date it shows', () => {
    const rows = timelineRows(
      PROJECT,
      [milestone('m', '2026-05-01', { baselineDate: '2026-04-01' })],
      [task('t', { startDate: '2026-01-01', dueDate: '2026-02-01' })],
      TODAY,
    );
    expect(timelineDates(rows).filter(Boolean).sort()).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-04-01',
      '2026-05-01',
    ]);
  });
});

describe('bars', () => {
  const scale = timeScale('2026-03-01', '2026-03-31', 310);

  it('run from the start of the first day to the end of the due day', () => {
    expect(barOf({ startDate: '2026-03-02', dueDate: '2026-03-04' }, scale)).toEqual({ x1: 10, x2: 40, marker: false });
    // Start and due on one day: the day's width.
    expect(barOf({ startDate: '2026-03-02', dueDate: '2026-03-02' }, scale)).toEqual({ x1: 10, x2: 20, marker: false });
    // A due date before the start covers both days.
    expect(barOf({ startDate: '2026-03-04', dueDate: '2026-03-02' }, scale)).toEqual({ x1: 10, x2: 40, marker: false });
  });

  it('are a short mark with a single date, and nothing without dates', () => {
    const narrow = timeScale('2026-01-01', '2026-12-31', 365);
    expect(barOf({ startDate: null, dueDate: '2026-01-31' }, narrow)).toEqual({
      x1: 31 - MARKER_WIDTH,
      x2: 31,
      marker: true,
    });
    expect(barOf({ startDate: '2026-01-31', dueDate: null }, narrow)).toEqual({
      x1: 30,
      x2: 30 + MARKER_WIDTH,
      marker: true,
    });
    expect(barOf({ startDate: null, dueDate: null }, narrow)).toBeNull();
  });
});

describe('dependency arrows', () => {
  const scale = timeScale('2026-03-01', '2026-03-31', 310);

  it('go from the end of the predecessor to the start of the waiting task, rows apart', () => {
    const first = task('first', { startDate: '2026-03-01', dueDate: '2026-03-05' });
    const second = task('second', { startDate: '2026-03-10', dueDate: '2026-03-12', dependsOn: [dep(first)] });
    const rows = timelineRows(PROJECT, [], [second, first], TODAY);
    const { arrows, unDrawn } = arrowsOf(rows, scale);
    expect(unDrawn.size).toBe(0);
    expect(arrows).toEqual([
      {
        key: 'first>second',
        fromId: 'first',
        toId: 'second',
        path: `M50 ${rowMiddle(0)}H58V${rowMiddle(1)}H90`,
        conflict: false,
      },
    ]);
    expect(rowMiddle(1)).toBe(HEADER_HEIGHT + ROW_HEIGHT * 1.5);
  });

  it('go round when the waiting task starts before the predecessor ends, and call that a conflict', () => {
    const first = task('first', { startDate: '2026-03-01', dueDate: '2026-03-10' });
    const second = task('second', { startDate: '2026-03-05', dueDate: '2026-03-12', dependsOn: [dep(first)] });
    const { arrows } = arrowsOf(timelineRows(PROJECT, [], [first, second], TODAY), scale);
    expect(arrows[0]?.conflict).toBe(true);
    expect(arrows[0]?.path).toBe(`M100 ${rowMiddle(0)}H108V${rowMiddle(1) - ROW_HEIGHT / 2}H32V${rowMiddle(1)}H40`);
  });

  it('leave out predecessors in other projects and those without dates, which the row names instead', () => {
    const undated = task('undated');
    const other = task('other', { projectId: 'p2', dueDate: '2026-03-03' });
    const waiting = task('waiting', {
      dueDate: '2026-03-20',
      dependsOn: [dep(undated), dep(other, 'p2', 'Glasfaser')],
    });
    const { arrows, unDrawn } = arrowsOf(timelineRows(PROJECT, [], [undated, waiting], TODAY), scale);
    expect(arrows).toEqual([]);
    expect([...unDrawn]).toEqual(['undated>waiting']);
  });

  it('point upwards too, when the predecessor comes later in the list', () => {
    expect(arrowPath(10, 200, 5, 100)).toBe(`M10 200H18V${100 + ROW_HEIGHT / 2}H-3V100H5`);
  });
});
