import { useTranslation } from 'react-i18next';
import type { Task, TaskPriority } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { Icon } from '../../../ui/icon.tsx';
import { formatDay, isOverdue, todayIso } from '../calendar-dates.ts';

// The small facts of a task that the board's cards, the list and my tasks show alike; each says
// in words what a colour or icon beside it also shows.

export function DueMark({ task }: { task: Pick<Task, 'dueDate' | 'state'> }) {
  const { t, i18n } = useTranslation();
  if (!task.dueDate) return <span className="task-mark task-mark--quiet">{t('projects.task.noDue')}</span>;
  const date = formatDay(task.dueDate, i18n.language);
  if (isOverdue(task, todayIso())) {
    return (
      <span className="task-mark task-mark--late">
        <Icon name="warning" size="small" />
        {t('projects.task.overdueSince', { date })}
      </span>
    );
  }
  return <span className="task-mark">{t('projects.task.dueOn', { date })}</span>;
}

/** `bare`: without "Priorität:", where a column's header already says it. */
export function PriorityMark({ priority, bare }: { priority: TaskPriority; bare?: boolean }) {
  const { t } = useTranslation();
  const word = t(`projects.priority.${priority}`);
  return (
    <span className={`task-mark task-priority task-priority--${priority}`}>
      {priority === 'urgent' || priority === 'high' ? <Icon name="arrow-up" size="small" /> : null}
      {bare ? word : t('projects.task.priorityIs', { priority: word })}
    </span>
  );
}

export function AssigneesMark({ task, bare }: { task: Pick<Task, 'assignees'>; bare?: boolean }) {
  const { t } = useTranslation();
  const names = task.assignees.map((a) => a.name).join(', ');
  return (
    <span className="task-mark">
      {task.assignees.length ? (bare ? names : t('projects.task.assignedTo', { names })) : t('projects.task.nobody')}
    </span>
  );
}

export function LabelsMark({ labels }: { labels: readonly string[] }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  if (labels.length === 0) return null;
  return (
    <span className="task-labels">
      <span className="visually-hidden">{t('projects.task.labels')}: </span>
      {labels.map((label) => (
        <span key={label} className="task-label" lang={lang}>
          {label}
        </span>
      ))}
    </span>
  );
}

export function ChecklistMark({ task }: { task: Pick<Task, 'checklist'> }) {
  const { t } = useTranslation();
  if (task.checklist.length === 0) return null;
  const done = task.checklist.filter((item) => item.done).length;
  return <span className="task-mark">{t('projects.task.checklistDone', { done, count: task.checklist.length })}</span>;
}

export function AttachmentsMark({ task }: { task: Pick<Task, 'attachmentCount'> }) {
  const { t } = useTranslation();
  if (task.attachmentCount === 0) return null;
  return <span className="task-mark">{t('projects.task.attachments', { count: task.attachmentCount })}</span>;
}
