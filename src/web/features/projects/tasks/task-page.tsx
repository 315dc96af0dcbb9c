import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, Task } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { LinkedDocumentsSection } from '../../documents/links/linked-documents-section.tsx';
import { useWorkspace } from '../../workspaces/workspace-queries.ts';
import { ProjectFrame } from '../project/project-frame.tsx';
import { useDeleteTask, useTask } from '../project-queries.ts';
import { AssigneesForm } from './assignees-form.tsx';
import { ChecklistEditor } from './checklist-editor.tsx';
import { DependenciesEditor } from './dependencies-editor.tsx';
import { TaskAttachments } from './task-attachments.tsx';
import { TaskComments } from './task-comments.tsx';
import { TaskEditForm } from './task-edit-form.tsx';
import { AssigneesMark, DueMark, LabelsMark, PriorityMark } from './task-marks.tsx';
import { TaskStateForm } from './task-state-form.tsx';

const route = getRouteApi('/projects/$id/tasks/$taskId');

/** /projects/$id/tasks/$taskId: one task with everything about it, and its comments. */
export function TaskPage() {
  const { id, taskId } = route.useParams();
  return (
    <ProjectFrame id={id} view="task">
      {(project) => <TaskOfProject project={project} taskId={taskId} />}
    </ProjectFrame>
  );
}

function TaskOfProject({ project, taskId }: { project: ProjectDetail; taskId: string }) {
  const { t } = useTranslation();
  const task = useTask(taskId);
  return (
    <QueryState
      query={task}
      notFound={
        <>
          <PageTitle>{t('projects.taskPage.notFound')}</PageTitle>
          <Alert variant="info" title={t('projects.taskPage.notFoundText')} />
        </>
      }
    >
      {(data) => <TaskView project={project} task={data} />}
    </QueryState>
  );
}

function TaskView({ project, task }: { project: ProjectDetail; task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const navigate = useNavigate();
  const workspace = useWorkspace(project.workspace.id);
  const remove = useDeleteTask(() => navigate({ to: '/projects/$id/board', params: { id: project.id } }));
  const members = workspace.data?.members ?? [];
  const people = members.map((m) => ({ id: m.personId, name: m.name }));
  const canEdit = project.viewer.canEdit;
  return (
    <>
      <PageTitle
        preline={t('projects.taskPage.preline', { project: project.name })}
        documentTitle={`${task.title} – ${project.name}`}
        contentLang={lang}
      >
        {task.title}
      </PageTitle>
      <ul className="plain-list project-links">
        <li>
          <Link className="kern-link" to="/projects/$id/board" params={{ id: project.id }}>
            {t('projects.taskPage.toBoard')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/projects/$id/list" params={{ id: project.id }}>
            {t('projects.taskPage.toList')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/projects/$id" params={{ id: project.id }}>
            {t('projects.taskPage.toProject', { name: project.name })}
          </Link>
        </li>
      </ul>
      <div className="task-summary">
        <p className="kern-body task-summary__state">
          {t('projects.taskPage.stateIs')}{' '}
          <span className={`task-state task-state--${task.state}`}>{t(`projects.state.${task.state}`)}</span>
          {task.state === 'blocked' && task.blockedReason ? (
            <>
              {' '}
              <span>
                {t('projects.task.blockedBecause')} <span lang={lang}>{task.blockedReason}</span>
              </span>
            </>
          ) : null}
        </p>
        <p className="kern-body task-card__marks">
          <DueMark task={task} />
          <PriorityMark priority={task.priority} />
          <AssigneesMark task={task} />
        </p>
        <LabelsMark labels={task.labels} />
        {task.description ? (
          <div className="task-summary__description">
            <h2 className="kern-heading-small">{t('projects.taskPage.description')}</h2>
            <p className="kern-body prose" lang={lang}>
              {task.description}
            </p>
          </div>
        ) : null}
        <p className="kern-body kern-body--small project-muted">
          {t('projects.taskPage.updated', { time: format.dateTime(task.updatedAt) })}
        </p>
      </div>
      <div className="stack-xl task-sections">
        {canEdit ? (
          <Section title={t('projects.taskPage.stateTitle')}>
            <TaskStateForm task={task} />
          </Section>
        ) : null}
        <Section title={t('projects.taskPage.checklistTitle')}>
          <ChecklistEditor task={task} canEdit={canEdit} />
        </Section>
        <Section title={t('projects.taskPage.dependenciesTitle')}>
          <DependenciesEditor project={project} task={task} canEdit={canEdit} />
        </Section>
        {canEdit ? (
          <Section title={t('projects.taskPage.assigneesTitle')}>
            <AssigneesForm task={task} people={members} />
          </Section>
        ) : null}
        <Section title={t('projects.taskPage.attachmentsTitle', { count: task.attachmentCount })}>
          <TaskAttachments key={task.id} taskId={task.id} canAttach={canEdit} />
        </Section>
        <LinkedDocumentsSection kind="task" id={task.id} canLink={canEdit} />
        <Section title={t('projects.taskPage.commentsTitle', { count: task.commentCount })}>
          <TaskComments taskId={task.id} canComment={canEdit} people={people} />
        </Section>
        {canEdit ? (
          <Section title={t('projects.taskPage.editTitle')}>
            <TaskEditForm key={task.id} project={project} task={task} />
          </Section>
        ) : null}
        {canEdit ? (
          <div className="project-settings__danger">
            <ProblemAlert error={remove.error} />
            <ConfirmButton
              question={t('projects.taskPage.deleteQuestion', { title: task.title })}
              confirmLabel={t('projects.taskPage.delete')}
              busy={remove.isPending}
              icon="delete"
              onConfirm={() => remove.mutate(task.id)}
            >
              {t('projects.taskPage.delete')}
            </ConfirmButton>
          </div>
        ) : null}
      </div>
    </>
  );
}
