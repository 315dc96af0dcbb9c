import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail, Task } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { DataTable } from '../../../ui/data-table.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { useWorkspace } from '../../workspaces/workspace-queries.ts';
import { useBoardTasks } from '../board/use-board.ts';
import { ProjectFrame } from '../project/project-frame.tsx';
import { useTasks } from '../project-queries.ts';
import { type ListSearch, taskQueryOf } from './list-search.ts';
import { NewTaskForm } from './new-task-form.tsx';
import { taskColumns } from './task-columns.tsx';
import { TaskFilters } from './task-filters.tsx';

const route = getRouteApi('/projects/$id/list');

/** /projects/$id/list: the tasks as a table, filtered by state, assignee, label and overdue, sorted. */
export function TaskListPage() {
  const { id } = route.useParams();
  return (
    <ProjectFrame id={id} view="list">
      {(project) => <ListView project={project} />}
    </ProjectFrame>
  );
}

function ListView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const search = route.useSearch();
  const navigate = useNavigate();
  const tasks = useTasks(project.id, taskQueryOf(search));
  // All the project's labels for the filter, from the board's answer (which the board shares).
  const all = useBoardTasks(project.id);
  const workspace = useWorkspace(project.workspace.id);
  const people = (workspace.data?.members ?? []).map((m) => ({ id: m.personId, name: m.name }));
  const labels = [...new Set((all.data?.tasks ?? []).flatMap((task) => task.labels))];
  const apply = (next: ListSearch) =>
    void navigate({ to: '/projects/$id/list', params: { id: project.id }, search: next });

  return (
    <div className="project-stack">
      {project.viewer.canEdit ? <NewTaskForm project={project} /> : null}
      <section className="page-section" aria-labelledby="task-list-title">
        <h2 className="kern-heading-medium" id="task-list-title">
          {t('projects.list.title')}
        </h2>
        <TaskFilters key={JSON.stringify(search)} search={search} people={people} labels={labels} onApply={apply} />
        <p className="kern-body" role="status">
          {tasks.data ? t('projects.list.count', { count: tasks.data.total }) : ''}
        </p>
        {tasks.isPending ? (
          <Loading />
        ) : tasks.data === undefined ? (
          <ProblemAlert error={tasks.error ?? true} />
        ) : (
          <DataTable<Task>
            caption={t('projects.list.caption', { name: project.name })}
            captionHidden
            rows={tasks.data.tasks}
            rowKey={(task) => task.id}
            empty={t('projects.list.empty')}
            columns={taskColumns(t, lang, { people: true })}
          />
        )}
      </section>
    </div>
  );
}
