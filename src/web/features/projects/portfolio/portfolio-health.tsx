import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../shared/contracts/projects.ts';
import { useFormat } from '../../../ui/use-format.ts';
import { HealthLabel, ReasonList } from '../health/health-label.tsx';
import { shownLevel } from '../health/reason-words.ts';

/** How many reasons a row names before "and 3 more reasons" (the project's page names them all). */
const REASONS_SHOWN = 2;

const ARROW = { better: '↗', same: '→', worse: '↘' } as const;

/**
 * A project's colour in the portfolio, never without its why: the reasons in words, or that no signal
 * reached a threshold; a lead's colour with its written reason and, beside it, the computed one with
 * the signals' reasons; and the change since last week.
 */
export function PortfolioHealth({ health, lang }: { health: ProjectHealth; lang: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const level = shownLevel(health);
  const override = health.level !== 'none' ? health.override : null;
  const setBy = override?.by?.name ?? null;
  const date = override ? format.date(override.at) : '';
  return (
    <div className="portfolio-health">
      <HealthLabel level={level} />
      <Trend trend={health.trend} />
      {override ? (
        <div className="portfolio-health__override">
          <p className="kern-body kern-body--small">
            {setBy
              ? t('portfolio.health.overrideBy', { name: setBy, date })
              : t('portfolio.health.overrideLead', { date })}{' '}
            <q lang={lang}>{override.reason}</q>
          </p>
          <p className="kern-body kern-body--small portfolio-health__computed">
            {t('portfolio.health.computed')} <HealthLabel level={health.level} />
          </p>
        </div>
      ) : null}
      {health.reasons.length > 0 ? (
        <ReasonList reasons={health.reasons} limit={REASONS_SHOWN} />
      ) : health.level === 'green' ? (
        <p className="kern-body kern-body--small project-muted">{t('portfolio.health.noReasons')}</p>
      ) : null}
    </div>
  );
}

/** The change since last week's snapshot: an arrow (hidden from screen readers) and its words. */
function Trend({ trend }: { trend: ProjectHealth['trend'] }) {
  const { t } = useTranslation();
  if (!trend) return <p className="kern-body kern-body--small project-muted">{t('portfolio.trend.none')}</p>;
  return (
    <p className={`kern-body kern-body--small portfolio-trend portfolio-trend--${trend}`}>
      <span className="portfolio-trend__arrow" aria-hidden="true">
        {ARROW[trend]}
      </span>{' '}
      {t(`portfolio.trend.${trend}`)}
    </p>
  );
}
