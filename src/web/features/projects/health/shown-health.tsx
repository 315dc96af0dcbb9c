import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../shared/contracts/projects.ts';
import { HealthLabel } from './health-label.tsx';
import { shownLevel } from './reason-words.ts';
import { TrendText } from './trend-text.tsx';

/**
 * The colour a project shows, with "set by the lead · computed: …" when a lead's override differs
 * from the computed colour, and the trend since last week in short.
 */
export function ShownHealth({ health, noteAs: Note = 'span' }: { health: ProjectHealth; noteAs?: 'span' | 'p' }) {
  const { t } = useTranslation();
  const level = shownLevel(health);
  return (
    <>
      <HealthLabel level={level} />
      {level !== health.level ? (
        <Note className="kern-body kern-body--small project-muted">
          {t('projects.health.shownOverride')} · {t('projects.health.computedBeside')}{' '}
          {t(`projects.health.level.${health.level}`)}
        </Note>
      ) : null}
      <TrendText trend={health.trend} compact />
    </>
  );
}
