import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { NotificationEntry } from './notification-entry.tsx';
import { useMarkAllRead, useNotificationPages, useUnreadCount } from './queries.ts';
import './notifications.css';

export function NotificationsPage() {
  return <RequireSignIn>{() => <Notifications />}</RequireSignIn>;
}

function Notifications() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [status, setStatus] = useState('');
  const pages = useNotificationPages(unreadOnly);
  const count = useUnreadCount(true);
  const markAll = useMarkAllRead();
  const list = useRef<HTMLUListElement>(null);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = count.data?.unread ?? 0;

  async function loadOlder() {
    const before = items.length;
    await pages.fetchNextPage();
    // The button may vanish with the last page: focus moves to the first entry that came in.
    const first = list.current?.querySelectorAll<HTMLLIElement>(':scope > li')[before];
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  }

  function markAllRead() {
    setStatus('');
    markAll.mutate(undefined, { onSuccess: () => setStatus(t('notifications.allMarked')) });
  }

  return (
    <>
      <PageTitle lead={t('notifications.lead')}>{t('notifications.title')}</PageTitle>
      <div className="notifications-toolbar">
        <div className="kern-form-check">
          <input
            className="kern-form-check__checkbox"
            type="checkbox"
            id="notifications-unread-only"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />
          <label className="kern-label" htmlFor="notifications-unread-only">
            {t('notifications.unreadOnly')}
          </label>
        </div>
        <Button variant="secondary" icon="check" busy={markAll.isPending || unread === 0} onClick={markAllRead}>
          {t('notifications.markAllRead')}
        </Button>
        <Link className="kern-link" to="/account/notifications">
          {t('notifications.settings.link')}
        </Link>
      </div>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <p className="kern-body">{count.data ? t('notifications.unreadCount', { count: unread }) : null}</p>
      <ProblemAlert error={pages.error ?? markAll.error} />
      {pages.isPending ? (
        <Loading />
      ) : items.length === 0 ? (
        pages.error ? null : (
          <p className="kern-body">{unreadOnly ? t('notifications.noneUnread') : t('notifications.none')}</p>
        )
      ) : (
        <ul className="plain-list notification-list" ref={list}>
          {items.map((notification) => (
            <NotificationEntry key={notification.id} notification={notification} />
          ))}
        </ul>
      )}
      {pages.hasNextPage ? (
        <div className="kern-btn-wrapper page-actions">
          <Button variant="secondary" busy={pages.isFetchingNextPage} onClick={() => void loadOlder()}>
            {t('notifications.older')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
