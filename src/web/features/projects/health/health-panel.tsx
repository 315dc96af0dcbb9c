import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { Alert } from '../../../ui/alert.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { Section } from '../../../ui/section.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { useSetOverride } from '../project-queries.ts';
import { HealthLabel, ReasonList } from './health-label.tsx';
import { OverrideForm, RemoveOverride } from './override-form.tsx';
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
  // Here, not in the override's box: the box goes once the override is taken back.
  const remove = useSetOverride(project.id);
  const [notice, setNotice] = useState<{ text: string; focus: boolean } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Taking the override back removes its button; the confirmation takes the focus instead.
    if (notice?.focus) noticeRef.current?.focus();
  }, [notice]);
  const { health } = project;
  const override = health.level !== 'none' ? health.override : null;
  const setBy = override?.by?.name ?? null;
  return (
    <Section title={t('projects.health.title')}>
      <div className="health-panel">
        <div className="health-panel__levels">
          <div className="health-panel__level">
            <h3 className="kern-heading-small health-panel__caption">{t('projects.health.computed')}</h3>
            <HealthLabel level={health.level} />
            {health.level === 'none' ? (
              <p className="kern-body">{t('projects.health.noneText')}</p>
            ) : health.reasons.length === 0 ? (
              <p className="kern-body">{t('projects.health.noReasons')}</p>
            ) : (
              <>
                <p className="kern-body health-panel__caption">
                  {t('projects.health.reasonsTitle', { count: health.reasons.length })}
                </p>
                <ReasonList reasons={health.reasons} />
              </>
            )}
            <TrendText trend={health.trend} />
            {health.computedAt ? (
              <p className="kern-body kern-body--small health-panel__meta">
                {t('projects.health.computedAt', { time: format.dateTime(health.computedAt) })}
              </p>
            ) : null}
          </div>
          {override ? (
            <div className="health-panel__level health-panel__level--override">
              <h3 className="kern-heading-small health-panel__caption">{t('projects.health.override')}</h3>
              <HealthLabel level={override.level} />
              <p className="kern-body health-panel__override-reason">
                <strong>{t('projects.health.overrideReason')}</strong> <span lang={lang}>{override.reason}</span>
              </p>
              <p className="kern-body kern-body--small health-panel__meta">
                {setBy
                  ? t('projects.health.overrideBy', { name: setBy, time: format.dateTime(override.at) })
                  : t('projects.health.overrideAt', { time: format.dateTime(override.at) })}
              </p>
              {project.viewer.canManage ? (
                <RemoveOverride
                  busy={remove.isPending}
                  error={remove.error}
                  onRemove={() =>
                    remove.mutate(null, {
                      onSuccess: () => setNotice({ text: t('projects.overrideForm.removed'), focus: true }),
                    })
                  }
                />
              ) : null}
            </div>
          ) : null}
        </div>
        {notice ? (
          <div ref={noticeRef} tabIndex={-1} className="health-panel__notice">
            <Alert variant="success" role="status" title={notice.text} />
          </div>
        ) : null}
        {project.viewer.canManage && health.level !== 'none' ? (
          <OverrideForm
            project={project}
            onSaved={() => setNotice({ text: t('projects.overrideForm.saved'), focus: false })}
          />
        ) : null}
      </div>
    </Section>
  );
}
