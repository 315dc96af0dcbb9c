import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../shared/contracts/projects.ts';

const ARROW = { better: '↗', same: '→', worse: '↘' } as const;

/** The change since last week's snapshot as an arrow and in words (the arrow alone says nothing to a screen reader). */
export function TrendText({ trend, compact }: { trend: ProjectHealth['trend']; compact?: boolean }) {
  const { t } = useTranslation();
  if (!trend) {
    return compact ? null : <p className="kern-body kern-body--small project-trend">{t('projects.trend.none')}</p>;
  }
  return (
    <p className={`kern-body kern-body--small project-trend project-trend--${trend}`}>
      <span className="project-trend__arrow" aria-hidden="true">
        {ARROW[trend]}
      </span>{' '}
      {t(`projects.trend.${trend}`)}
    </p>
  );
}
