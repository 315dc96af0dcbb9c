import type { TFunction } from 'i18next';
import type { Task } from '../../../../shared/contracts/projects.ts';
import { formatDay } from '../calendar-dates.ts';
import type { Dependency, MilestoneRow, TaskRow } from './timeline-layout.ts';

// What the timeline draws, in words: the rows' accessible names, the table and the texts beside the bars.

/** "01.03.2026 bis 30.04.2026", "fällig am …", "beginnt am …" or "ohne Termin". */
export function periodText(task: Pick<Task, 'startDate' | 'dueDate'>, t: TFunction, language: string): string {
  const { startDate, dueDate } = task;
  if (startDate && dueDate) {
    return t('projects.timeline.period', { from: formatDay(startDate, language), to: formatDay(dueDate, language) });
  }
  if (dueDate) return t('projects.task.dueOn', { date: formatDay(dueDate, language) });
  if (startDate) return t('projects.timeline.startsOn', { date: formatDay(startDate, language) });
  return t('projects.timeline.noDates');
}

/** „A“, „B“ (Projekt X): a predecessor in another project is named with its project. */
export function dependencyList(deps: readonly Dependency[], projectId: string, t: TFunction): string {
  return deps
    .map((dep) =>
      dep.projectId === projectId
        ? t('projects.timeline.depHere', { title: dep.title })
        : t('projects.timeline.depElsewhere', { title: dep.title, project: dep.projectName }),
    )
    .join(', ');
}

/** What a task row says beside its bar: that it is overdue, and what it waits for that no arrow shows. */
export function taskNote(
  row: TaskRow,
  unDrawn: ReadonlySet<string>,
  projectId: string,
  t: TFunction,
  language: string,
): string {
  const parts: string[] = [];
  if (row.overdue) parts.push(t('projects.task.overdueSince', { date: formatDay(row.task.dueDate, language) }));
  const words = [...row.inProject.filter((dep) => unDrawn.has(`${dep.id}>${row.task.id}`)), ...row.elsewhere];
  if (words.length > 0) parts.push(t('projects.timeline.dependsOn', { list: dependencyList(words, projectId, t) }));
  return parts.join(' · ');
}

/**
 * Everything about a task row after its title, for screen readers: the dates, the state, overdue,
 * what it waits for, a start before a predecessor ends.
 */
export function taskDescription(row: TaskRow, projectId: string, t: TFunction, language: string): string {
  const { task } = row;
  const parts = [periodText(task, t, language), t(`projects.state.${task.state}`)];
  if (row.overdue) parts.push(t('projects.task.overdueSince', { date: formatDay(task.dueDate, language) }));
  const deps = [...row.inProject, ...row.elsewhere];
  if (deps.length > 0) parts.push(t('projects.timeline.dependsOn', { list: dependencyList(deps, projectId, t) }));
  const start = task.startDate ?? task.dueDate;
  const early = row.inProject.filter((dep) => dep.dueDate !== null && start !== null && start < dep.dueDate);
  if (early.length > 0) parts.push(t('projects.timeline.startsEarly', { list: dependencyList(early, projectId, t) }));
  return parts.join(', ');
}

/** "14 Tage später als im Basisplan" (short, beside the diamond); empty when it keeps its date. */
export function slipText(row: MilestoneRow, t: TFunction): string {
  if (row.slipDays === null || row.slipDays === 0) return '';
  return row.slipDays > 0
    ? t('projects.timeline.slipLater', { count: row.slipDays })
    : t('projects.timeline.slipEarlier', { count: -row.slipDays });
}

/** A milestone's date, whether it is reached or overdue, and its slip with the baseline's date. */
export function milestoneDescription(row: MilestoneRow, t: TFunction, language: string): string {
  const { milestone } = row;
  const parts = [t('projects.milestones.date', { date: formatDay(milestone.date, language) })];
  if (row.reached) parts.push(t('projects.timeline.reached'));
  else if (row.overdue) parts.push(t('projects.milestones.overdue'));
  if (row.slipDays !== null && milestone.baselineDate) {
    const date = formatDay(milestone.baselineDate, language);
    parts.push(
      row.slipDays === 0
        ? t('projects.milestones.asBaseline')
        : row.slipDays > 0
          ? t('projects.milestones.later', { count: row.slipDays, date })
          : t('projects.milestones.earlier', { count: -row.slipDays, date }),
    );
  }
  return parts.join(', ');
}
