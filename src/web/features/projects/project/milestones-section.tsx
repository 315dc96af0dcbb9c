import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { daysBetween, formatDay, todayIso } from '../calendar-dates.ts';
import { useAddMilestone, useUpdateMilestone } from '../project-queries.ts';

/** The project's milestones by date: against the baseline, their tasks, reached or not; add, move, mark reached. */
export function MilestonesSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const milestones = [...project.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Section title={t('projects.milestones.title')}>
      {milestones.length === 0 ? (
        <p className="kern-body">{t('projects.milestones.empty')}</p>
      ) : (
        <ul className="plain-list project-rows">
          {milestones.map((milestone) => (
            <MilestoneRow key={milestone.id} project={project} milestone={milestone} />
          ))}
        </ul>
      )}
      {project.viewer.canEdit ? <AddMilestoneForm projectId={project.id} /> : null}
    </Section>
  );
}

function MilestoneRow({ project, milestone }: { project: ProjectDetail; milestone: Milestone }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const format = useFormat();
  const update = useUpdateMilestone(project.id);
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(milestone.date);
  const [saved, setSaved] = useState('');
  const form = useFormErrors(`milestone-${milestone.id}`);
  const reached = milestone.doneAt !== null;
  const overdue = !reached && milestone.date < todayIso();
  const slip = milestone.baselineDate ? daysBetween(milestone.baselineDate, milestone.date) : 0;
  const nameId = `milestone-${milestone.id}-name`;
  return (
    <li className="project-row" aria-labelledby={nameId}>
      <div className="project-row__main">
        <p className="kern-body project-row__title">
          <strong id={nameId} lang={lang}>
            {milestone.name}
          </strong>
        </p>
        <p className="kern-body project-row__meta">
          <span>{t('projects.milestones.date', { date: formatDay(milestone.date, i18n.language) })}</span>
          {milestone.baselineDate ? (
            <span>
              {slip === 0
                ? t('projects.milestones.asBaseline')
                : t(slip > 0 ? 'projects.milestones.later' : 'projects.milestones.earlier', {
                    count: Math.abs(slip),
                    date: formatDay(milestone.baselineDate, i18n.language),
                  })}
            </span>
          ) : null}
          <span>
            {milestone.tasks.total === 0
              ? t('projects.milestones.noTasks')
              : t('projects.milestones.tasks', { done: milestone.tasks.done, count: milestone.tasks.total })}
          </span>
          <span className={reached ? 'project-state project-state--done' : overdue ? 'project-state--late' : ''}>
            {reached
              ? t('projects.milestones.reachedOn', { date: format.date(milestone.doneAt) })
              : overdue
                ? t('projects.milestones.overdue')
                : t('projects.milestones.open')}
          </span>
        </p>
      </div>
      {project.viewer.canEdit ? (
        <div className="project-row__actions">
          <div className="kern-btn-wrapper">
            <Button
              variant="secondary"
              small
              aria-expanded={editing}
              onClick={() => {
                setEditing((open) => !open);
                setSaved('');
              }}
            >
              {t('projects.milestones.move')}
              <span className="visually-hidden"> ({milestone.name})</span>
            </Button>
            <Button
              variant="tertiary"
              small
              busy={update.isPending}
              onClick={() =>
                update.mutate(
                  { id: milestone.id, done: !reached },
                  {
                    onSuccess: () =>
                      setSaved(t(reached ? 'projects.milestones.reopened' : 'projects.milestones.reached')),
                  },
                )
              }
            >
              {reached ? t('projects.milestones.reopen') : t('projects.milestones.markReached')}
              <span className="visually-hidden"> ({milestone.name})</span>
            </Button>
          </div>
          {saved ? (
            <p className="kern-body kern-body--small" role="status">
              {saved}
            </p>
          ) : null}
          {!editing ? <ProblemAlert error={update.error} /> : null}
          {editing ? (
            <Form
              form={form}
              check={() => ({ date: date ? undefined : t('projects.milestones.dateRequired') })}
              onValid={() =>
                update.mutate(
                  { id: milestone.id, date },
                  {
                    onSuccess: () => {
                      setEditing(false);
                      setSaved(t('projects.milestones.moved'));
                    },
                    onError: (error) => form.failFromServer(error, ['date']),
                  },
                )
              }
              busy={update.isPending}
              error={update.error}
              submit={t('projects.milestones.saveDate')}
              submitVariant="secondary"
            >
              <TextField
                id={form.id('date')}
                type="date"
                label={t('projects.milestones.newDate', { name: milestone.name })}
                value={date}
                onChange={setDate}
                width="medium"
                error={form.errors.date}
              />
            </Form>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function AddMilestoneForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const add = useAddMilestone(projectId);
  const form = useFormErrors('new-milestone');
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [added, setAdded] = useState('');
  return (
    <div className="project-subform">
      <h3 className="kern-heading-small">{t('projects.milestones.addTitle')}</h3>
      {added ? <Alert variant="success" role="status" title={added} /> : null}
      <Form
        form={form}
        check={() => ({
          name: name.trim() ? undefined : t('projects.milestones.nameRequired'),
          date: date ? undefined : t('projects.milestones.dateRequired'),
        })}
        onValid={() =>
          add.mutate(
            { name: name.trim(), date },
            {
              onSuccess: () => {
                setAdded(t('projects.milestones.added', { name: name.trim() }));
                setName('');
                setDate('');
              },
              onError: (error) => form.failFromServer(error, ['name', 'date']),
            },
          )
        }
        busy={add.isPending}
        error={add.error}
        submit={t('projects.milestones.add')}
        submitVariant="secondary"
        submitIcon="add"
      >
        <div className="project-form-row">
          <TextField
            id={form.id('name')}
            label={t('projects.milestones.name')}
            value={name}
            onChange={setName}
            maxLength={200}
            error={form.errors.name}
          />
          <TextField
            id={form.id('date')}
            type="date"
            label={t('projects.milestones.dateLabel')}
            value={date}
            onChange={setDate}
            error={form.errors.date}
          />
        </div>
      </Form>
    </div>
  );
}
