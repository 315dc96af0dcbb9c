import { useTranslation } from 'react-i18next';
import type { LevelCounts } from '../../../../shared/contracts/portfolio.ts';
import type { ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { Icon, type IconName } from '../../../ui/icon.tsx';
import { PORTFOLIO_LEVELS } from './portfolio-search.ts';

const ICON: Record<ProjectLevel, IconName> = { red: 'danger', amber: 'warning', green: 'success', none: 'info' };

/**
 * The projects by colour, each count a button that shows only that colour (several may be chosen;
 * pressed buttons say so to screen readers), and one that shows every colour again.
 */
export function PortfolioCounts({
  counts,
  chosen,
  onToggle,
  onAll,
}: {
  counts: LevelCounts;
  chosen: readonly ProjectLevel[] | undefined;
  onToggle: (level: ProjectLevel) => void;
  onAll: () => void;
}) {
  const { t } = useTranslation();
  const total = counts.red + counts.amber + counts.green + counts.none;
  const picked = new Set(chosen ?? []);
  return (
    <fieldset className="portfolio-counts">
      <legend className="kern-body portfolio-counts__title">{t('portfolio.counts.title')}</legend>
      <ul className="plain-list portfolio-counts__list">
        {PORTFOLIO_LEVELS.map((level) => (
          <li key={level}>
            <button
              type="button"
              className={`portfolio-count portfolio-count--${level}`}
              aria-pressed={picked.has(level)}
              onClick={() => onToggle(level)}
            >
              <span className="portfolio-count__figure">{counts[level]}</span>
              <span className="portfolio-count__label">
                <Icon name={ICON[level]} size="small" />
                {t(`portfolio.counts.${level}`, { count: counts[level] })}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="portfolio-count portfolio-count--all"
            aria-pressed={picked.size === 0}
            onClick={onAll}
          >
            <span className="portfolio-count__figure">{total}</span>
            <span className="portfolio-count__label">{t('portfolio.counts.all', { count: total })}</span>
          </button>
        </li>
      </ul>
    </fieldset>
  );
}
