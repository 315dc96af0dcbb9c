import { useTranslation } from 'react-i18next';
import type { ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { Icon, type IconName } from '../../../ui/icon.tsx';

const ICON: Record<ProjectLevel, IconName> = { red: 'danger', amber: 'warning', green: 'success', none: 'info' };

/** A project's colour in a short word with its icon, where a row has no room for the badge ("Gelb"). */
export function LevelWord({ level }: { level: ProjectLevel }) {
  const { t } = useTranslation();
  return (
    <span className={`level-word level-word--${level}`}>
      <Icon name={ICON[level]} size="small" />
      {t(`portfolio.level.${level}`)}
    </span>
  );
}
