import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { formatDay } from '../calendar-dates.ts';
import { ReasonList } from '../health/health-label.tsx';
import { ShownHealth } from '../health/shown-health.tsx';
import { StatusLabel } from '../project/status-label.tsx';

/** How many reasons a project's card names before "and 3 more reasons". */
const REASONS_SHOWN = 2;

/** One project in its workspace's list: its colour with the first reasons in words, progress, next milestone, lead. */
export function ProjectSummary({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const titleId = `project-${project.id}-title`;
  const { tasks, done } = project.progress;
  return (
    <article className="project-card" aria-labelledby={titleId}>
      <div className="project-card__head">
        <h3 className="kern-heading-small project-card__title" id={titleId}>
          <Link className="kern-link" to="/projects/$id" params={{ id: project.id }} lang={lang}>
            {project.name}
          </Link>
        </h3>
        <StatusLabel status={project.status} />
      </div>
      <div className="project-card__health">
        <ShownHealth health={project.health} noteAs="p" />
      </div>
      {project.health.reasons.length > 0 ? <ReasonList reasons={project.health.reasons} limit={REASONS_SHOWN} /> : null}
      <dl className="project-card__facts">
        <div>
          <dt>{t('projects.fields.progress')}</dt>
          <dd>
            {tasks === 0 ? (
              t('projects.progress.none')
            ) : (
              <>
                <progress className="project-progress" max={tasks} value={done} aria-hidden="true" />{' '}
                {t('projects.progress.done', { done, count: tasks })}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('projects.fields.nextMilestone')}</dt>
          <dd>
            {project.nextMilestone ? (
              <>
                <span lang={lang}>{project.nextMilestone.name}</span>
                {', '}
                {formatDay(project.nextMilestone.date, i18n.language)}
              </>
            ) : (
              t('projects.noMilestone')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('projects.fields.lead')}</dt>
          <dd>
            {project.leadPerson?.name ?? t('projects.noLead')}
            {project.leadOrganisation ? (
              <span className="project-muted"> · {project.leadOrganisation.name}</span>
            ) : null}
          </dd>
        </div>
      </dl>
    </article>
  );
}
