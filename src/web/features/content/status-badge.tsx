import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/badge.tsx';
import type { CellStatus } from './content-types.ts';

const VARIANTS: Record<CellStatus, 'info' | 'success' | 'warning' | 'danger'> = {
  source: 'info',
  current: 'success',
  outdated: 'warning',
  machine: 'warning',
  'in-translation': 'info',
  missing: 'danger',
};

/** A translation's status in words ("aktuell", "veraltet"…); the colour only repeats what the text says. */
export function StatusBadge({ status }: { status: CellStatus }) {
  const { t } = useTranslation();
  return <Badge variant={VARIANTS[status]}>{t(`content.status.${status}`)}</Badge>;
}

/** One language of a page with its status, e.g. "Englisch: veraltet"; the name is read before the badge. */
export function LanguageStatus({ name, status }: { name: string; status: CellStatus }) {
  return (
    <span className="content-language-status">
      <span className="content-language-status__name">{name}:</span> <StatusBadge status={status} />
    </span>
  );
}
