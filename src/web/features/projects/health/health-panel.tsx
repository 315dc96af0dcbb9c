import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { HealthLabel, ReasonList } from './health-label.tsx';
import { OverrideForm } from './override-form.tsx';
import { TrendText } from './trend-text.tsx';

/**
 * The project's health: the colour computed from its signals with every reason in words, a lead's
 * override beside it with its written reason, the trend since last week, and (for the lead and the
 * workspace's owners) the form to set or take back the override.
 */
export function HealthPanel({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useContentLang();
  const { health } = project;
  const override = health.level !== 'none' ? health.override : null;
  return (
    <Section title={t('projects.health.title')}>
      <div className="health-panel">
        <div className="health-panel__levels">
          <div className="health-panel__level">
            <p className="kern-body kern-body--small health-panel__caption">{t('projects.health.computed')}</p>
            <HealthLabel level={health.level} />
          </div>
          {override ? (
            <div className="health-panel__level health-panel__level--override">
              <p className="kern-body kern-body--small health-panel__caption">{t('projects.health.override')}</p>
              <HealthLabel level={override.level} />
              <p className="kern-body health-panel__override-reason">
                {t('projects.health.overrideReason')} <span lang={lang}>{override.reason}</span>
              </p>
              <p className="kern-body kern-body--small health-panel__meta">
                {override.by
                  ? t('projects.health.overrideBy', { name: override.by, time: format.dateTime(override.at) })
                  : t('projects.health.overrideAt', { time: format.dateTime(override.at) })}
              </p>
            </div>
          ) : null}
        </div>
        <TrendText trend={health.trend} />
        <div className="health-panel__reasons">
          <h3 className="kern-heading-small">{t('projects.health.reasonsTitle')}</h3>
          {health.level === 'none' ? (
            <p className="kern-body">{t('projects.health.noneText')}</p>
          ) : health.reasons.length === 0 ? (
            <p className="kern-body">{t('projects.health.noReasons')}</p>
          ) : (
            <ReasonList reasons={health.reasons} />
          )}
          {health.computedAt ? (
            <p className="kern-body kern-body--small health-panel__meta">
              {t('projects.health.computedAt', { time: format.dateTime(health.computedAt) })}
            </p>
          ) : null}
        </div>
        {project.viewer.canManage && health.level !== 'none' ? <OverrideForm project={project} /> : null}
      </div>
    </Section>
  );
}
