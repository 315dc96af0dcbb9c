import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useUpdateTask } from '../project-queries.ts';

type Item = Task['checklist'][number];

/** A new item's id: unique within the task's list, short enough for the API's 40 characters. */
function newItemId(): string {
  return `i${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** The task's checklist: tick items off, remove them, add new ones; every change is saved at once. */
export function ChecklistEditor({ task, canEdit }: { task: Task; canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const update = useUpdateTask();
  const form = useFormErrors('checklist');
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const items = task.checklist;
  const save = (checklist: Item[], said: string, then?: () => void) =>
    update.mutate(
      { id: task.id, checklist },
      {
        onSuccess: () => {
          setStatus(said);
          then?.();
        },
      },
    );
  const done = items.filter((item) => item.done).length;
  return (
    <div className="task-checklist">
      <p className="kern-body">
        {items.length === 0
          ? t('projects.checklist.empty')
          : t('projects.task.checklistDone', { done, count: items.length })}
      </p>
      {items.length > 0 ? (
        <ul className="plain-list task-checklist__items">
          {items.map((item) => (
            <li key={item.id} className="task-checklist__item">
              <div className="kern-form-check">
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`check-${item.id}`}
                  checked={item.done}
                  disabled={!canEdit}
                  onChange={(event) =>
                    save(
                      items.map((other) => (other.id === item.id ? { ...other, done: event.target.checked } : other)),
                      t(event.target.checked ? 'projects.checklist.ticked' : 'projects.checklist.unticked', {
                        text: item.text,
                      }),
                    )
                  }
                />
                <label className="kern-label" htmlFor={`check-${item.id}`} lang={lang}>
                  {item.text}
                </label>
              </div>
              {canEdit ? (
                <Button
                  variant="tertiary"
                  small
                  icon="delete"
                  onClick={() =>
                    save(
                      items.filter((other) => other.id !== item.id),
                      t('projects.checklist.removed', { text: item.text }),
                    )
                  }
                >
                  <span className="visually-hidden">{t('projects.checklist.remove', { text: item.text })}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <ProblemAlert error={update.error} />
      {canEdit ? (
        <Form
          form={form}
          check={() => ({ text: text.trim() ? undefined : t('projects.checklist.textRequired') })}
          onValid={() =>
            save([...items, { id: newItemId(), text: text.trim(), done: false }], t('projects.checklist.added'), () =>
              setText(''),
            )
          }
          busy={update.isPending}
          submit={t('projects.checklist.add')}
          submitVariant="secondary"
          submitIcon="add"
        >
          <TextField
            id={form.id('text')}
            label={t('projects.checklist.newItem')}
            value={text}
            onChange={setText}
            maxLength={300}
            error={form.errors.text}
          />
        </Form>
      ) : null}
    </div>
  );
}
