import { type DragEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type Task, type TaskState } from '../../../../shared/contracts/projects.ts';
import { Icon } from '../../../ui/icon.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { type Columns, dropIndex, othersIn, placeOf } from './board-order.ts';
import { MoveDialog, type MoveRequest } from './move-dialog.tsx';
import { moveButtonId, TaskCard } from './task-card.tsx';
import { type BoardMove, useMoveCard } from './use-board.ts';

/**
 * The four columns. A card moves by dragging it (a drop on "Blockiert" asks for the reason first) or
 * with its "Verschieben" button; either way the move is announced in a polite live region and the
 * focus stays on the moved card.
 */
export function Board({
  projectId,
  columns,
  canMove,
}: {
  projectId: string;
  columns: Columns<Task>;
  canMove: boolean;
}) {
  const { t } = useTranslation();
  const move = useMoveCard(projectId);
  const [request, setRequest] = useState<MoveRequest | null>(null);
  const [dragged, setDragged] = useState<Task | null>(null);
  const [over, setOver] = useState<TaskState | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const lists = useRef<Partial<Record<TaskState, HTMLOListElement | null>>>({});
  // A card moved to another column is drawn anew there; its button gets the focus back once it is.
  const refocus = useRef<{ taskId: string; state: TaskState; index: number } | null>(null);

  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted || columns[wanted.state][wanted.index]?.id !== wanted.taskId) return;
    refocus.current = null;
    document.getElementById(moveButtonId(wanted.taskId))?.focus();
  });

  function say(text: string) {
    // Emptied first, so that the same sentence twice in a row is read twice.
    setAnnouncement('');
    setTimeout(() => setAnnouncement(text), 50);
  }

  function send(task: Task, next: BoardMove, keepFocus: boolean) {
    const before = placeOf(columns, task.id);
    const index = Math.min(next.index, othersIn(columns, next.state, task.id).length);
    if (keepFocus) refocus.current = { taskId: task.id, state: next.state, index };
    move.mutate(next, {
      onSuccess: () => {
        const count = columns[next.state].filter((c) => c.id !== task.id).length + 1;
        say(
          t('projects.board.moved', {
            title: task.title,
            column: t(`projects.state.${next.state}`),
            place: Math.min(next.index, count - 1) + 1,
            count,
          }),
        );
      },
      onError: () => {
        if (keepFocus && before) refocus.current = before;
        say(t('projects.board.moveFailed', { title: task.title }));
      },
    });
  }

  function openMove(task: Task) {
    const place = placeOf(columns, task.id);
    setRequest({ task, state: place?.state ?? task.state, index: place?.index ?? 0 });
  }

  function indexAt(state: TaskState, pointerY: number, taskId: string): number {
    const cards = [...(lists.current[state]?.querySelectorAll<HTMLElement>('[data-task-id]') ?? [])].filter(
      (card) => card.dataset.taskId !== taskId,
    );
    return dropIndex(
      cards.map((card) => {
        const box = card.getBoundingClientRect();
        return box.top + box.height / 2;
      }),
      pointerY,
    );
  }

  function onDrop(state: TaskState, event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setOver(null);
    const task = dragged;
    setDragged(null);
    if (!task) return;
    const index = indexAt(state, event.clientY, task.id);
    if (state === 'blocked' && task.state !== 'blocked') {
      setRequest({ task, state, index });
      return;
    }
    const place = placeOf(columns, task.id);
    if (place && place.state === state && place.index === index) return;
    send(task, { taskId: task.id, state, index }, false);
  }

  return (
    <>
      <ProblemAlert error={move.error} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {canMove ? <p className="kern-body kern-body--small project-muted">{t('projects.board.howTo')}</p> : null}
      <div className="board">
        {TASK_STATES.map((state) => {
          const headingId = `board-column-${state}`;
          return (
            <section
              key={state}
              className={`board-column board-column--${state}${over === state ? ' board-column--over' : ''}`}
              aria-labelledby={headingId}
              onDragOver={(event) => {
                if (!dragged) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                if (over !== state) setOver(state);
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
              }}
              onDrop={(event) => onDrop(state, event)}
            >
              <h3 className="kern-heading-small board-column__title" id={headingId}>
                {state === 'blocked' ? <Icon name="warning" size="small" /> : null}
                {state === 'done' ? <Icon name="check" size="small" /> : null}
                {t(`projects.state.${state}`)}{' '}
                <span className="board-column__count">
                  {t('projects.board.count', { count: columns[state].length })}
                </span>
              </h3>
              {columns[state].length === 0 ? (
                <p className="kern-body kern-body--small board-column__empty">{t('projects.board.emptyColumn')}</p>
              ) : null}
              <ol
                className="plain-list board-column__cards"
                ref={(element) => {
                  lists.current[state] = element;
                }}
              >
                {columns[state].map((task) => (
                  <li key={task.id}>
                    <TaskCard
                      task={task}
                      canMove={canMove}
                      dragging={dragged?.id === task.id}
                      onMove={openMove}
                      onDragStart={(card, event) => {
                        event.dataTransfer.effectAllowed = 'move';
                        event.dataTransfer.setData('text/plain', card.title);
                        setDragged(card);
                      }}
                      onDragEnd={() => {
                        setDragged(null);
                        setOver(null);
                      }}
                    />
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
      {request ? (
        <MoveDialog
          request={request}
          columns={columns}
          busy={move.isPending}
          onClose={() => {
            const id = request.task.id;
            setRequest(null);
            setTimeout(() => document.getElementById(moveButtonId(id))?.focus(), 0);
          }}
          onMove={(next) => {
            const task = request.task;
            setRequest(null);
            send(task, { taskId: task.id, ...next }, true);
          }}
        />
      ) : null}
    </>
  );
}
