import { Link } from '@tanstack/react-router';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import {
  AssigneesMark,
  AttachmentsMark,
  ChecklistMark,
  DueMark,
  LabelsMark,
  PriorityMark,
} from '../tasks/task-marks.tsx';

export const moveButtonId = (taskId: string) => `move-${taskId}`;

/**
 * One card of the board: title (to the task), assignees, due date, priority, labels, the reason when
 * blocked; dragged with the mouse, or moved with its "Verschieben" button from the keyboard.
 */
export function TaskCard({
  task,
  canMove,
  dragging,
  onMove,
  onDragStart,
  onDragEnd,
}: {
  task: Task;
  canMove: boolean;
  dragging: boolean;
  onMove: (task: Task) => void;
  onDragStart: (task: Task, event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const titleId = `card-${task.id}-title`;
  return (
    <article
      className={`task-card task-card--${task.priority}${dragging ? ' task-card--dragging' : ''}`}
      aria-labelledby={titleId}
      data-task-id={task.id}
      draggable={canMove}
      onDragStart={(event) => onDragStart(task, event)}
      onDragEnd={onDragEnd}
    >
      <h4 className="kern-body kern-body--bold task-card__title" id={titleId}>
        <Link
          className="kern-link"
          to="/projects/$id/tasks/$taskId"
          params={{ id: task.projectId, taskId: task.id }}
          lang={lang}
          draggable={false}
        >
          {task.title}
        </Link>
      </h4>
      {task.state === 'blocked' && task.blockedReason ? (
        <p className="kern-body kern-body--small task-card__blocked">
          <strong>{t('projects.task.blockedBecause')}</strong> <span lang={lang}>{task.blockedReason}</span>
        </p>
      ) : null}
      <p className="kern-body kern-body--small task-card__marks">
        <DueMark task={task} />
        <PriorityMark priority={task.priority} />
        <AssigneesMark task={task} />
        <ChecklistMark task={task} />
        <AttachmentsMark task={task} />
      </p>
      <LabelsMark labels={task.labels} />
      {canMove ? (
        <div className="task-card__actions">
          <Button id={moveButtonId(task.id)} variant="tertiary" small onClick={() => onMove(task)}>
            {t('projects.board.move')}
            <span className="visually-hidden"> ({task.title})</span>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
