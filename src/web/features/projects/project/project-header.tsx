import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { StartMeetingButton } from '../../meetings/start-meeting-button.tsx';
import { formatDay } from '../calendar-dates.ts';
import { ReasonList } from '../health/health-label.tsx';
import { ShownHealth } from '../health/shown-health.tsx';
import { StatusLabel } from './status-label.tsx';

/**
 * What one sees of a project on each of its pages: status, dates, lead, partners and its colour, with
 * its first reason in words where the health panel with all of them is not on the page.
 */
export function ProjectHeader({ project, reasons }: { project: Project; reasons: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = useContentLang();
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
        <div className="project-facts__item project-facts__item--wide">
          <dt>{t('projects.fields.health')}</dt>
          <dd className="project-facts__health">
            <ShownHealth health={project.health} />
          </dd>
          {reasons && project.health.level !== 'none' && project.health.reasons.length > 0 ? (
            <dd className="project-facts__reasons">
              <ReasonList reasons={project.health.reasons} limit={1} />
              {project.health.reasons.length > 1 ? (
                <Link className="kern-link kern-link--small" to="/projects/$id" params={{ id: project.id }}>
                  {t('projects.health.allReasons')}
                </Link>
              ) : null}
            </dd>
          ) : null}
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
      {project.channelId ? (
        <div className="project-header__meeting">
          <StartMeetingButton channelId={project.channelId} archived={false} />
        </div>
      ) : null}
    </div>
  );
}
