import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, Task } from '../../../../shared/contracts/projects.ts';
import { Button } from '../../../ui/button.tsx';
import { Combobox } from '../../../ui/combobox.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Form } from '../../../ui/form.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { useMyProjects, useSetDependencies, useTasks } from '../project-queries.ts';
import { projectFieldProblems } from '../server-problems.ts';
import { DueMark } from './task-marks.tsx';

/**
 * What the task waits for (finish to start): tasks of this project or of any other project the person
 * sees, in any of their workspaces (a shared expert's task, a joint tender).
 * A dependency that would close a cycle is refused by the server, which names the cycle.
 */
export function DependenciesEditor({
  project,
  task,
  canEdit,
}: {
  project: ProjectDetail;
  task: Task;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const save = useSetDependencies();
  const [status, setStatus] = useState('');
  const current = task.dependsOn.map((d) => d.id);
  return (
    <div className="task-dependencies">
      {task.dependsOn.length === 0 ? (
        <p className="kern-body">{t('projects.dependencies.none')}</p>
      ) : (
        <ul className="plain-list project-rows">
          {task.dependsOn.map((dependency) => (
            <li key={dependency.id} className="project-row">
              <div className="project-row__main">
                <p className="kern-body project-row__title">
                  <Link
                    className="kern-link"
                    to="/projects/$id/tasks/$taskId"
                    params={{ id: dependency.projectId, taskId: dependency.id }}
                    lang={lang}
                  >
                    {dependency.title}
                  </Link>
                  {dependency.projectId !== project.id ? (
                    <span className="project-muted">
                      {' '}
                      · {t('projects.dependencies.inProject', { name: dependency.projectName })}
                    </span>
                  ) : null}
                </p>
                <p className="kern-body kern-body--small project-row__meta">
                  <span>{t(`projects.state.${dependency.state}`)}</span>
                  <DueMark task={dependency} />
                </p>
              </div>
              {canEdit ? (
                <div className="project-row__actions">
                  <Button
                    variant="tertiary"
                    small
                    busy={save.isPending}
                    onClick={() =>
                      save.mutate(
                        { id: task.id, dependsOn: current.filter((id) => id !== dependency.id) },
                        { onSuccess: () => setStatus(t('projects.dependencies.removed', { title: dependency.title })) },
                      )
                    }
                  >
                    {t('projects.dependencies.remove')}
                    <span className="visually-hidden"> ({dependency.title})</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {canEdit ? <AddDependency project={project} task={task} onAdded={setStatus} /> : null}
    </div>
  );
}

function AddDependency({
  project,
  task,
  onAdded,
}: {
  project: ProjectDetail;
  task: Task;
  onAdded: (status: string) => void;
}) {
  const { t } = useTranslation();
  const save = useSetDependencies();
  const form = useFormErrors('dependency');
  const projects = useMyProjects();
  const [projectId, setProjectId] = useState(project.id);
  const candidates = useTasks(projectId, { sort: 'title' });
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Task | null>(null);
  const taken = new Set([task.id, ...task.dependsOn.map((d) => d.id)]);
  const lower = text.trim().toLocaleLowerCase('de');
  const options = (candidates.data?.tasks ?? [])
    .filter((candidate) => !taken.has(candidate.id))
    .filter((candidate) => !lower || candidate.title.toLocaleLowerCase('de').includes(lower))
    .slice(0, 20);
  const projectOptions = (projects.data ?? [{ id: project.id, name: project.name, workspace: project.workspace }]).map(
    (p) => ({
      value: p.id,
      label:
        p.id === project.id
          ? t('projects.dependencies.thisProject', { name: p.name })
          : p.workspace.id === project.workspace.id
            ? p.name
            : t('projects.dependencies.otherWorkspace', { name: p.name, workspace: p.workspace.name }),
    }),
  );

  return (
    <div className="project-subform">
      <h3 className="kern-heading-small">{t('projects.dependencies.addTitle')}</h3>
      <Form
        form={form}
        check={() => ({ dependsOn: picked ? undefined : t('projects.dependencies.pickFirst') })}
        onValid={() => {
          if (!picked) return;
          save.mutate(
            { id: task.id, dependsOn: [...task.dependsOn.map((d) => d.id), picked.id] },
            {
              onSuccess: () => {
                onAdded(t('projects.dependencies.added', { title: picked.title }));
                setPicked(null);
                setText('');
                form.clear();
              },
              onError: (error) => form.fail(projectFieldProblems(t, error, ['dependsOn'])),
            },
          );
        }}
        busy={save.isPending}
        error={save.error}
        submit={t('projects.dependencies.add')}
        submitVariant="secondary"
        submitIcon="add"
      >
        <SelectField
          id={form.id('project')}
          label={t('projects.dependencies.project')}
          value={projectId}
          onChange={(value) => {
            setProjectId(value);
            setPicked(null);
            setText('');
          }}
          options={projectOptions}
        />
        <Combobox<Task>
          id={form.id('dependsOn')}
          label={t('projects.dependencies.task')}
          hint={t('projects.dependencies.taskHint')}
          error={form.errors.dependsOn}
          inputValue={text}
          onInputChange={(value) => {
            setText(value);
            if (picked) setPicked(null);
          }}
          options={options}
          optionKey={(option) => option.id}
          optionLabel={(option) => option.title}
          onSelect={(option) => {
            setPicked(option);
            setText(option.title);
          }}
          status={
            candidates.isFetching
              ? t('projects.dependencies.searching')
              : t('projects.dependencies.results', { count: options.length })
          }
        />
      </Form>
    </div>
  );
}
