import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Loading } from '../../../ui/loading.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { ProjectFrame } from '../project/project-frame.tsx';
import { NewTaskForm } from '../tasks/new-task-form.tsx';
import { Board } from './board.tsx';
import { columnsOf } from './board-order.ts';
import { useBoardTasks } from './use-board.ts';

const route = getRouteApi('/projects/$id/board');

/** /projects/$id/board: the tasks in columns by state, moved by drag and drop or from the keyboard. */
export function BoardPage() {
  const { id } = route.useParams();
  return (
    <ProjectFrame id={id} view="board">
      {(project) => <BoardView project={project} />}
    </ProjectFrame>
  );
}

function BoardView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const tasks = useBoardTasks(project.id);
  return (
    <div className="project-stack">
      {project.viewer.canEdit ? <NewTaskForm project={project} /> : null}
      <section className="page-section" aria-labelledby="board-title">
        <h2 className="visually-hidden" id="board-title">
          {t('projects.board.title')}
        </h2>
        {tasks.isPending ? (
          <Loading />
        ) : tasks.data === undefined ? (
          <ProblemAlert error={tasks.error ?? true} />
        ) : (
          <Board projectId={project.id} columns={columnsOf(tasks.data.tasks)} canMove={project.viewer.canEdit} />
        )}
      </section>
    </div>
  );
}
