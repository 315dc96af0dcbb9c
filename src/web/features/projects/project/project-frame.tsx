import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../shared/contracts/accounts.ts';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { PageTitle } from '../../../ui/page-title.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useProject } from '../project-queries.ts';
import { useProjectEvents } from '../use-project-events.ts';
import { ProjectHeader } from './project-header.tsx';
import '../projects.css';

export type ProjectView = 'overview' | 'board' | 'list' | 'timeline' | 'task';

/**
 * Every page of one project: its title, the header (status, dates, lead, partners, health), the
 * tabs to its views, and the view itself. Stays current through the project's realtime events.
 */
export function ProjectFrame({
  id,
  view,
  children,
}: {
  id: string;
  /** `task` shows one task: it has a title of its own and leads back to the board and the list itself. */
  view: ProjectView;
  children: (project: ProjectDetail, me: Me) => ReactNode;
}) {
  const { t } = useTranslation();
  const detail = useProject(id);
  useProjectEvents({ projectId: id });
  return (
    <RequireSignIn>
      {(me) => (
        <QueryState
          query={detail}
          notFound={
            <>
              <PageTitle>{t('projects.notFound')}</PageTitle>
              <Alert variant="info" title={t('projects.notFoundText')} />
            </>
          }
        >
          {(project) => (
            <FrameBody project={project} view={view}>
              {children(project, me)}
            </FrameBody>
          )}
        </QueryState>
      )}
    </RequireSignIn>
  );
}

function FrameBody({ project, view, children }: { project: ProjectDetail; view: ProjectView; children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const viewName = view === 'overview' || view === 'task' ? '' : t(`projects.tabs.${view}`);
  if (view === 'task') return <div className="project-page">{children}</div>;
  return (
    <div className="project-page">
      <PageTitle
        preline={t('projects.preline', { workspace: project.workspace.name })}
        documentTitle={viewName ? `${viewName} – ${project.name}` : project.name}
        contentLang={lang}
      >
        {project.name}
      </PageTitle>
      <p className="kern-body project-page__back">
        <Link className="kern-link" to="/workspaces/$id/projects" params={{ id: project.workspace.id }}>
          {t('projects.backToWorkspace', { name: project.workspace.name })}
        </Link>
      </p>
      <ProjectHeader project={project} reasons={view !== 'overview'} />
      <nav className="tabs project-tabs" aria-label={t('projects.tabs.label')}>
        <ul className="tabs__list">
          <li>
            <Link
              className="tabs__tab"
              to="/projects/$id"
              params={{ id: project.id }}
              activeOptions={{ exact: true }}
              activeProps={{ 'aria-current': 'page' }}
            >
              {t('projects.tabs.overview')}
            </Link>
          </li>
          <li>
            <Link
              className="tabs__tab"
              to="/projects/$id/board"
              params={{ id: project.id }}
              activeProps={{ 'aria-current': 'page' }}
            >
              {t('projects.tabs.board')}
            </Link>
          </li>
          <li>
            <Link
              className="tabs__tab"
              to="/projects/$id/list"
              params={{ id: project.id }}
              activeProps={{ 'aria-current': 'page' }}
            >
              {t('projects.tabs.list')}
            </Link>
          </li>
          <li>
            <Link
              className="tabs__tab"
              to="/projects/$id/timeline"
              params={{ id: project.id }}
              activeProps={{ 'aria-current': 'page' }}
            >
              {t('projects.tabs.timeline')}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
    </div>
  );
}
