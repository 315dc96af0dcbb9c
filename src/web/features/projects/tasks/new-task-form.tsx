import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProjectDetail, TASK_PRIORITIES, type TaskPriority } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useCreateTask } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';

const FIELDS = ['title', 'dueDate', 'priority', 'milestoneId'];

/** "Neue Aufgabe": title, due date, priority and milestone; the card lands at the bottom of "Zu erledigen". */
export function NewTaskForm({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const create = useCreateTask(project.id);
  const form = useFormErrors('new-task');
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [priority, setPriority] = useState<TaskPriority>('normal');
  const [milestoneId, setMilestoneId] = useState('');
  const [added, setAdded] = useState('');
  return (
    <details className="project-add">
      <summary className="project-add__summary">{t('projects.newTask.title')}</summary>
      <div className="project-add__body">
        {added ? <Alert variant="success" role="status" title={added} /> : null}
        <Form
          form={form}
          check={() => ({ title: title.trim() ? undefined : t('projects.newTask.titleRequired') })}
          onValid={() =>
            create.mutate(
              {
                title: title.trim(),
                priority,
                ...(dueDate ? { dueDate } : {}),
                ...(milestoneId ? { milestoneId } : {}),
              },
              {
                onSuccess: (task) => {
                  setAdded(t('projects.newTask.added', { title: task.title }));
                  setTitle('');
                  setDueDate('');
                  document.getElementById(form.id('title'))?.focus();
                },
                onError: (error) => form.fail(projectFieldProblems(t, error, FIELDS)),
              },
            )
          }
          busy={create.isPending}
          error={create.error}
          submit={t('projects.newTask.submit')}
          submitIcon="add"
        >
          <TextField
            id={form.id('title')}
            label={t('projects.newTask.taskTitle')}
            value={title}
            onChange={(value) => {
              setTitle(value);
              setAdded('');
            }}
            maxLength={300}
            error={form.errors.title}
          />
          <div className="project-form-row">
            <TextField
              id={form.id('dueDate')}
              type="date"
              label={t('projects.task.due')}
              value={dueDate}
              onChange={setDueDate}
              optional
              error={form.errors.dueDate}
            />
            <SelectField
              id={form.id('priority')}
              label={t('projects.task.priority')}
              value={priority}
              onChange={(value) => setPriority(value as TaskPriority)}
              options={TASK_PRIORITIES.map((value) => ({ value, label: t(`projects.priority.${value}`) }))}
              error={form.errors.priority}
            />
          </div>
          {project.milestones.length > 0 ? (
            <SelectField
              id={form.id('milestoneId')}
              label={t('projects.task.milestone')}
              value={milestoneId}
              onChange={setMilestoneId}
              options={[
                { value: '', label: t('projects.task.noMilestone') },
                ...project.milestones.map((m) => ({ value: m.id, label: m.name })),
              ]}
              optional
              error={form.errors.milestoneId}
            />
          ) : null}
        </Form>
      </div>
    </details>
  );
}
