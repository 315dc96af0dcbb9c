import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { Form } from '../../../ui/form.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { OrganisationPicker } from '../../organisations/organisation-picker.tsx';
import { useWorkspace } from '../../workspaces/workspace-queries.ts';
import { useDeleteProject, useUpdateProject } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';
import { BASIC_FIELDS, basicsInput, checkBasics, type ProjectBasics, ProjectBasicsFields } from './project-fields.tsx';

const FIELDS = [...BASIC_FIELDS, 'leadPersonId', 'partnerIds'];

/** For the lead and the workspace's owners: the project's basics, its lead, its partners; deleting it. */
export function ProjectSettings({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const workspace = useWorkspace(project.workspace.id);
  const update = useUpdateProject(project.id);
  const remove = useDeleteProject(() =>
    navigate({ to: '/workspaces/$id/projects', params: { id: project.workspace.id } }),
  );
  const form = useFormErrors('project-settings');
  const [basics, setBasics] = useState<ProjectBasics>({
    name: project.name,
    goal: project.goal,
    startDate: project.startDate ?? '',
    endDate: project.endDate ?? '',
    status: project.status,
  });
  const [leadPersonId, setLeadPersonId] = useState(project.leadPerson?.id ?? '');
  const [partners, setPartners] = useState(project.partners);
  const [saved, setSaved] = useState(false);
  const leads = (workspace.data?.members ?? []).filter((m) => m.role !== 'guest');
  const leadOptions = [
    { value: '', label: t('projects.noLead') },
    ...leads.map((m) => ({ value: m.personId, label: m.name })),
  ];
  if (project.leadPerson && !leads.some((m) => m.personId === project.leadPerson?.id)) {
    leadOptions.push({ value: project.leadPerson.id, label: project.leadPerson.name });
  }

  return (
    <details className="project-settings">
      <summary className="project-settings__summary">{t('projects.settings.title')}</summary>
      <div className="project-settings__body">
        {saved ? <Alert variant="success" role="status" title={t('projects.settings.saved')} /> : null}
        <Form
          form={form}
          check={() => checkBasics(t, basics)}
          onValid={() =>
            update.mutate(
              { ...basicsInput(basics), leadPersonId: leadPersonId || null, partnerIds: partners.map((p) => p.id) },
              {
                onSuccess: () => setSaved(true),
                onError: (error) => form.fail(projectFieldProblems(t, error, FIELDS)),
              },
            )
          }
          busy={update.isPending}
          error={update.error}
          submit={t('projects.settings.save')}
        >
          <ProjectBasicsFields
            form={form}
            value={basics}
            onChange={(next) => {
              setBasics(next);
              setSaved(false);
            }}
          />
          <SelectField
            id={form.id('leadPersonId')}
            label={t('projects.settings.leadPerson')}
            hint={t('projects.settings.leadHint')}
            value={leadPersonId}
            onChange={setLeadPersonId}
            options={leadOptions}
            error={form.errors.leadPersonId}
          />
          <fieldset className="kern-fieldset project-partners">
            <legend className="kern-label">{t('projects.settings.partners')}</legend>
            {partners.length === 0 ? (
              <p className="kern-body">{t('projects.noPartners')}</p>
            ) : (
              <ul className="plain-list project-partners__list">
                {partners.map((partner) => (
                  <li key={partner.id} className="project-partners__item">
                    <span>{partner.name}</span>
                    <Button
                      variant="tertiary"
                      small
                      icon="close"
                      onClick={() => setPartners((list) => list.filter((p) => p.id !== partner.id))}
                    >
                      {t('projects.settings.removePartner')}
                      <span className="visually-hidden"> ({partner.name})</span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            <OrganisationPicker
              id={form.id('partnerIds')}
              label={t('projects.settings.addPartner')}
              optional
              value={null}
              exclude={partners.map((p) => p.id)}
              error={form.errors.partnerIds}
              onChange={(organisation) => {
                if (organisation) setPartners((list) => [...list, { id: organisation.id, name: organisation.name }]);
              }}
            />
          </fieldset>
        </Form>
        <div className="project-settings__danger">
          <h3 className="kern-heading-small">{t('projects.settings.deleteTitle')}</h3>
          <p className="kern-body">{t('projects.settings.deleteText')}</p>
          <ProblemAlert error={remove.error} />
          <ConfirmButton
            question={t('projects.settings.deleteQuestion', { name: project.name })}
            confirmLabel={t('projects.settings.delete')}
            busy={remove.isPending}
            icon="delete"
            onConfirm={() => remove.mutate(project.id)}
          >
            {t('projects.settings.delete')}
          </ConfirmButton>
        </div>
      </div>
    </details>
  );
}
