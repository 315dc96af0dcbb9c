import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OrganisationDetail } from '../../../shared/contracts/organisations.ts';
import { Alert } from '../../ui/alert.tsx';
import { useFormat } from '../../ui/use-format.ts';

/**
 * A Gemeinde the official data no longer list (merged, incorporated): its page says so and points to
 * the successor, so that people arriving from an old link or record find today's organisation.
 */
export function DissolvedNotice({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!organisation.dissolvedAt) return null;
  return (
    <div className="page-actions">
      <Alert variant="warning" title={t('dissolved.badge')}>
        <p className="kern-body">
          {t('dissolved.notice', { name: organisation.name, date: format.date(organisation.dissolvedAt) })}
        </p>
        {organisation.successor ? (
          <p className="kern-body">
            {t('dissolved.successor')}{' '}
            <Link className="kern-link" to="/organisations/$id" params={{ id: organisation.successor.id }}>
              {organisation.successor.name}
            </Link>
            .
          </p>
        ) : null}
        <p className="kern-body">{t('dissolved.members')}</p>
      </Alert>
    </div>
  );
}
