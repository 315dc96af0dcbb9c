import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../../../../shared/contracts/workspaces.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Loading } from '../../../ui/loading.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { useWorkspace } from '../../workspaces/workspace-queries.ts';
import { useWorkspaceProjects } from '../project-queries.ts';
import { useProjectEvents } from '../use-project-events.ts';
import { ProjectSummary } from './project-summary.tsx';
import { StartProjectForm } from './start-project-form.tsx';
import '../projects.css';

const route = getRouteApi('/workspaces/$id/projects');

/** /workspaces/$id/projects: the workspace's projects with their health, and starting one. */
export function WorkspaceProjectsPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const detail = useWorkspace(id);
  return (
    <RequireSignIn>
      {() => (
        <QueryState
          query={detail}
          notFound={
            <>
              <PageTitle>{t('workspaces.notFound')}</PageTitle>
              <Alert variant="info" title={t('workspaces.notFoundText')} />
            </>
          }
        >
          {(data) =>
            data.viewer.role === null ? (
              <>
                <PageTitle>{data.workspace.name}</PageTitle>
                <Alert variant="info" title={t('projects.workspace.onlyMembers')} />
              </>
            ) : (
              <ProjectsOfWorkspace detail={data} />
            )
          }
        </QueryState>
      )}
    </RequireSignIn>
  );
}

function ProjectsOfWorkspace({ detail }: { detail: WorkspaceDetail }) {
  const { t } = useTranslation();
  const { workspace, viewer } = detail;
  const projects = useWorkspaceProjects(workspace.id);
  useProjectEvents({ workspaceId: workspace.id });
  const canStart = viewer.role === 'owner' || viewer.role === 'member';
  return (
    <div className="project-page">
      <PageTitle
        preline={workspace.name}
        lead={t('projects.workspace.lead')}
        documentTitle={`${t('projects.workspace.title')} – ${workspace.name}`}
      >
        {t('projects.workspace.title')}
      </PageTitle>
      <ul className="plain-list project-links">
        <li>
          <Link className="kern-link" to="/workspaces/$id" params={{ id: workspace.id }}>
            {t('projects.workspace.toChat', { name: workspace.name })}
          </Link>
        </li>
        {canStart ? (
          <li>
            <a className="kern-link" href="#start-project">
              {t('projects.start.title')}
            </a>
          </li>
        ) : null}
        <li>
          <Link className="kern-link" to="/portfolio" search={{ workspace: workspace.id }}>
            {t('portfolio.entry.workspace')}
          </Link>
        </li>
        <li>
          <Link className="kern-link" to="/me/tasks">
            {t('projects.myTasks.title')}
          </Link>
        </li>
      </ul>
      <div className="stack-xl">
        <Section
          title={
            projects.data
              ? t('projects.workspace.count', { count: projects.data.length })
              : t('projects.workspace.title')
          }
        >
          {projects.isPending ? (
            <Loading />
          ) : projects.data === undefined ? (
            <ProblemAlert error={projects.error ?? true} />
          ) : projects.data.length === 0 ? (
            <div className="project-empty">
              <p className="kern-body kern-body--large">{t('projects.workspace.empty')}</p>
              <p className="kern-body">
                {canStart ? t('projects.workspace.emptyStart') : t('projects.workspace.emptyGuest')}
              </p>
            </div>
          ) : (
            <ul className="plain-list project-cards">
              {projects.data.map((project) => (
                <li key={project.id}>
                  <ProjectSummary project={project} />
                </li>
              ))}
            </ul>
          )}
        </Section>
        {canStart ? (
          <section className="page-section" aria-labelledby="start-project">
            <h2 className="kern-heading-medium" id="start-project" tabIndex={-1}>
              {t('projects.start.title')}
            </h2>
            <p className="kern-body">{t('projects.start.lead')}</p>
            <StartProjectForm workspaceId={workspace.id} />
          </section>
        ) : null}
      </div>
    </div>
  );
}
