import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type Task, type TaskState } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { Icon } from '../../../ui/icon.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { type Columns, othersIn } from './board-order.ts';

export interface MoveRequest {
  task: Task;
  /** Where the dialog starts: the card's own place, or where it was dropped. */
  state: TaskState;
  index: number;
}

/**
 * Moving a card without a mouse (and finishing a drop on "Blockiert"): the column as radio buttons,
 * the place in it, and, for "Blockiert", the reason, which is required. The browser's modal dialog
 * keeps focus inside; Escape cancels.
 */
export function MoveDialog({
  request,
  columns,
  busy,
  onMove,
  onClose,
}: {
  request: MoveRequest;
  columns: Columns<Task>;
  busy: boolean;
  onMove: (move: { state: TaskState; index: number; blockedReason?: string }) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const id = useId();
  const { task } = request;
  const [state, setState] = useState<TaskState>(request.state);
  const [index, setIndex] = useState(request.index);
  const [reason, setReason] = useState(task.blockedReason ?? '');
  const [reasonError, setReasonError] = useState('');
  const others = othersIn(columns, state, task.id);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // A drop on "Blockiert" only lacks the reason: the cursor starts there; else at the chosen column.
    const start = request.state === 'blocked' && task.state !== 'blocked' ? 'reason' : request.state;
    document.getElementById(`${id}-${start}`)?.focus();
  }, [id, request.state, task.state]);

  function choose(next: TaskState) {
    setState(next);
    const count = othersIn(columns, next, task.id).length;
    setIndex(next === task.state ? request.index : count);
  }

  function submit() {
    if (busy) return;
    if (state === 'blocked' && !reason.trim()) {
      setReasonError(t('projects.problems.blockedReason'));
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    onMove({ state, index, ...(state === 'blocked' ? { blockedReason: reason.trim() } : {}) });
  }

  const places = [
    { value: '0', label: t('projects.board.placeTop') },
    ...others.map((other, i) => ({
      value: String(i + 1),
      label: t('projects.board.placeAfter', { title: other.title }),
    })),
  ];

  return (
    <dialog ref={ref} className="kern-dialog move-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="kern-dialog__header">
        <h2 className="kern-title" id={titleId}>
          {t('projects.board.moveTitle', { title: task.title })}
        </h2>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onClose}>
          <Icon name="close" />
          <span className="kern-label visually-hidden">{t('projects.board.close')}</span>
        </button>
      </header>
      <form
        className="kern-dialog__body move-dialog__body"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('projects.board.toColumn')}</legend>
          <div className="kern-fieldset__body">
            {TASK_STATES.map((column) => (
              <div className="kern-form-check" key={column}>
                <input
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${id}-${column}`}
                  name={`${id}-column`}
                  value={column}
                  checked={state === column}
                  onChange={() => choose(column)}
                />
                <label className="kern-label" htmlFor={`${id}-${column}`}>
                  {t(`projects.state.${column}`)}
                  {column === task.state ? ` (${t('projects.board.current')})` : ''}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField
          id={`${id}-place`}
          label={t('projects.board.place')}
          value={String(Math.min(index, others.length))}
          onChange={(value) => setIndex(Number(value))}
          options={places}
        />
        {state === 'blocked' ? (
          <TextArea
            id={`${id}-reason`}
            label={t('projects.board.reason')}
            hint={t('projects.board.reasonHint')}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonError('');
            }}
            rows={3}
            maxLength={1000}
            error={reasonError || undefined}
          />
        ) : null}
        <div className="kern-btn-wrapper">
          <Button type="submit" busy={busy}>
            {t('projects.board.moveSubmit')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
