import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useEnrolmentRequired } from '../accounts/passkeys/enrolment-gate.tsx';
import { useUnreadCount } from './queries.ts';
import { useNotificationEvents } from './use-notification-events.ts';
import './notifications.css';

/**
 * The bell in the header of signed-in people: a link to the notifications page whose badge shows the
 * unread count, kept current over the realtime socket. Its name says the count ("Benachrichtigungen,
 * 3 ungelesen"), so the number is not only a coloured dot.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  // A person held to the enrolment of a second factor reaches nothing else: the count is not asked for.
  const count = useUnreadCount(useEnrolmentRequired() === false);
  useNotificationEvents();
  const unread = count.data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Link to="/notifications" className="kern-btn kern-btn--tertiary notification-bell" aria-label={label}>
      <span className="kern-icon notification-bell__icon" aria-hidden="true" />
      <span className="kern-label notification-bell__text">{t('notifications.bell')}</span>
      {unread > 0 ? (
        <span className="notification-bell__badge" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
