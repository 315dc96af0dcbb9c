import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import type { Task } from '../../../../shared/contracts/projects.ts';
import type { Column } from '../../../ui/data-table.tsx';
import { AssigneesMark, DueMark, LabelsMark, PriorityMark } from './task-marks.tsx';

/**
 * The columns of a task table: title (to the task), state, due date and priority; with `project`
 * the project after the title (my tasks across projects), with `people` the assignees and labels.
 */
export function taskColumns(
  t: TFunction,
  lang: string | undefined,
  options: { project?: boolean; people?: boolean } = {},
): Column<Task>[] {
  return [
    {
      key: 'title',
      header: t('projects.list.columns.title'),
      render: (task) => (
        <Link
          className="kern-link"
          to="/projects/$id/tasks/$taskId"
          params={{ id: task.projectId, taskId: task.id }}
          lang={lang}
        >
          {task.title}
        </Link>
      ),
    },
    ...(options.project
      ? [
          {
            key: 'project',
            header: t('projects.myTasks.project'),
            render: (task: Task) => (
              <Link className="kern-link" to="/projects/$id/board" params={{ id: task.projectId }} lang={lang}>
                {task.projectName}
              </Link>
            ),
          },
        ]
      : []),
    {
      key: 'state',
      header: t('projects.list.columns.state'),
      render: (task) => (
        <span className={`task-state task-state--${task.state}`}>{t(`projects.state.${task.state}`)}</span>
      ),
    },
    { key: 'due', header: t('projects.list.columns.due'), render: (task) => <DueMark task={task} /> },
    {
      key: 'priority',
      header: t('projects.list.columns.priority'),
      render: (task) => <PriorityMark priority={task.priority} bare />,
    },
    ...(options.people
      ? [
          {
            key: 'assignees',
            header: t('projects.list.columns.assignees'),
            render: (task: Task) => <AssigneesMark task={task} bare />,
          },
          {
            key: 'labels',
            header: t('projects.list.columns.labels'),
            render: (task: Task) => <LabelsMark labels={task.labels} />,
          },
        ]
      : []),
  ];
}
