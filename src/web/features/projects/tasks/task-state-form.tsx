import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATES, type Task, type TaskState } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useUpdateTask } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';

/** The task's state; "Blockiert" needs a reason, which the others forget. */
export function TaskStateForm({ task }: { task: Task }) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const form = useFormErrors('task-state');
  const [state, setState] = useState<TaskState>(task.state);
  const [reason, setReason] = useState(task.blockedReason ?? '');
  const [saved, setSaved] = useState('');
  // A move on the board (here or someone else's) shows here too.
  useEffect(() => {
    setState(task.state);
    setReason(task.blockedReason ?? '');
  }, [task.state, task.blockedReason]);
  return (
    <>
      {saved ? <Alert variant="success" role="status" title={saved} /> : null}
      <Form
        form={form}
        check={() => ({
          blockedReason: state === 'blocked' && !reason.trim() ? t('projects.problems.blockedReason') : undefined,
        })}
        onValid={() =>
          update.mutate(
            { id: task.id, state, ...(state === 'blocked' ? { blockedReason: reason.trim() } : {}) },
            {
              onSuccess: (next) =>
                setSaved(t('projects.taskPage.stateSaved', { state: t(`projects.state.${next.state}`) })),
              onError: (error) => form.fail(projectFieldProblems(t, error, ['state', 'blockedReason'])),
            },
          )
        }
        busy={update.isPending}
        error={update.error}
        submit={t('projects.taskPage.saveState')}
        submitVariant="secondary"
      >
        <SelectField
          id={form.id('state')}
          label={t('projects.taskPage.state')}
          value={state}
          onChange={(value) => {
            setState(value as TaskState);
            setSaved('');
          }}
          options={TASK_STATES.map((value) => ({ value, label: t(`projects.state.${value}`) }))}
          error={form.errors.state}
        />
        {state === 'blocked' ? (
          <TextArea
            id={form.id('blockedReason')}
            label={t('projects.board.reason')}
            hint={t('projects.board.reasonHint')}
            value={reason}
            onChange={setReason}
            rows={3}
            maxLength={1000}
            error={form.errors.blockedReason}
          />
        ) : null}
      </Form>
    </>
  );
}
