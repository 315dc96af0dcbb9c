import { useTranslation } from 'react-i18next';
import type { HealthReason, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { Icon, type IconName } from '../../../ui/icon.tsx';
import { reasonWords } from './reason-words.ts';

const LOOK: Record<ProjectLevel, { badge: string; icon: IconName }> = {
  green: { badge: 'success', icon: 'success' },
  amber: { badge: 'warning', icon: 'warning' },
  red: { badge: 'danger', icon: 'danger' },
  none: { badge: 'info', icon: 'info' },
};

/** A project's colour never stands alone: the KERN badge carries an icon and the level in words. */
export function HealthLabel({ level, prefix }: { level: ProjectLevel; prefix?: string }) {
  const { t } = useTranslation();
  const look = LOOK[level] ?? LOOK.none;
  return (
    <span className={`kern-badge kern-badge--${look.badge} project-health`}>
      <Icon name={look.icon} />
      <span className="kern-label">
        {prefix ? <span className="project-health__prefix">{prefix} </span> : null}
        {t(`projects.health.level.${level}`)}
      </span>
    </span>
  );
}

/** The reasons of a colour as a list of sentences, each with its own level and the threshold it reached. */
export function ReasonList({ reasons, limit }: { reasons: readonly HealthReason[]; limit?: number }) {
  const { t } = useTranslation();
  const shown = limit === undefined ? reasons : reasons.slice(0, limit);
  const more = reasons.length - shown.length;
  return (
    <ul className="plain-list health-reasons">
      {shown.map((reason, index) => {
        const words = reasonWords(t, reason);
        return (
          // Reasons have no id of their own; the same signal may name several subjects.
          // biome-ignore lint/suspicious/noArrayIndexKey: the order is the server's, worst first
          <li key={`${reason.signal}-${reason.subject?.id ?? ''}-${index}`} className="health-reasons__item">
            <span className={`health-reasons__level health-reasons__level--${reason.level}`}>
              <Icon name={reason.level === 'red' ? 'danger' : 'warning'} size="small" />
              {t(`projects.health.colour.${reason.level}`)}:
            </span>{' '}
            <span>{words.text}</span> <span className="health-reasons__threshold">({words.threshold})</span>
          </li>
        );
      })}
      {more > 0 ? <li className="health-reasons__more">{t('projects.health.moreReasons', { count: more })}</li> : null}
    </ul>
  );
}
