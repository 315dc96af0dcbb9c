import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../../../shared/contracts/projects.ts';

/** A project's status in words ("läuft", "pausiert"); a plain text, so it never competes with the colour. */
export function StatusLabel({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return <span className={`project-status project-status--${status}`}>{t(`projects.status.${status}`)}</span>;
}
