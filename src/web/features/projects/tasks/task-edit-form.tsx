import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProjectDetail,
  TASK_PRIORITIES,
  type Task,
  type TaskPriority,
} from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useUpdateTask } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';

const FIELDS = ['title', 'description', 'startDate', 'dueDate', 'priority', 'labels', 'milestoneId', 'estimateHours'];

/** Labels as typed ("Vergabe, Kreistag"): trimmed, without empties or repeats. */
export function labelsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((label) => label.trim())
        .filter(Boolean),
    ),
  ];
}

/** A task's own fields: title, description (Markdown), dates, priority, labels, milestone, estimate. */
export function TaskEditForm({ project, task }: { project: ProjectDetail; task: Task }) {
  const { t } = useTranslation();
  const update = useUpdateTask();
  const form = useFormErrors('task');
  const [title, setTitle] = useState(task.title);
  const [description, setDescription] = useState(task.description);
  const [startDate, setStartDate] = useState(task.startDate ?? '');
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [priority, setPriority] = useState<TaskPriority>(task.priority);
  const [labels, setLabels] = useState(task.labels.join(', '));
  const [milestoneId, setMilestoneId] = useState(task.milestoneId ?? '');
  const [estimate, setEstimate] = useState(task.estimateHours === null ? '' : String(task.estimateHours));
  const [saved, setSaved] = useState(false);
  const touch =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setSaved(false);
    };

  return (
    <>
      {saved ? <Alert variant="success" role="status" title={t('projects.taskPage.saved')} /> : null}
      <Form
        form={form}
        check={() => ({
          title: title.trim() ? undefined : t('projects.newTask.titleRequired'),
          dueDate: startDate && dueDate && dueDate < startDate ? t('projects.problems.beforeStart') : undefined,
          labels: labelsOf(labels).some((label) => label.length > 40)
            ? t('projects.taskPage.labelTooLong')
            : labelsOf(labels).length > 20
              ? t('projects.taskPage.tooManyLabels')
              : undefined,
          estimateHours:
            estimate && !/^\d{1,5}$/.test(estimate.trim()) ? t('projects.taskPage.estimateInvalid') : undefined,
        })}
        onValid={() =>
          update.mutate(
            {
              id: task.id,
              title: title.trim(),
              description,
              startDate: startDate || null,
              dueDate: dueDate || null,
              priority,
              labels: labelsOf(labels),
              milestoneId: milestoneId || null,
              estimateHours: estimate.trim() ? Number(estimate.trim()) : null,
            },
            {
              onSuccess: () => setSaved(true),
              onError: (error) => form.fail(projectFieldProblems(t, error, FIELDS)),
            },
          )
        }
        busy={update.isPending}
        error={update.error}
        submit={t('projects.taskPage.save')}
      >
        <TextField
          id={form.id('title')}
          label={t('projects.newTask.taskTitle')}
          value={title}
          onChange={touch(setTitle)}
          maxLength={300}
          error={form.errors.title}
        />
        <TextArea
          id={form.id('description')}
          label={t('projects.taskPage.description')}
          hint={t('projects.taskPage.descriptionHint')}
          value={description}
          onChange={touch(setDescription)}
          rows={8}
          maxLength={20000}
          optional
          error={form.errors.description}
        />
        <div className="project-form-row">
          <TextField
            id={form.id('startDate')}
            type="date"
            label={t('projects.task.start')}
            value={startDate}
            onChange={touch(setStartDate)}
            optional
            error={form.errors.startDate}
          />
          <TextField
            id={form.id('dueDate')}
            type="date"
            label={t('projects.task.due')}
            value={dueDate}
            onChange={touch(setDueDate)}
            optional
            error={form.errors.dueDate}
          />
        </div>
        <div className="project-form-row">
          <SelectField
            id={form.id('priority')}
            label={t('projects.task.priority')}
            value={priority}
            onChange={touch((value: string) => setPriority(value as TaskPriority))}
            options={TASK_PRIORITIES.map((value) => ({ value, label: t(`projects.priority.${value}`) }))}
            error={form.errors.priority}
          />
          <TextField
            id={form.id('estimateHours')}
            label={t('projects.taskPage.estimate')}
            inputMode="numeric"
            value={estimate}
            onChange={touch(setEstimate)}
            optional
            error={form.errors.estimateHours}
          />
        </div>
        <TextField
          id={form.id('labels')}
          label={t('projects.task.labels')}
          hint={t('projects.taskPage.labelsHint')}
          value={labels}
          onChange={touch(setLabels)}
          optional
          error={form.errors.labels}
        />
        <SelectField
          id={form.id('milestoneId')}
          label={t('projects.task.milestone')}
          value={milestoneId}
          onChange={touch(setMilestoneId)}
          options={[
            { value: '', label: t('projects.task.noMilestone') },
            ...project.milestones.map((m) => ({ value: m.id, label: m.name })),
          ]}
          optional
          error={form.errors.milestoneId}
        />
      </Form>
    </>
  );
}
