import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '../../../ui/form.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import {
  BASIC_FIELDS,
  basicsInput,
  checkBasics,
  type ProjectBasics,
  ProjectBasicsFields,
} from '../project/project-fields.tsx';
import { useCreateProject } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';

const EMPTY: ProjectBasics = { name: '', goal: '', startDate: '', endDate: '', status: 'planned' };

/** "Projekt starten" (owners and members of the workspace): the one who starts it leads it; the project opens. */
export function StartProjectForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProject(workspaceId);
  const form = useFormErrors('new-project');
  const [basics, setBasics] = useState<ProjectBasics>(EMPTY);
  return (
    <Form
      form={form}
      check={() => checkBasics(t, basics)}
      onValid={() =>
        create.mutate(basicsInput(basics), {
          onSuccess: (project) => void navigate({ to: '/projects/$id', params: { id: project.id } }),
          onError: (error) => form.fail(projectFieldProblems(t, error, BASIC_FIELDS)),
        })
      }
      busy={create.isPending}
      error={create.error}
      submit={t('projects.start.submit')}
      submitIcon="add"
    >
      <ProjectBasicsFields form={form} value={basics} onChange={setBasics} />
    </Form>
  );
}
