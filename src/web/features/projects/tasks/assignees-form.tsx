import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/contracts/projects.ts';
import type { WorkspaceMember } from '../../../../shared/contracts/workspaces.ts';
import { Alert } from '../../../ui/alert.tsx';
import { FieldError } from '../../../ui/field-parts.tsx';
import { Form } from '../../../ui/form.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useUpdateTask } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';

/** Who works on the task: the workspace's people as checkboxes (guests see the project only through its channel). */
export function AssigneesForm({ task, people }: { task: Task; people: readonly WorkspaceMember[] }) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const form = useFormErrors('assignees');
  const [chosen, setChosen] = useState(() => new Set(task.assignees.map((a) => a.id)));
  const [saved, setSaved] = useState(false);
  const assigned = task.assignees.map((a) => a.id).join(' ');
  // Someone else's change shows here too.
  useEffect(() => {
    setChosen(new Set(assigned ? assigned.split(' ') : []));
  }, [assigned]);
  // Someone assigned who has left the workspace stays listed, so that saving does not drop them unasked.
  const listed = [
    ...people.map((p) => ({ id: p.personId, name: p.name, organisation: p.organisation?.name ?? null })),
    ...task.assignees
      .filter((a) => !people.some((p) => p.personId === a.id))
      .map((a) => ({ ...a, organisation: null })),
  ];
  return (
    <>
      {saved ? <Alert variant="success" role="status" title={t('projects.assignees.saved')} /> : null}
      <Form
        form={form}
        check={() => ({ assigneeIds: chosen.size > 20 ? t('projects.assignees.tooMany') : undefined })}
        onValid={() =>
          update.mutate(
            { id: task.id, assigneeIds: [...chosen] },
            {
              onSuccess: () => setSaved(true),
              onError: (error) => form.fail(projectFieldProblems(t, error, ['assigneeIds'])),
            },
          )
        }
        busy={update.isPending}
        error={update.error}
        submit={t('projects.assignees.save')}
        submitVariant="secondary"
      >
        <fieldset
          className={`kern-fieldset${form.errors.assigneeIds ? ' kern-fieldset--error' : ''}`}
          id={form.id('assigneeIds')}
          tabIndex={-1}
          aria-describedby={form.errors.assigneeIds ? `${form.id('assigneeIds')}-error` : undefined}
        >
          <legend className="kern-label">{t('projects.assignees.legend')}</legend>
          <div className="kern-fieldset__body task-people">
            {listed.map((person) => (
              <div className="kern-form-check" key={person.id}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`assignee-${person.id}`}
                  checked={chosen.has(person.id)}
                  onChange={(event) => {
                    setSaved(false);
                    setChosen((set) => {
                      const next = new Set(set);
                      if (event.target.checked) next.add(person.id);
                      else next.delete(person.id);
                      return next;
                    });
                  }}
                />
                <label className="kern-label" htmlFor={`assignee-${person.id}`}>
                  {person.name}
                  {person.organisation ? <span className="project-muted"> · {person.organisation}</span> : null}
                </label>
              </div>
            ))}
          </div>
          <FieldError id={form.id('assigneeIds')} error={form.errors.assigneeIds} />
        </fieldset>
      </Form>
    </>
  );
}
