import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { formatDay } from '../calendar-dates.ts';
import { HealthLabel } from '../health/health-label.tsx';
import { shownLevel } from '../health/reason-words.ts';
import { TrendText } from '../health/trend-text.tsx';
import { StatusLabel } from './status-label.tsx';

/** What one sees of a project on each of its pages: status, dates, lead, partners and its colour. */
export function ProjectHeader({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
  const level = shownLevel(project.health);
  const overridden = level !== project.health.level;
  return (
    <div className="project-header">
      {project.goal ? (
        <p className="kern-body kern-body--large project-header__goal" lang={lang}>
          {project.goal}
        </p>
      ) : null}
      <dl className="project-facts">
        <div className="project-facts__item">
          <dt>{t('projects.fields.status')}</dt>
          <dd>
            <StatusLabel status={project.status} />
          </dd>
        </div>
        <div className="project-facts__item">
          <dt>{t('projects.fields.period')}</dt>
          <dd>
            {project.startDate || project.endDate
              ? t('projects.period', {
                  start: formatDay(project.startDate, i18n.language),
                  end: formatDay(project.endDate, i18n.language),
                })
              : t('projects.noPeriod')}
          </dd>
        </div>
        <div className="project-facts__item">
          <dt>{t('projects.fields.lead')}</dt>
          <dd>
            {project.leadPerson?.name ?? t('projects.noLead')}
            {project.leadOrganisation ? (
              <span className="project-muted"> · {project.leadOrganisation.name}</span>
            ) : null}
          </dd>
        </div>
        <div className="project-facts__item">
          <dt>{t('projects.fields.partners')}</dt>
          <dd>{project.partners.length ? project.partners.map((p) => p.name).join(', ') : t('projects.noPartners')}</dd>
        </div>
        <div className="project-facts__item">
          <dt>{t('projects.fields.health')}</dt>
          <dd className="project-facts__health">
            <HealthLabel level={level} />
            {overridden ? (
              <span className="kern-body kern-body--small project-muted">
                {t('projects.health.shownOverride')} · {t('projects.health.computedBeside')}{' '}
                {t(`projects.health.level.${project.health.level}`)}
              </span>
            ) : null}
            <TrendText trend={project.health.trend} compact />
          </dd>
        </div>
        {project.cooperation ? (
          <div className="project-facts__item">
            <dt>{t('projects.fields.atlas')}</dt>
            <dd>
              <Link className="kern-link" to="/atlas/$slug" params={{ slug: project.cooperation.slug }}>
                {project.cooperation.title}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
