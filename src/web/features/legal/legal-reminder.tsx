import { Link, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { useMe } from '../accounts/use-me.ts';
import { useLegalStatus } from './use-legal.ts';
import './legal.css';

/**
 * Reminds platform admins of the legal pages still to fill in, each with a link to its editor; shows
 * nothing to anyone else, nothing once all are filled in, and nothing on the legal pages' own admin page.
 */
export function LegalReminder() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { pathname } = useLocation();
  const isAdmin = me?.isPlatformAdmin === true;
  const status = useLegalStatus(isAdmin);
  if (!isAdmin || !status.data || status.data.complete || pathname.startsWith('/admin/legal')) return null;
  const missing = status.data.pages.filter((page) => !page.filled);
  return (
    <Alert variant="warning" title={t('legal.reminder.title')} className="legal-reminder">
      <p className="kern-body">{t('legal.reminder.text')}</p>
      <ul className="kern-list kern-list--bullet">
        {missing.map(({ page }) => (
          <li key={page} className="kern-body">
            <Link className="kern-link" to="/admin/legal/$page" params={{ page }}>
              {t('legal.reminder.item', { page: t(`legal.pages.${page}.title`) })}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
