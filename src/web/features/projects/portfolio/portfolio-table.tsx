import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { daysBetween, formatDay, todayIso } from '../calendar-dates.ts';
import { StatusLabel } from '../project/status-label.tsx';
import { PortfolioHealth } from './portfolio-health.tsx';

/**
 * The portfolio's projects as a table: each with its workspace, lead, colour and reasons, progress,
 * next milestone and end. Where the table has no room (a narrow screen, or a narrow column of the
 * page) each row becomes a card of "label: value" lines, read as the same table.
 */
export function PortfolioTable({ projects, caption }: { projects: readonly Project[]; caption: string }) {
  const { t } = useTranslation();
  const headers = {
    workspace: t('portfolio.columns.workspace'),
    lead: t('portfolio.columns.lead'),
    health: t('portfolio.columns.health'),
    progress: t('portfolio.columns.progress'),
    next: t('portfolio.columns.nextMilestone'),
    end: t('portfolio.columns.end'),
  };
  return (
    <div className="portfolio-table">
      <table className="kern-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">
              {t('portfolio.columns.project')}
            </th>
            {Object.entries(headers).map(([key, header]) => (
              <th scope="col" className={`kern-table__header portfolio-table__${key}`} key={key}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {projects.map((project) => (
            <ProjectRow key={project.id} project={project} headers={headers} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ProjectRow({ project, headers }: { project: Project; headers: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const today = todayIso();
  const { tasks, done } = project.progress;
  const cell = (key: string, content: ReactNode) => (
    <td className={`kern-table__cell portfolio-table__${key}`} data-label={headers[key]}>
      {content}
    </td>
  );
  const next = project.nextMilestone;
  return (
    <tr className="kern-table__row portfolio-row">
      <th scope="row" className="kern-table__cell portfolio-table__project">
        <Link className="kern-link portfolio-row__name" to="/projects/$id" params={{ id: project.id }} lang={lang}>
          {project.name}
        </Link>
        <span className="portfolio-row__status">
          <StatusLabel status={project.status} />
        </span>
      </th>
      {cell('workspace', <span lang={lang}>{project.workspace.name}</span>)}
      {cell(
        'lead',
        project.leadOrganisation || project.leadPerson ? (
          <>
            {project.leadOrganisation ? (
              <span className="portfolio-row__line">{project.leadOrganisation.name}</span>
            ) : null}
            {project.leadPerson ? (
              <span className="portfolio-row__line project-muted">{project.leadPerson.name}</span>
            ) : null}
          </>
        ) : (
          <span className="project-muted">{t('projects.noLead')}</span>
        ),
      )}
      {cell('health', <PortfolioHealth health={project.health} lang={lang} />)}
      {cell(
        'progress',
        tasks === 0 ? (
          <span className="project-muted">{t('projects.progress.none')}</span>
        ) : (
          <span className="portfolio-progress">
            <progress className="project-progress" max={tasks} value={done} aria-hidden="true" />
            <span>{t('portfolio.progress', { done, count: tasks, percent: Math.round((done / tasks) * 100) })}</span>
          </span>
        ),
      )}
      {cell(
        'next',
        next ? (
          <>
            <span className="portfolio-row__line" lang={lang}>
              {next.name}
            </span>
            <span className="portfolio-row__line">
              {formatDay(next.date, i18n.language)}
              {next.date < today ? (
                <span className="project-state--late"> · {t('portfolio.overdue')}</span>
              ) : (
                <span className="project-muted"> · {inDays(t, daysBetween(today, next.date))}</span>
              )}
            </span>
          </>
        ) : (
          <span className="project-muted">{t('projects.noMilestone')}</span>
        ),
      )}
      {cell(
        'end',
        project.endDate ? (
          formatDay(project.endDate, i18n.language)
        ) : (
          <span className="project-muted">{t('portfolio.noEnd')}</span>
        ),
      )}
    </tr>
  );
}

function inDays(t: (key: string, options?: Record<string, unknown>) => string, days: number): string {
  return days === 0 ? t('portfolio.today') : t('portfolio.inDays', { count: days });
}
